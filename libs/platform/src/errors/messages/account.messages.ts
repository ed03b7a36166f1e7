import type { MessageCatalog } from './format';

/** Errors of the account lifecycle (libs/identity/src/domain/account.errors.ts). */
export const ACCOUNT_MESSAGES: MessageCatalog = {
  EMAIL_NOT_VERIFIED: {
    'zh-CN': '请先验证邮箱：点击我们发送的验证邮件中的链接（也可重新发送）',
    en: 'Verify your email address first: follow the link we emailed you (or ask for a new one)',
  },
  EMAIL_ALREADY_VERIFIED: { 'zh-CN': '该邮箱已验证', en: 'This email address is already verified' },
  ACCOUNT_SUSPENDED: {
    'zh-CN': '该账号已被停用，请联系平台管理员',
    en: 'This account is suspended: contact the platform administrators',
  },
  TOKEN_INVALID: { 'zh-CN': '链接无效，请重新获取', en: 'This link is not valid: ask for a new one' },
  TOKEN_EXPIRED: { 'zh-CN': '链接已过期，请重新获取', en: 'This link has expired: ask for a new one' },
  TOKEN_USED: { 'zh-CN': '该链接已使用过', en: 'This link was already used' },
  ACCOUNT_EMAILS_THROTTLED: {
    'zh-CN': '该账号邮件发送过于频繁，请 {retryAfterSeconds} 秒后再试',
    en: 'Too many emails for this account: try again in {retryAfterSeconds} s',
  },
  CURRENT_PASSWORD_INCORRECT: { 'zh-CN': '当前密码不正确', en: 'The current password is incorrect' },
  SESSION_NOT_FOUND: { 'zh-CN': '登录会话不存在', en: 'Session not found' },
  USER_NOT_FOUND: { 'zh-CN': '用户不存在', en: 'User not found' },
  CANNOT_SUSPEND_SELF: { 'zh-CN': '不能停用自己的账号', en: 'You cannot suspend your own account' },
  USER_STATE_CONFLICT: {
    by: 'action',
    cases: {
      suspend: { 'zh-CN': '该账号已处于停用状态', en: 'Cannot suspend an account that is suspended' },
      reinstate: { 'zh-CN': '该账号未被停用，无需恢复', en: 'Cannot reinstate an account that is active' },
    },
    otherwise: { 'zh-CN': '账号当前状态不允许此操作', en: 'The account is not in a state that allows this' },
  },
};
