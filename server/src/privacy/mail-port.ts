/**
 * The e-mail sender this feature needs: the shape of `createMailer(config, log)` in
 * server/src/mail/ (SMTP when SMTP_URL is set, else a file outbox in DATA_DIR/outbox).
 */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  headers?: Record<string, string>;
}

export interface MailSender {
  send(mail: OutgoingMail): Promise<{ messageId: string }>;
}
