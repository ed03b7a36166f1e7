import type { FormInstance } from 'antd';
import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../api/problem';
import { showProblem } from './formProblem';

/** The parts of a form showProblem uses, recording what it is told. */
function fakeForm(values: Record<string, unknown>) {
  const set: { name: (string | number)[]; errors: string[] }[][] = [];
  const form = {
    getFieldsValue: () => values,
    setFields: (fields: { name: (string | number)[]; errors: string[] }[]) => set.push(fields),
    scrollToField: () => undefined,
  } as unknown as FormInstance;
  return { form, set };
}

describe('showProblem', () => {
  it('puts errors[] at their fields, aliases applied', () => {
    const { form, set } = fakeForm({ email: '', revenueYuan: '' });
    const notes: string[] = [];
    const problem = ApiProblem.from(400, {
      title: 'Bad Request',
      errors: [
        { field: 'email', message: '邮箱格式不正确' },
        { field: 'annualRevenueFen', message: '不能为负数' },
      ],
    });
    expect(showProblem(problem, (n) => notes.push(n), form, 'x', { annualRevenueFen: 'revenueYuan' })).toBe(true);
    expect(set[0]).toEqual([
      { name: ['email'], errors: ['邮箱格式不正确'] },
      { name: ['revenueYuan'], errors: ['不能为负数'] },
    ]);
    expect(notes).toEqual([]);
  });

  it('puts a domain error that names one field in its details at that field', () => {
    const { form, set } = fakeForm({ url: 'ftp://x', events: [] });
    const notes: string[] = [];
    const problem = ApiProblem.from(422, {
      title: 'Unprocessable',
      code: 'WEBHOOK_URL_INVALID',
      detail: 'Webhook 地址必须使用 https 或 http',
      field: 'url',
    });
    expect(showProblem(problem, (n) => notes.push(n), form)).toBe(true);
    expect(set[0]).toEqual([{ name: ['url'], errors: ['Webhook 地址必须使用 https 或 http'] }]);
    expect(notes).toEqual([]);
  });

  it('tells the problem as a message when no field of the form takes it', () => {
    const { form, set } = fakeForm({ email: '' });
    const notes: string[] = [];
    const problem = ApiProblem.from(403, { title: 'Forbidden', code: 'EMAIL_NOT_VERIFIED', detail: '请先验证邮箱' });
    expect(showProblem(problem, (n) => notes.push(n), form)).toBe(false);
    expect(
      showProblem(
        ApiProblem.from(422, { title: 'x', detail: '行业代码', field: 'nowhere' }),
        (n) => notes.push(n),
        form,
      ),
    ).toBe(false);
    expect(set).toEqual([]);
    expect(notes).toEqual(['请先验证邮箱', '行业代码']);
  });
});
