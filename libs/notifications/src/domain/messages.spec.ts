import type { DealEventFacts } from './deal-event';
import { dealEmail, dealNotificationText, invitationEmail } from './messages';

const event = (overrides: Partial<DealEventFacts> = {}): DealEventFacts => ({
  dealId: 'deal-1',
  kind: 'booking',
  listingId: 'listing-1',
  listingTitle: '扫描电镜 SEM',
  requesterOrganizationId: 'org-r',
  requesterUserId: 'user-r',
  providerOrganizationId: 'org-p',
  state: 'requested',
  actorSide: 'requester',
  actorUserId: 'user-r',
  ...overrides,
});

describe('notification and email texts', () => {
  it.each([
    ['deal.created', {}, '新的设备预约请求 · New booking request', '「扫描电镜 SEM」收到新的设备预约请求。'],
    [
      'deal.state_changed',
      { action: 'accept', state: 'accepted' },
      '设备预约已被接受 · Booking accepted',
      '「扫描电镜 SEM」的设备预约已被接受。',
    ],
    [
      'deal.state_changed',
      { kind: 'licence', action: 'mystery', state: 'odd' },
      '专利许可状态更新 · Licence request updated',
      '「扫描电镜 SEM」的专利许可状态变为 odd。',
    ],
    [
      'deal.offer_made',
      { kind: 'reservation' },
      '收到新报价 · New offer',
      '「扫描电镜 SEM」的产能预订有新的报价，请查看并回复。',
    ],
    [
      'deal.message_posted',
      { messageExcerpt: '周三可以送样吗？' },
      '新消息 · New message',
      '「扫描电镜 SEM」：周三可以送样吗？',
    ],
    [
      'deal.review_revealed',
      { kind: 'sample_test' },
      '评价已公开 · Reviews revealed',
      '「扫描电镜 SEM」的送样检测双方评价已公开。',
    ],
    [
      'deal.review_revealed',
      { kind: 'sample_test', actorSide: 'system', actorUserId: null },
      '评价已公开 · Review revealed',
      '「扫描电镜 SEM」的送样检测评价已满 14 天，现已公开。',
    ],
  ] as const)('%s %j', (type, overrides, title, body) => {
    expect(dealNotificationText(type, event(overrides as Partial<DealEventFacts>))).toEqual({ title, body });
  });

  it('makes a deal email of the notification with a link to the deal', () => {
    const email = dealEmail(dealNotificationText('deal.created', event()), {
      dealUrl: 'https://rongtong.cn/deals/deal-1',
    });
    expect(email.subject).toBe('[融通 Rongtong] 新的设备预约请求 · New booking request');
    expect(email.text).toContain('「扫描电镜 SEM」收到新的设备预约请求。');
    expect(email.text).toContain('https://rongtong.cn/deals/deal-1');
  });

  it('makes an invitation email that carries the accept link', () => {
    const email = invitationEmail({
      organizationName: '苏州澄锐精密制造有限公司',
      role: 'admin',
      acceptUrl: 'https://rongtong.cn/invitations/accept?token=abc',
      validDays: 7,
    });
    expect(email.subject).toBe(
      '[融通 Rongtong] 邀请您加入苏州澄锐精密制造有限公司 · Invitation to join 苏州澄锐精密制造有限公司',
    );
    expect(email.text).toContain('「管理员 admin」');
    expect(email.text).toContain('as admin.');
    expect(email.text).toContain('\nhttps://rongtong.cn/invitations/accept?token=abc\n');
    expect(email.text).toContain('7 天内');
  });
});
