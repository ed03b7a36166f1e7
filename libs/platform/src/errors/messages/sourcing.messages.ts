import type { MessageCatalog } from './format';

/** Errors of the sourcing context (libs/sourcing/src/domain/sourcing.errors.ts). */
export const SOURCING_MESSAGES: MessageCatalog = {
  RFQ_INVALID: { 'zh-CN': '{errors}', en: '{errors}' },
  QUOTE_INVALID: { 'zh-CN': '{errors}', en: '{errors}' },
  AWARD_INVALID: { 'zh-CN': '{errors}', en: '{errors}' },
  RFQ_NOT_FOUND: { 'zh-CN': '询价单不存在', en: 'RFQ not found' },
  RFQ_QUESTION_NOT_FOUND: { 'zh-CN': '该询价单下没有这个问题', en: 'Question not found' },
  QUOTE_NOT_FOUND: { 'zh-CN': '报价不存在', en: 'Quote not found' },
  RFQ_ATTACHMENT_NOT_FOUND: { 'zh-CN': '附件不存在', en: 'Attachment not found' },
  BUYER_REQUIRED: { 'zh-CN': '只有发布该询价单的企业可以执行此操作', en: '{message}' },
  OWN_RFQ: { 'zh-CN': '企业不能对自己发布的询价单报价', en: '{message}' },
  NDA_NOT_ACCEPTED: { 'zh-CN': '请先接受该询价单的保密协议', en: '{message}' },
  RFQ_STATE_CONFLICT: {
    'zh-CN': '询价单当前状态（{status}）不允许此操作（{action}）',
    en: '{message}',
  },
  RFQ_NOT_TAKEN_DOWN: { 'zh-CN': '该询价单未被下架，无需恢复', en: 'The RFQ is not taken down' },
  QUOTE_DEADLINE_PASSED: { 'zh-CN': '报价截止时间（{quoteDeadline}）已过', en: '{message}' },
  QUOTES_SEALED: {
    'zh-CN': '报价在截止时间（{quoteDeadline}）前密封，提前结束报价后方可查看',
    en: '{message}',
  },
  QUOTE_EXISTS: { 'zh-CN': '您已对该询价单报价，请修改或撤回原报价', en: '{message}' },
  QUOTE_STATE_CONFLICT: { 'zh-CN': '该报价已撤回或已定标，不能再修改', en: '{message}' },
  RFQ_HAS_NO_NDA: { 'zh-CN': '该询价单没有保密协议', en: '{message}' },
  RFQ_VERSION_CONFLICT: {
    'zh-CN': '询价单已被他人修改，当前版本为 {currentVersion}',
    en: '{message}',
  },
};
