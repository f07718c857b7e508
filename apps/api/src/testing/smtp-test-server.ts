import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { MailSettings } from '../modules/reminders';

/** A mail as the test SMTP server received it, parsed. */
export interface ReceivedMail {
  from: string;
  /** The envelope's recipients. */
  to: string[];
  subject: string;
  text: string;
  html: string;
}

export interface SmtpTestServer {
  /** Every mail accepted so far, in order. */
  received: ReceivedMail[];
  /** Mail settings that send to this server (no TLS, no sign-in, links to `publicUrl`). */
  settings(publicUrl?: string): MailSettings;
  /** The next `count` mails are refused with a temporary failure (451), as a busy mail server does. */
  refuseNext(count: number): void;
  stop(): Promise<void>;
}

/** A real SMTP server (smtp-server) in the test process on a loopback port: nothing leaves the machine. */
export async function startSmtpTestServer(): Promise<SmtpTestServer> {
  const received: ReceivedMail[] = [];
  let refusals = 0;
  const server = new SMTPServer({
    authOptional: true,
    // Plain SMTP on loopback: its built-in STARTTLS certificate would not be trusted by the client anyway.
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      if (refusals > 0) {
        refusals -= 1;
        stream.resume();
        stream.on('end', () =>
          callback(Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 })),
        );
        return;
      }
      simpleParser(stream)
        .then((mail) => {
          received.push({
            from: mail.from?.text ?? '',
            to: session.envelope.rcptTo.map((recipient) => recipient.address),
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            html: typeof mail.html === 'string' ? mail.html : '',
          });
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    received,
    settings: (publicUrl = 'https://lagesbild.example.se') => ({
      host: '127.0.0.1',
      port,
      secure: false,
      auth: null,
      from: 'Lägesbild <noreply@lagesbild.example.se>',
      publicUrl,
    }),
    refuseNext(count) {
      refusals = count;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
