import { screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadArea } from '../../i18n';
import { renderPage } from '../../test/render';
import { OperatorNav } from './OperatorNav';

describe('OperatorNav', () => {
  beforeAll(async () => {
    await loadArea('console', 'zh-CN');
    await loadArea('console', 'en');
  });

  it.each([
    ['zh-CN', '园区数据', '企业认证'],
    ['en', 'Park analytics', 'Enterprise verification'],
  ] as const)('links the park console pages to the park analytics page (%s)', async (language, analytics, first) => {
    renderPage(<OperatorNav parkId="p1" />, { path: '/console/parks/p1/moderation', language });
    const nav = await screen.findByRole('navigation');
    expect(screen.getByRole('link', { name: analytics }).getAttribute('href')).toBe('/console/parks/p1/analytics');
    expect(screen.getByRole('link', { name: first }).getAttribute('href')).toBe('/console/parks/p1/verifications');
    expect(nav.querySelectorAll('a')).toHaveLength(7);
  });
});
