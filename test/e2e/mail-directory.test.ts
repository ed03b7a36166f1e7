import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { eventually } from '../support/eventually';
import { Api, uniqueEmail } from '../support/fixtures';
import { parseMail } from '../support/mail';
import { startTestApp, type TestApp } from '../support/test-app';

const WEB = 'https://rongtong.example';

/**
 * Without SMTP_URL, development and tests write each email into MAIL_DIR — the `.eml` an
 * SMTP server would have received, and an `.html` to open in a browser — so whoever runs
 * the app can follow the links.
 */
let app: TestApp;
let api: Api;
let db: Client;

beforeAll(async () => {
  app = await startTestApp({ worker: true, env: { PUBLIC_WEB_URL: WEB, AUTH_RATE_LIMIT_PER_MINUTE: '100000' } });
  api = new Api(app);
  db = new Client({ connectionString: app.databaseUrl });
  await db.connect();
}, 60_000);

afterAll(async () => {
  await db?.end();
  await app?.close();
});

it('writes an invitation into the mail directory, the accept link in its text and HTML, and records it written', async () => {
  const dir = app.config.mail.dir!;
  expect(app.config.mail.smtpUrl).toBeUndefined();
  const owner = await api.registerEnterprise({ name: '苏州澄锐精密制造有限公司' });
  const invitee = uniqueEmail('invitee');
  const invited = await api.call('POST', `organizations/${owner.organizationId}/invitations`, {
    token: owner.accessToken,
    body: { email: invitee, role: 'member' },
  });
  expect(invited.status).toBe(201);
  const link = `${WEB}/invitations/accept?token=${invited.body.token}`;

  const eml = await eventually(() => readdirSync(dir).find((f) => f.endsWith('.eml') && f.includes(invitee)), {
    what: `a .eml for ${invitee} in ${dir}`,
  });
  const mail = parseMail(readFileSync(path.join(dir, eml)));
  expect(mail.header('To')).toBe(invitee);
  expect(mail.subject).toBe('[融通] 邀请您加入苏州澄锐精密制造有限公司');
  expect(mail.contentType).toMatch(/^multipart\/alternative;/);
  expect(mail.text).toContain(`接受邀请：\n${link}\n`);
  expect(mail.html).toContain(`href="${link}"`);
  // The same HTML beside it, for a browser.
  const html = readFileSync(path.join(dir, eml.replace(/\.eml$/, '.html')), 'utf8');
  expect(html.trimEnd()).toBe(mail.html?.trimEnd());

  const [row] = await eventually(async () => {
    const { rows } = await db.query(
      `SELECT status, sent_at, body_text, body_html FROM outbound_emails WHERE to_address = $1`,
      [invitee],
    );
    return rows[0]?.status === 'written' && rows;
  });
  expect(row.sent_at).toBeInstanceOf(Date);
  for (const body of [row.body_text, row.body_html]) {
    expect(body).not.toContain(invited.body.token);
    expect(body).toContain('token=[redacted]');
  }
});
