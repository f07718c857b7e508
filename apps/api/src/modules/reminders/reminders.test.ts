import { PrismaClient } from '@lagesbild/db';
import type { Prisma } from '@lagesbild/db';
import { fromIsoDate, reportingPeriodsOfYear } from '@lagesbild/types';
import { createGoalFixture } from '../../testing/fixtures';
import { graphql } from '../../testing/generated';
import { startGraphqlTestServer } from '../../testing/graphql-test-server';
import type { GraphqlTestServer } from '../../testing/graphql-test-server';
import { startSmtpTestServer } from '../../testing/smtp-test-server';
import type { SmtpTestServer } from '../../testing/smtp-test-server';
import type { SignedInUser } from '../access';
import { ReminderJob, reportingObligations } from './index';
import type { ObligationSource } from './index';
import { stockholmClock } from './reminder-clock';
import { PLANNING_LOCK } from './reminder-planner';
import { MAX_SEND_ATTEMPTS, retryDelayMs } from './reminder-sender';

const MY_SETTINGS = graphql(`
  query RemindersTest_MySettings {
    myReminderSettings {
      frequency
      version
    }
  }
`);
const SET_FREQUENCY = graphql(`
  mutation RemindersTest_SetFrequency($input: SetReminderFrequencyInput!) {
    setReminderFrequency(input: $input) {
      frequency
      version
    }
  }
`);
const SEND_LOG = graphql(`
  query RemindersTest_SendLog($status: ReminderMailStatus, $first: Int!) {
    reminderMails(status: $status, first: $first) {
      id
      kind
      occasion
      recipientName
      recipient
      subject
      itemCount
      status
      attempts
      nextAttemptAt
      lastError
      sentAt
    }
  }
`);

const RETRY = graphql(`
  mutation RemindersTest_Retry($input: RetryReminderMailInput!) {
    retryReminderMail(input: $input) {
      id
      status
      attempts
    }
  }
`);

const DAY = 86_400_000;
const onPostgres = Boolean(process.env.TEST_DATABASE_URL?.trim());
/**
 * The job's mechanics (one mail per person, never twice, two processes, retries, choices) are
 * driven here by red indicators alone, so that what the reporting obligations of the fixture's
 * units hold does not change the counts; the obligations have their own tests below.
 */
const NO_OBLIGATIONS: ObligationSource = () => Promise.resolve([]);
const PUBLIC_URL = 'https://lagesbild.example.se';

