import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderPage } from '../test/render';
import { SectionNav } from './SectionNav';

const LINKS = [
  { to: '/section', label: '概况' },
  { to: '/section/items', label: '条目' },
];

describe('SectionNav', () => {
  it('marks only the link of the page shown as current', async () => {
    renderPage(<SectionNav label="分区" links={LINKS} />, { path: '/section/items' });
    const nav = await screen.findByRole('navigation', { name: '分区' });
    expect(nav.querySelectorAll('a')).toHaveLength(2);
    expect(screen.getByRole('link', { name: '条目' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('link', { name: '概况' }).getAttribute('aria-current')).toBeNull();
  });

  it('keeps a link current on the pages below it when end is false, and shows the extra', async () => {
    renderPage(<SectionNav label="分区" links={LINKS} end={false} extra={<button type="button">更多</button>} />, {
      path: '/section/items/7',
    });
    expect((await screen.findByRole('link', { name: '条目' })).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('button', { name: '更多' })).toBeTruthy();
  });

  it('with end (the default), a page below a link does not make it current', async () => {
    renderPage(<SectionNav label="分区" links={LINKS} />, { path: '/section/items/7' });
    expect((await screen.findByRole('link', { name: '条目' })).getAttribute('aria-current')).toBeNull();
  });
});
