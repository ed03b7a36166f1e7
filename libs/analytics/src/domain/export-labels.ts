import type { Locale } from '@rongtong/kernel';

type Texts = Record<Locale, string>;

/** Sheet names and column headers of the analytics export, in each language the API speaks. */
export const SHEETS = {
  summary: { 'zh-CN': '汇总', en: 'Summary' },
  listings: { 'zh-CN': '挂牌', en: 'Listings' },
  equipment: { 'zh-CN': '设备机时', en: 'Equipment hours' },
  capacityOffered: { 'zh-CN': '产能供给', en: 'Capacity offered' },
  capacityReserved: { 'zh-CN': '产能预订', en: 'Capacity reserved' },
  licences: { 'zh-CN': '许可', en: 'Licences' },
  deals: { 'zh-CN': '交易', en: 'Deals' },
  response: { 'zh-CN': '首次响应', en: 'First response' },
  enterprises: { 'zh-CN': '服务企业', en: 'Enterprises served' },
} satisfies Record<string, Texts>;

export const COLUMNS = {
  figure: { 'zh-CN': '指标', en: 'Figure' },
  value: { 'zh-CN': '数值', en: 'Value' },
  month: { 'zh-CN': '月份', en: 'Month' },
  week: { 'zh-CN': '周（周一）', en: 'Week (Monday)' },
  section: { 'zh-CN': '行业门类', en: 'Industry section' },
  division: { 'zh-CN': '行业大类', en: 'Industry division' },
  kind: { 'zh-CN': '类型', en: 'Kind' },
  status: { 'zh-CN': '状态', en: 'Status' },
  state: { 'zh-CN': '状态', en: 'State' },
  count: { 'zh-CN': '数量', en: 'Count' },
  inside: { 'zh-CN': '园区内交易', en: 'Inside the park' },
  bookings: { 'zh-CN': '预约数', en: 'Bookings' },
  bookedHours: { 'zh-CN': '已预约机时', en: 'Hours booked' },
  offeredHours: { 'zh-CN': '开放机时', en: 'Hours offered' },
  utilisation: { 'zh-CN': '利用率', en: 'Utilisation' },
  unit: { 'zh-CN': '单位', en: 'Unit' },
  per: { 'zh-CN': '周期', en: 'Period' },
  listings: { 'zh-CN': '挂牌数', en: 'Listings' },
  quantity: { 'zh-CN': '数量', en: 'Quantity' },
  openLicence: { 'zh-CN': '开放许可', en: 'Open licence' },
  granted: { 'zh-CN': '授予', en: 'Granted' },
  inForce: { 'zh-CN': '生效中', en: 'In force' },
  medianSeconds: { 'zh-CN': '响应时间中位数（秒）', en: 'Median first response (s)' },
  deals: { 'zh-CN': '交易数', en: 'Deals' },
  breakdown: { 'zh-CN': '分组', en: 'Breakdown' },
  key: { 'zh-CN': '分组值', en: 'Group' },
  smes: { 'zh-CN': '服务中小企业数', en: 'SMEs served' },
  large: { 'zh-CN': '参与大企业数', en: 'Large enterprises' },
  yes: { 'zh-CN': '是', en: 'yes' },
  no: { 'zh-CN': '否', en: 'no' },
} satisfies Record<string, Texts>;

export const TOTALS = {
  listings: { 'zh-CN': '新增挂牌', en: 'Listings created' },
  publishedListings: { 'zh-CN': '其中已发布', en: 'of which published' },
  deals: { 'zh-CN': '交易', en: 'Deals' },
  dealsInside: { 'zh-CN': '园区内交易', en: 'Deals inside the park' },
  dealsOutside: { 'zh-CN': '与园区外企业交易', en: 'Deals with enterprises outside' },
  smesServed: { 'zh-CN': '服务中小企业', en: 'SMEs served' },
  largeEnterprises: { 'zh-CN': '参与大企业', en: 'Large enterprises taking part' },
  equipmentHoursOfferedPerWeek: { 'zh-CN': '每周开放机时', en: 'Equipment hours offered per week' },
  bookedHours: { 'zh-CN': '已预约机时', en: 'Equipment hours booked' },
  utilisation: { 'zh-CN': '设备利用率', en: 'Equipment utilisation' },
  licencesGranted: { 'zh-CN': '授予许可', en: 'Licences granted' },
  openLicencesGranted: { 'zh-CN': '其中开放许可', en: 'of which open licences' },
  agreementsInForce: { 'zh-CN': '生效中的许可协议', en: 'Agreements in force' },
  medianFirstResponseSeconds: { 'zh-CN': '首次响应时间中位数（秒）', en: 'Median first response (s)' },
} satisfies Record<string, Texts>;
