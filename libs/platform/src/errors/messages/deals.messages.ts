import type { MessageCatalog } from './format';

/** Errors of the deals context (libs/deals/src/domain/*.errors.ts and its use cases). */
export const DEALS_MESSAGES: MessageCatalog = {
  DEAL_NOT_FOUND: { 'zh-CN': '交易不存在', en: 'Deal not found' },
  DEAL_STATE_CONFLICT: {
    'zh-CN': '该{dealKind|dealKind}当前为“{state|dealState}”状态，无法{action|dealAction}',
    en: '{message}',
  },
  DEAL_OUT_OF_TURN: {
    'zh-CN': '交易当前为“{state|dealState}”状态，尚未轮到{side|side}执行“{action|dealAction}”',
    en: '{message}',
  },
  DEAL_INVALID: { 'zh-CN': '{errors}', en: '{errors}' },
  LICENCE_AGREEMENT_NOT_FOUND: { 'zh-CN': '许可合同不存在', en: 'Licence agreement not found' },
  PATENT_EXPIRED: {
    'zh-CN': '该专利在所请求的许可期限内已不在保护期',
    en: 'The patent is no longer in force for this term',
  },
  LISTING_NOT_PUBLISHED: { 'zh-CN': '仅已发布的挂牌可接受交易请求', en: 'Only a published listing takes requests' },
  LISTING_KIND_MISMATCH: { 'zh-CN': '该挂牌的类型不适用于此操作', en: '{message}' },
  OWN_LISTING: { 'zh-CN': '企业不能对自己的挂牌发起交易', en: 'An enterprise cannot open a deal on its own listing' },
  SELF_DEALING: {
    'zh-CN': '您同时是交易双方企业的成员，不能以一方的名义与另一方交易或评价',
    en: 'You belong to both enterprises of this deal: you cannot deal or review on either side',
  },
  LISTING_NOT_BOOKABLE: { 'zh-CN': '该挂牌没有可预约的设备时段', en: '{message}' },
  SERVICE_MODE_NOT_OFFERED: {
    'zh-CN': '该设备不提供所选的服务方式，可选：{offered|serviceMode}',
    en: '{message}',
  },
  LICENCE_TYPE_NOT_OFFERED: {
    'zh-CN': '该专利不提供所选的许可类型，可选：{offered|licenceType}',
    en: '{message}',
  },
  OPEN_LICENCE_DECLARED: {
    'zh-CN': '该专利已声明开放许可：声明有效期间不得授予独占许可或排他许可（《专利法》第五十一条）',
    en: 'An open licence is declared for this patent: while it stands, no exclusive or sole licence may be granted (Patent Law art. 51)',
  },
  SLOT_UNAVAILABLE: { 'zh-CN': '该时段不可预约：{reasons}', en: '{reasons}' },
  SLOT_TAKEN: {
    'zh-CN': '该时段已被预约（或处于其他预约之后的缓冲时间内）',
    en: 'The slot overlaps another booking (or the buffer kept after it)',
  },
  CAPACITY_EXCEEDED: {
    'zh-CN': '剩余产能不足：{periods|remaining}',
    en: 'Not enough capacity left: {periods|remaining}',
  },
  PERIOD_NOT_OFFERED: { 'zh-CN': '以下期间未开放预订：{periods|range}', en: 'Not on offer: {periods|range}' },
  QUALIFICATION_REQUIRED: {
    'zh-CN': '自主操作预约须由设备所有方为您登记操作资质',
    en: 'Self-operated bookings need a qualification recorded by the equipment owner for you',
  },
  IDEMPOTENCY_KEY_REUSED: {
    'zh-CN': '该 Idempotency-Key 已用于另一个不同的请求',
    en: 'This Idempotency-Key was used for a different request',
  },
  LICENCE_CONFLICT: {
    'zh-CN': '已授予的许可已覆盖该地域和实施领域',
    en: 'A granted licence already covers this territory and field of use',
  },
  REVIEW_NOT_ALLOWED: {
    'zh-CN': '交易完成后方可评价（专利许可在达成协议后即可评价）',
    en: 'A deal is reviewed once it is completed (a licence, once agreed)',
  },
  REVIEW_EXISTS: { 'zh-CN': '您已评价过该交易', en: '{message}' },
  DEAL_HOLD_LAPSED: {
    'zh-CN': '该请求未在 {expiredAt} 前得到答复，已失效',
    en: 'The request lapsed unanswered at {expiredAt}',
  },
  DEAL_NOT_DUE: {
    by: 'reason',
    cases: {
      not_started: {
        'zh-CN': '预约开始后才能执行“{action|dealAction}”',
        en: '{message}',
      },
      window_not_begun: {
        'zh-CN': '产能预订的起始日期（{from}）到来后才能标记为完成',
        en: 'A reservation can be completed once its window has begun ({from})',
      },
      report_as_document: {
        'zh-CN': '请以文档形式提交检测报告（POST /deals/:id/report）',
        en: 'Deliver the report as a document (POST /deals/:id/report)',
      },
    },
    otherwise: { 'zh-CN': '当前阶段还不能执行此操作', en: '{message}' },
  },
  DEAL_DOCUMENT_NOT_FOUND: { 'zh-CN': '文档不存在', en: 'Document not found' },
  DOCUMENT_TYPE_NOT_ALLOWED: {
    'zh-CN': '交易文档仅支持 PDF、图片、Office 文件、CSV 或 ZIP，所传文件不符合要求',
    en: '{message}',
  },
  DOCUMENT_TOO_LARGE: {
    'zh-CN': '交易文档大小不能超过 {maxBytes} 字节',
    en: 'A deal document may be at most {maxBytes} bytes',
  },
  DOCUMENT_EMPTY: { 'zh-CN': '文件内容为空', en: 'The file is empty' },
  DOCUMENT_NOT_IN_DEAL: {
    'zh-CN': '消息只能引用本交易中上传的文档',
    en: 'A message may only refer to documents uploaded to the same deal',
  },
  AVAILABILITY_WINDOW_INVALID: { 'zh-CN': '{errors}', en: '{errors}' },
  AVAILABILITY_WINDOW_TOO_LONG: { 'zh-CN': '{errors}', en: '{errors}' },
};
