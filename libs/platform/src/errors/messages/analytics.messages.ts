import type { MessageCatalog } from './format';

/** Errors of the analytics context (libs/analytics/src/domain). */
export const ANALYTICS_MESSAGES: MessageCatalog = {
  ANALYTICS_DATE_INVALID: {
    'zh-CN': '{field} 须为日期，格式 YYYY-MM-DD',
    en: '{field} must be a date, YYYY-MM-DD',
  },
  ANALYTICS_PERIOD_REVERSED: {
    'zh-CN': '结束日期（{to}）早于开始日期（{from}）',
    en: 'The end date ({to}) is before the start date ({from})',
  },
  ANALYTICS_PERIOD_TOO_LONG: {
    'zh-CN': '统计区间最长不足 {maxYears} 年',
    en: 'A period must be shorter than {maxYears} years',
  },
  ANALYTICS_EXPORT_FORMAT_UNKNOWN: {
    'zh-CN': '不支持的导出格式“{format}”，可选 csv 或 xlsx',
    en: "Unknown export format '{format}': csv or xlsx",
  },
};
