import { assertNever, type DealKind } from '@rongtong/kernel';
import type { DealEventFacts, DealEventType } from '../domain/deal-event';
import type { Locale, Localized } from './locale';
import { greeting, plainText, type NotificationText, quoted } from './common';
import { type Inline, renderEmail, type RenderedEmail } from './render';

const KIND: Record<DealKind, Localized> = {
  booking: { 'zh-CN': '设备预约', en: 'booking' },
  sample_test: { 'zh-CN': '送样检测', en: 'sample test' },
  reservation: { 'zh-CN': '产能预订', en: 'capacity reservation' },
  licence: { 'zh-CN': '专利许可', en: 'licence request' },
  order: { 'zh-CN': '采购订单', en: 'order' },
};
const SOME_DEAL: Localized = { 'zh-CN': '合作', en: 'deal' };

/** What a `deal.state_changed` action did, as a title and a sentence about the listing. */
interface Said {
  title: string;
  body: Inline[];
}
type ActionText = Localized<(kind: string, listing: Inline) => Said>;

const zhAction =
  (done: string) =>
  (kind: string, listing: Inline): Said => ({ title: `${kind}${done}`, body: [listing, `的${kind}${done}。`] });
const enAction =
  (title: (Kind: string) => string, sentence: string) =>
  (kind: string, listing: Inline): Said => ({
    title: title(capitalize(kind)),
    body: [`The ${kind} for `, listing, ` ${sentence}.`],
  });

const ACTION: Record<string, ActionText> = {
  accept: { 'zh-CN': zhAction('已被接受'), en: enAction((K) => `${K} accepted`, 'has been accepted') },
  decline: { 'zh-CN': zhAction('已被拒绝'), en: enAction((K) => `${K} declined`, 'has been declined') },
  cancel: { 'zh-CN': zhAction('已取消'), en: enAction((K) => `${K} cancelled`, 'has been cancelled') },
  complete: { 'zh-CN': zhAction('已完成'), en: enAction((K) => `${K} completed`, 'has been completed') },
  no_show: {
    'zh-CN': zhAction('被标记为未到场'),
    en: enAction((K) => `${K} marked as a no-show`, 'has been marked as a no-show'),
  },
  expire: { 'zh-CN': zhAction('已过期'), en: enAction((K) => `${K} expired`, 'has expired') },
  receive_samples: {
    'zh-CN': zhAction('样品已签收'),
    en: enAction(() => 'Samples received', 'has had its samples received'),
  },
  deliver_report: {
    'zh-CN': zhAction('检测报告已交付'),
    en: enAction(() => 'Test report delivered', 'has had its test report delivered'),
  },
  counter: { 'zh-CN': zhAction('收到还价'), en: enAction(() => 'Counter-offer received', 'has a counter-offer') },
  start_production: {
    'zh-CN': zhAction('已开始生产'),
    en: enAction(() => 'Order in production', 'is in production'),
  },
  ship: { 'zh-CN': zhAction('已发货'), en: enAction(() => 'Order shipped', 'has been shipped') },
  receive: { 'zh-CN': zhAction('已确认收货'), en: enAction(() => 'Order received', 'has been received') },
};

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The title and sentence of a deal event in one language; a message's own words apart. */
function dealSaid(type: DealEventType, event: DealEventFacts, locale: Locale): Said & { quote?: string } {
  const kind = (KIND[event.kind] ?? SOME_DEAL)[locale];
  const listing: Inline = { strong: quoted(event.listingTitle, locale) };
  const zh = locale === 'zh-CN';
  switch (type) {
    case 'deal.created':
      return zh
        ? { title: `新的${kind}请求`, body: [listing, `收到新的${kind}请求。`] }
        : { title: `New ${kind} request`, body: [`A new ${kind} request has arrived for `, listing, '.'] };
    case 'deal.state_changed': {
      const action = event.action ? ACTION[event.action] : undefined;
      if (action) return action[locale](kind, listing);
      return zh
        ? { title: `${kind}状态更新`, body: [listing, `的${kind}状态变为 ${event.state}。`] }
        : {
            title: `${capitalize(kind)} updated`,
            body: [`The ${kind} for `, listing, ` is now ${event.state.replace(/_/g, ' ')}.`],
          };
    }
    case 'deal.offer_made':
      return zh
        ? { title: '收到新报价', body: [listing, `的${kind}有新的报价，请查看并回复。`] }
        : {
            title: 'New offer',
            body: [`There is a new offer on the ${kind} for `, listing, '. Please review it and reply.'],
          };
    case 'deal.message_posted':
      return zh
        ? { title: '新消息', body: [listing, `的${kind}有一条新消息。`], quote: event.messageExcerpt }
        : {
            title: 'New message',
            body: [`A new message on the ${kind} for `, listing, '.'],
            quote: event.messageExcerpt,
          };
    case 'deal.review_revealed':
      // The second side wrote (a party acted), or the blind period of a lone review ran out.
      if (event.actorSide === 'system') {
        return zh
          ? { title: '评价已公开', body: [listing, `的${kind}评价已满 14 天，现已公开。`] }
          : {
              title: 'Review revealed',
              body: [`The review of the ${kind} for `, listing, ' is now public: its 14-day blind period has ended.'],
            };
      }
      return zh
        ? { title: '评价已公开', body: [listing, `的${kind}双方评价已公开。`] }
        : { title: 'Reviews revealed', body: [`Both reviews of the ${kind} for `, listing, ' are now public.'] };
    default:
      return assertNever(type, 'deal event type');
  }
}

/** The in-app notification of a deal event, in the reader's language. */
export function dealNotificationText(type: DealEventType, event: DealEventFacts, locale: Locale): NotificationText {
  const said = dealSaid(type, event, locale);
  // A message's own words are what the reader wants to see in the list.
  if (type === 'deal.message_posted' && said.quote) {
    const colon = locale === 'zh-CN' ? '：' : ': ';
    return { title: said.title, body: `${quoted(event.listingTitle, locale)}${colon}${said.quote}` };
  }
  return { title: said.title, body: plainText(said.body) };
}

/** The email of a deal event to one reader: what happened, and a link to the deal. */
export function dealEmail(
  type: DealEventType,
  event: DealEventFacts,
  reader: { locale: Locale; name?: string; dealUrl: string },
): RenderedEmail {
  const { locale } = reader;
  const said = dealSaid(type, event, locale);
  return renderEmail(locale, {
    subject: said.title,
    greeting: greeting(reader.name, locale),
    heading: said.title,
    paragraphs: [said.body],
    quote: said.quote,
    action: { label: locale === 'zh-CN' ? '查看合作' : 'View the deal', url: reader.dealUrl },
    reason:
      locale === 'zh-CN'
        ? '您收到此邮件，是因为您或您所在的机构是这项合作的一方。'
        : 'You receive this email because you or your organization take part in this deal.',
  });
}
