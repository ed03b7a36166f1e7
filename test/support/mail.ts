/**
 * Just enough MIME to read what nodemailer writes (over SMTP or into a `.eml`): headers,
 * the subject's encoded words, a single part or multipart/alternative, base64 and
 * quoted-printable bodies, all UTF-8.
 */
export interface ParsedMail {
  subject: string;
  /** The top-level Content-Type, e.g. `multipart/alternative; boundary=…`. */
  contentType: string;
  header(name: string): string;
  text: string;
  html?: string;
}

interface Part {
  header(name: string): string;
  body: string;
}

function splitPart(raw: string): Part {
  const normalized = raw.replace(/\r\n/g, '\n');
  const split = normalized.indexOf('\n\n');
  const head = (split < 0 ? normalized : normalized.slice(0, split)).replace(/\n[ \t]+/g, ' ');
  const body = split < 0 ? '' : normalized.slice(split + 2);
  return {
    header: (name) => head.match(new RegExp(`^${name}:[ \\t]*(.*)$`, 'im'))?.[1]?.trim() ?? '',
    body,
  };
}

function decodeBody(part: Part): string {
  const encoding = part.header('Content-Transfer-Encoding').toLowerCase();
  if (encoding === 'base64') return Buffer.from(part.body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') return quotedPrintable(part.body);
  return part.body;
}

function quotedPrintable(value: string): string {
  const soft = value.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < soft.length; i += 1) {
    const hex = soft.slice(i + 1, i + 3);
    if (soft[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(...Buffer.from(soft[i]));
  }
  return Buffer.from(bytes).toString('utf8');
}

function decodeWords(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_, kind: string, data: string) =>
      kind.toLowerCase() === 'b'
        ? Buffer.from(data, 'base64').toString('utf8')
        : quotedPrintable(data.replace(/_/g, ' ')),
    );
}

/** The leaf parts of a message, depth first. */
function leaves(part: Part): Part[] {
  const type = part.header('Content-Type');
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (!type.toLowerCase().startsWith('multipart/') || !boundary) return [part];
  const sections = part.body.split(`--${boundary}`).slice(1, -1);
  return sections.flatMap((section) => leaves(splitPart(section.replace(/^\n/, ''))));
}

export function parseMail(raw: string | Buffer): ParsedMail {
  const message = splitPart(raw.toString());
  const parts = leaves(message);
  const ofType = (type: string) => parts.find((p) => (p.header('Content-Type') || 'text/plain').startsWith(type));
  const text = ofType('text/plain');
  const html = ofType('text/html');
  return {
    subject: decodeWords(message.header('Subject')),
    contentType: message.header('Content-Type'),
    header: message.header,
    text: text ? decodeBody(text).replace(/\n$/, '') : '',
    ...(html && { html: decodeBody(html) }),
  };
}
