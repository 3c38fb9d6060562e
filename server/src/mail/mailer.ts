import { randomBytes } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer, { type SendMailOptions } from 'nodemailer';
import type { Config } from '../config.ts';

/** One e-mail. `text` is always sent; `html` is the optional alternative part. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Extra headers, e.g. `List-Unsubscribe`. */
  headers?: Record<string, string>;
}

export interface Mailer {
  /** Sends (or, with no SMTP configured, files) one message; rejects when the server refuses it. */
  send(message: MailMessage): Promise<{ messageId: string }>;
  /** Closes pooled SMTP connections; idempotent. */
  close(): Promise<void>;
}

type MailLog = { info(obj: object, msg?: string): void };

/** Header names a caller may not override: they come from configuration or the message fields. */
const RESERVED_HEADERS = new Set(['from', 'to', 'cc', 'bcc', 'subject', 'sender', 'reply-to', 'message-id', 'date']);

function checkMessage(message: MailMessage): void {
  if (!message.to || /[\r\n]/.test(message.to)) throw new Error('mail: recipient missing or contains a line break');
  if (/[\r\n]/.test(message.subject)) throw new Error('mail: subject contains a line break');
  for (const [name, value] of Object.entries(message.headers ?? {})) {
    if (RESERVED_HEADERS.has(name.toLowerCase())) throw new Error(`mail: header ${name} cannot be set by the caller`);
    if (/[\r\n]/.test(name) || /[\r\n]/.test(value)) throw new Error(`mail: header ${name} contains a line break`);
  }
}

function toNodemailer(from: string, message: MailMessage): SendMailOptions {
  return {
    from,
    to: message.to,
    subject: message.subject,
    text: message.text,
    ...(message.html === undefined ? {} : { html: message.html }),
    ...(message.headers ? { headers: message.headers } : {}),
  };
}

/**
 * The e-mail sender. With `SMTP_URL` it is nodemailer over a pooled SMTP connection; without it
 * (the embedded default) every message is written as one RFC 5322 `.eml` file into
 * `${DATA_DIR}/outbox/`, so a single-machine install works and an operator can read what would
 * have been sent. Files are written under a temporary name and renamed, so a reader of the outbox
 * never sees half a message. The log line carries the message id and transport, never the address.
 */
export function createMailer(config: Config, log?: MailLog): Mailer {
  const from = config.MAIL_FROM;
  if (config.SMTP_URL) {
    const transport = nodemailer.createTransport({ url: config.SMTP_URL, pool: true, maxConnections: config.SMTP_MAX_CONNECTIONS });
    let closed = false;
    return {
      async send(message) {
        checkMessage(message);
        const info = (await transport.sendMail(toNodemailer(from, message))) as { messageId: string };
        log?.info({ messageId: info.messageId, transport: 'smtp' }, 'mail sent');
        return { messageId: info.messageId };
      },
      close() {
        if (!closed) transport.close();
        closed = true;
        return Promise.resolve();
      },
    };
  }

  const outbox = path.resolve(config.DATA_DIR, 'outbox');
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  let ready: Promise<unknown> | null = null;
  return {
    async send(message) {
      checkMessage(message);
      const info = (await transport.sendMail(toNodemailer(from, message))) as { messageId: string; message: Buffer };
      ready ??= mkdir(outbox, { recursive: true });
      await ready;
      // Sortable by time, unique without coordination between processes sharing DATA_DIR.
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(6).toString('hex')}.eml`;
      const tmp = path.join(outbox, `.${name}.tmp`);
      await writeFile(tmp, info.message, { mode: 0o600 });
      await rename(tmp, path.join(outbox, name));
      log?.info({ messageId: info.messageId, transport: 'outbox', file: name }, 'mail written to outbox');
      return { messageId: info.messageId };
    },
    close() {
      return Promise.resolve();
    },
  };
}
