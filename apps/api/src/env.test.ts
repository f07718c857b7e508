import { availableParallelism } from 'node:os';
import path from 'node:path';
import { ConfigError, readConfig } from './env';

const POSTGRES = { DATABASE_URL: 'postgresql://app@127.0.0.1:5432/lagesbild' };

describe('the number of API processes', () => {
  it('is one on the embedded database, whose data folder one process owns', () => {
    expect(readConfig({ DATA_DIR: 'memory://' }).processes).toBe(1);
  });

  it('is one per core on PostgreSQL unless API_PROCESSES says otherwise', () => {
    expect(readConfig(POSTGRES).processes).toBe(availableParallelism());
    expect(readConfig({ ...POSTGRES, API_PROCESSES: '3' }).processes).toBe(3);
  });

  it.each([
    [{ DATA_DIR: 'memory://', API_PROCESSES: '2' }, /must be 1 on the embedded database/],
    [{ ...POSTGRES, API_PROCESSES: 'two' }, /API_PROCESSES must be a whole number from 1 to 64 \(got "two"\)/],
    [{ ...POSTGRES, API_PROCESSES: '0' }, /from 1 to 64/],
    [{ ...POSTGRES, API_PROCESSES: '1.5' }, /from 1 to 64/],
  ])('refuses %o with a clear message', (env, message) => {
    expect(() => readConfig(env)).toThrow(ConfigError);
    expect(() => readConfig(env)).toThrow(message);
  });
});

describe('the built web app (WEB_DIST_DIR)', () => {
  it('is taken from the working directory when given as a relative path', () => {
    expect(readConfig({ DATA_DIR: 'memory://', WEB_DIST_DIR: 'apps/web/dist' }).webDistDir).toBe(
      path.join(process.cwd(), 'apps', 'web', 'dist'),
    );
    expect(readConfig({ DATA_DIR: 'memory://', WEB_DIST_DIR: '/srv/lagesbild/web' }).webDistDir).toBe(
      '/srv/lagesbild/web',
    );
  });
});

describe('the read replicas (DATABASE_REPLICA_URL)', () => {
  it('are none unless DATABASE_REPLICA_URL names them', () => {
    expect(readConfig(POSTGRES).readReplicaUrls).toEqual([]);
    expect(readConfig({ DATA_DIR: 'memory://' }).readReplicaUrls).toEqual([]);
  });

  it('are one URL or several separated by commas', () => {
    expect(
      readConfig({ ...POSTGRES, DATABASE_REPLICA_URL: 'postgresql://app@replica-1/lagesbild' }).readReplicaUrls,
    ).toEqual(['postgresql://app@replica-1/lagesbild']);
    expect(
      readConfig({
        ...POSTGRES,
        DATABASE_REPLICA_URL: ' postgresql://app@replica-1/lagesbild , postgres://app@replica-2:5433/lagesbild',
      }).readReplicaUrls,
    ).toEqual(['postgresql://app@replica-1/lagesbild', 'postgres://app@replica-2:5433/lagesbild']);
  });

  it.each([
    [
      'beside the embedded database',
      { DATA_DIR: 'memory://', DATABASE_REPLICA_URL: 'postgresql://app@replica/lagesbild' },
      'DATABASE_REPLICA_URL needs DATABASE_URL: the embedded database has no read replicas',
    ],
    [
      'of another kind of database',
      { ...POSTGRES, DATABASE_REPLICA_URL: 'mysql://app@replica/lagesbild' },
      'DATABASE_REPLICA_URL must start with postgresql:// (got mysql://)',
    ],
    [
      'that is not a URL',
      { ...POSTGRES, DATABASE_REPLICA_URL: 'replica:5432' },
      'DATABASE_REPLICA_URL must start with postgresql://',
    ],
    [
      'without a host',
      { ...POSTGRES, DATABASE_REPLICA_URL: 'postgresql:///lagesbild' },
      'DATABASE_REPLICA_URL names no host',
    ],
    [
      'with an empty entry in the list',
      {
        ...POSTGRES,
        DATABASE_REPLICA_URL: 'postgresql://app@replica-1/lagesbild,,postgresql://app@replica-2/lagesbild',
      },
      'DATABASE_REPLICA_URL has an empty entry',
    ],
  ])('refuses one %s, in one line that says what to do', (_case, env, message) => {
    expect(() => readConfig(env)).toThrow(message);
  });
});

