import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { createMailer } from './mailer.ts';
import { startSmtpReceiver, type SmtpReceiver } from './test-smtp-receiver.ts';

describe('mailer over SMTP', () => {
  let receiver: SmtpReceiver;
  beforeAll(async () => {
    receiver = await startSmtpReceiver();
  });
  afterAll(async () => {
    await receiver.close();
  });

  it('delivers text, html, UTF-8 (Hindi) and extra headers to a real SMTP server', async () => {
    const config = loadConfig({ SMTP_URL: receiver.url, MAIL_FROM: 'CR <mail@cr.test>' });
    const logged: object[] = [];
    const mailer = createMailer(config, { info: (obj) => logged.push(obj) });
    const { messageId } = await mailer.send({
      to: 'student@example.test',
      subject: 'आज की पुनरावृत्ति',
      text: 'नमस्ते — 12 cards are due',
      html: '<p>नमस्ते — <b>12</b> cards are due</p>',
      headers: { 'List-Unsubscribe': '<https://cr.test/u/abc>', 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    });
    await mailer.close();
    const [mail] = await receiver.waitFor(1);
    expect(mail!.envelope).toEqual({ from: 'mail@cr.test', to: ['student@example.test'] });
    expect(mail!.parsed.subject).toBe('आज की पुनरावृत्ति');
    expect(mail!.parsed.text?.trim()).toBe('नमस्ते — 12 cards are due');
    expect(mail!.parsed.html).toContain('<b>12</b>');
    expect(mail!.parsed.headerLines.find((h) => h.key === 'list-unsubscribe')?.line).toContain('<https://cr.test/u/abc>');
    expect(mail!.parsed.headerLines.find((h) => h.key === 'list-unsubscribe-post')?.line).toContain('List-Unsubscribe=One-Click');
    expect(mail!.parsed.messageId).toBe(messageId);
    // The log names the message, never the recipient.
    expect(JSON.stringify(logged)).not.toContain('student@example.test');
    expect(JSON.stringify(logged)).toContain(messageId);
  });

  it('rejects when the SMTP server answers with a temporary failure', async () => {
    const mailer = createMailer(loadConfig({ SMTP_URL: receiver.url }));
    receiver.failNext(1);
    await expect(mailer.send({ to: 'a@example.test', subject: 's', text: 't' })).rejects.toThrow(/451/);
    await mailer.close();
  });

  it('refuses header injection and reserved headers before sending', async () => {
    const mailer = createMailer(loadConfig({ SMTP_URL: receiver.url }));
    await expect(mailer.send({ to: 'a@example.test\r\nBcc: x@evil.test', subject: 's', text: 't' })).rejects.toThrow(/recipient/);
    await expect(mailer.send({ to: 'a@example.test', subject: 's\nBcc: x@evil.test', text: 't' })).rejects.toThrow(/subject/);
    await expect(mailer.send({ to: 'a@example.test', subject: 's', text: 't', headers: { Bcc: 'x@evil.test' } })).rejects.toThrow(/Bcc/);
    await mailer.close();
  });
});

describe('mailer without SMTP (file outbox)', () => {
  it('writes one parseable .eml per message into DATA_DIR/outbox', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cr-outbox-'));
    try {
      const mailer = createMailer(loadConfig({ DATA_DIR: dir }));
      const a = await mailer.send({ to: 'one@example.test', subject: 'First', text: 'hello' });
      const b = await mailer.send({ to: 'two@example.test', subject: 'दूसरा', text: 'नमस्ते', html: '<p>नमस्ते</p>' });
      await mailer.close();
      const files = (await readdir(path.join(dir, 'outbox'))).sort();
      expect(files).toHaveLength(2);
      expect(files.every((f) => f.endsWith('.eml'))).toBe(true);
      const parsed = await Promise.all(files.map(async (f) => simpleParser(await readFile(path.join(dir, 'outbox', f)))));
      const byId = new Map(parsed.map((p) => [p.messageId, p]));
      expect(byId.get(a.messageId)?.subject).toBe('First');
      expect(byId.get(b.messageId)?.subject).toBe('दूसरा');
      expect(byId.get(b.messageId)?.text?.trim()).toBe('नमस्ते');
      expect(byId.get(b.messageId)?.to).toMatchObject({ text: 'two@example.test' });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('mail configuration', () => {
  it('accepts smtp:// and smtps:// and names SMTP_URL when it is anything else', () => {
    expect(loadConfig({ SMTP_URL: 'smtps://u:p@mail.example.test:465' }).SMTP_URL).toBe('smtps://u:p@mail.example.test:465');
    expect(() => loadConfig({ SMTP_URL: 'http://mail.example.test' })).toThrow(/SMTP_URL/);
    expect(loadConfig({}).SMTP_URL).toBeUndefined();
  });
});
