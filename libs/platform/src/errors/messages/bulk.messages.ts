import type { MessageCatalog } from './format';

/**
 * Large catalogues (issue 22): listing imports and exports, their rows' own refusals, bulk
 * actions, calendar feeds (libs/listings/src/domain/listing-imports.errors.ts,
 * libs/deals/src/domain/calendar-feed.errors.ts).
 */
export const BULK_MESSAGES: MessageCatalog = {
  LISTING_IMPORT_NOT_FOUND: { 'zh-CN': '导入记录不存在', en: 'Import not found' },
  IMPORT_FILE_TYPE_UNSUPPORTED: {
    'zh-CN': '挂牌文件须为 XLSX 或 CSV 格式，该文件内容为 {detectedType}',
    en: "A listings file must be XLSX or CSV; this file's content is {detectedType}",
  },
  IMPORT_FILE_TOO_LARGE: {
    'zh-CN': '挂牌文件须小于 50 MB',
    en: 'A listings file must be smaller than 50 MB',
  },
  IMPORT_FILE_EMPTY: {
    'zh-CN': '文件为空：须有表头行，每个挂牌一行',
    en: 'The file is empty: it needs a header row and a row per listing',
  },
  IMPORT_ENCODING_INVALID: {
    'zh-CN': 'CSV 文件不是有效的 UTF-8 或 GBK 文本，请另存为“CSV UTF-8”或 XLSX 后重新上传',
    en: 'The CSV file is not valid UTF-8 or GBK text; save it again as "CSV UTF-8" or as XLSX',
  },
  IMPORT_FILE_UNREADABLE: {
    'zh-CN': '文件无法读取（{problem}），请确认是 Excel 保存的 XLSX 或 CSV 文件',
    en: 'The file could not be read: {problem}',
  },
  IMPORT_FAILED: {
    'zh-CN': '导入在尝试 {attempts} 次后仍因系统错误中止；已处理的行已导入，请重新上传该文件以导入其余行',
    en: 'The import stopped after {attempts} attempts on an error of ours; the rows counted as processed were imported. Upload the file again to import the rest',
  },
  IMPORT_HEADER_UNKNOWN: {
    'zh-CN': '第 {column} 列的表头“{header}”不是模板中的列',
    en: "The header '{header}' (column {column}) is not a column of the template",
  },
  IMPORT_HEADER_MISSING: { 'zh-CN': '表头行缺少列 {header}', en: 'The header row needs the column {header}' },
  IMPORT_HEADER_DUPLICATE: {
    'zh-CN': '表头行中列 {header} 出现了两次',
    en: 'The column {header} appears twice in the header row',
  },
  EXPORT_FORMAT_UNKNOWN: {
    'zh-CN': '不支持的文件格式“{format}”，可选 csv 或 xlsx',
    en: "Unknown file format '{format}': csv or xlsx",
  },
  LISTING_KIND_UNKNOWN: {
    'zh-CN': '未知的挂牌类型“{kind}”，可选 capacity、equipment 或 ip',
    en: "Unknown listing kind '{kind}': capacity, equipment or ip",
  },
  IMPORT_EXTERNAL_REF_REQUIRED: {
    'zh-CN': '每行须填写外部编号（externalRef），用以对应挂牌',
    en: 'Every row needs an externalRef, which matches it with its listing',
  },
  IMPORT_EXTERNAL_REF_DUPLICATE: {
    'zh-CN': '文件中另一行的外部编号与此行相同',
    en: 'Another row of this file has the same externalRef',
  },
  IMPORT_KIND_INVALID: {
    'zh-CN': '类型须为 capacity、equipment 或 ip（产能、设备、专利）',
    en: 'The kind must be capacity, equipment or ip (产能, 设备, 专利)',
  },
  IMPORT_KIND_MISMATCH: {
    'zh-CN': '该外部编号对应的挂牌是另一种类型',
    en: 'The listing with this externalRef is of another kind',
  },
  IMPORT_FORMULA_NOT_ALLOWED: {
    'zh-CN': '单元格中是公式；系统不计算公式，请直接填写数值',
    en: 'The cell holds a formula; formulas are not evaluated: enter the value itself',
  },
  IMPORT_CELL_INVALID: { 'zh-CN': '单元格无法读取', en: 'The cell could not be read' },
  EXPORT_PERIOD_INVALID: {
    'zh-CN': '{field} 须为日期，格式 YYYY-MM-DD，且结束日期不早于开始日期',
    en: '{field} must be a date, YYYY-MM-DD, and the end not before the start',
  },
  CALENDAR_FEED_NOT_FOUND: { 'zh-CN': '日历订阅不存在或已失效', en: 'Calendar feed not found' },
  CALENDAR_NOT_AVAILABLE: {
    'zh-CN': '只有已确认的设备预约可以加入日历',
    en: 'Only a confirmed equipment booking can be added to a calendar',
  },
};
