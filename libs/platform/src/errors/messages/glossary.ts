import { type DealKind, HOLIDAY_NAMES, type Localized } from '@rongtong/kernel';

/** Every deal kind's name: a Record, so a kind added to the kernel's list fails here until named. */
const DEAL_KIND_WORDS: Record<DealKind, Localized> = {
  booking: { 'zh-CN': '设备预约', en: 'booking' },
  sample_test: { 'zh-CN': '送样检测', en: 'sample test' },
  reservation: { 'zh-CN': '产能预订', en: 'reservation' },
  licence: { 'zh-CN': '专利许可', en: 'licence' },
  order: { 'zh-CN': '采购订单', en: 'order' },
};

/**
 * The words our enums stand for, for `{param|glossary}` in message templates: a status,
 * an action or a kind is sent as its machine value (`pending_review`) and read in the
 * caller's language (待审核). A value missing here is shown as it is.
 */
export const GLOSSARY: Record<string, Record<string, Localized>> = {
  /** China's statutory holidays, by the English name a slot's reason gives. */
  holiday: HOLIDAY_NAMES,
  listingStatus: {
    draft: { 'zh-CN': '草稿', en: 'draft' },
    pending_review: { 'zh-CN': '待审核', en: 'pending review' },
    published: { 'zh-CN': '已发布', en: 'published' },
    rejected: { 'zh-CN': '已驳回', en: 'rejected' },
    suspended: { 'zh-CN': '已暂停', en: 'suspended' },
    archived: { 'zh-CN': '已归档', en: 'archived' },
  },
  listingAction: {
    submit: { 'zh-CN': '提交审核', en: 'submit' },
    approve: { 'zh-CN': '审核通过', en: 'approve' },
    reject: { 'zh-CN': '驳回', en: 'reject' },
    suspend: { 'zh-CN': '暂停', en: 'suspend' },
    reinstate: { 'zh-CN': '恢复', en: 'reinstate' },
    archive: { 'zh-CN': '归档', en: 'archive' },
  },
  listingKind: {
    capacity: { 'zh-CN': '产能', en: 'capacity' },
    equipment: { 'zh-CN': '设备', en: 'equipment' },
    ip: { 'zh-CN': '知识产权', en: 'ip' },
  },
  attachmentPurpose: {
    photo: { 'zh-CN': '图片', en: 'photo' },
    document: { 'zh-CN': '文档', en: 'document' },
  },
  dealKind: {
    ...DEAL_KIND_WORDS,
    // As some English messages spell it.
    'sample test': { 'zh-CN': '送样检测', en: 'sample test' },
  },
  dealState: {
    requested: { 'zh-CN': '待确认', en: 'requested' },
    countered: { 'zh-CN': '已还价', en: 'countered' },
    confirmed: { 'zh-CN': '已确认', en: 'confirmed' },
    accepted: { 'zh-CN': '已接受', en: 'accepted' },
    samples_received: { 'zh-CN': '已收样', en: 'samples received' },
    report_delivered: { 'zh-CN': '已出具报告', en: 'report delivered' },
    in_production: { 'zh-CN': '生产中', en: 'in production' },
    shipped: { 'zh-CN': '已发货', en: 'shipped' },
    received: { 'zh-CN': '已收货', en: 'received' },
    completed: { 'zh-CN': '已完成', en: 'completed' },
    no_show: { 'zh-CN': '已爽约', en: 'no show' },
    declined: { 'zh-CN': '已拒绝', en: 'declined' },
    expired: { 'zh-CN': '已过期', en: 'expired' },
    cancelled: { 'zh-CN': '已取消', en: 'cancelled' },
  },
  dealAction: {
    accept: { 'zh-CN': '接受', en: 'accept' },
    decline: { 'zh-CN': '拒绝', en: 'decline' },
    cancel: { 'zh-CN': '取消', en: 'cancel' },
    complete: { 'zh-CN': '完成', en: 'complete' },
    no_show: { 'zh-CN': '标记爽约', en: 'no show' },
    receive_samples: { 'zh-CN': '确认收样', en: 'receive samples' },
    deliver_report: { 'zh-CN': '出具报告', en: 'deliver report' },
    start_production: { 'zh-CN': '开始生产', en: 'start production' },
    ship: { 'zh-CN': '发货', en: 'ship' },
    receive: { 'zh-CN': '确认收货', en: 'receive' },
    counter: { 'zh-CN': '还价', en: 'counter' },
    expire: { 'zh-CN': '标记过期', en: 'expire' },
  },
  side: {
    requester: { 'zh-CN': '需求方', en: 'requester' },
    provider: { 'zh-CN': '提供方', en: 'provider' },
    system: { 'zh-CN': '平台', en: 'system' },
  },
  demandStatus: {
    open: { 'zh-CN': '征集中', en: 'open' },
    matched: { 'zh-CN': '已匹配', en: 'matched' },
    fulfilled: { 'zh-CN': '已达成', en: 'fulfilled' },
    closed: { 'zh-CN': '已关闭', en: 'closed' },
    expired: { 'zh-CN': '已过期', en: 'expired' },
  },
  /** What was attempted on a demand or a match, as its error words it ("cannot be edited"). */
  demandAction: {
    matched: { 'zh-CN': '匹配', en: 'matched' },
    fulfilled: { 'zh-CN': '标记为已达成', en: 'fulfilled' },
    closed: { 'zh-CN': '关闭', en: 'closed' },
    expired: { 'zh-CN': '标记为过期', en: 'expired' },
    edited: { 'zh-CN': '修改', en: 'edited' },
    answered: { 'zh-CN': '响应', en: 'answered' },
    'turned into a deal': { 'zh-CN': '转为交易', en: 'turned into a deal' },
    accepted: { 'zh-CN': '接受', en: 'accepted' },
    dismissed: { 'zh-CN': '忽略', en: 'dismissed' },
  },
  matchStatus: {
    proposed: { 'zh-CN': '待处理', en: 'proposed' },
    accepted: { 'zh-CN': '已接受', en: 'accepted' },
    dismissed: { 'zh-CN': '已忽略', en: 'dismissed' },
  },
  verificationState: {
    unverified: { 'zh-CN': '未认证', en: 'unverified' },
    verified: { 'zh-CN': '已认证', en: 'verified' },
    rejected: { 'zh-CN': '认证未通过', en: 'rejected' },
  },
  disputeStatus: {
    unconfirmed: { 'zh-CN': '待确认邮箱', en: 'unconfirmed' },
    expired: { 'zh-CN': '未确认已失效', en: 'expired' },
    open: { 'zh-CN': '审核中', en: 'open' },
    upheld: { 'zh-CN': '申诉成立', en: 'upheld' },
    dismissed: { 'zh-CN': '已驳回', en: 'dismissed' },
  },
  verificationAction: {
    verify: { 'zh-CN': '认证', en: 'verify' },
    reject: { 'zh-CN': '驳回认证', en: 'reject' },
  },
  membershipStatus: {
    pending: { 'zh-CN': '待审批', en: 'pending' },
    approved: { 'zh-CN': '已通过', en: 'approved' },
    rejected: { 'zh-CN': '已驳回', en: 'rejected' },
  },
  organizationField: {
    name: { 'zh-CN': '企业名称', en: 'name' },
    uscc: { 'zh-CN': '统一社会信用代码', en: 'uscc' },
  },
  sizeField: {
    sector: { 'zh-CN': '所属行业', en: 'sector' },
    employees: { 'zh-CN': '从业人员数', en: 'employees' },
    annualRevenueFen: { 'zh-CN': '年营业收入', en: 'annualRevenueFen' },
  },
  badgeField: {
    tier: { 'zh-CN': '认定等级', en: 'tier' },
    issuingAuthority: { 'zh-CN': '认定机关', en: 'issuingAuthority' },
    certificateNumber: { 'zh-CN': '证书编号', en: 'certificateNumber' },
    expiresOn: { 'zh-CN': '有效期至', en: 'expiresOn' },
  },
  patentType: {
    invention: { 'zh-CN': '发明', en: 'invention' },
    utility_model: { 'zh-CN': '实用新型', en: 'utility model' },
    design: { 'zh-CN': '外观设计', en: 'design' },
  },
  licenceType: {
    exclusive_licence: { 'zh-CN': '独占许可', en: 'exclusive_licence' },
    sole_licence: { 'zh-CN': '排他许可', en: 'sole_licence' },
    ordinary_licence: { 'zh-CN': '普通许可', en: 'ordinary_licence' },
    assignment: { 'zh-CN': '转让', en: 'assignment' },
  },
  serviceMode: {
    self_operated: { 'zh-CN': '自主操作', en: 'self_operated' },
    technician_operated: { 'zh-CN': '技术员代操作', en: 'technician_operated' },
    sample_testing: { 'zh-CN': '送样检测', en: 'sample_testing' },
  },
  unit: {
    machine_hour: { 'zh-CN': '机时', en: 'machine_hour' },
    hour: { 'zh-CN': '小时', en: 'hour' },
    piece: { 'zh-CN': '件', en: 'piece' },
    set: { 'zh-CN': '套', en: 'set' },
    tonne: { 'zh-CN': '吨', en: 'tonne' },
    sample: { 'zh-CN': '样', en: 'sample' },
    licence: { 'zh-CN': '项许可', en: 'licence' },
  },
};
