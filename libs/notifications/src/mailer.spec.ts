import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AppConfig } from '@rongtong/platform';
import { Mailer } from './mailer';

const message = {
  id: '0b7c1f3e-2f4a-4d8e-9c55-4a1f6e0d2b11',
  to: 'reader@example.cn',
  subject: '[融通] 新的设备预约请求',
  text: '「扫描电镜」收到新的设备预约请求。\n\n查看合作：\nhttps://rongtong.cn/deals/d-1\n',
  html: '<!DOCTYPE html>\n<html lang="zh-CN"><body><a href="https://rongtong.cn/deals/d-1">查看合作</a></body></html>\n',
};

const mailer = (mail: AppConfig['mail']) => new Mailer({ mail } as AppConfig);

describe('Mailer', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'rongtong-mailer-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('sends over SMTP when SMTP_URL is set, else writes files where there is a directory, else is off', () => {
    const from = 'Rongtong <no-reply@rongtong.cn>';
    expect(mailer({ smtpUrl: 'smtp://127.0.0.1:2525', from, dir }).mode).toBe('smtp');
    expect(mailer({ from, dir }).mode).toBe('files');
    expect(mailer({ from, dir }).directory).toBe(dir);
    expect(mailer({ from }).mode).toBe('off');
  });

  it('refuses to send while off', async () => {
    await expect(mailer({ from: 'x <a@b.cn>' }).send(message)).rejects.toThrow(/SMTP_URL/);
  });

  it('writes the RFC 822 message as .eml, multipart with both parts, and its HTML beside it', async () => {
    const outcome = await mailer({ from: 'Rongtong 融通 <no-reply@rongtong.cn>', dir: path.join(dir, 'mail') }).send(
      message,
    );
    expect(outcome).toEqual({ via: 'file', path: expect.stringMatching(/_reader@example\.cn_0b7c1f3e\.eml$/) });
    const files = readdirSync(path.join(dir, 'mail')).sort();
    expect(files).toHaveLength(2);
    expect(files.map((f) => path.extname(f))).toEqual(['.eml', '.html']);

    const eml = readFileSync(outcome.via === 'file' ? outcome.path : '', 'utf8');
    expect(eml).toMatch(/^Content-Type: multipart\/alternative;/m);
    expect(eml).toMatch(/^Content-Type: text\/plain; charset=utf-8/m);
    expect(eml).toMatch(/^Content-Type: text\/html; charset=utf-8/m);
    expect(eml).toMatch(/^To: reader@example\.cn$/m);
    expect(eml).toMatch(/^Message-ID: <0b7c1f3e-2f4a-4d8e-9c55-4a1f6e0d2b11@rongtong\.cn>$/m);
    expect(readFileSync(path.join(dir, 'mail', files[1]), 'utf8')).toBe(message.html);
  });

  it('writes a text-only email (recorded before there was HTML) as escaped preformatted text', async () => {
    await mailer({ from: 'x <a@b.cn>', dir }).send({ ...message, text: 'a < b & c', html: null });
    const html = readdirSync(dir).find((f) => f.endsWith('.html'))!;
    expect(readFileSync(path.join(dir, html), 'utf8')).toBe('<pre>a &lt; b &amp; c</pre>');
  });
});
