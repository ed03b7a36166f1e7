import type { DealEventFacts, DealEventType, DealKind } from './deal-event';
import type { MatchEventFacts, MatchEventType } from './match-event';

/**
 * What people read: a title in Chinese then English (`中文 · English`), a short Chinese
 * body naming the listing, and emails built from the same two with a link to act on.
 */
export interface NotificationText {
  title: string;
  body: string;
}

export interface EmailText {
  subject: string;
  text: string;
}

const KIND: Record<DealKind, { zh: string; en: string }> = {
  booking: { zh: '设备预约', en: 'Booking' },
  sample_test: { zh: '送样检测', en: 'Sample test' },
  reservation: { zh: '产能预订', en: 'Reservation' },
  licence: { zh: '专利许可', en: 'Licence request' },
};

const ACTION: Record<string, { zh: string; en: string }> = {
  accept: { zh: '已被接受', en: 'accepted' },
  decline: { zh: '已被拒绝', en: 'declined' },
  cancel: { zh: '已取消', en: 'cancelled' },
  complete: { zh: '已完成', en: 'completed' },
  no_show: { zh: '被标记为未到场', en: 'marked as no-show' },
  expire: { zh: '已过期', en: 'expired' },
  receive_samples: { zh: '样品已签收', en: 'samples received' },
  deliver_report: { zh: '检测报告已交付', en: 'report delivered' },
  counter: { zh: '收到还价', en: 'countered' },
};

const ROLE: Record<string, string> = { owner: '所有者 owner', admin: '管理员 admin', member: '成员 member' };

const SIGNATURE = '—\n融通 Rongtong · 此邮件由系统自动发送，请勿直接回复。This message was sent automatically.';

const subject = (title: string) => `[融通 Rongtong] ${title}`;

export function dealNotificationText(type: DealEventType, event: DealEventFacts): NotificationText {
  const kind = KIND[event.kind] ?? { zh: '合作', en: 'Deal' };
  const listing = `「${event.listingTitle}」`;
  switch (type) {
    case 'deal.created':
      return {
        title: `新的${kind.zh}请求 · New ${kind.en.toLowerCase()} request`,
        body: `${listing}收到新的${kind.zh}请求。`,
      };
    case 'deal.state_changed': {
      const action = event.action ? ACTION[event.action] : undefined;
      if (!action) {
        return {
          title: `${kind.zh}状态更新 · ${kind.en} updated`,
          body: `${listing}的${kind.zh}状态变为 ${event.state}。`,
        };
      }
      return {
        title: `${kind.zh}${action.zh} · ${kind.en} ${action.en}`,
        body: `${listing}的${kind.zh}${action.zh}。`,
      };
    }
    case 'deal.offer_made':
      return { title: `收到新报价 · New offer`, body: `${listing}的${kind.zh}有新的报价，请查看并回复。` };
    case 'deal.message_posted':
      return {
        title: `新消息 · New message`,
        body: event.messageExcerpt ? `${listing}：${event.messageExcerpt}` : `${listing}有一条新消息。`,
      };
    case 'deal.review_revealed':
      // The second side wrote (a party acted), or the blind period of a lone review ran out.
      return event.actorSide === 'system'
        ? { title: `评价已公开 · Review revealed`, body: `${listing}的${kind.zh}评价已满 14 天，现已公开。` }
        : { title: `评价已公开 · Reviews revealed`, body: `${listing}的${kind.zh}双方评价已公开。` };
  }
}

export function dealEmail(text: NotificationText, links: { dealUrl: string }): EmailText {
  return {
    subject: subject(text.title),
    text: `${text.body}\n\n查看详情 View the deal: ${links.dealUrl}\n\n${SIGNATURE}\n`,
  };
}

export function matchNotificationText(type: MatchEventType, event: MatchEventFacts): NotificationText {
  const demand = `「${event.demandTitle}」`;
  const listing = `「${event.listingTitle}」`;
  switch (type) {
    case 'match.created': {
      const score = event.score === undefined ? '' : `，匹配度 ${Math.round(event.score * 100)}%`;
      return { title: `新的匹配 · New match`, body: `您的需求${demand}匹配到${listing}${score}。` };
    }
    case 'match.interest':
      return {
        title: `服务商有意向 · A provider is interested`,
        body: `${listing}的服务商对您的需求${demand}表示有意向。`,
      };
  }
}

export function matchEmail(text: NotificationText, links: { demandUrl: string }): EmailText {
  return {
    subject: subject(text.title),
    text: `${text.body}\n\n查看匹配 View the matches: ${links.demandUrl}\n\n${SIGNATURE}\n`,
  };
}

export function invitationEmail(input: {
  organizationName: string;
  role: string;
  acceptUrl: string;
  validDays: number;
}): EmailText {
  const role = ROLE[input.role] ?? input.role;
  return {
    subject: subject(`邀请您加入${input.organizationName} · Invitation to join ${input.organizationName}`),
    text:
      `您好，\n\n${input.organizationName} 邀请您以「${role}」身份加入融通平台。` +
      `请在 ${input.validDays} 天内打开以下链接接受邀请：\n\n${input.acceptUrl}\n\n` +
      `You have been invited to join ${input.organizationName} on Rongtong as ${role.split(' ').pop()}. ` +
      `Open the link above within ${input.validDays} days to accept.\n\n` +
      `如果您并不认识对方，忽略此邮件即可。If you were not expecting this, ignore this email.\n\n${SIGNATURE}\n`,
  };
}

export type AccountTokenPurpose = 'password_reset' | 'email_verification';

export function accountTokenEmail(
  purpose: AccountTokenPurpose,
  input: { displayName: string; locale: 'zh-CN' | 'en'; url: string; expiresAt: string },
): EmailText {
  const hours = Math.max(1, Math.round((Date.parse(input.expiresAt) - Date.now()) / 3_600_000));
  if (input.locale === 'en') {
    return purpose === 'password_reset'
      ? {
          subject: subject('Reset your password'),
          text:
            `Hello ${input.displayName},\n\nSomeone asked to reset the password of your Rongtong account. ` +
            `Open this link within ${hours} hour(s) to choose a new one:\n\n${input.url}\n\n` +
            `If it was not you, ignore this email: your password stays as it is.\n\n${SIGNATURE}\n`,
        }
      : {
          subject: subject('Confirm your email address'),
          text:
            `Hello ${input.displayName},\n\nPlease confirm this email address for your Rongtong account ` +
            `by opening this link within ${hours} hour(s):\n\n${input.url}\n\n${SIGNATURE}\n`,
        };
  }
  return purpose === 'password_reset'
    ? {
        subject: subject('重置密码'),
        text:
          `${input.displayName}，您好：\n\n有人请求重置您在融通平台的账户密码。请在 ${hours} 小时内打开以下链接设置新密码：\n\n` +
          `${input.url}\n\n如果这不是您本人的操作，请忽略此邮件，您的密码不会改变。\n\n${SIGNATURE}\n`,
      }
    : {
        subject: subject('验证您的邮箱地址'),
        text:
          `${input.displayName}，您好：\n\n请在 ${hours} 小时内打开以下链接，验证您在融通平台使用的邮箱地址：\n\n` +
          `${input.url}\n\n${SIGNATURE}\n`,
      };
}
