import { count, greeting } from './common';
import type { Locale } from './locale';
import { renderEmail, type RenderedEmail } from './render';

export type AccountTokenPurpose = 'password_reset' | 'email_verification';

/**
 * The email that carries a one-time account link (a password reset, an address to
 * verify), saying how long it works: the whole hours left, at least one.
 */
export function accountTokenEmail(
  purpose: AccountTokenPurpose,
  input: { locale: Locale; displayName: string; url: string; expiresAt: string },
  now = Date.now(),
): RenderedEmail {
  const { locale } = input;
  const hours = count(
    Math.max(1, Math.round((Date.parse(input.expiresAt) - now) / 3_600_000)),
    { 'zh-CN': '小时', en: ['hour', 'hours'] },
    locale,
  );
  const hello = greeting(input.displayName, locale);
  const zh = locale === 'zh-CN';
  if (purpose === 'password_reset') {
    return renderEmail(
      locale,
      zh
        ? {
            subject: '重置密码',
            greeting: hello,
            heading: '重置您的密码',
            paragraphs: ['有人请求重置您在融通平台的账户密码。', `请在 ${hours}内点击下方按钮设置新密码。`],
            action: { label: '设置新密码', url: input.url },
            notes: ['如果这不是您本人的操作，请忽略此邮件，您的密码不会改变。'],
            reason: '您收到此邮件，是因为有人为您的融通账户请求重置密码。',
          }
        : {
            subject: 'Reset your password',
            greeting: hello,
            heading: 'Reset your password',
            paragraphs: [
              'Someone asked to reset the password of your Rongtong account.',
              `Open the link within ${hours} to choose a new one.`,
            ],
            action: { label: 'Choose a new password', url: input.url },
            notes: ['If it was not you, ignore this email: your password stays as it is.'],
            reason: 'You receive this email because a password reset was asked for your Rongtong account.',
          },
    );
  }
  return renderEmail(
    locale,
    zh
      ? {
          subject: '验证您的邮箱地址',
          greeting: hello,
          heading: '验证您的邮箱地址',
          paragraphs: [`请在 ${hours}内点击下方按钮，验证您在融通平台使用的邮箱地址。`],
          action: { label: '验证邮箱', url: input.url },
          notes: ['如果您没有使用过融通平台，请忽略此邮件。'],
          reason: '您收到此邮件，是因为这个地址被填写为融通账户的邮箱。',
        }
      : {
          subject: 'Confirm your email address',
          greeting: hello,
          heading: 'Confirm your email address',
          paragraphs: [`Please confirm this address for your Rongtong account within ${hours}.`],
          action: { label: 'Confirm my email address', url: input.url },
          notes: ['If you do not use Rongtong, ignore this email.'],
          reason: 'You receive this email because this address was given for a Rongtong account.',
        },
  );
}