describe('outgoing mail (SMTP_* and PUBLIC_URL)', () => {
  const EMBEDDED = { DATA_DIR: 'memory://' };
  const MAIL = {
    ...EMBEDDED,
    SMTP_HOST: 'smtp.example.se',
    SMTP_FROM: 'Lägesbild <noreply@example.se>',
    PUBLIC_URL: 'https://lagesbild.example.se/',
  };

  it('is off without SMTP_HOST: the server runs and sends nothing', () => {
    expect(readConfig(EMBEDDED).mail).toBeNull();
  });

  it('reads the server, STARTTLS on 587 by default, TLS on 465 with SMTP_SECURE, and the public address without its slash', () => {
    expect(readConfig(MAIL).mail).toEqual({
      host: 'smtp.example.se',
      port: 587,
      secure: false,
      auth: null,
      from: 'Lägesbild <noreply@example.se>',
      publicUrl: 'https://lagesbild.example.se',
    });
    expect(
      readConfig({ ...MAIL, SMTP_SECURE: 'true', SMTP_USER: 'lagesbild', SMTP_PASSWORD: 'hemligt' }).mail,
    ).toMatchObject({
      port: 465,
      secure: true,
      auth: { user: 'lagesbild', password: 'hemligt' },
    });
    expect(readConfig({ ...MAIL, SMTP_PORT: '2525' }).mail?.port).toBe(2525);
  });

  it('reads when reminders fall due, 5 days before a deadline from 07 by default', () => {
    expect(readConfig(EMBEDDED).reminders).toEqual({ daysBeforeDeadline: 5, sendHour: 7 });
    expect(readConfig({ ...EMBEDDED, REMINDER_DAYS_BEFORE: '3', REMINDER_SEND_HOUR: '0' }).reminders).toEqual({
      daysBeforeDeadline: 3,
      sendHour: 0,
    });
  });

  it.each([
    ['a password without SMTP_HOST', { ...EMBEDDED, SMTP_PASSWORD: 'x' }, 'SMTP_PASSWORD set without SMTP_HOST'],
    [
      'a port that is not one',
      { ...MAIL, SMTP_PORT: 'smtp' },
      'SMTP_PORT must be a port number between 1 and 65535 (got "smtp")',
    ],
    ['a port out of range', { ...MAIL, SMTP_PORT: '70000' }, 'SMTP_PORT must be a port number'],
    ['SMTP_SECURE neither true nor false', { ...MAIL, SMTP_SECURE: 'yes' }, 'SMTP_SECURE must be true'],
    ['a user without a password', { ...MAIL, SMTP_USER: 'lagesbild' }, 'SMTP_USER and SMTP_PASSWORD go together'],
    ['a password without a user', { ...MAIL, SMTP_PASSWORD: 'x' }, 'SMTP_USER and SMTP_PASSWORD go together'],
    ['no sender', { ...MAIL, SMTP_FROM: '' }, 'SMTP_FROM is needed with SMTP_HOST'],
    [
      'a sender that is no address',
      { ...MAIL, SMTP_FROM: 'Lägesbild' },
      'SMTP_FROM is not an e-mail address (got "Lägesbild")',
    ],
    ['no public address', { ...MAIL, PUBLIC_URL: '' }, 'PUBLIC_URL is needed with SMTP_HOST'],
    [
      'a public address that is no URL',
      { ...MAIL, PUBLIC_URL: 'lagesbild.example.se' },
      'PUBLIC_URL must be an http:// or https:// address',
    ],
    [
      'a public address of another scheme',
      { ...MAIL, PUBLIC_URL: 'ftp://lagesbild.example.se' },
      'PUBLIC_URL must be an http:// or https://',
    ],
    [
      'days before a deadline out of range',
      { ...EMBEDDED, REMINDER_DAYS_BEFORE: '0' },
      'REMINDER_DAYS_BEFORE must be a whole number from 1 to 60',
    ],
    [
      'an hour that is none',
      { ...EMBEDDED, REMINDER_SEND_HOUR: '24' },
      'REMINDER_SEND_HOUR must be a whole number from 0 to 23',
    ],
  ])('refuses %s, in one line that says what to do', (_case, env, message) => {
    expect(() => readConfig(env)).toThrow(ConfigError);
    expect(() => readConfig(env)).toThrow(message);
  });
});
