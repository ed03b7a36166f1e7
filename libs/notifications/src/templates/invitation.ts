import { count } from './common';
import type { Locale, Localized } from './locale';
import { renderEmail, type RenderedEmail } from './render';

const ROLE: Record<string, Localized> = {
  owner: { 'zh-CN': '所有者', en: 'an owner' },
  admin: { 'zh-CN': '管理员', en: 'an admin' },
  member: { 'zh-CN': '成员', en: 'a member' },
};

/** The invitation to join an organization, with the link that accepts it. */
export function invitationEmail(input: {
  locale: Locale;
  organizationName: string;
  role: string;
  acceptUrl: string;
  validDays: number;
}): RenderedEmail {
  const { locale, organizationName: organization } = input;
  const role = ROLE[input.role]?.[locale] ?? input.role;
  const days = count(input.validDays, { 'zh-CN': '天', en: ['day', 'days'] }, locale);
  if (locale === 'en') {
    return renderEmail(locale, {
      subject: `Invitation to join ${organization}`,
      greeting: 'Hello,',
      heading: `Join ${organization} on Rongtong`,
      paragraphs: [
        [{ strong: organization }, ` has invited you to join Rongtong as ${role}.`],
        `The invitation is valid for ${days}.`,
      ],
      action: { label: 'Accept the invitation', url: input.acceptUrl },
      notes: ['If you were not expecting this, ignore this email.'],
      reason: 'You receive this email because someone invited this address to Rongtong.',
    });
  }
  return renderEmail(locale, {
    subject: `邀请您加入${organization}`,
    greeting: '您好：',
    heading: `加入融通平台上的${organization}`,
    paragraphs: [
      [{ strong: organization }, ` 邀请您以「${role}」身份加入融通平台。`],
      `邀请在 ${days}内有效，请点击下方按钮接受。`,
    ],
    action: { label: '接受邀请', url: input.acceptUrl },
    notes: ['如果您并不认识对方，忽略此邮件即可。'],
    reason: '您收到此邮件，是因为有人用这个地址邀请您加入融通。',
  });
}
