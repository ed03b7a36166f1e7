/** What a moderator's reason is for: refusing a listing or a revision, suspending one, refusing an enterprise. */
export const REASON_TEMPLATE_KINDS = ['reject', 'suspend', 'verification', 'badge', 'membership'] as const;
export type ReasonTemplateKind = (typeof REASON_TEMPLATE_KINDS)[number];

/** A reason a park's moderators pick and may then edit, in both languages. */
export interface ReasonTemplate {
  kind: ReasonTemplateKind;
  zh: string;
  en: string;
}

/** What every park starts with, until its operators save their own list. */
export const DEFAULT_REASON_TEMPLATES: readonly ReasonTemplate[] = [
  {
    kind: 'reject',
    zh: '描述与实际能力不符，请补充设备型号、技术参数或资质证明。',
    en: 'The description does not match the capability offered: add the model, specifications or certificates.',
  },
  {
    kind: 'reject',
    zh: '价格或计价单位不清楚，请注明单价和计价方式。',
    en: 'The price or its unit is unclear: state the unit price and how it is charged.',
  },
  {
    kind: 'reject',
    zh: '图片或附件不能说明所列能力，请上传清晰的实物照片。',
    en: 'The photos or attachments do not show what is listed: upload clear photos of the real thing.',
  },
  {
    kind: 'reject',
    zh: '涉及的专利不属于本企业，请提供权属证明。',
    en: 'The patent does not appear to belong to the enterprise: provide proof of ownership.',
  },
  {
    kind: 'suspend',
    zh: '收到多次举报，核实前暂停展示。',
    en: 'Several reports received: hidden until they have been looked into.',
  },
  {
    kind: 'suspend',
    zh: '资质证书已过期，请更新后申请恢复。',
    en: 'A certificate has expired: renew it and ask for the listing to be reinstated.',
  },
  {
    kind: 'suspend',
    zh: '长期未响应预约或询价。',
    en: 'Bookings and enquiries have gone unanswered for a long time.',
  },
  {
    kind: 'verification',
    zh: '统一社会信用代码与营业执照不一致。',
    en: 'The credit code does not match the business licence.',
  },
  {
    kind: 'verification',
    zh: '企业名称与登记信息不符。',
    en: "The enterprise's name does not match its registration.",
  },
  {
    kind: 'verification',
    zh: '员工人数或营业收入缺少佐证，无法核定企业规模。',
    en: 'Employees or revenue lack evidence: the size class cannot be confirmed.',
  },
  {
    kind: 'badge',
    zh: '证书编号在发证机关处查询不到。',
    en: 'The certificate number cannot be found with the issuing authority.',
  },
  { kind: 'badge', zh: '证书已过期。', en: 'The certificate has expired.' },
  {
    kind: 'membership',
    zh: '企业注册地或经营地不在本园区。',
    en: 'The enterprise is neither registered nor operating in this park.',
  },
  {
    kind: 'membership',
    zh: '请先完善企业资料后重新申请。',
    en: 'Complete the enterprise profile first, then ask again.',
  },
];
