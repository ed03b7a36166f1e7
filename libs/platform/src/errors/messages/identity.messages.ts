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
  INVITATION_NOT_FOUND: { 'zh-CN': '邀请不存在', en: 'Invitation not found' },
  INVITATION_NOT_PENDING: {
    by: 'invitationStatus',
    cases: {
      accepted: { 'zh-CN': '该邀请已被接受，无法撤销', en: 'The invitation is already accepted' },
      expired: { 'zh-CN': '该邀请已过期，无法撤销', en: 'The invitation is already expired' },
      revoked: { 'zh-CN': '该邀请已被撤销', en: 'The invitation is already revoked' },
    },
    otherwise: { 'zh-CN': '只能撤销待接受的邀请', en: '{message}' },
  },
  MEMBER_NOT_FOUND: { 'zh-CN': '该用户不是本组织的成员', en: 'This user is not a member of the organization' },
  LAST_OWNER: {
    'zh-CN': '组织至少要保留一位所有者：请先将其他成员设为所有者',
    en: 'An organization must keep at least one owner: make another member an owner first',
  },
  ROLE_ABOVE_OWN: { 'zh-CN': '不能授予高于自己的角色', en: '{message}' },
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
  USCC_NOT_REGISTERED: {
    'zh-CN': '该统一社会信用代码尚未被任何企业注册，无需申诉，请直接用它注册企业账户',
    en: 'No organization holds this unified social credit code: register your enterprise with it',
  },
  USCC_DISPUTE_OPEN: {
    'zh-CN': '该统一社会信用代码已有一项申诉正在审核中',
    en: 'This unified social credit code is already disputed; the dispute is under review',
  },
  USCC_DISPUTE_NOT_FOUND: { 'zh-CN': '申诉不存在', en: 'Dispute not found' },
  USCC_DISPUTE_NOT_OPEN: {
    'zh-CN': '该申诉已处理（{status|disputeStatus}），不能再次决定',
    en: 'This dispute was already decided ({status})',
  },
  USCC_DISPUTE_CONFIRMATION_EXPIRED: {
    'zh-CN': '确认链接已过期，该申诉未生效；请重新提交申诉',
    en: 'This confirmation link has expired and the dispute was dropped: file the dispute again',
  },
  USCC_DISPUTE_ALREADY_CONFIRMED: {
    'zh-CN': '该申诉已确认（{disputeStatus|disputeStatus}）；请通过确认后收到的邮件中的链接查看进展',
    en: 'This dispute was already confirmed ({disputeStatus}): follow it with the link of the email that confirmed it',
  },
  LICENCE_TYPE_NOT_ALLOWED: {
    'zh-CN': '营业执照仅支持 PDF、JPEG 或 PNG 文件，所传文件不符合要求',
    en: '{message}',
  },
  LICENCE_TOO_LARGE: {
    'zh-CN': '营业执照文件大小不能超过 {maxBytes} 字节',
    en: 'The business licence may be at most {maxBytes} bytes',
  },
  LICENCE_EMPTY: { 'zh-CN': '营业执照文件内容为空', en: 'The business licence file is empty' },
  ORGANIZATION_FROZEN: {
    by: 'wording',
    cases: {
      uscc_disputed: {
        'zh-CN': '贵企业的统一社会信用代码正在申诉审核中，企业已被冻结，暂不能执行此操作',
        en: 'Your enterprise is frozen while its unified social credit code is disputed',
      },
      uscc_revoked: {
        'zh-CN': '贵企业的统一社会信用代码已被收回，企业已被冻结，不能执行此操作',
        en: 'Your enterprise is frozen: its unified social credit code was given back to its holder',
      },
      provider: {
        'zh-CN': '提供该挂牌的企业因统一社会信用代码申诉已被冻结，暂不受理新的请求',
        en: 'The enterprise offering this listing is frozen while its credit code is disputed: it takes no requests',
      },
    },
    otherwise: { 'zh-CN': '企业已被冻结，暂不能执行此操作', en: '{message}' },
  },
  VERIFICATION_DOCUMENT_NOT_FOUND: { 'zh-CN': '认证材料不存在', en: 'Verification document not found' },
  VERIFICATION_DOCUMENT_TYPE_NOT_ALLOWED: {
    'zh-CN': '认证材料仅支持 PDF、JPEG 或 PNG 文件（按文件内容判断），所传文件不符合要求',
    en: '{message}',
  },
  VERIFICATION_DOCUMENT_TOO_LARGE: {
    'zh-CN': '认证材料文件大小不能超过 {maxBytes} 字节',
    en: 'A verification document may be at most {maxBytes} bytes',
  },
  VERIFICATION_DOCUMENT_EMPTY: { 'zh-CN': '文件内容为空', en: 'The file is empty' },
  VERIFICATION_DOCUMENT_LIMIT: {
    'zh-CN': '每家企业最多保留 {limit} 份认证材料，请先删除不需要的材料',
    en: 'An enterprise may keep at most {limit} verification documents: delete one first',
  },
  VERIFICATION_DOCUMENTS_LOCKED: {
    'zh-CN': '企业已通过认证，认证所依据的材料不能删除',
    en: 'The enterprise is verified: the documents its verification rested on cannot be deleted',
  },
  PARK_OPERATOR_REQUIRED: { 'zh-CN': '仅园区运营方或平台管理员可审核统一社会信用代码申诉', en: '{message}' },
};
