import { availableParallelism } from 'node:os';
import path from 'node:path';
import { databaseConfigFromEnv, validatePostgresUrl } from '@lagesbild/db/config';
import type { DatabaseConfig } from '@lagesbild/db/config';
import type { OidcSettings } from './modules/access';
import type { MailSettings, ReminderSchedule } from './modules/reminders';

/** The API's whole configuration, read from the environment here and nowhere else. */
export interface ApiConfig {
  port: number;
  /** Interface to listen on; 0.0.0.0 to serve other machines. */
  host: string;
  database: DatabaseConfig;
  /**
   * PostgreSQL read replicas of `database` (DATABASE_REPLICA_URL, comma-separated): reads go
   * there, writes and a user's reads right after their own write to the primary. Empty: all on
   * the primary.
   */
  readReplicaUrls: string[];
  /** The built web app served at `/`; absent when only the API runs (development, tests). */
  webDistDir: string;
  /** Load the demo data into an empty database on start. */
  seedDemoDataIfEmpty: boolean;
  /** Single sign-on, when OIDC_ISSUER and its companions are set. */
  oidc: OidcSettings | null;
  /**
   * API processes sharing the port (Node's cluster): one per core on PostgreSQL, always one on
   * the embedded database, whose data folder one process owns.
   */
  processes: number;
  /** Outgoing mail (SMTP_* and PUBLIC_URL); null when SMTP_HOST is not set: then no mail is sent. */
  mail: MailSettings | null;
  /** When reminders fall due (REMINDER_*). */
  reminders: ReminderSchedule;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a port number between 0 and 65535 (got "${env.PORT}")`);
  }
  const database = databaseConfigFromEnv(env);
  return {
    port,
    host: env.HOST?.trim() || '127.0.0.1',
    database,
    readReplicaUrls: readReplicaUrls(env, database),
    // From the working directory when relative: the server hands index.html to Express's
    // sendFile, which refuses a relative path (every page but the assets would fail with 500).
    webDistDir: path.resolve(env.WEB_DIST_DIR?.trim() || path.resolve(__dirname, '..', '..', 'web', 'dist')),
    seedDemoDataIfEmpty: env.SEED_DEMO_DATA !== 'false',
    oidc: readOidcSettings(env),
    processes: readProcesses(env, database),
    mail: readMailSettings(env),
    reminders: readReminderSchedule(env),
  };
}

function readReplicaUrls(env: NodeJS.ProcessEnv, database: DatabaseConfig): string[] {
  const given = env.DATABASE_REPLICA_URL?.trim();
  if (!given) return [];
  if (database.kind === 'pglite') {
    throw new ConfigError('DATABASE_REPLICA_URL needs DATABASE_URL: the embedded database has no read replicas');
  }
  const urls = given.split(',').map((url) => url.trim());
  if (urls.some((url) => url === '')) {
    throw new ConfigError("DATABASE_REPLICA_URL has an empty entry; separate the replicas' URLs with single commas");
  }
  return urls.map((url) => validatePostgresUrl(url, 'DATABASE_REPLICA_URL'));
}

function readProcesses(env: NodeJS.ProcessEnv, database: DatabaseConfig): number {
  const given = env.API_PROCESSES?.trim();
  if (!given) return database.kind === 'pglite' ? 1 : availableParallelism();
  const processes = Number(given);
  if (!Number.isInteger(processes) || processes < 1 || processes > 64) {
    throw new ConfigError(`API_PROCESSES must be a whole number from 1 to 64 (got "${given}")`);
  }
  if (processes > 1 && database.kind === 'pglite') {
    throw new ConfigError('API_PROCESSES must be 1 on the embedded database (set DATABASE_URL for more)');
  }
  return processes;
}

const OIDC_VARIABLES = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_REDIRECT_URL'] as const;

/** All four OIDC variables, or none: half a configuration is a mistake to report, not to ignore. */
function readOidcSettings(env: NodeJS.ProcessEnv): OidcSettings | null {
  const values = OIDC_VARIABLES.map((name) => env[name]?.trim() ?? '');
  if (values.every((value) => value === '')) return null;
  const missing = OIDC_VARIABLES.filter((_name, index) => values[index] === '');
  if (missing.length > 0) throw new ConfigError(`Single sign-on needs ${missing.join(', ')} as well`);
  const [issuer, clientId, clientSecret, redirectUrl] = values as [string, string, string, string];
  for (const [name, url] of [
    ['OIDC_ISSUER', issuer],
    ['OIDC_REDIRECT_URL', redirectUrl],
  ] as const) {
    if (!URL.canParse(url)) throw new ConfigError(`${name} is not a URL (got "${url}")`);
  }
  return { issuer, clientId, clientSecret, redirectUrl, allowInsecureHttp: env.OIDC_ALLOW_INSECURE_HTTP === 'true' };
}

const SMTP_VARIABLES = ['SMTP_HOST', 'SMTP_PORT', 'SMTP_SECURE', 'SMTP_USER', 'SMTP_PASSWORD', 'SMTP_FROM'] as const;

/**
 * The mail server and the app's public address for the links in mails: none of the SMTP_*
 * variables means no mail (the server runs and says so once); SMTP_HOST with the rest
 * validated, and anything half-set refused.
 */
function readMailSettings(env: NodeJS.ProcessEnv): MailSettings | null {
  const value = (name: string) => env[name]?.trim() ?? '';
  const host = value('SMTP_HOST');
  if (!host) {
    const stray = SMTP_VARIABLES.filter((name) => value(name) !== '');
    if (stray.length > 0)
      throw new ConfigError(`${stray.join(', ')} set without SMTP_HOST; set SMTP_HOST too, or none of them`);
    return null;
  }
  const secureText = value('SMTP_SECURE').toLowerCase();
  if (!['', 'true', 'false'].includes(secureText)) {
    throw new ConfigError(
      `SMTP_SECURE must be true (TLS from the start, port 465) or false (STARTTLS) (got "${value('SMTP_SECURE')}")`,
    );
  }
  const secure = secureText === 'true';
  const portText = value('SMTP_PORT');
  const port = portText ? Number(portText) : secure ? 465 : 587;
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ConfigError(`SMTP_PORT must be a port number between 1 and 65535 (got "${portText}")`);
  }
  const user = value('SMTP_USER');
  const password = env.SMTP_PASSWORD ?? '';
  if ((user === '') !== (password === '')) {
    throw new ConfigError(
      'SMTP_USER and SMTP_PASSWORD go together: set both to sign in to the mail server, or neither',
    );
  }
  const from = value('SMTP_FROM');
  if (!from)
    throw new ConfigError(
      'SMTP_FROM is needed with SMTP_HOST: the sender address, e.g. "Lägesbild <noreply@example.se>"',
    );
  if (!/^[^<>@\s]+@[^<>@\s]+\.[^<>@\s]+$|<[^<>@\s]+@[^<>@\s]+\.[^<>@\s]+>$/.test(from)) {
    throw new ConfigError(`SMTP_FROM is not an e-mail address (got "${from}")`);
  }
  const publicUrl = value('PUBLIC_URL');
  if (!publicUrl)
    throw new ConfigError(
      "PUBLIC_URL is needed with SMTP_HOST: the app's address for the links in mails, e.g. https://lagesbild.example.se",
    );
  const parsed = URL.canParse(publicUrl) ? new URL(publicUrl) : null;
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) {
    throw new ConfigError(`PUBLIC_URL must be an http:// or https:// address (got "${publicUrl}")`);
  }
  return {
    host,
    port,
    secure,
    auth: user ? { user, password } : null,
    from,
    publicUrl: parsed.toString().replace(/\/$/, ''),
  };
}

function readReminderSchedule(env: NodeJS.ProcessEnv): ReminderSchedule {
  const whole = (name: string, fallback: number, min: number, max: number, meaning: string): number => {
    const given = env[name]?.trim();
    if (!given) return fallback;
    const number = Number(given);
    if (!Number.isInteger(number) || number < min || number > max) {
      throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, ${meaning} (got "${given}")`);
    }
    return number;
  };
  return {
    daysBeforeDeadline: whole('REMINDER_DAYS_BEFORE', 5, 1, 60, 'the days before a deadline of the first reminder'),
    sendHour: whole('REMINDER_SEND_HOUR', 7, 0, 23, "the hour (Swedish time) from which the day's reminders are sent"),
  };
}
