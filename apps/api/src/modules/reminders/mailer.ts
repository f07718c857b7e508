import nodemailer from 'nodemailer';
import type { MailSettings } from './mail-settings';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** Sends one mail; a refusal or an unreachable server rejects the promise. */
export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** A mailer over SMTP (nodemailer), one pooled connection at a time so a batch does not open one per mail. */
export function createSmtpMailer(settings: MailSettings): Mailer {
  const transport = nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    auth: settings.auth ? { user: settings.auth.user, pass: settings.auth.password } : undefined,
    pool: true,
    maxConnections: 1,
    // A mail server that does not answer fails the attempt (it is retried later) instead of holding the job.
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
  return {
    async send(mail) {
      await transport.sendMail({ from: settings.from, ...mail });
    },
    close() {
      transport.close();
    },
  };
}
