import { assertNever } from '@rongtong/kernel';
import type { RfqEventFacts, RfqEventType } from '../domain/rfq-event';
import { greeting, type NotificationText, plainText, quoted } from './common';
import type { Locale } from './locale';
import { type Inline, renderEmail, type RenderedEmail } from './render';

/** What an RFQ event says to one supplier (`won`: its enterprise is among the awarded). */
function rfqSaid(
  type: RfqEventType,
  event: RfqEventFacts,
  locale: Locale,
  won: boolean,
): { title: string; body: Inline[] } {
  const rfq: Inline = { strong: quoted(event.title, locale) };
  const zh = locale === 'zh-CN';
  const why = event.reason ? quoted(event.reason, locale) : null;
  const reason = why ? (zh ? `采购方说明：${why}` : ` The buyer says: ${why}`) : '';
  switch (type) {
    case 'rfq.invited':
      return zh
        ? { title: '询价邀请', body: ['您的企业受邀对询价单', rfq, '报价。'] }
        : { title: 'Invitation to quote', body: ['Your enterprise is invited to quote on ', rfq, '.'] };
    case 'rfq.question_answered':
      return zh
        ? { title: '询价答疑更新', body: ['采购方回答了询价单', rfq, '的一个问题。'] }
        : { title: 'A question answered', body: ['The buyer answered a question on ', rfq, '.'] };
    case 'rfq.awarded':
      if (won) {
        return zh
          ? { title: '恭喜中标', body: ['您的报价在询价单', rfq, '中中标，订单已生成。'] }
          : { title: 'Your quote won', body: ['Your quote on ', rfq, ' was awarded: the order is open.'] };
      }
      return zh
        ? { title: '询价已定标', body: ['询价单', rfq, `已定标，本次未选择您的报价。${reason}`] }
        : { title: 'RFQ awarded to another supplier', body: [rfq, ` was awarded to another supplier.${reason}`] };
    case 'rfq.cancelled':
      return zh
        ? { title: '询价已取消', body: ['询价单', rfq, `已被采购方取消。${reason}`] }
        : { title: 'RFQ cancelled', body: [rfq, ` was cancelled by the buyer.${reason}`] };
    case 'rfq.amended': {
      const fields = changedFields(event.changedFields ?? [], locale);
      return zh
        ? {
            title: '询价单已修改',
            body: ['采购方修改了询价单', rfq, `（${fields}），您已提交的报价可能需要更新。`],
          }
        : {
            title: 'RFQ changed',
            body: ['The buyer changed ', rfq, ` (${fields}): your quote may need revising.`],
          };
    }
    case 'rfq.taken_down': {
      const said = why ? (zh ? `原因：${why}` : ` Reason: ${why}`) : '';
      return zh
        ? { title: '询价单已被下架', body: ['园区运营方下架了您的询价单', rfq, `。${said}`] }
        : { title: 'RFQ taken down', body: ["The park's operator took down your RFQ ", rfq, `.${said}`] };
    }
    case 'rfq.reinstated': {
      const said = why ? (zh ? `说明：${why}` : ` Note: ${why}`) : '';
      return zh
        ? { title: '询价单已恢复', body: ['园区运营方恢复了您的询价单', rfq, `，供应商可再次查看。${said}`] }
        : {
            title: 'RFQ reinstated',
            body: ["The park's operator reinstated your RFQ ", rfq, `: suppliers see it again.${said}`],
          };
    }
    default:
      return assertNever(type, 'rfq event type');
  }
}

const FIELD_NAMES: Record<string, { zh: string; en: string }> = {
  title: { zh: '标题', en: 'title' },
  description: { zh: '详细说明', en: 'description' },
  category: { zh: '类别', en: 'category' },
  process: { zh: '工艺', en: 'process' },
  materials: { zh: '材料', en: 'materials' },
  quantity: { zh: '数量', en: 'quantity' },
  unit: { zh: '单位', en: 'unit' },
  deliveryDate: { zh: '交货日期', en: 'delivery date' },
  deliveryRegionCode: { zh: '交货地区', en: 'delivery region' },
  certifications: { zh: '资质要求', en: 'certifications' },
  quoteDeadline: { zh: '报价截止时间', en: 'quote deadline' },
  ndaText: { zh: '保密协议', en: 'NDA' },
};

/** The changed fields, named for a reader. */
function changedFields(fields: readonly string[], locale: Locale): string {
  const zh = locale === 'zh-CN';
  const names = fields.map((f) => (FIELD_NAMES[f] ? FIELD_NAMES[f][zh ? 'zh' : 'en'] : f));
  return names.join(zh ? '、' : ', ');
}

/** The in-app notification of an RFQ event, in the reader's language. */
export function rfqNotificationText(
  type: RfqEventType,
  event: RfqEventFacts,
  locale: Locale,
  won = false,
): NotificationText {
  const said = rfqSaid(type, event, locale, won);
  return { title: said.title, body: plainText(said.body) };
}

/** The email of an RFQ event to a supplier's member, with a link to the RFQ. */
export function rfqEmail(
  type: RfqEventType,
  event: RfqEventFacts,
  reader: { locale: Locale; name?: string; rfqUrl: string; won?: boolean },
): RenderedEmail {
  const { locale } = reader;
  const said = rfqSaid(type, event, locale, reader.won ?? false);
  return renderEmail(locale, {
    subject: said.title,
    greeting: greeting(reader.name, locale),
    heading: said.title,
    paragraphs: [said.body],
    action: { label: locale === 'zh-CN' ? '查看询价' : 'View the RFQ', url: reader.rfqUrl },
    reason:
      locale === 'zh-CN'
        ? '您收到此邮件，是因为您的企业参与了这次询价。'
        : 'You receive this email because your enterprise takes part in this RFQ.',
  });
}
