import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** One received message: the SMTP envelope and the parsed MIME content. */
export interface ReceivedMail {
  envelope: { from: string; to: string[] };
  parsed: ParsedMail;
}

export interface SmtpReceiver {
  /** `smtp://127.0.0.1:<port>` — give it to the mailer as SMTP_URL. */
  url: string;
  received: ReceivedMail[];
  /** Resolves once `count` messages in total have arrived (or rejects after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  /** Answer the next `n` messages (to `to`, when given) with a 4xx temporary failure (to exercise retries). */
  failNext(n: number, to?: string): void;
  close(): Promise<void>;
}

/**
 * A real SMTP server on an ephemeral localhost port that parses every message it accepts, for
 * tests and the notification benchmark. No TLS and no authentication: loopback only. With
 * `parse: false` bodies are counted but not parsed (the benchmark measures the sender, not this).
 */
export async function startSmtpReceiver(options: { parse?: boolean } = {}): Promise<SmtpReceiver> {
  const parse = options.parse ?? true;
  const received: ReceivedMail[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  const failures: (string | null)[] = [];
  let arrived = 0;
  const notify = () => {
    for (const w of [...waiters]) {
      if (arrived >= w.count) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  };
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    size: 10 * 1024 * 1024,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const rcpt = session.envelope.rcptTo.map((r) => r.address);
        const failure = failures.findIndex((f) => f === null || rcpt.includes(f));
        if (failure >= 0) {
          failures.splice(failure, 1);
          const err = new Error('try again later') as Error & { responseCode: number };
          err.responseCode = 451;
          callback(err);
          return;
        }
        const envelope = {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
        };
        const done = (parsed: ParsedMail | null) => {
          if (parsed) received.push({ envelope, parsed });
          arrived += 1;
          notify();
        };
        if (parse) {
          simpleParser(Buffer.concat(chunks)).then(done, () => done(null));
        } else {
          done(null);
        }
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    waitFor(count, timeoutMs = 20_000) {
      if (arrived >= count) return Promise.resolve(received);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`SMTP receiver: ${arrived} of ${count} messages after ${timeoutMs} ms`)), timeoutMs);
        waiters.push({
          count,
          resolve: () => {
            clearTimeout(timer);
            resolve(received);
          },
        });
      });
    },
    failNext(n, to) {
      for (let i = 0; i < n; i++) failures.push(to ?? null);
    },
    close() {
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
