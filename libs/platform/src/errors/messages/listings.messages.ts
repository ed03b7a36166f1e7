import type { MessageCatalog } from './format';

/** Errors of the listings context (libs/listings/src/domain/listings.errors.ts and its use cases). */
export const LISTINGS_MESSAGES: MessageCatalog = {
  PATENT_NUMBER_INVALID: {
    by: 'check',
    cases: {
      format: {
        'zh-CN':
          '专利申请号格式错误：应为 2003 年 10 月以后的申请号，格式为 YYYY T NNNNNNN . C（12 位数字加 1 位校验位），可带 ZL 或 CN 前缀{detail|note}',
        en:
          'Patent application number failed the format check: expected a post-October-2003 application number, ' +
          'YYYY T NNNNNNN . C (12 digits and a check digit), optionally prefixed ZL or CN{detail|note}',
      },
      type_digit: {
        'zh-CN':
          '专利申请号类型位错误：第 5 位应为 1（发明）、2（实用新型）、3（外观设计）、8（PCT 发明）或 9（PCT 实用新型）{detail|note}',
        en:
          'Patent application number failed the type digit check: the 5th digit must be 1 (invention), 2 (utility model), ' +
          '3 (design), 8 (PCT invention) or 9 (PCT utility model){detail|note}',
      },
      check_digit: {
        'zh-CN': '专利申请号校验位错误：最后一位与前 12 位数字不符{detail|note}',
        en: 'Patent application number failed the check digit check: the last character does not check the 12 digits before it{detail|note}',
      },
    },
    // PatentNumberViolationError: the same code for a listing body whose only fault is its number.
    otherwise: { 'zh-CN': '{errors}', en: '{errors}' },
  },
  NO_PENDING_REVISION: {
    'zh-CN': '该挂牌没有待审核的修改',
    en: 'The listing has no revision waiting for review',
  },
  MONEY_INVALID: {
    'zh-CN': '金额必须为非负整数，单位为分（1 元 = 100 分）',
    en: 'An amount must be a non-negative whole number of fen (1 yuan = 100 fen)',
  },
  LISTING_INVALID: { 'zh-CN': '{errors}', en: '{errors}' },
  PATENT_TYPE_MISMATCH: { 'zh-CN': '{errors}', en: '{errors}' },
  OPEN_LICENCE_CONFLICT: { 'zh-CN': '{errors}', en: '{errors}' },
  LISTING_STATE_CONFLICT: {
    by: 'next',
    cases: {
      final: {
        'zh-CN': '挂牌当前为“{status|listingStatus}”状态，无法{action|listingAction}；该状态不可再变更',
        en: 'Cannot {action} a listing that is {status}; it is final',
      },
    },
    otherwise: {
      'zh-CN':
        '挂牌当前为“{status|listingStatus}”状态，无法{action|listingAction}；可执行的操作：{allowedActions|listingAction}',
      en: 'Cannot {action} a listing that is {status}; allowed: {allowedActions}',
    },
  },
  LISTING_NOT_EDITABLE: {
    'zh-CN': '“{status|listingStatus}”状态的挂牌不能修改',
    en: 'A {status} listing cannot be edited',
  },
  LISTING_NOT_FOUND: { 'zh-CN': '挂牌不存在', en: '{message}' },
  MODERATOR_REQUIRED: { 'zh-CN': '仅挂牌方所在园区的运营方或平台管理员可审核', en: '{message}' },
  ORGANIZATION_NOT_VERIFIED: { 'zh-CN': '仅已认证的企业可提交挂牌', en: '{message}' },
  ENTERPRISE_MEMBER_REQUIRED: {
    'zh-CN': '仅企业成员可执行此操作；如您属于多家企业，请通过 organizationId 指明代表哪家企业',
    en: '{message}',
  },
  LISTING_VERSION_CONFLICT: {
    'zh-CN': '挂牌在您编辑期间已被他人修改，当前版本为 {currentVersion}，请刷新后重试',
    en: 'The listing has changed since version you edited: it is now at version {currentVersion}',
  },
  ATTACHMENT_TYPE_NOT_ALLOWED: {
    'zh-CN': '{purpose|attachmentPurpose}仅支持以下文件类型：{allowedTypes}；所传文件不符合要求',
    en: '{message}',
  },
  ATTACHMENT_TOO_LARGE: {
    'zh-CN': '{purpose|attachmentPurpose}大小不能超过 {maxBytes} 字节',
    en: 'A {purpose} may be at most {maxBytes} bytes',
  },
  ATTACHMENT_EMPTY: { 'zh-CN': '文件内容为空', en: 'The file is empty' },
  ATTACHMENT_NOT_FOUND: { 'zh-CN': '附件不存在', en: 'Attachment not found' },
  EXTERNAL_REF_TAKEN: {
    'zh-CN': '本企业已有其他挂牌使用该外部编号（externalRef）',
    en: 'Another listing of this organization already has this externalRef',
  },
};
