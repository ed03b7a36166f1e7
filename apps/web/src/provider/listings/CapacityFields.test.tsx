import { screen, within } from '@testing-library/react';
import { Form } from 'antd';
import { describe, expect, it } from 'vitest';
import { renderPage } from '../../test/render';
import { CapacityFields } from './CapacityFields';

describe('the capacity fields of the listing form', () => {
  it('groups the largest part size with its three axes, apart from the quantity row', async () => {
    renderPage(
      <Form layout="vertical">
        <CapacityFields />
      </Form>,
    );
    const size = await screen.findByRole('group', { name: '最大加工尺寸 (mm)' });
    for (const axis of ['长 X（mm）', '宽 Y（mm）', '高 Z（mm）'])
      expect(within(size).getByLabelText(axis)).toHaveRole('spinbutton');
    expect(within(size).queryByLabelText('每期可供数量')).not.toBeInTheDocument();
    expect(screen.getByLabelText('每期可供数量')).toHaveRole('spinbutton');
    expect(screen.getByLabelText('提前预订天数')).toHaveRole('spinbutton');
  });
});
