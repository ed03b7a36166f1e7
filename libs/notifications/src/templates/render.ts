import type { Locale, Localized } from './locale';

/**
 * A run of text in a paragraph. Every string is plain text, never markup: the renderer
 * escapes it for the HTML part, so user input (listing titles, names, messages) cannot
 * inject anything.
 */
export type Inline = string | { strong: string };
export type Paragraph = string | readonly Inline[];

/** What one email says, before it is laid out as plain text and as HTML. */
export interface EmailContent {
  subject: string;
  /** Opens the email ("张三，您好："), on its own line. */
  greeting?: string;
  heading: string;
  paragraphs: readonly Paragraph[];
  /** Someone's own words (a message excerpt), set apart as a quotation. */
  quote?: string;
  /** The one thing to do: a button in HTML, the link on its own line in text. */
  action: { label: string; url: string };
  /** Said after the action ("if this was not you, ignore this email"). */
  notes?: readonly string[];
  /** Why the reader gets this email, in the footer. */
  reason: string;
}

export interface RenderedEmail {
  locale: Locale;
  subject: string;
  text: string;
  html: string;
}

const CHROME: Localized<{ brand: string; subjectPrefix: string; colon: string; linkHint: string; automatic: string }> =
  {
    'zh-CN': {
      brand: '融通 Rongtong',
      subjectPrefix: '[融通]',
      colon: '：',
      linkHint: '如果按钮无法打开，请将以下链接复制到浏览器中：',
      automatic: '此邮件由融通平台自动发送，请勿直接回复。',
    },
    en: {
      brand: 'Rongtong 融通',
      subjectPrefix: '[Rongtong]',
      colon: ':',
      linkHint: 'If the button does not work, copy this link into your browser:',
      automatic: 'This email was sent automatically by Rongtong; replies are not read.',
    },
  };

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML element content and double- or single-quoted attributes. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/** Only web links become buttons: anything else (javascript:, data:) is refused outright. */
function assertWebUrl(url: string): void {
  if (!/^https?:\/\//i.test(url)) throw new Error(`An email link must be http(s): ${url}`);
}

const inlines = (paragraph: Paragraph): readonly Inline[] => (typeof paragraph === 'string' ? [paragraph] : paragraph);
const plain = (paragraph: Paragraph) =>
  inlines(paragraph)
    .map((part) => (typeof part === 'string' ? part : part.strong))
    .join('');
const html = (paragraph: Paragraph) =>
  inlines(paragraph)
    .map((part) => (typeof part === 'string' ? escapeHtml(part) : `<strong>${escapeHtml(part.strong)}</strong>`))
    .join('');

/** The email in the reader's language, as a plain-text part and an HTML part that say the same. */
export function renderEmail(locale: Locale, content: EmailContent): RenderedEmail {
  assertWebUrl(content.action.url);
  const chrome = CHROME[locale];
  const subject = `${chrome.subjectPrefix} ${content.subject}`;
  return { locale, subject, text: renderText(chrome, content), html: renderHtml(locale, subject, chrome, content) };
}

function renderText(chrome: (typeof CHROME)[Locale], content: EmailContent): string {
  const blocks = [
    ...(content.greeting ? [content.greeting] : []),
    ...content.paragraphs.map(plain),
    ...(content.quote ? [content.quote.replace(/^/gm, '> ')] : []),
    `${content.action.label}${chrome.colon}\n${content.action.url}`,
    ...(content.notes ?? []),
    `—\n${chrome.brand} · ${chrome.automatic}\n${content.reason}`,
  ];
  return `${blocks.join('\n\n')}\n`;
}

// Email clients ignore <style> blocks and external sheets unevenly: one layout of nested
// tables with inline styles, no images or fonts to fetch, at most 600 px wide.
const FONT = `-apple-system,'Segoe UI','PingFang SC','Hiragino Sans GB','Microsoft YaHei',Helvetica,Arial,sans-serif`;
const TEXT = `font-family:${FONT};font-size:15px;line-height:24px;color:#1f2328;`;
const ACCENT = '#1a56db';

function renderHtml(locale: Locale, subject: string, chrome: (typeof CHROME)[Locale], content: EmailContent): string {
  const url = escapeHtml(content.action.url);
  const preheader = escapeHtml(plain(content.paragraphs[0] ?? content.heading));
  const row = (style: string, inner: string) => `<tr><td style="${style}">${inner}</td></tr>`;
  const rows = [
    row(
      `padding:20px 32px;border-bottom:3px solid ${ACCENT};font-family:${FONT};font-size:18px;font-weight:bold;color:${ACCENT};`,
      escapeHtml(chrome.brand),
    ),
    row(
      `padding:28px 32px 12px;font-family:${FONT};font-size:20px;line-height:28px;font-weight:bold;color:#1f2328;`,
      escapeHtml(content.heading),
    ),
    ...(content.greeting ? [row(`padding:0 32px 12px;${TEXT}`, escapeHtml(content.greeting))] : []),
    ...content.paragraphs.map((p) => row(`padding:0 32px 12px;${TEXT}`, html(p))),
    ...(content.quote
      ? [
          row(
            'padding:0 32px 12px;',
            `<div style="font-family:${FONT};font-size:15px;line-height:24px;color:#424a53;border-left:3px solid #d0d7de;padding:4px 12px;white-space:pre-wrap;">${escapeHtml(content.quote)}</div>`,
          ),
        ]
      : []),
    row(
      'padding:12px 32px 20px;',
      `<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr>` +
        `<td bgcolor="${ACCENT}" style="border-radius:4px;">` +
        `<a href="${url}" target="_blank" style="display:inline-block;padding:12px 28px;font-family:${FONT};font-size:15px;font-weight:bold;color:#ffffff;text-decoration:none;border-radius:4px;">${escapeHtml(content.action.label)}</a>` +
        `</td></tr></table>`,
    ),
    row(
      `padding:0 32px 20px;font-family:${FONT};font-size:13px;line-height:20px;color:#57606a;`,
      `${escapeHtml(chrome.linkHint)}<br><a href="${url}" target="_blank" style="color:${ACCENT};word-break:break-all;">${url}</a>`,
    ),
    ...(content.notes ?? []).map((note) =>
      row(`padding:0 32px 12px;font-family:${FONT};font-size:13px;line-height:20px;color:#57606a;`, escapeHtml(note)),
    ),
    row(
      `padding:16px 32px 24px;border-top:1px solid #d0d7de;font-family:${FONT};font-size:12px;line-height:18px;color:#8c959f;`,
      `${escapeHtml(chrome.automatic)}<br>${escapeHtml(content.reason)}`,
    ),
  ];
  return (
    `<!DOCTYPE html>\n<html lang="${locale}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(subject)}</title></head>\n` +
    `<body style="margin:0;padding:0;background-color:#f3f4f6;">\n` +
    `<div style="display:none;max-height:0;overflow:hidden;">${preheader}</div>\n` +
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f3f4f6;">` +
    `<tr><td align="center" style="padding:24px 12px;">\n` +
    `<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:600px;background-color:#ffffff;border-radius:6px;">\n` +
    `${rows.join('\n')}\n` +
    `</table>\n</td></tr></table>\n</body></html>\n`
  );
}
