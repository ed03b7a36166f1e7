import type { MessageCatalog } from './format';

/** Errors of the identity context (libs/identity/src/domain/identity.errors.ts and its use cases). */
export const IDENTITY_MESSAGES: MessageCatalog = {
  USCC_INVALID: {
    by: 'check',
    cases: {
      length: {
        'zh-CN': '统一社会信用代码长度错误：应为 18 位',
        en: 'Unified social credit code failed the length check: it must be 18 characters long',
      },
      alphabet: {
        'zh-CN': '统一社会信用代码含有非法字符：只能包含数字和大写字母 ABCDEFGHJKLMNPQRTUWXY',
        en: 'Unified social credit code failed the alphabet check: only digits and ABCDEFGHJKLMNPQRTUWXY are allowed',
      },
      organization_code: {
        'zh-CN': '统一社会信用代码中的组织机构代码校验码错误（GB 11714）：第 17 位与第 9–16 位不符',
        en: 'Unified social credit code failed the organization code check (GB 11714): character 17 does not check characters 9–16',
      },
      check_character: {
        'zh-CN': '统一社会信用代码校验位错误（GB 32100）：第 18 位与前 17 位不符',
        en: 'Unified social credit code failed the check character (GB 32100): character 18 does not check characters 1–17',
      },
    },
    otherwise: { 'zh-CN': '统一社会信用代码无效', en: 'The unified social credit code is not valid' },
  },
  SIZE_INPUT_INVALID: {
    'zh-CN': '企业规模信息中的{field|sizeField}{reason|violation}',
    en: 'Enterprise size input {field} {reason}',
  },
  INDUSTRY_UNKNOWN: {
    'zh-CN': '无法识别的国民经济行业分类代码（GB/T 4754-2017）：{industryCode}',
    en: 'Unknown GB/T 4754-2017 industry code: {industryCode}',
  },
  BADGE_INVALID: {
    'zh-CN': '专精特新认定信息中的{field|badgeField}{reason|violation}',
    en: 'Specialised badge {field} {reason}',
  },
  PASSWORD_TOO_WEAK: { 'zh-CN': '密码{reason|violation}', en: 'The password {reason}' },
  EMAIL_INVALID: { 'zh-CN': '邮箱地址格式不正确', en: 'The email address is not valid' },
  EMAIL_TAKEN: { 'zh-CN': '该邮箱已注册', en: 'An account with this email already exists' },
  USCC_TAKEN: {
    'zh-CN': '该统一社会信用代码已被其他企业注册',
    en: 'An organization with this unified social credit code is already registered',
  },
  INVALID_CREDENTIALS: { 'zh-CN': '邮箱或密码错误', en: 'The email or password is incorrect' },
  LOGIN_THROTTLED: {
    'zh-CN': '该账号登录失败次数过多，请 {retryAfterSeconds} 秒后再试',
    en: 'Too many failed logins for this account: try again in {retryAfterSeconds} s',
  },
  REFRESH_TOKEN_INVALID: {
    by: 'reason',
    cases: {
      reused: {
        'zh-CN': '该刷新令牌已被使用过，为保障安全，会话已注销，请重新登录',
        en: 'This refresh token was already used: the session has been revoked, sign in again',
      },
    },
    otherwise: { 'zh-CN': '刷新令牌无效，请重新登录', en: 'The refresh token is not valid: sign in again' },
  },
  AUTHENTICATION_REQUIRED: {
    by: 'reason',
    cases: {
      expired: { 'zh-CN': '访问令牌已过期，请刷新后重试', en: 'The access token has expired: refresh it' },
      session_ended: { 'zh-CN': '会话已结束，请重新登录', en: 'The session has ended: sign in again' },
    },
    otherwise: { 'zh-CN': '请先登录：需要有效的访问令牌', en: '{message}' },
  },
  MEMBER_REQUIRED: { 'zh-CN': '仅该组织的成员可查看其成员', en: '{message}' },
  ADMIN_REQUIRED: { 'zh-CN': '仅组织的所有者或管理员可执行此操作', en: '{message}' },
  OWNER_REQUIRED: { 'zh-CN': '仅所有者可执行此操作', en: '{message}' },
  PLATFORM_ADMIN_REQUIRED: { 'zh-CN': '仅平台管理员可执行此操作', en: '{message}' },
  PARK_MEMBERSHIP_REQUIRED: { 'zh-CN': '请先批准该企业的入园申请', en: '{message}' },
  ORGANIZATION_NOT_FOUND: { 'zh-CN': '组织不存在', en: 'Organization not found' },
  PARK_NOT_FOUND: { 'zh-CN': '园区不存在', en: 'Park not found' },
  PARK_NAME_TAKEN: { 'zh-CN': '已存在同名园区', en: 'A park with this name already exists' },
  PARK_MEMBERSHIP_NOT_FOUND: {
    'zh-CN': '该企业未申请加入此园区',
    en: 'This enterprise has not asked to join this park',
  },
  PARK_MEMBERSHIP_CONFLICT: {
    'zh-CN': '该入园申请当前为“{status|membershipStatus}”状态，不能重复处理',
    en: 'The request to join is already {status}',
  },
  BADGE_NOT_PENDING: {
    'zh-CN': '该企业没有待审核的专精特新认定',
    en: 'The enterprise has no 专精特新 badge awaiting review',
  },
  VERIFICATION_STATE_CONFLICT: {
    'zh-CN': '该组织当前为“{state|verificationState}”状态，无法{action|verificationAction}',
    en: 'Cannot {action} an organization that is {state}',
  },
  ORGANIZATION_FIELD_LOCKED: {
    'zh-CN': '组织通过认证后，{field|organizationField}不能再修改',
    en: '{field} cannot change once the organization is verified',
  },
  INVITATION_INVALID: {
    'zh-CN': '邀请不存在、已过期或已被使用',
    en: 'This invitation does not exist, has expired or was already used',
  },
  REGION_CODE_INVALID: {
    'zh-CN': '行政区划代码应为 6 位数字（GB/T 2260）',
    en: 'A region code is six digits (GB/T 2260)',
  },
  OPERATOR_REQUIRED: {
    'zh-CN': '请在 operatorOrganizationId（已有运营方）与 operator（新建运营方）中二选一',
    en: 'Give exactly one of operatorOrganizationId (an existing operator) or operator (a new one)',
  },
};
