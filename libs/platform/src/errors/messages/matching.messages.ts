import type { MessageCatalog } from './format';

/** Errors of the matching context (libs/matching/src/domain/matching.errors.ts and its use cases). */
export const MATCHING_MESSAGES: MessageCatalog = {
  DEMAND_INVALID: { 'zh-CN': '{errors}', en: '{errors}' },
  DEMAND_NOT_FOUND: { 'zh-CN': '需求不存在', en: 'Demand not found' },
  MATCH_NOT_FOUND: { 'zh-CN': '匹配结果不存在', en: 'Match not found' },
  DEMAND_STATE_CONFLICT: {
    'zh-CN': '需求当前为“{status|demandStatus}”状态，无法{action|demandAction}',
    en: 'A demand that is {status} cannot be {action}',
  },
  DEMAND_VERSION_CONFLICT: {
    'zh-CN': '需求在您编辑期间已被他人修改，当前版本为 {currentVersion}，请刷新后重试',
    en: 'The demand has changed since the version you edited: it is now at version {currentVersion}',
  },
  MATCH_STATE_CONFLICT: {
    'zh-CN': '该匹配结果当前为“{status|matchStatus}”状态，无法{action|demandAction}',
    en: 'A match that is {status} cannot be {action}',
  },
  NO_FREE_SLOT: {
    by: 'reason',
    cases: {
      too_long: {
        'zh-CN': '需求时长超过该设备单次最长预约时长（{maxMinutes} 分钟），请分多次预约',
        en: '{message}',
      },
    },
    otherwise: {
      'zh-CN': '该设备在 {from} 至 {to} 之间没有连续 {hours} 小时的空闲时段',
      en: 'No free slot of {hours} hours on this equipment between {from} and {to}',
    },
  },
  LISTING_UNAVAILABLE: { 'zh-CN': '匹配到的挂牌已不再发布', en: 'The matched listing is no longer published' },
  UNIT_MISMATCH: {
    'zh-CN': '该挂牌的产能以{listingUnit|unit}计，需求以{demandUnit|unit}计，请直接预订该挂牌',
    en: 'The listing offers capacity in {listingUnit}, the demand asks for {demandUnit}: reserve it directly',
  },
  WINDOW_TOO_SOON: {
    'zh-CN': '该挂牌须提前预订，最早开始日期 {earliest} 已晚于需求时间范围的结束日期（{to}）',
    en: '{message}',
  },
};
