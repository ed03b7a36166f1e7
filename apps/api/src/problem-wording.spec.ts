import {
  DealNotDueError,
  DealOutOfTurnError,
  DealStateConflictError,
  CapacityExceededError,
  PeriodNotOfferedError,
  SlotUnavailableError,
} from '@rongtong/deals';
import {
  AuthenticationRequiredError,
  PasswordTooWeakError,
  SizeInputInvalidError,
  UsccInvalidError,
} from '@rongtong/identity';
import type { DomainError } from '@rongtong/kernel';
import { ListingStateConflictError, ListingValidationError, PatentNumberInvalidError } from '@rongtong/listings';
import { DemandStateConflictError, NoFreeSlotError } from '@rongtong/matching';
import { WebhookUrlInvalidError } from '@rongtong/notifications';
import { toProblem } from '@rongtong/platform';

/**
 * Real errors of every context, worded in both languages: the catalog's templates read
 * the params their errors give (a name that differs leaves a gap), and English stays as
 * the error words it.
 */
const cases: [string, DomainError, string, string][] = [
  [
    'a variant by check',
    new UsccInvalidError('length'),
    '统一社会信用代码长度错误：应为 18 位',
    'Unified social credit code failed the length check: it must be 18 characters long',
  ],
  [
    'a reason worded as a violation',
    new PasswordTooWeakError('too_short', 'must be at least 10 characters'),
    '密码不能少于 10 个字符',
    'The password must be at least 10 characters',
  ],
  [
    'a field through the glossary',
    new SizeInputInvalidError('employees', 'must be a non-negative integer'),
    '企业规模信息中的从业人员数必须为非负整数',
    'Enterprise size input employees must be a non-negative integer',
  ],
  [
    'a known wording of a code raised with several',
    new AuthenticationRequiredError('The access token has expired: refresh it'),
    '访问令牌已过期，请刷新后重试',
    'The access token has expired: refresh it',
  ],
  [
    'statuses and actions through the glossary',
    new ListingStateConflictError('published', 'approve', ['suspend', 'archive']),
    '挂牌当前为“已发布”状态，无法审核通过；可执行的操作：暂停、归档',
    'Cannot approve a listing that is published; allowed: suspend, archive',
  ],
  [
    'a final status',
    new ListingStateConflictError('archived', 'submit', []),
    '挂牌当前为“已归档”状态，无法提交审核；该状态不可再变更',
    'Cannot submit a listing that is archived; it is final',
  ],
  [
    'an optional note',
    new PatentNumberInvalidError('format', 'application year 1999 is before 2003'),
    '专利申请号格式错误：应为 2003 年 10 月以后的申请号，格式为 YYYY T NNNNNNN . C（12 位数字加 1 位校验位），可带 ZL 或 CN 前缀（申请年份 1999 早于 2003 年）',
    'Patent application number failed the format check: expected a post-October-2003 application number, ' +
      'YYYY T NNNNNNN . C (12 digits and a check digit), optionally prefixed ZL or CN (application year 1999 is before 2003)',
  ],
  [
    'violations',
    new ListingValidationError([{ field: 'title', message: 'must not be blank' }]),
    'title：不能为空',
    'title: must not be blank',
  ],
  [
    'a param the response does not carry',
    new DealStateConflictError('sample_test', 'completed', 'cancel'),
    '该送样检测当前为“已完成”状态，无法取消',
    'A sample test that is completed cannot be canceled',
  ],
  [
    'whose turn',
    new DealOutOfTurnError('requested', 'accept', 'requester'),
    '交易当前为“待确认”状态，尚未轮到需求方执行“接受”',
    "It is not the requester's turn to accept while the deal is requested",
  ],
  [
    'a reason for a step not yet due',
    new DealNotDueError('A reservation can be completed once its window has begun (2026-12-01)', {
      reason: 'window_not_begun',
      from: '2026-12-01',
    }),
    '产能预订的起始日期（2026-12-01）到来后才能标记为完成',
    'A reservation can be completed once its window has begun (2026-12-01)',
  ],
  [
    'periods that remain',
    new CapacityExceededError([{ periodStart: '2026-12-01', periodEnd: '2026-12-31', offered: 100, remaining: 20 }]),
    '剩余产能不足：2026-12-01–2026-12-31 剩余 20',
    'Not enough capacity left: 2026-12-01–2026-12-31 20 remaining',
  ],
  [
    'periods not on offer',
    new PeriodNotOfferedError([{ start: '2027-01-01', end: '2027-01-31' }]),
    '以下期间未开放预订：2027-01-01–2027-01-31',
    'Not on offer: 2027-01-01–2027-01-31',
  ],
  [
    'the reasons a slot is refused',
    new SlotUnavailableError([
      { code: 'TOO_SHORT', message: '30 minutes is shorter than the minimum booking of 1 hour' },
    ]),
    '该时段不可预约：预约时长 30 分钟 短于单次最短预约时长 1 小时',
    '30 minutes is shorter than the minimum booking of 1 hour',
  ],
  [
    'a demand that moved on',
    new DemandStateConflictError('closed', 'edited'),
    '需求当前为“已关闭”状态，无法修改',
    'A demand that is closed cannot be edited',
  ],
  [
    'no free slot',
    new NoFreeSlotError('No free slot of 8 hours on this equipment between 2026-12-01 and 2026-12-05', {
      from: '2026-12-01',
      to: '2026-12-05',
      hours: 8,
    }),
    '该设备在 2026-12-01 至 2026-12-05 之间没有连续 8 小时的空闲时段',
    'No free slot of 8 hours on this equipment between 2026-12-01 and 2026-12-05',
  ],
  [
    'a webhook reason',
    new WebhookUrlInvalidError('must use https'),
    'Webhook 地址必须使用 https',
    'The webhook URL must use https',
  ],
];

