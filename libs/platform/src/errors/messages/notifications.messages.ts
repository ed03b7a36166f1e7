import type { MessageCatalog } from './format';

/** Errors of the notifications context (libs/notifications/src/domain/notifications.errors.ts). */
export const NOTIFICATIONS_MESSAGES: MessageCatalog = {
  NOTIFICATION_NOT_FOUND: { 'zh-CN': '通知不存在', en: 'Notification not found' },
  WEBHOOK_NOT_FOUND: { 'zh-CN': 'Webhook 不存在', en: 'Webhook not found' },
  WEBHOOK_URL_INVALID: { 'zh-CN': 'Webhook 地址{reason|violation}', en: 'The webhook URL {reason}' },
  WEBHOOK_EVENTS_INVALID: {
    'zh-CN': 'Webhook 事件{reason|violation}；可选事件：{allowedEvents}',
    en: "The webhook's events {reason}; allowed: {allowedEvents}",
  },
  WEBHOOK_LIMIT_REACHED: {
    'zh-CN': '每个组织最多可创建 {max} 个 Webhook，请先删除一个',
    en: 'An organization may have at most {max} webhooks: delete one first',
  },
};
