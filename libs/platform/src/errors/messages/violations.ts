import type { Texts } from './format';

/**
 * Field violations (`errors[]`), keyed by a stable rule name. A violation is raised in
 * English (`{field, message: 'must be at most 200 characters'}`); its `en` template here
 * is the key that finds it, as a gettext msgid, and `{name}` captures what varies, for
 * the Chinese text. A new message a reader raises needs its entry here (a unit test scans
 * the readers for messages no entry matches). Chinese texts leave the field out: a form
 * shows them at the field.
 */
export const VIOLATION_TEXTS: Readonly<Record<string, Texts>> = {
  // Presence and shape
  required: { en: 'is required', 'zh-CN': '为必填项' },
  required_positive: { en: 'is required: a number greater than 0', 'zh-CN': '为必填项，须为大于 0 的数字' },
  required_with_price: { en: 'is required with a price', 'zh-CN': '填写价格时为必填项' },
  required_with_unit: { en: 'is required with a unit', 'zh-CN': '填写计价单位时为必填项' },
  required_with_pair: { en: 'is required with its pair', 'zh-CN': '须与其配对字段一并填写' },
  unknown_field: { en: 'is not a known field', 'zh-CN': '不是可识别的字段' },
  field_of_other_kind: {
    en: 'is a field of {others} demands, not of {kind} ones',
    'zh-CN': '是{others|listingKind}需求的字段，不适用于{kind|listingKind}需求',
  },
  not_search_parameter: { en: 'is not a search parameter', 'zh-CN': '不是可用的搜索参数' },
  not_licence_term: { en: 'is not a licence term', 'zh-CN': '不是许可条款字段' },
  given_once: { en: 'must be given once', 'zh-CN': '只能指定一次' },
  object: { en: 'must be an object', 'zh-CN': '必须为对象' },
  object_of_licence_terms: { en: 'must be an object of licence terms', 'zh-CN': '必须为许可条款对象' },
  object_of_period: {
    en: 'must be an object {quantity, from?, to?, priceFen?, note?}',
    'zh-CN': '必须为对象，包含 quantity，可选 from、to、priceFen、note',
  },
  array: { en: 'must be an array', 'zh-CN': '必须为数组' },
  // Text
  string: { en: 'must be a string', 'zh-CN': '必须为文本' },
  text: { en: 'must be a text', 'zh-CN': '必须为文本' },
  text_short: { en: 'must be text', 'zh-CN': '必须为文本' },
  not_blank: { en: 'must not be blank', 'zh-CN': '不能为空' },
  max_length: { en: 'must be at most {max} characters', 'zh-CN': '不能超过 {max} 个字符' },
  min_length: { en: 'must be at least {min} characters', 'zh-CN': '不能少于 {min} 个字符' },
  form_field_too_long: { en: 'is longer than a form field may be', 'zh-CN': '超过表单字段的长度上限' },
  length_range: { en: 'must be 1–{max} characters', 'zh-CN': '长度须为 1–{max} 个字符' },
  text_max_length: { en: 'must be a text of at most {max} characters', 'zh-CN': '必须为不超过 {max} 个字符的文本' },
  text_or_all: {
    en: 'must be a text of 1–{max} characters, or all',
    'zh-CN': '必须为 1–{max} 个字符的文本，或填写 all（全部领域）',
  },
  idempotency_key: {
    en: 'must be 1–255 visible ASCII characters, e.g. a UUID',
    'zh-CN': '必须为 1–255 个可见 ASCII 字符，例如 UUID',
  },
  // Numbers and money
  number: { en: 'must be a number', 'zh-CN': '必须为数字' },
  whole_number: { en: 'must be a whole number', 'zh-CN': '必须为整数' },
  non_negative_integer: { en: 'must be a non-negative integer', 'zh-CN': '必须为非负整数' },
  non_negative_fen_integer: { en: 'must be a non-negative integer (fen)', 'zh-CN': '必须为非负整数（单位：分）' },
  greater_than: { en: 'must be greater than {min}', 'zh-CN': '必须大于 {min}' },
  at_least: { en: 'must be at least {min}', 'zh-CN': '不能小于 {min}' },
  at_most: { en: 'must be at most {max}', 'zh-CN': '不能大于 {max}' },
  between: { en: 'must be between {min} and {max}', 'zh-CN': '必须在 {min} 到 {max} 之间' },
  at_most_decimals: { en: 'must have at most {decimals} decimals', 'zh-CN': '最多保留 {decimals} 位小数' },
  quantity: {
    en: 'must be at most {max}, to at most {decimals} decimals',
    'zh-CN': '不能超过 {max}，最多保留 {decimals} 位小数',
  },
  whole_number_of_unit: { en: 'must be a whole number of {unit}s', 'zh-CN': '必须为整数（单位：{unit|unit}）' },
  minimum_order: {
    en: 'must be at least the minimum order, {quantity} {unit}',
    'zh-CN': '不能少于起订量 {quantity} {unit|unit}',
  },
  fen: {
    en: 'must be a non-negative whole number of fen (1 yuan = 100 fen)',
    'zh-CN': '必须为非负整数，单位为分（1 元 = 100 分）',
  },
  fen_zero_or_more: {
    en: 'must be a whole number of fen, 0 or more (1 yuan = 100 fen)',
    'zh-CN': '必须为非负整数，单位为分（1 元 = 100 分）',
  },
  percentage: {
    en: 'must be a percentage 0–100 with at most two decimals',
    'zh-CN': '必须为 0–100 的百分比，最多保留两位小数',
  },
  not_below_price_min: { en: 'must not be below priceMin', 'zh-CN': '不能低于最低价（priceMin）' },
  samples: { en: 'must be the number of samples, 1–1000', 'zh-CN': '必须为样品数量，1–1000' },
  free_hours: {
    en: 'must be more than 0 and at most {max} hours',
    'zh-CN': '必须大于 0 且不超过 {max} 小时',
  },
  boolean: { en: 'must be true or false', 'zh-CN': '必须为 true 或 false' },
  boolean_cell: { en: 'must be true or false (是 or 否)', 'zh-CN': '须为 true 或 false（是 或 否）' },
  yuan_cell: { en: 'must be an amount in yuan, at most two decimals', 'zh-CN': '须为以元为单位的金额，最多两位小数' },
  json_object: { en: 'must be a JSON object', 'zh-CN': '须为 JSON 对象' },
  // Choices
  one_of: { en: 'must be one of {allowed}', 'zh-CN': '必须是以下值之一：{allowed}' },
  one_of_for_kind: {
    en: 'must be one of {allowed} for {kind}',
    'zh-CN': '{kind|listingKind}挂牌只能是以下值之一：{allowed}',
  },
  unknown_value: {
    en: "unknown value '{value}': one of {allowed}",
    'zh-CN': '无法识别的取值“{value}”，可选值为：{allowed}',
  },
  unknown_category: { en: "unknown category '{category}'", 'zh-CN': '无法识别的类目“{category}”' },
  listing_kind: {
    en: 'must be capacity, equipment or ip',
    'zh-CN': '必须为 capacity（产能）、equipment（设备）或 ip（知识产权）',
  },
  service_mode: {
    en: 'must be self_operated, technician_operated or sample_testing',
    'zh-CN': '必须为 self_operated（自主操作）、technician_operated（技术员代操作）或 sample_testing（送样检测）',
  },
  category_of_kind: { en: 'is not a {kind} category', 'zh-CN': '不是{kind|listingKind}类目' },
  kind_fixed: {
    en: 'cannot change: post a new demand of the other kind',
    'zh-CN': '不可更改：如需其他类型，请另行发布需求',
  },
  attachment_purpose: {
    en: 'must be {purposes}, sent before the file',
    'zh-CN': '必须为 {purposes|attachmentPurpose}，且须在文件之前发送',
  },
  // Lists
  not_empty: { en: 'must not be empty', 'zh-CN': '不能为空' },
  min_items: { en: 'needs at least {min} items', 'zh-CN': '至少需要 {min} 项' },
  max_items: { en: 'must have at most {max} items', 'zh-CN': '最多 {max} 项' },
  list_of_texts: { en: 'must be a list of texts', 'zh-CN': '必须为文本列表' },
  each_not_blank: { en: 'each item must be a non-blank text', 'zh-CN': '每一项都不能为空' },
  each_max_length: { en: 'each item must be at most {max} characters', 'zh-CN': '每一项不能超过 {max} 个字符' },
  list_at_least: { en: 'must list at least {min}', 'zh-CN': '至少填写 {min} 项' },
  list_at_most: { en: 'must list at most {max}', 'zh-CN': '最多填写 {max} 项' },
  max_tags: { en: 'at most {max} tags', 'zh-CN': '最多 {max} 个标签' },
  max_documents: { en: 'at most {max} documents', 'zh-CN': '最多附带 {max} 个文档' },
  test_items: {
    en: 'must list 1–50 test items, each a non-empty text',
    'zh-CN': '须列出 1–50 个检测项目，且每项不能为空',
  },
  at_least_one_of: { en: 'must state at least one of {keys}', 'zh-CN': '须至少填写以下一项：{keys}' },
  counter_offer_terms: {
    en: 'a counter-offer states at least one of {fields}',
    'zh-CN': '还价须至少包含以下一项条款：{fields}',
  },
  // Dates and times
  date: { en: 'must be a date YYYY-MM-DD', 'zh-CN': '必须为日期，格式为 YYYY-MM-DD' },
  date_china: { en: 'must be a date YYYY-MM-DD (Asia/Shanghai)', 'zh-CN': '必须为日期，格式为 YYYY-MM-DD（北京时间）' },
  date_inclusive: {
    en: 'must be a date YYYY-MM-DD (inclusive, Asia/Shanghai)',
    'zh-CN': '必须为日期，格式为 YYYY-MM-DD（含当日，北京时间）',
  },
  calendar_date: { en: 'must be a calendar date as YYYY-MM-DD', 'zh-CN': '必须为有效日期，格式为 YYYY-MM-DD' },
  time_of_day: { en: 'must be a time as HH:MM', 'zh-CN': '必须为时间，格式为 HH:MM' },
  time_of_day_24: { en: 'must be a time as HH:MM, at most 24:00', 'zh-CN': '必须为时间，格式为 HH:MM，最晚 24:00' },
  time_zone: { en: 'must be an IANA time zone such as Asia/Shanghai', 'zh-CN': '必须为 IANA 时区，如 Asia/Shanghai' },
  instant: {
    en: 'must be an ISO 8601 time with an offset, e.g. 2026-12-01T09:00:00+08:00',
    'zh-CN': '必须为带时区偏移的 ISO 8601 时间，如 2026-12-01T09:00:00+08:00',
  },
  invalid_time: { en: 'is not a valid time', 'zh-CN': '不是有效的时间' },
  not_in_past: { en: 'must not be in the past', 'zh-CN': '不能早于当前时间' },
  lead_time_days: {
    en: 'must be {earliest} or later (lead time {days} days)',
    'zh-CN': '不能早于 {earliest}（须提前 {days} 天预订）',
  },
  within_a_year: { en: 'must be within a year from today', 'zh-CN': '须在今天起一年以内' },
  window_a_year: { en: 'the window may be at most a year long', 'zh-CN': '时间范围最长为一年' },
  after_from: { en: 'must be after from', 'zh-CN': '必须晚于开始时间（from）' },
  after_start: { en: 'must be after start', 'zh-CN': '必须晚于开始时间（start）' },
  after_free_from: { en: 'must be after freeFrom', 'zh-CN': '必须晚于空闲开始时间（freeFrom）' },
  not_before_from: { en: 'must not be before from', 'zh-CN': '不能早于开始日期（from）' },
  not_before_start: { en: 'must not be before start', 'zh-CN': '不能早于开始时间（start）' },
  ends_after_start: { en: 'must end after it starts', 'zh-CN': '结束时间必须晚于开始时间' },
  overlapping_intervals: { en: 'has overlapping intervals', 'zh-CN': '存在重叠的时间段' },
  periods_overlap: { en: 'periods must not overlap', 'zh-CN': '各期间不能重叠' },
  free_window: { en: 'must fit between freeFrom and freeTo', 'zh-CN': '必须在 freeFrom 与 freeTo 之间' },
  free_horizon: {
    en: 'free time is known {days} days ahead: must be at most {latest}',
    'zh-CN': '空闲时间仅可查询未来 {days} 天：不能晚于 {latest}',
  },
  window_days_after_from: {
    en: 'must be at most {days} days after from',
    'zh-CN': '不能晚于开始时间（from）后 {days} 天',
  },
  free_window_days: {
    en: 'must be at most {days} days after freeFrom',
    'zh-CN': '不能晚于空闲开始时间（freeFrom）后 {days} 天',
  },
  result_window: {
    en: 'results past the {max}th are not served: narrow the search',
    'zh-CN': '最多只提供前 {max} 条结果，请缩小搜索范围',
  },
  slot_multiple: {
    en: 'must be a multiple of slotMinutes ({slot})',
    'zh-CN': '必须是时段粒度 slotMinutes（{slot}）的整数倍',
  },
  slot_grid: {
    en: 'must start and end on the {slot}-minute slot grid',
    'zh-CN': '开始和结束时间须对齐 {slot} 分钟的时段网格',
  },
  at_least_min_minutes: {
    en: 'must be at least minMinutes ({min})',
    'zh-CN': '不能小于最短预约时长 minMinutes（{min}）',
  },
  slot_divides_day: {
    en: 'must divide a day evenly (e.g. 15, 30, 60, 120)',
    'zh-CN': '必须能整除一天的分钟数（如 15、30、60、120）',
  },
  opens_weekly: {
    en: 'must open at least once a week for bookable time slots',
    'zh-CN': '提供可预约时段的设备每周至少须开放一次',
  },
  // Places and organizations
  region_code: { en: 'must be a six-digit GB/T 2260 code', 'zh-CN': '必须为 6 位 GB/T 2260 行政区划代码' },
  region_unknown: {
    en: 'is not a known GB/T 2260 region code (province, city or county)',
    'zh-CN': '不是已知的行政区划代码（省、市或区县）',
  },
  region_prefix_unknown: {
    en: 'is not a known region: 2, 4 or 6 digits of a GB/T 2260 code',
    'zh-CN': '不是已知的行政区划（GB/T 2260 代码的前 2、4 或 6 位）',
  },
  region_prefix: {
    en: 'must be 2, 4 or 6 digits of a region code (32 Jiangsu, 3205 Suzhou)',
    'zh-CN': '必须为 2、4 或 6 位行政区划代码（如 32 江苏、3205 苏州）',
  },
  lat_lon_together: { en: 'lat and lon go together', 'zh-CN': '纬度（lat）与经度（lon）须同时提供' },
  distance_needs_point: { en: 'distance needs lat and lon', 'zh-CN': '按距离筛选或排序须提供纬度（lat）和经度（lon）' },
  free_time_together: {
    en: 'freeHours, freeFrom and freeTo go together',
    'zh-CN': 'freeHours、freeFrom 与 freeTo 须同时提供',
  },
  park_id: { en: 'must be a park id', 'zh-CN': '必须为园区 ID' },
  park_of_enterprise: { en: 'must be a park the enterprise belongs to', 'zh-CN': '必须是本企业已加入的园区' },
  industry_division: {
    en: 'must be a GB/T 4754 division such as C34',
    'zh-CN': '必须为 GB/T 4754 行业大类代码，如 C34',
  },
  not_a_user: { en: 'is not a user', 'zh-CN': '不是平台用户' },
  // Equipment and demands
  hours_for_slots_only: {
    en: 'is only used for time slots (self_operated, technician_operated)',
    'zh-CN': '仅适用于按时段预约（自主操作、技术员代操作）',
  },
  required_for_sample_testing: { en: 'is required for sample testing', 'zh-CN': '送样检测时为必填项' },
  sample_testing_only: { en: 'is only used for sample testing', 'zh-CN': '仅适用于送样检测' },
  not_for_sample_testing: { en: 'is not used for sample testing', 'zh-CN': '不适用于送样检测' },
  qualifications_equipment_only: {
    en: 'qualifications are for equipment listings',
    'zh-CN': '仅设备类挂牌可登记操作资质',
  },
  // Patents and licences
  ipc: {
    en: 'must be an IPC symbol such as B23C 3/18 or H01M 4/525',
    'zh-CN': '必须为 IPC 分类号，如 B23C 3/18 或 H01M 4/525',
  },
  locarno: {
    en: 'must be a Locarno class-subclass such as 12-16',
    'zh-CN': '必须为洛迦诺分类号（大类-小类），如 12-16',
  },
  locarno_design_only: {
    en: 'is for design patents only; inventions and utility models carry ipc',
    'zh-CN': '仅适用于外观设计专利；发明和实用新型专利请填写 IPC 分类号（ipc）',
  },
  ipc_not_for_design: {
    en: 'must be empty for a design patent: designs carry locarno',
    'zh-CN': '外观设计专利不填此项，请填写洛迦诺分类号（locarno）',
  },
  pct_filing_date: {
    en: 'is required for a PCT national-phase number: its year is the entry year, not the filing year',
    'zh-CN': 'PCT 国家阶段申请号须填写此项：申请号中的年份为进入国家阶段的年份，而非国际申请年份',
  },
  patent_type_mismatch: {
    en: 'is {type}, but {number} is a {numberType} number (type digit {digit})',
    'zh-CN': '填写的专利类型为{type|patentType}，但 {number} 是{numberType|patentType}申请号（类型位为 {digit}）',
  },
  filing_year_mismatch: {
    en: 'does not fit application number {number} (year {year})',
    'zh-CN': '与申请号 {number} 不符（申请年份为 {year}）',
  },
  term_ended_year: { en: 'the term has ended, in {year}', 'zh-CN': '专利保护期已于 {year} 年届满' },
  term_ended_day: { en: 'the term has ended: its last day was {date}', 'zh-CN': '专利保护期已届满，最后一日为 {date}' },
  licence_terms_need_licence: { en: 'are stated only when a licence is offered', 'zh-CN': '仅在提供许可时填写' },
  open_licence_only: { en: 'is stated only for a declared open licence', 'zh-CN': '仅在声明开放许可时填写' },
  open_licence_ordinary: {
    en: 'must include ordinary_licence: an open licence is an ordinary licence on published terms',
    'zh-CN': '必须包含普通许可（ordinary_licence）：开放许可即按公开条件授予的普通许可',
  },
  open_licence_granted_only: {
    en: 'only a granted patent can be declared open for licensing',
    'zh-CN': '仅已授权的专利可声明开放许可',
  },
  open_licence_excludes: {
    en: 'cannot offer {types} while an open licence is declared',
    'zh-CN': '已声明开放许可，不能再提供{types|licenceType}',
  },
  territory: {
    en: 'must be worldwide, CN, or a mainland region code prefix such as 32 (Jiangsu) or 3205 (Suzhou)',
    'zh-CN': '必须为 worldwide（全球）、CN（全国），或内地行政区划代码前缀，如 32（江苏）或 3205（苏州）',
  },
  assignment_territory: {
    en: 'an assignment transfers the whole patent: use CN',
    'zh-CN': '专利转让针对整项专利：地域范围请填写 CN',
  },
  assignment_field: {
    en: 'an assignment transfers the whole patent: use all',
    'zh-CN': '专利转让针对整项专利：实施领域请填写 all',
  },
  licence_type_not_offered: {
    en: 'this patent is offered as {offered}, not {type}',
    'zh-CN': '该专利提供的交易方式为{offered|licenceType}，不含{type|licenceType}',
  },
  term_months: {
    en: 'must be a whole number of months, 1–{max} (the patent expires on {expiresOn})',
    'zh-CN': '必须为 1–{max} 的整月数（专利于 {expiresOn} 到期）',
  },
  term_months_plain: { en: 'must be a whole number of months, 1–{max}', 'zh-CN': '必须为 1–{max} 的整月数' },
  before_patent_expiry: {
    en: 'must be before the patent expires ({date})',
    'zh-CN': '必须早于专利到期日（{date}）',
  },
  patent_expires_soon: {
    en: 'the patent expires on {date}, within a month',
    'zh-CN': '专利将于 {date} 到期，剩余有效期不足一个月',
  },
  // A patent number refused inside a listing body (PatentNumberInvalidError's words as a violation).
  patent_number_format: {
    en: 'Patent application number failed the format check: expected a post-October-2003 application number, YYYY T NNNNNNN . C (12 digits and a check digit), optionally prefixed ZL or CN',
    'zh-CN':
      '专利申请号格式错误：应为 2003 年 10 月以后的申请号，格式为 YYYY T NNNNNNN . C（12 位数字加 1 位校验位），可带 ZL 或 CN 前缀',
  },
  patent_number_format_note: {
    en: 'Patent application number failed the format check: expected a post-October-2003 application number, YYYY T NNNNNNN . C (12 digits and a check digit), optionally prefixed ZL or CN ({detail})',
    'zh-CN':
      '专利申请号格式错误：应为 2003 年 10 月以后的申请号，格式为 YYYY T NNNNNNN . C（12 位数字加 1 位校验位），可带 ZL 或 CN 前缀{detail|note}',
  },
  patent_number_type_digit: {
    en: 'Patent application number failed the type digit check: the 5th digit must be 1 (invention), 2 (utility model), 3 (design), 8 (PCT invention) or 9 (PCT utility model) ({detail})',
    'zh-CN':
      '专利申请号类型位错误：第 5 位应为 1（发明）、2（实用新型）、3（外观设计）、8（PCT 发明）或 9（PCT 实用新型）{detail|note}',
  },
  patent_number_check_digit: {
    en: 'Patent application number failed the check digit check: the last character does not check the 12 digits before it',
    'zh-CN': '专利申请号校验位错误：最后一位与前 12 位数字不符',
  },
  application_year: { en: 'application year {year} is before 2003', 'zh-CN': '申请年份 {year} 早于 2003 年' },
  found_digit: { en: 'found {digit}', 'zh-CN': '实际为 {digit}' },
  before_2003: {
    en: 'numbers from before October 2003 are not supported',
    'zh-CN': '不支持 2003 年 10 月以前的申请号',
  },
  // Deals
  not_negotiated: { en: 'a {kind} is not negotiated by offers', 'zh-CN': '{kind|dealKind}不支持议价' },
  version_required: {
    en: 'send the version you edited (If-Match or version)',
    'zh-CN': '请提供所编辑的版本号（If-Match 请求头或 version 字段）',
  },
  unexpected_file: { en: 'unexpected file; send it as {field}', 'zh-CN': '收到意外的文件；请以 {field} 字段上传' },
  // Passwords (PASSWORD_TOO_WEAK's reasons)
  common_password: { en: 'is one of the most common passwords', 'zh-CN': '过于常见，容易被猜中' },
  repeated_characters: { en: 'repeats one or two characters', 'zh-CN': '仅由一两个字符重复组成' },
  contains_email: { en: 'must not contain the email address', 'zh-CN': '不能包含邮箱地址' },
  invisible_characters: {
    en: 'must not contain invisible or text-direction characters',
    'zh-CN': '不能包含不可见字符或文字方向控制字符',
  },
  // Webhooks (WEBHOOK_URL_INVALID's and WEBHOOK_EVENTS_INVALID's reasons)
  absolute_url: { en: 'is not an absolute URL', 'zh-CN': '不是完整的 URL' },
  https_or_http: { en: 'must use https or http', 'zh-CN': '必须使用 https 或 http' },
  https: { en: 'must use https', 'zh-CN': '必须使用 https' },
  no_credentials: { en: 'must not contain credentials', 'zh-CN': '不能包含用户名或密码' },
  allowed_port: { en: 'must use port {ports}', 'zh-CN': '端口必须为 {ports}' },
  public_address: {
    en: 'must not point at a loopback, private or link-local address',
    'zh-CN': '不能指向回环、内网或链路本地地址',
  },
  at_least_one_event: { en: 'must name at least one event', 'zh-CN': '须至少指定一种事件' },
  unknown_event_types: { en: 'include unknown types ({types})', 'zh-CN': '包含无法识别的事件类型（{types}）' },
  // Booking slots (SLOT_UNAVAILABLE's reasons)
  slot_end_before_start: {
    en: 'The end ({end}) must be after the start ({start}) {zone}',
    'zh-CN': '结束时间（{end|days}）必须晚于开始时间（{start|days}）（{zone}）',
  },
  slot_off_grid: {
    en: '{times} {verb} not on the {slot}-minute slot grid: bookings start and end at multiples of {slot} minutes after midnight {zone}',
    'zh-CN': '{times|days} 未对齐 {slot} 分钟的时段网格：预约须从零点起按 {slot} 分钟的整数倍开始和结束（{zone}）',
  },
  slot_too_short: {
    en: '{duration} is shorter than the minimum booking of {min}',
    'zh-CN': '预约时长 {duration|duration} 短于单次最短预约时长 {min|duration}',
  },
  slot_too_long: {
    en: '{duration} is longer than the maximum booking of {max}',
    'zh-CN': '预约时长 {duration|duration} 超过单次最长预约时长 {max|duration}',
  },
  slot_lead_time: {
    en: 'Bookings must be made {hours} hours ahead: the earliest start now is {earliest} {zone}',
    'zh-CN': '须提前 {hours} 小时预约：当前最早可预约 {earliest|days}（{zone}）',
  },
  slot_horizon: {
    en: 'Bookings can start at most {days} days ahead: the latest start now is {latest} {zone}',
    'zh-CN': '最多可提前 {days} 天预约：当前最晚可预约 {latest|days}（{zone}）',
  },
  slot_closed: {
    en: 'Closed {range}; opening hours {hours} {zone}',
    'zh-CN': '{range|days} 不开放；开放时间为 {hours|days}（{zone}）',
  },
  slot_blackout_dates: {
    en: '{dates} are blackout dates (closed all day, {zone})',
    'zh-CN': '{dates} 为停用日，全天不开放（{zone}）',
  },
  slot_blackout_date: {
    en: '{dates} is a blackout date (closed all day, {zone})',
    'zh-CN': '{dates} 为停用日，全天不开放（{zone}）',
  },
  slot_public_holiday: {
    en: '{date} is a public holiday, {holiday} (closed all day, {zone})',
    'zh-CN': '{date} 为法定节假日（{holiday|holiday}），全天不开放（{zone}）',
  },
  period_not_offered: { en: '{start}–{end} is not on offer', 'zh-CN': '{start}–{end} 未开放预订' },
  // Sourcing (RFQs, quotes, awards)
  not_before_quote_deadline: { en: 'must not be before the quote deadline', 'zh-CN': '不能早于报价截止日期' },
  distinct_min_quantities: { en: 'must not repeat a minQuantity', 'zh-CN': '各档起订量（minQuantity）不能重复' },
  live_quote_of_rfq: { en: 'is not a live quote of this RFQ', 'zh-CN': '不是该询价单下有效的报价' },
  award_above_quantity: {
    en: 'must award at most the {requested} requested, not {total}',
    'zh-CN': '定标数量合计 {total} 超过了询价数量 {requested}',
  },
  not_an_enterprise: { en: 'is not an enterprise', 'zh-CN': '不是平台上的企业' },
};