describe('problems of every context in both languages', () => {
  it.each(cases)('%s', (_, error, zh, en) => {
    expect(toProblem(error, 'c', 'zh-CN').body.detail).toBe(zh);
    expect(toProblem(error, 'c', 'en').body.detail).toBe(en);
    expect(toProblem(error, 'c', 'en').body.detail).toBe(error.message);
  });
});

describe('a patent number refused inside a listing body', () => {
  it.each([
    [new PatentNumberInvalidError('check_digit'), '专利申请号校验位错误：最后一位与前 12 位数字不符'],
    [
      new PatentNumberInvalidError('type_digit', 'found 5'),
      '专利申请号类型位错误：第 5 位应为 1（发明）、2（实用新型）、3（外观设计）、8（PCT 发明）或 9（PCT 实用新型）（实际为 5）',
    ],
    [
      new PatentNumberInvalidError('format', 'application year 1999 is before 2003'),
      '专利申请号格式错误：应为 2003 年 10 月以后的申请号，格式为 YYYY T NNNNNNN . C（12 位数字加 1 位校验位），可带 ZL 或 CN 前缀（申请年份 1999 早于 2003 年）',
    ],
    [
      new PatentNumberInvalidError('format'),
      '专利申请号格式错误：应为 2003 年 10 月以后的申请号，格式为 YYYY T NNNNNNN . C（12 位数字加 1 位校验位），可带 ZL 或 CN 前缀',
    ],
  ])('is worded at its field in Chinese: %s', (refusal, zh) => {
    const error = new ListingValidationError([{ field: 'details.patentNumber', message: refusal.message }]);
    const errors = (body: Record<string, unknown>) => body.errors as { field: string; message: string }[];
    expect(errors(toProblem(error, 'c', 'zh-CN').body)).toEqual([
      expect.objectContaining({ field: 'details.patentNumber', message: zh }),
    ]);
    expect(errors(toProblem(error, 'c', 'en').body)[0].message).toBe(refusal.message);
  });
});
