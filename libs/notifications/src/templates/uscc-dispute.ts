import { assertNever } from '@rongtong/kernel';
import { count, greeting, quoted } from './common';
import type { Locale } from './locale';
import { renderEmail, type RenderedEmail } from './render';

/**
 * The emails of a credit code dispute: to the claimant (received, upheld with the link
 * that registers with the code, dismissed) and to the disputed enterprise's owners
 * (opened: frozen meanwhile; upheld: the code is gone; dismissed: active again).
 */
export type UsccDisputeEmailKind =
  | 'claimant_confirm'
  | 'claimant_received'
  | 'claimant_upheld'
  | 'claimant_dismissed'
  | 'owner_opened'
  | 'owner_upheld'
  | 'owner_dismissed'
  | 'reviewer_opened';

export const USCC_DISPUTE_EMAIL_KINDS: readonly UsccDisputeEmailKind[] = [
  'claimant_confirm',
  'claimant_received',
  'claimant_upheld',
  'claimant_dismissed',
  'owner_opened',
  'owner_upheld',
  'owner_dismissed',
  'reviewer_opened',
];

export interface UsccDisputeEmailInput {
  locale: Locale;
  /** Who reads it: the claimant's contact, or the owner's display name. */
  readerName?: string;
  uscc: string;
  /** The enterprise that holds (held) the code. */
  organizationName: string;
  claimantOrganizationName: string;
  /** The reviewer's reason, for decisions. */
  reason?: string | null;
  /** The one thing to do: follow the dispute, register with the code, open the enterprise's page. */
  url: string;
  /** claimant_upheld: days the registration link keeps the code. */
  claimDays?: number;
  /** claimant_confirm: hours the confirmation link works. */
  confirmHours?: number;
}

