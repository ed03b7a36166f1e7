import { DEAL_EVENT_TYPES, type DealEventFacts, type DealEventType } from '../domain/deal-event';
import { MATCH_EVENT_TYPES, type MatchEventFacts } from '../domain/match-event';
import { accountTokenEmail, type AccountTokenPurpose } from './account-token';
import { dealEmail, dealNotificationText } from './deal';
import { invitationEmail } from './invitation';
import { LOCALES, type Locale, localeOr } from './locale';
import { matchEmail, matchNotificationText } from './match';
import { RFQ_EVENT_TYPES } from '../domain/rfq-event';
import { rfqEmail } from './rfq';
import { escapeHtml, renderEmail, type RenderedEmail } from './render';
import { USCC_DISPUTE_EMAIL_KINDS, usccDisputeEmail } from './uscc-dispute';

const deal = (overrides: Partial<DealEventFacts> = {}): DealEventFacts => ({
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

const match = (overrides: Partial<MatchEventFacts> = {}): MatchEventFacts => ({
  demandId: 'demand-1',
  matchId: 'match-1',
  listingId: 'listing-1',
  demandOrganizationId: 'org-sme',
  demandCreatedBy: 'user-sme',
  providerOrganizationId: 'org-p',
  demandTitle: '钛合金五轴加工',
  listingTitle: '五轴联动CNC加工',
  score: 0.78,
  ...overrides,
});

const DEAL_URL = 'https://rongtong.cn/deals/deal-1';
const NOW = Date.parse('2026-12-07T08:00:00Z');

/** Every deal event the templates word differently, as [name, type, facts]. */
const DEAL_CASES: Array<[string, DealEventType, Partial<DealEventFacts>]> = [
  ...DEAL_EVENT_TYPES.filter((t) => t !== 'deal.state_changed').map(
    (type): [string, DealEventType, Partial<DealEventFacts>] => [type, type, { messageExcerpt: '周三可以送样吗？' }],
  ),
  ...[
    'accept',
    'decline',
    'cancel',
    'complete',
    'no_show',
    'expire',
    'receive_samples',
    'deliver_report',
    'counter',
    'something_new',
  ].map((action): [string, DealEventType, Partial<DealEventFacts>] => [
    `deal.state_changed ${action}`,
    'deal.state_changed',
    { action, state: 'in_progress', kind: action === 'counter' ? 'licence' : 'sample_test' },
  ]),
  ['deal.review_revealed by the system', 'deal.review_revealed', { actorSide: 'system', actorUserId: null }],
];

/** Every email kind, rendered for a locale, with the link it must carry. */
const EMAILS: Array<[string, (locale: Locale) => RenderedEmail, string]> = [
  ...DEAL_CASES.map(([name, type, facts]): [string, (locale: Locale) => RenderedEmail, string] => [
    name,
    (locale) => dealEmail(type, deal(facts), { locale, name: '王工', dealUrl: DEAL_URL }),
    DEAL_URL,
  ]),
  ...MATCH_EVENT_TYPES.map((type): [string, (locale: Locale) => RenderedEmail, string] => [
    type,
    (locale) =>
      matchEmail(type, match(), { locale, name: 'Li Wei', demandUrl: 'https://rongtong.cn/demands/demand-1' }),
    'https://rongtong.cn/demands/demand-1',
  ]),
  ...RFQ_EVENT_TYPES.flatMap((type) =>
    [false, true].map((won): [string, (locale: Locale) => RenderedEmail, string] => [
      `${type}${won ? ' (won)' : ''}`,
      (locale) =>
        rfqEmail(
          type,
          {
            rfqId: 'rfq-1',
            organizationId: 'org-buyer',
            title: '铝合金壳体 CNC 加工',
            notifyOrganizationIds: ['org-s'],
            reason: won ? null : '按价格与交期拆分',
            awardedOrganizationIds: won ? ['org-s'] : [],
          },
          { locale, name: '王工', rfqUrl: 'https://rongtong.cn/rfqs/rfq-1', won },
        ),
      'https://rongtong.cn/rfqs/rfq-1',
    ]),
  ),
  [
    'invitation',
    (locale) =>
      invitationEmail({
        locale,
        organizationName: '苏州澄锐精密制造有限公司',
        role: 'admin',
        acceptUrl: 'https://rongtong.cn/invitations/accept?token=abc',
        validDays: 7,
      }),
    'https://rongtong.cn/invitations/accept?token=abc',
  ],
  ...(['password_reset', 'email_verification'] as AccountTokenPurpose[]).map(
    (purpose): [string, (locale: Locale) => RenderedEmail, string] => [
      purpose,
      (locale) =>
        accountTokenEmail(
          purpose,
          { locale, displayName: '王工', url: 'https://rongtong.cn/x?token=t0k', expiresAt: '2026-12-07T10:00:00Z' },
          NOW,
        ),
      'https://rongtong.cn/x?token=t0k',
    ],
  ),
  ...USCC_DISPUTE_EMAIL_KINDS.map((kind): [string, (locale: Locale) => RenderedEmail, string] => [
    `uscc dispute ${kind}`,
    (locale) =>
      usccDisputeEmail(kind, {
        locale,
        readerName: '王工',
        uscc: '91320594MA1N2K5B77',
        organizationName: '苏州抢注贸易有限公司',
        claimantOrganizationName: '苏州澄锐精密制造有限公司',
        reason: kind.endsWith('received') || kind.endsWith('opened') ? null : '营业执照与登记信息一致',
        url: 'https://rongtong.cn/uscc-disputes/follow?token=t0k',
        claimDays: 30,
      }),
    'https://rongtong.cn/uscc-disputes/follow?token=t0k',
  ]),
];

const CJK = /[\u4e00-\u9fff]/;

describe('email templates', () => {
  describe.each(LOCALES)('in %s', (locale) => {
    it.each(EMAILS)('%s: subject, plain text and HTML, the link in both, nothing left unfilled', (_, render, link) => {
      const email = render(locale);
      expect(email.locale).toBe(locale);
      expect(email.subject.startsWith(locale === 'en' ? '[Rongtong] ' : '[融通] ')).toBe(true);
      for (const part of [email.subject, email.text, email.html]) {
        expect(part).not.toMatch(/undefined|null|NaN|\[object|\$\{|\{\{/);
      }
      expect(email.text).toContain(`\n${link}\n`);
      expect(email.text).not.toMatch(/<[a-z]/i);
      expect(email.html).toMatch(/^<!DOCTYPE html>\n<html lang="(zh-CN|en)">/);
      expect(email.html).toContain(`lang="${locale}"`);
      const href = `href="${escapeHtml(link)}"`;
      // The button and the link written out beneath it.
      expect(email.html.split(href)).toHaveLength(3);
      expect(email.html).toContain(`>${escapeHtml(link)}</a>`);
      // Every word of the text part is said in the HTML part too (the quotation aside).
      const firstParagraph = email.text.split('\n\n')[1];
      expect(email.html).toContain(escapeHtml(firstParagraph.split('\n')[0]));
      // English readers read English, but for names, titles and quotations people wrote.
      if (locale === 'en')
        expect(email.text.replace(/「[^」]*」|“[^”]*”|王工|苏州\S+公司|^> .*$|—\n.*/gms, '')).not.toMatch(CJK);
      else expect(email.subject).toMatch(CJK);
    });
  });

  it('escapes what people wrote in the HTML part, and keeps it as written in the text part', () => {
    const title = `<script>alert("x")</script> & 'Co'`;
    const email = dealEmail(
      'deal.message_posted',
      deal({ listingTitle: title, messageExcerpt: '<img src=x onerror=alert(1)> 周三？' }),
      { locale: 'en', name: '<b>Wang</b>', dealUrl: 'https://rongtong.cn/deals/deal-1?a=1&b=2' },
    );
    expect(email.html).not.toContain('<script>');
    expect(email.html).not.toContain('<img');
    expect(email.html).not.toContain('<b>Wang');
    expect(email.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Co&#39;');
    expect(email.html).toContain('&lt;img src=x onerror=alert(1)&gt; 周三？');
    expect(email.html).toContain('href="https://rongtong.cn/deals/deal-1?a=1&amp;b=2"');
    expect(email.text).toContain(`“${title}”`);
    expect(email.text).toContain('> <img src=x onerror=alert(1)> 周三？');
    expect(email.text).toContain('Hello <b>Wang</b>,');

    const invitation = invitationEmail({
      locale: 'zh-CN',
      organizationName: '<a href="https://evil.example">点我</a>',
      role: 'member',
      acceptUrl: 'https://rongtong.cn/invitations/accept?token=abc',
      validDays: 7,
    });
    expect(invitation.html).not.toContain('<a href="https://evil.example"');
    expect(invitation.html).toContain('&lt;a href=&quot;https://evil.example&quot;&gt;');
  });

  it('refuses a link that is not a web address', () => {
    expect(() =>
      renderEmail('en', {
        subject: 's',
        heading: 'h',
        paragraphs: [],
        action: { label: 'go', url: 'javascript:alert(1)' },
        reason: 'r',
      }),
    ).toThrow(/http/);
  });

  it('says how long an account link works, in whole hours and at least one', () => {
    const email = (expiresAt: string, locale: Locale) =>
      accountTokenEmail(
        'password_reset',
        { locale, displayName: 'Wang', url: 'https://r.cn/r?token=t', expiresAt },
        NOW,
      ).text;
    expect(email('2026-12-07T10:00:00Z', 'zh-CN')).toContain('请在 2 小时内');
    expect(email('2026-12-07T10:00:00Z', 'en')).toContain('within 2 hours');
    expect(email('2026-12-07T08:20:00Z', 'en')).toContain('within 1 hour ');
  });

  it('greets the reader by name, or without one', () => {
    expect(dealEmail('deal.created', deal(), { locale: 'zh-CN', name: '王工', dealUrl: DEAL_URL }).text).toMatch(
      /^王工，您好：\n\n「扫描电镜 SEM」收到新的设备预约请求。\n\n查看合作：\nhttps:\/\/rongtong.cn\/deals\/deal-1\n/,
    );
    expect(dealEmail('deal.created', deal(), { locale: 'en', name: ' ', dealUrl: DEAL_URL }).text).toMatch(
      /^Hello,\n\nA new booking request has arrived for “扫描电镜 SEM”.\n\nView the deal:\n/,
    );
  });

  it('reads unknown locales as Chinese', () => {
    expect([localeOr('en'), localeOr('zh-CN'), localeOr('fr'), localeOr(undefined)]).toEqual([
      'en',
      'zh-CN',
      'zh-CN',
      'zh-CN',
    ]);
  });
});

describe('in-app notification texts', () => {
  it.each([
    [
      'deal.created',
      {},
      '新的设备预约请求',
      '「扫描电镜 SEM」收到新的设备预约请求。',
      'New booking request',
      'A new booking request has arrived for “扫描电镜 SEM”.',
    ],
    [
      'deal.state_changed',
      { action: 'accept', state: 'accepted' },
      '设备预约已被接受',
      '「扫描电镜 SEM」的设备预约已被接受。',
      'Booking accepted',
      'The booking for “扫描电镜 SEM” has been accepted.',
    ],
    [
      'deal.state_changed',
      { kind: 'licence', action: 'mystery', state: 'in_review' },
      '专利许可状态更新',
      '「扫描电镜 SEM」的专利许可状态变为 in_review。',
      'Licence request updated',
      'The licence request for “扫描电镜 SEM” is now in review.',
    ],
    [
      'deal.offer_made',
      { kind: 'reservation' },
      '收到新报价',
      '「扫描电镜 SEM」的产能预订有新的报价，请查看并回复。',
      'New offer',
      'There is a new offer on the capacity reservation for “扫描电镜 SEM”. Please review it and reply.',
    ],
    [
      'deal.message_posted',
      { messageExcerpt: '周三可以送样吗？' },
      '新消息',
      '「扫描电镜 SEM」：周三可以送样吗？',
      'New message',
      '“扫描电镜 SEM”: 周三可以送样吗？',
    ],
    [
      'deal.review_revealed',
      { kind: 'sample_test' },
      '评价已公开',
      '「扫描电镜 SEM」的送样检测双方评价已公开。',
      'Reviews revealed',
      'Both reviews of the sample test for “扫描电镜 SEM” are now public.',
    ],
    [
      'deal.review_revealed',
      { kind: 'sample_test', actorSide: 'system', actorUserId: null },
      '评价已公开',
      '「扫描电镜 SEM」的送样检测评价已满 14 天，现已公开。',
      'Review revealed',
      'The review of the sample test for “扫描电镜 SEM” is now public: its 14-day blind period has ended.',
    ],
  ] as const)('%s %j', (type, overrides, zhTitle, zhBody, enTitle, enBody) => {
    const facts = deal(overrides);
    expect(dealNotificationText(type, facts, 'zh-CN')).toEqual({ title: zhTitle, body: zhBody });
    expect(dealNotificationText(type, facts, 'en')).toEqual({ title: enTitle, body: enBody });
  });

  it('words a new match with the demand, the listing and the score, and a provider’s interest', () => {
    expect(matchNotificationText('match.created', match(), 'zh-CN')).toEqual({
      title: '新的匹配',
      body: '您的需求「钛合金五轴加工」匹配到「五轴联动CNC加工」，匹配度 78%。',
    });
    expect(matchNotificationText('match.created', match({ score: undefined }), 'en')).toEqual({
      title: 'New match',
      body: 'Your demand “钛合金五轴加工” was matched with “五轴联动CNC加工”.',
    });
    expect(matchNotificationText('match.interest', match(), 'zh-CN').body).toBe(
      '「五轴联动CNC加工」的服务商对您的需求「钛合金五轴加工」表示有意向。',
    );
    expect(matchNotificationText('match.interest', match(), 'en')).toEqual({
      title: 'A provider is interested',
      body: 'The provider of “五轴联动CNC加工” is interested in your demand “钛合金五轴加工”.',
    });
  });
});