/**
 * class-validator's constraints, by constraint name, as its default English messages
 * (`$property` is `{property}`, `$constraint1` a named parameter). `each: true`
 * messages begin "each value in ", read as 每一项.
 */
export const CONSTRAINT_TEXTS: Readonly<Record<string, Texts>> = {
  isDefined: { en: '{property} should not be null or undefined', 'zh-CN': '为必填项' },
  isNotEmpty: { en: '{property} should not be empty', 'zh-CN': '不能为空' },
  isString: { en: '{property} must be a string', 'zh-CN': '必须为文本' },
  isInt: { en: '{property} must be an integer number', 'zh-CN': '必须为整数' },
  isNumber: { en: '{property} must be a number conforming to the specified constraints', 'zh-CN': '必须为数字' },
  isPositive: { en: '{property} must be a positive number', 'zh-CN': '必须为正数' },
  isBoolean: { en: '{property} must be a boolean value', 'zh-CN': '必须为 true 或 false' },
  isUuid: { en: '{property} must be a UUID', 'zh-CN': '必须为 UUID' },
  isEmail: { en: '{property} must be an email', 'zh-CN': '必须为有效的邮箱地址' },
  isIso8601: { en: '{property} must be a valid ISO 8601 date string', 'zh-CN': '必须为有效的 ISO 8601 日期时间' },
  isDateString: { en: '{property} must be a valid ISO 8601 date string', 'zh-CN': '必须为有效的 ISO 8601 日期时间' },
  isIn: { en: '{property} must be one of the following values: {allowed}', 'zh-CN': '必须是以下值之一：{allowed}' },
  isEnum: { en: '{property} must be one of the following values: {allowed}', 'zh-CN': '必须是以下值之一：{allowed}' },
  isArray: { en: '{property} must be an array', 'zh-CN': '必须为数组' },
  isObject: { en: '{property} must be an object', 'zh-CN': '必须为对象' },
  min: { en: '{property} must not be less than {min}', 'zh-CN': '不能小于 {min}' },
  max: { en: '{property} must not be greater than {max}', 'zh-CN': '不能大于 {max}' },
  minLength: { en: '{property} must be longer than or equal to {min} characters', 'zh-CN': '不能少于 {min} 个字符' },
  maxLength: { en: '{property} must be shorter than or equal to {max} characters', 'zh-CN': '不能超过 {max} 个字符' },
  isLength: {
    en: '{property} must be longer than or equal to {min} and shorter than or equal to {max} characters',
    'zh-CN': '长度须为 {min}–{max} 个字符',
  },
  matches: { en: '{property} must match {pattern} regular expression', 'zh-CN': '格式不正确' },
  arrayMinSize: { en: '{property} must contain at least {min} elements', 'zh-CN': '至少 {min} 项' },
  arrayMaxSize: { en: '{property} must contain no more than {max} elements', 'zh-CN': '最多 {max} 项' },
  arrayNotEmpty: { en: '{property} should not be empty', 'zh-CN': '不能为空' },
  whitelistValidation: { en: 'property {property} should not exist', 'zh-CN': '不是可识别的字段' },
  unknownValue: { en: 'an unknown value was passed to the validate function', 'zh-CN': '请求内容无法识别' },
  nestedValidation: { en: 'nested property {property} must be either object or array', 'zh-CN': '必须为对象或数组' },
};