export function usccDisputeEmail(kind: UsccDisputeEmailKind, input: UsccDisputeEmailInput): RenderedEmail {
  const { locale, uscc } = input;
  const zh = locale === 'zh-CN';
  const hello = greeting(input.readerName, locale);
  const holder = quoted(input.organizationName, locale);
  const claimant = quoted(input.claimantOrganizationName, locale);
  const reason = input.reason?.trim() ? quoted(input.reason.trim(), locale) : zh ? '（未说明）' : '(none given)';
  const days = count(input.claimDays ?? 30, { 'zh-CN': '天', en: ['day', 'days'] }, locale);
  const hours = count(input.confirmHours ?? 24, { 'zh-CN': '小时', en: ['hour', 'hours'] }, locale);
  switch (kind) {
    case 'claimant_confirm':
      return renderEmail(
        locale,
        zh
          ? {
              subject: `请确认您对统一社会信用代码 ${uscc} 的申诉`,
              greeting: hello,
              heading: '请确认您的邮箱以提交申诉',
              paragraphs: [
                `您以${claimant}的名义申诉统一社会信用代码 ${uscc} 在融通平台的注册。`,
                `请在 ${hours}内点击下方按钮确认邮箱：确认后申诉才会生效，该企业才会被冻结并交由审核人员处理。逾期未确认，申诉将自动失效。`,
              ],
              action: { label: '确认并提交申诉', url: input.url },
              notes: ['如果这不是您本人的操作，请忽略此邮件，申诉不会生效。'],
              reason: '您收到此邮件，是因为这个地址被填写为一项统一社会信用代码申诉的联系邮箱。',
            }
          : {
              subject: `Confirm your dispute of credit code ${uscc}`,
              greeting: hello,
              heading: 'Confirm your email to file the dispute',
              paragraphs: [
                `On behalf of ${claimant} you dispute the registration of the unified social credit code ${uscc} on Rongtong.`,
                `Confirm your email with the button below within ${hours}: only then does the dispute take effect, the enterprise is frozen and a reviewer takes it up. Unconfirmed, the dispute lapses.`,
              ],
              action: { label: 'Confirm and file the dispute', url: input.url },
              notes: ['If it was not you, ignore this email: the dispute will not take effect.'],
              reason: 'You receive this email because this address was given as the contact of a credit code dispute.',
            },
      );
    case 'claimant_received':
      return renderEmail(
        locale,
        zh
          ? {
              subject: `已收到您对统一社会信用代码 ${uscc} 的申诉`,
              greeting: hello,
              heading: '我们已收到您的申诉',
              paragraphs: [
                `您以${claimant}的名义申诉：统一社会信用代码 ${uscc} 已被${holder}在融通平台注册。`,
                '该企业所在园区的运营方或平台管理员将核对您上传的营业执照后作出决定；审核期间，该企业已被冻结，不能发布挂牌、发起交易或发布需求。',
                '您可以随时通过下方按钮查看申诉进展；结果也会通过邮件通知您。',
              ],
              action: { label: '查看申诉进展', url: input.url },
              notes: ['如果这不是您本人的操作，请忽略此邮件。'],
              reason: '您收到此邮件，是因为这个地址被填写为一项统一社会信用代码申诉的联系邮箱。',
            }
          : {
              subject: `We received your dispute of credit code ${uscc}`,
              greeting: hello,
              heading: 'Your dispute was received',
              paragraphs: [
                `On behalf of ${claimant} you dispute that ${holder} registered the unified social credit code ${uscc} on Rongtong.`,
                'An operator of its park or a platform admin will check the business licence you sent and decide. Meanwhile the enterprise is frozen: it cannot publish listings, open deals or post demands.',
                'Follow the dispute with the button below; you will also be emailed the decision.',
              ],
              action: { label: 'Follow the dispute', url: input.url },
              notes: ['If it was not you, ignore this email.'],
              reason: 'You receive this email because this address was given as the contact of a credit code dispute.',
            },
      );
    case 'claimant_upheld':
      return renderEmail(
        locale,
        zh
          ? {
              subject: `申诉成立：请用统一社会信用代码 ${uscc} 注册`,
              greeting: hello,
              heading: '您的申诉已成立',
              paragraphs: [
                `审核人员认定统一社会信用代码 ${uscc} 属于${claimant}，该代码已从${holder}收回。`,
                `审核意见：${reason}`,
                `该代码为您保留 ${days}：请通过下方按钮注册企业账户，其他人无法使用该代码注册。`,
              ],
              action: { label: '注册企业账户', url: input.url },
              notes: ['注册链接仅供您本人使用，请勿转发。'],
              reason: '您收到此邮件，是因为您在融通平台提交了统一社会信用代码申诉。',
            }
          : {
              subject: `Dispute upheld: register with credit code ${uscc}`,
              greeting: hello,
              heading: 'Your dispute was upheld',
              paragraphs: [
                `The reviewer found that the unified social credit code ${uscc} belongs to ${claimant}; it was taken back from ${holder}.`,
                `The reviewer's reason: ${reason}`,
                `The code is kept for you for ${days}: register your enterprise with the button below. Nobody else can register with it meanwhile.`,
              ],
              action: { label: 'Register your enterprise', url: input.url },
              notes: ['The link is yours alone: do not forward it.'],
              reason: 'You receive this email because you disputed a credit code on Rongtong.',
            },
      );
    case 'claimant_dismissed':
      return renderEmail(
        locale,
        zh
          ? {
              subject: `关于统一社会信用代码 ${uscc} 的申诉未获支持`,
              greeting: hello,
              heading: '您的申诉未获支持',
              paragraphs: [
                `审核人员核对后，未认定统一社会信用代码 ${uscc} 被${holder}冒用。`,
                `审核意见：${reason}`,
                '如有新的证明材料，您可以重新提交申诉。',
              ],
              action: { label: '访问融通平台', url: input.url },
              reason: '您收到此邮件，是因为您在融通平台提交了统一社会信用代码申诉。',
            }
          : {
              subject: `Your dispute of credit code ${uscc} was dismissed`,
              greeting: hello,
              heading: 'Your dispute was dismissed',
              paragraphs: [
                `The reviewer did not find that ${holder} holds the unified social credit code ${uscc} wrongly.`,
                `The reviewer's reason: ${reason}`,
                'With new evidence you may dispute it again.',
              ],
              action: { label: 'Visit Rongtong', url: input.url },
              reason: 'You receive this email because you disputed a credit code on Rongtong.',
            },
      );
    case 'owner_opened':
      return renderEmail(
        locale,
        zh
          ? {
              subject: `您企业的统一社会信用代码 ${uscc} 被提出申诉`,
              greeting: hello,
              heading: '统一社会信用代码申诉',
              paragraphs: [
                `${claimant}提交营业执照，申诉${holder}在融通平台注册所用的统一社会信用代码 ${uscc} 属于该公司。`,
                '审核期间，贵企业已被冻结：不能提交挂牌、发起交易或发布需求，挂牌暂不出现在搜索结果中；已有的交易可以继续。',
                '如果该代码确属贵企业，请尽快联系所在园区的运营方或平台，提供营业执照以供核对。',
              ],
              action: { label: '查看企业主页', url: input.url },
              reason: '您收到此邮件，是因为您是该企业在融通平台的所有者。',
            }
          : {
              subject: `The credit code ${uscc} of your enterprise is disputed`,
              greeting: hello,
              heading: 'Credit code disputed',
              paragraphs: [
                `${claimant} sent its business licence and disputes that the unified social credit code ${uscc}, with which ${holder} registered on Rongtong, is yours.`,
                'While the dispute is reviewed your enterprise is frozen: it cannot submit listings, open deals or post demands, and its listings are not shown in search. Deals already open go on.',
                'If the code is yours, contact your park operator or the platform soon with your business licence.',
              ],
              action: { label: "Open your enterprise's page", url: input.url },
              reason: 'You receive this email because you own this enterprise on Rongtong.',
            },
      );
    case 'reviewer_opened':
      return renderEmail(
        locale,
        zh
          ? {
              subject: `待审核：统一社会信用代码 ${uscc} 的申诉`,
              greeting: hello,
              heading: '一项统一社会信用代码申诉待您审核',
              paragraphs: [
                `${claimant}提交营业执照，申诉${holder}在融通平台注册所用的统一社会信用代码 ${uscc} 属于该公司；申诉人已确认邮箱。`,
                '审核期间该企业已被冻结。请核对营业执照后支持或驳回申诉，并说明理由。',
              ],
              action: { label: '登录融通平台审核', url: input.url },
              reason: '您收到此邮件，是因为您是该企业所在园区的运营方或平台管理员。',
            }
          : {
              subject: `To review: a dispute of credit code ${uscc}`,
              greeting: hello,
              heading: 'A credit code dispute awaits your review',
              paragraphs: [
                `${claimant} sent its business licence and claims the unified social credit code ${uscc}, with which ${holder} registered on Rongtong; the claimant confirmed their email.`,
                'The enterprise is frozen meanwhile. Check the business licence, then uphold or dismiss the dispute with a reason.',
              ],
              action: { label: 'Sign in to Rongtong to review', url: input.url },
              reason:
                'You receive this email because you operate a park of this enterprise or administer the platform.',
            },
      );
    case 'owner_upheld':
      return renderEmail(
        locale,
        zh
          ? {
              subject: `统一社会信用代码 ${uscc} 已收回`,
              greeting: hello,
              heading: '申诉成立，代码已收回',
              paragraphs: [
                `审核人员认定统一社会信用代码 ${uscc} 属于${claimant}，该代码已从${holder}收回。`,
                `审核意见：${reason}`,
                '贵企业将保持冻结；如有异议，请联系平台管理员。',
              ],
              action: { label: '查看企业主页', url: input.url },
              reason: '您收到此邮件，是因为您是该企业在融通平台的所有者。',
            }
          : {
              subject: `The credit code ${uscc} was taken back`,
              greeting: hello,
              heading: 'Dispute upheld: the code was taken back',
              paragraphs: [
                `The reviewer found that the unified social credit code ${uscc} belongs to ${claimant}; it was taken back from ${holder}.`,
                `The reviewer's reason: ${reason}`,
                'Your enterprise stays frozen; if you disagree, contact a platform admin.',
              ],
              action: { label: "Open your enterprise's page", url: input.url },
              reason: 'You receive this email because you own this enterprise on Rongtong.',
            },
      );
    case 'owner_dismissed':
      return renderEmail(
        locale,
        zh
          ? {
              subject: `关于统一社会信用代码 ${uscc} 的申诉已驳回`,
              greeting: hello,
              heading: '申诉已驳回，企业恢复正常',
              paragraphs: [
                `针对${holder}统一社会信用代码 ${uscc} 的申诉已被驳回，贵企业已解除冻结，挂牌重新出现在搜索结果中。`,
                `审核意见：${reason}`,
              ],
              action: { label: '查看企业主页', url: input.url },
              reason: '您收到此邮件，是因为您是该企业在融通平台的所有者。',
            }
          : {
              subject: `The dispute of credit code ${uscc} was dismissed`,
              greeting: hello,
              heading: 'Dispute dismissed: your enterprise is active again',
              paragraphs: [
                `The dispute of ${holder}'s unified social credit code ${uscc} was dismissed: your enterprise is no longer frozen and its listings are back in search.`,
                `The reviewer's reason: ${reason}`,
              ],
              action: { label: "Open your enterprise's page", url: input.url },
              reason: 'You receive this email because you own this enterprise on Rongtong.',
            },
      );
    default:
      return assertNever(kind, 'credit code dispute email');
  }
}