describe('reminder mails', () => {
  let server: GraphqlTestServer;
  let smtp: SmtpTestServer;
  let admin: SignedInUser;
  let analyst: SignedInUser;
  let goalWithoutActivity: number;
  let committeeId: number;
  /** The job's clock: from today at noon on, moved forward by the tests. */
  let now: Date;
  let job: ReminderJob;

  const newJob = (prisma: PrismaClient) =>
    new ReminderJob({
      prisma,
      mail: smtp.settings(PUBLIC_URL),
      schedule: { daysBeforeDeadline: 5, sendHour: 0 },
      obligations: NO_OBLIGATIONS,
      now: () => now,
      // Each run plans too, so a test sees what a run at that moment plans.
      planningIntervalMs: 0,
    });

  /** An indicator of the person's whose value of last month is red (5.9 % sick leave against 5 %). */
  const redIndicator = async (owner: SignedInUser, name: string, extra: { comment?: string; goalId?: number } = {}) =>
    server.prisma.indicator.create({
      data: {
        code: name.toUpperCase().replace(/\W+/g, '-'),
        name,
        orgUnitId: committeeId,
        unit: 'PERCENT',
        periodicity: 'MONTH',
        direction: 'LOWER_IS_BETTER',
        ownerId: owner.id,
        goals: { create: { goalId: extra.goalId ?? goalWithoutActivity } },
        values: {
          create: {
            granularity: 'MONTH',
            year: 2026,
            periodNumber: 11,
            outcome: 5.9,
            periodTarget: 5,
            comment: extra.comment,
          },
        },
      },
    });
  const mailsTo = (user: SignedInUser) => smtp.received.filter((mail) => mail.to.includes(user.email));

  beforeAll(async () => {
    server = await startGraphqlTestServer();
    const fixture = await createGoalFixture(server.prisma);
    committeeId = fixture.committee.id;
    goalWithoutActivity = fixture.otherGoal.id;
    smtp = await startSmtpTestServer();
    admin = await server.createUser([{ role: 'ADMIN', orgUnitCode: 'goteborg' }], 'Ada Administratör');
    analyst = await server.createUser([{ role: 'ANALYST', orgUnitCode: 'intraservice' }], 'Anna Analytiker');
    now = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate(), 12));
    job = newJob(server.prisma);
  });
  afterAll(async () => {
    await job.stop();
    await smtp.stop();
    await server.stop();
  });

  it('mails the owner of an indicator turned red without an action once, in Swedish, with a link to the indicator', async () => {
    const red = await redIndicator(analyst, 'Kundnöjdhet');
    await redIndicator(analyst, 'Analyserad indikator', { comment: 'Förklarat: influensan i november' });
    // A goal with an activity under way (no end date, ongoing): that is the action on its red indicator.
    const withActivity = await server.prisma.goal.findFirstOrThrow({ where: { title: 'Nämndmål 1' } });
    await server.prisma.activity.create({
      data: {
        title: 'Friskvårdssatsning',
        orgUnitId: committeeId,
        perspectiveId: withActivity.perspectiveId,
        goalId: withActivity.id,
        updates: { create: { year: 2026, month: 11, status: 'ONGOING' } },
      },
    });
    await redIndicator(analyst, 'Indikator med aktivitet', { goalId: withActivity.id });

    expect(await job.runOnce()).toEqual({ planned: 1, sent: 1, failed: 0 });

    const [mail] = mailsTo(analyst);
    expect(mailsTo(analyst)).toHaveLength(1);
    expect(mail!.to).toEqual([analyst.email]);
    expect(mail!.from).toBe('"Lägesbild" <noreply@lagesbild.example.se>');
    expect(mail!.subject).toBe('Påminnelse från Lägesbild: 1 sak att göra');
    expect(mail!.text).toContain('Hej Anna Analytiker!');
    expect(mail!.text).toContain('Indikatorer som blivit röda utan åtgärd');
    expect(mail!.text).toContain(
      `- Kundnöjdhet, skriv en analys av värdet eller planera en aktivitet: ${PUBLIC_URL}/indikatorer/${red.id}`,
    );
    expect(mail!.text).not.toContain('Analyserad indikator');
    expect(mail!.text).not.toContain('Indikator med aktivitet');
    expect(mail!.text).toContain(`på din sida: ${PUBLIC_URL}/min-sida`);
    expect(mail!.html).toContain(`<a href="${PUBLIC_URL}/indikatorer/${red.id}">Kundnöjdhet`);
  });

  it('never sends the same reminder twice: not later the same day, nor the next day, nor after a restart', async () => {
    const before = smtp.received.length;
    expect(await job.runOnce()).toEqual({ planned: 0, sent: 0, failed: 0 });
    now = new Date(now.getTime() + DAY);
    const restarted = newJob(server.prisma);
    expect(await restarted.runOnce()).toEqual({ planned: 0, sent: 0, failed: 0 });
    await restarted.stop();
    expect(smtp.received.length).toBe(before);
  });

  it('gathers what is new for a person into one mail, never one per item', async () => {
    await redIndicator(analyst, 'Väntetid i kundtjänst');
    await redIndicator(analyst, 'Andel ärenden lösta direkt');
    now = new Date(now.getTime() + DAY);
    expect(await job.runOnce()).toMatchObject({ planned: 1, sent: 1 });
    const latest = mailsTo(analyst).at(-1)!;
    expect(latest.subject).toBe('Påminnelse från Lägesbild: 2 saker att göra');
    expect(latest.text).toContain('Väntetid i kundtjänst');
    expect(latest.text).toContain('Andel ärenden lösta direkt');
    expect(latest.text).not.toContain('Kundnöjdhet');
  });

  it("respects each person's choice: a weekly digest, or nothing", async () => {
    const weekly = await server.createUser([{ role: 'ANALYST', orgUnitCode: 'intraservice' }], 'Veckovis Person');
    const none = await server.createUser([{ role: 'ANALYST', orgUnitCode: 'intraservice' }], 'Ingen Påminnelse');
    for (const [person, frequency] of [
      [weekly, 'WEEKLY'],
      [none, 'NONE'],
    ] as const) {
      server.actAs(person);
      await server.query(SET_FREQUENCY, { input: { frequency } });
      await redIndicator(person, `Indikator för ${person.name}`);
    }
    now = new Date(now.getTime() + DAY);
    await job.runOnce();
    expect(mailsTo(none)).toEqual([]);
    expect(mailsTo(weekly)).toHaveLength(1);
    expect(mailsTo(weekly)[0]!.subject).toBe('Veckosammanfattning från Lägesbild: 1 sak att göra');
    expect(mailsTo(weekly)[0]!.text).toContain('Du får en sammanfattning varje måndag.');

    // The same week: no second digest, even with something new.
    await redIndicator(weekly, 'Ytterligare en indikator');
    await job.runOnce();
    expect(mailsTo(weekly)).toHaveLength(1);

    // Done with them: no digest of theirs in the tests that follow, whatever week their days fall in.
    server.actAs(weekly);
    await server.query(SET_FREQUENCY, { input: { frequency: 'NONE', expectedVersion: 1 } });
  });

  it('sends nothing twice when two API processes run the job at the same time on the same database', async () => {
    // A second process: its own Prisma client (on PostgreSQL its own connection, so the advisory
    // lock and the row claims really meet) and its own job.
    const otherClient = new PrismaClient({ adapter: server.database.adapterFactory });
    const otherJob = newJob(otherClient);
    const everyone: SignedInUser[] = [];
    try {
      for (const round of [1, 2, 3]) {
        // Enough people that the two senders overlap while claiming and sending.
        const people = await Promise.all(
          Array.from({ length: 8 }, (_, index) =>
            server.createUser([{ role: 'ANALYST', orgUnitCode: 'intraservice' }], `Samtidig ${round}-${index + 1}`),
          ),
        );
        for (const person of people) await redIndicator(person, `Indikator för ${person.name}`);
        everyone.push(...people);
        now = new Date(now.getTime() + DAY);
        const runs = await Promise.all([job.runOnce(), otherJob.runOnce()]);
        expect(runs.reduce((sum, run) => sum + run.planned, 0)).toBe(people.length);
        expect(runs.reduce((sum, run) => sum + run.sent, 0)).toBe(people.length);
      }
    } finally {
      await otherJob.stop();
      await otherClient.$disconnect();
    }
    for (const person of everyone) expect(mailsTo(person)).toHaveLength(1);
  });

  // Only a PostgreSQL server can hold a lock in one session while another works: PGlite runs one
  // transaction at a time. CI runs these tests again on PostgreSQL (TEST_DATABASE_URL).
  (onPostgres ? it : it.skip)(
    'on PostgreSQL: a process leaves planning to the one holding the lock, and skips a mail another is sending',
    async () => {
      const person = await server.createUser([{ role: 'VIEWER', orgUnitCode: 'intraservice' }], 'Låst Person');
      await redIndicator(person, 'Indikator under lås');
      now = new Date(now.getTime() + DAY);
      const otherClient = new PrismaClient({ adapter: server.database.adapterFactory });
      /** Runs `work` in the other process's transaction and keeps it open until the returned release is called. */
      const holdInOtherProcess = async (work: (tx: Prisma.TransactionClient) => Promise<unknown>) => {
        let release!: () => void;
        const released = new Promise<void>((resolve) => (release = resolve));
        let taken!: () => void;
        const isTaken = new Promise<void>((resolve) => (taken = resolve));
        const transaction = otherClient.$transaction(
          async (tx) => {
            await work(tx);
            taken();
            await released;
          },
          { timeout: 60_000 },
        );
        await isTaken;
        return async () => {
          release();
          await transaction;
        };
      };
      try {
        const releaseLock = await holdInOtherProcess(
          (tx) => tx.$queryRaw`SELECT 1 FROM (SELECT pg_advisory_xact_lock(${PLANNING_LOCK}::int, 0)) AS locked`,
        );
        expect(await job.runOnce()).toMatchObject({ planned: 0, sent: 0 });
        await releaseLock();

        smtp.refuseNext(1);
        expect(await job.runOnce()).toMatchObject({ planned: 1, sent: 0, failed: 1 });
        const mail = await server.prisma.reminderMail.findFirstOrThrow({ where: { userId: person.id } });
        now = new Date(now.getTime() + 60_000);
        const releaseRow = await holdInOtherProcess(
          (tx) => tx.$queryRaw`SELECT "id" FROM "ReminderMail" WHERE "id" = ${mail.id} FOR UPDATE`,
        );
        expect(await job.runOnce()).toMatchObject({ sent: 0, failed: 0 });
        await releaseRow();
        expect(await job.runOnce()).toMatchObject({ sent: 1 });
      } finally {
        await otherClient.$disconnect();
      }
      expect(mailsTo(person)).toHaveLength(1);
    },
  );

  it('retries a mail the server refused, later, and shows it in the send log', async () => {
    const person = await server.createUser([{ role: 'ANALYST', orgUnitCode: 'intraservice' }], 'Bertil Busig');
    await redIndicator(person, 'Indikator som studsar');
    smtp.refuseNext(1);
    now = new Date(now.getTime() + DAY);
    expect(await job.runOnce()).toMatchObject({ planned: 1, sent: 0, failed: 1 });
    expect(mailsTo(person)).toEqual([]);

    server.actAs(admin);
    const [waiting] = (await server.query(SEND_LOG, { status: 'PENDING', first: 10 })).reminderMails;
    expect(waiting).toMatchObject({
      recipientName: 'Bertil Busig',
      recipient: person.email,
      kind: 'DAILY_REMINDER',
      status: 'PENDING',
      attempts: 1,
      itemCount: 1,
      sentAt: null,
    });
    expect(waiting!.lastError).toContain('Mailbox busy');
    expect(Date.parse(waiting!.nextAttemptAt!)).toBe(now.getTime() + 60_000);

    // Not before its time; then it goes.
    expect(await job.runOnce()).toMatchObject({ sent: 0, failed: 0 });
    now = new Date(now.getTime() + 60_000);
    expect(await job.runOnce()).toMatchObject({ planned: 0, sent: 1, failed: 0 });
    expect(mailsTo(person)).toHaveLength(1);
    const log = (await server.query(SEND_LOG, { first: 200 })).reminderMails;
    expect(log.find((mail) => mail.id === waiting!.id)).toMatchObject({ status: 'SENT', attempts: 2, lastError: null });
  });

  it(`gives up after ${MAX_SEND_ATTEMPTS} refusals and leaves the mail FAILED in the send log`, async () => {
    const person = await server.createUser([{ role: 'ANALYST', orgUnitCode: 'intraservice' }], 'Cecilia Studsar');
    await redIndicator(person, 'Indikator som alltid studsar');
    smtp.refuseNext(MAX_SEND_ATTEMPTS);
    now = new Date(now.getTime() + DAY);
    for (let attempt = 1; attempt <= MAX_SEND_ATTEMPTS; attempt++) {
      expect(await job.runOnce()).toMatchObject({ failed: 1 });
      now = new Date(now.getTime() + retryDelayMs(attempt));
    }
    expect(await job.runOnce()).toMatchObject({ sent: 0, failed: 0 });
    server.actAs(admin);
    const failed = (await server.query(SEND_LOG, { status: 'FAILED', first: 10 })).reminderMails;
    expect(failed).toEqual([expect.objectContaining({ recipient: person.email, attempts: MAX_SEND_ATTEMPTS })]);
    expect(mailsTo(person)).toEqual([]);
  });

  it('sends a failed mail again when an administrator asks, once', async () => {
    server.actAs(admin);
    const [failed] = (await server.query(SEND_LOG, { status: 'FAILED', first: 10 })).reminderMails;
    const retried = (await server.query(RETRY, { input: { id: failed!.id } })).retryReminderMail;
    expect(retried).toMatchObject({ id: failed!.id, status: 'PENDING', attempts: 0 });
    const again = await server.queryErrors(RETRY, { input: { id: failed!.id } });
    expect(again[0]?.extensions?.code).toBe('CONFLICT');
    expect(await job.runOnce()).toMatchObject({ sent: 1, failed: 0 });
    expect(smtp.received.at(-1)!.to).toEqual([failed!.recipient]);
    const events = await server.prisma.auditEvent.findMany({
      where: { entityType: 'ReminderMail', entityId: failed!.id },
    });
    expect(events.map((event) => [event.operation, event.userId])).toEqual([['retryReminderMail', admin.id]]);

    expect((await server.queryErrors(RETRY, { input: { id: '999999' } }))[0]?.extensions?.code).toBe('NOT_FOUND');
    server.actAs(analyst);
    expect((await server.queryErrors(RETRY, { input: { id: failed!.id } }))[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("plans nothing before the day's sending hour (Swedish time), then plans", async () => {
    const person = await server.createUser([{ role: 'ANALYST', orgUnitCode: 'intraservice' }], 'Morgonpigg Person');
    await redIndicator(person, 'Indikator före sju');
    now = new Date(now.getTime() + DAY);
    const sendHour = stockholmClock(now).hour + 1;
    const morningJob = new ReminderJob({
      prisma: server.prisma,
      mail: smtp.settings(PUBLIC_URL),
      schedule: { daysBeforeDeadline: 5, sendHour },
      obligations: NO_OBLIGATIONS,
      now: () => now,
      planningIntervalMs: 0,
    });
    try {
      expect(await morningJob.runOnce()).toMatchObject({ planned: 0, sent: 0 });
      now = new Date(now.getTime() + 60 * 60_000);
      expect(await morningJob.runOnce()).toMatchObject({ planned: 1, sent: 1 });
    } finally {
      await morningJob.stop();
    }
    expect(mailsTo(person)).toHaveLength(1);
  });

  it('keeps the send log to administrators of the whole organisation', async () => {
    server.actAs(analyst);
    const errors = await server.queryErrors(SEND_LOG, { first: 10 });
    expect(errors[0]?.extensions?.code).toBe('FORBIDDEN');
    server.actAs(admin);
    const tooMany = await server.queryErrors(SEND_LOG, { first: 201 });
    expect(tooMany[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe("a person's choice of reminders", () => {
  let server: GraphqlTestServer;
  let person: SignedInUser;

  beforeAll(async () => {
    server = await startGraphqlTestServer();
    await createGoalFixture(server.prisma);
    person = await server.createUser([{ role: 'VIEWER', orgUnitCode: 'intraservice' }], 'Vera Visare');
  });
  afterAll(() => server.stop());

  it('is daily until they choose, then what they chose, version-checked and audited', async () => {
    server.actAs(person);
    expect((await server.query(MY_SETTINGS)).myReminderSettings).toEqual({ frequency: 'DAILY', version: null });
    expect((await server.query(SET_FREQUENCY, { input: { frequency: 'WEEKLY' } })).setReminderFrequency).toEqual({
      frequency: 'WEEKLY',
      version: 1,
    });
    expect(
      (await server.query(SET_FREQUENCY, { input: { frequency: 'NONE', expectedVersion: 1 } })).setReminderFrequency,
    ).toEqual({ frequency: 'NONE', version: 2 });
    expect((await server.query(MY_SETTINGS)).myReminderSettings).toEqual({ frequency: 'NONE', version: 2 });

    const stale = await server.queryErrors(SET_FREQUENCY, { input: { frequency: 'DAILY', expectedVersion: 1 } });
    expect(stale[0]?.extensions?.code).toBe('CONFLICT');
    const firstAgain = await server.queryErrors(SET_FREQUENCY, { input: { frequency: 'DAILY' } });
    expect(firstAgain[0]?.extensions?.code).toBe('CONFLICT');

    const events = await server.prisma.auditEvent.findMany({
      where: { entityType: 'ReminderPreference', userId: person.id },
      orderBy: { id: 'asc' },
    });
    expect(events.map((event) => event.operation)).toEqual(['setReminderFrequency', 'setReminderFrequency']);
  });

  it('keeps one of two choices saved at once from the same version, and refuses the other', async () => {
    // Two tabs of one person: on PostgreSQL the requests run side by side.
    server.actAs(await server.createUser([{ role: 'VIEWER', orgUnitCode: 'intraservice' }]));
    const firsts = await Promise.allSettled(
      (['WEEKLY', 'NONE'] as const).map((frequency) => server.query(SET_FREQUENCY, { input: { frequency } })),
    );
    expect(firsts.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(String(firsts.find((outcome) => outcome.status === 'rejected')?.reason)).toContain('CONFLICT');
    const seen = (await server.query(MY_SETTINGS)).myReminderSettings;
    const thens = await Promise.allSettled(
      (['DAILY', 'WEEKLY'] as const).map((frequency) =>
        server.query(SET_FREQUENCY, { input: { frequency, expectedVersion: seen.version } }),
      ),
    );
    expect(thens.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
    const kept = thens.find((outcome) => outcome.status === 'fulfilled')!;
    expect((await server.query(MY_SETTINGS)).myReminderSettings).toEqual({
      ...(kept as PromiseFulfilledResult<{ setReminderFrequency: unknown }>).value.setReminderFrequency!,
      version: 2,
    });
  });

  it('is refused to nobody signed in, and refuses a version that is no version', async () => {
    server.actAs(null);
    expect((await server.queryErrors(MY_SETTINGS))[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    server.actAs(person);
    const errors = await server.queryErrors(SET_FREQUENCY, { input: { frequency: 'DAILY', expectedVersion: 0 } });
    expect(errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('reminders of reporting obligations', () => {
  let server: GraphqlTestServer;
  let smtp: SmtpTestServer;
  let owner: SignedInUser;
  let analyst: SignedInUser;
  let indicatorId: number;
  /** Wednesday 7 June 2023, noon in Stockholm: May's deadline (10 June) is three days away, April's (10 May) has passed. */
  let now = new Date('2023-06-07T10:00:00Z');
  let job: ReminderJob;

  beforeAll(async () => {
    server = await startGraphqlTestServer();
    const fixture = await createGoalFixture(server.prisma);
    smtp = await startSmtpTestServer();
    // The city's calendar of 2023: every deadline on the 10th of the month after its period.
    await server.prisma.reportingCalendar.create({
      data: {
        orgUnitId: fixture.city.id,
        year: 2023,
        periods: {
          create: reportingPeriodsOfYear(2023).map((period) => ({
            kind: period.kind,
            number: period.number,
            startDate: fromIsoDate(period.startDate),
            endDate: fromIsoDate(period.endDate),
            deadline: new Date(Date.UTC(2023, Number(period.endDate.slice(5, 7)), 10)),
          })),
        },
      },
    });
    // A viewer answers for nothing of the unit's: only for the indicator they own.
    owner = await server.createUser([{ role: 'VIEWER', orgUnitCode: 'intraservice' }], 'Olle Ägare');
    analyst = await server.createUser([{ role: 'ANALYST', orgUnitCode: 'intraservice' }], 'Anna Analytiker');
    indicatorId = (
      await server.prisma.indicator.create({
        data: {
          code: 'HANDLAGGNINGSTID',
          name: 'Handläggningstid',
          orgUnitId: fixture.committee.id,
          unit: 'COUNT',
          periodicity: 'MONTH',
          direction: 'LOWER_IS_BETTER',
          ownerId: owner.id,
          // January to March reported; April and May not.
          values: {
            create: [1, 2, 3].map((month) => ({
              granularity: 'MONTH' as const,
              year: 2023,
              periodNumber: month,
              outcome: 12,
              outcomeReportedAt: new Date(Date.UTC(2023, month, 5)),
            })),
          },
        },
      })
    ).id;
    job = new ReminderJob({
      prisma: server.prisma,
      mail: smtp.settings(PUBLIC_URL),
      schedule: { daysBeforeDeadline: 5, sendHour: 7 },
      obligations: reportingObligations,
      now: () => now,
      planningIntervalMs: 0,
    });
  });
  afterAll(async () => {
    await job.stop();
    await smtp.stop();
    await server.stop();
  });

  const mailsTo = (user: SignedInUser) => smtp.received.filter((mail) => mail.to.includes(user.email));

  it('mails each person once, listing what is overdue and what is due soon, each with a link to where it is done', async () => {
    await job.runOnce();
    expect(mailsTo(owner)).toHaveLength(1);
    const [mail] = mailsTo(owner);
    expect(mail!.subject).toBe('Påminnelse från Lägesbild: 2 saker att göra');
    expect(mail!.text).toBe(
      [
        'Hej Olle Ägare!',
        '',
        'Det här väntar på dig i Lägesbild:',
        '',
        'Sista dagen har passerat',
        `- Handläggningstid (april 2023), senast 2023-05-10: ${PUBLIC_URL}/registrera?enhet=intraservice&period=2023-04`,
        '',
        'Snart sista dag',
        `- Handläggningstid (maj 2023), senast 2023-06-10: ${PUBLIC_URL}/registrera?enhet=intraservice&period=2023-05`,
        '',
        'Du får en påminnelse de dagar något närmar sig eller passerar sin sista dag.',
        `Välj dagliga eller veckovisa påminnelser, eller inga, på din sida: ${PUBLIC_URL}/min-sida`,
      ].join('\n'),
    );

    // The unit's analyst answers for the unit's unowned items: all in one mail of theirs.
    expect(mailsTo(analyst)).toHaveLength(1);
    const [analystMail] = mailsTo(analyst);
    const listed = analystMail!.text.split('\n').filter((line) => line.startsWith('- '));
    expect(listed.length).toBeGreaterThan(1);
    expect(analystMail!.subject).toBe(`Påminnelse från Lägesbild: ${listed.length} saker att göra`);
    expect(listed.every((line) => line.includes(`: ${PUBLIC_URL}/`))).toBe(true);
    expect(analystMail!.text).not.toContain('Handläggningstid');
  });

  it('reminds of nothing again: not the next days, and not after May is reported', async () => {
    const received = smtp.received.length;
    now = new Date('2023-06-08T10:00:00Z');
    await job.runOnce();
    expect(smtp.received.length).toBe(received);
    // May is reported; its deadline passes; nothing is overdue that was not reminded of already.
    await server.prisma.indicatorValue.create({
      data: { indicatorId, granularity: 'MONTH', year: 2023, periodNumber: 5, outcome: 11, outcomeReportedAt: now },
    });
    now = new Date('2023-06-12T10:00:00Z');
    await job.runOnce();
    expect(mailsTo(owner)).toHaveLength(1);
  });

  it('reminds once after the deadline of what was only reminded of before it', async () => {
    // June: due 10 July. Its first reminder on 5 July, then once after the deadline.
    now = new Date('2023-07-05T10:00:00Z');
    await job.runOnce();
    expect(mailsTo(owner)).toHaveLength(2);
    expect(mailsTo(owner)[1]!.text).toContain('Snart sista dag\n- Handläggningstid (juni 2023), senast 2023-07-10');
    now = new Date('2023-07-11T10:00:00Z');
    await job.runOnce();
    expect(mailsTo(owner)).toHaveLength(3);
    expect(mailsTo(owner)[2]!.text).toContain('Sista dagen har passerat\n- Handläggningstid (juni 2023)');
    now = new Date('2023-07-12T10:00:00Z');
    await job.runOnce();
    expect(mailsTo(owner)).toHaveLength(3);
  });

  it('gives a person who chose weekly one digest of everything due in the coming two weeks and overdue', async () => {
    server.actAs(owner);
    await server.query(SET_FREQUENCY, { input: { frequency: 'WEEKLY' } });
    // Monday 17 July: June is overdue (not reported), July is due 10 August (beyond two weeks).
    now = new Date('2023-07-17T10:00:00Z');
    await job.runOnce();
    expect(mailsTo(owner)).toHaveLength(4);
    const digest = mailsTo(owner)[3]!;
    expect(digest.subject).toBe('Veckosammanfattning från Lägesbild: 1 sak att göra');
    expect(digest.text).toContain(
      `- Handläggningstid (juni 2023), senast 2023-07-10: ${PUBLIC_URL}/registrera?enhet=intraservice&period=2023-06`,
    );
    // Later that week: no second digest.
    now = new Date('2023-07-20T10:00:00Z');
    await job.runOnce();
    expect(mailsTo(owner)).toHaveLength(4);
  });
});
