import {
  portfolioPeriodStatusInputSchema,
  projectDetailsInputSchema,
  projectStateChangeInputSchema,
  projectStatusUpdateInputSchema,
} from './project-schemas';

const issuesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]) ?? [];

const green = { status: 'GREEN' };
const report = {
  projectId: '7',
  statusDate: '2024-08-31',
  time: green,
  cost: green,
  result: green,
  comment: ' Allt enligt plan ',
};

describe('a new status update', () => {
  it('needs a cause and an action for each yellow or red dimension, next to its field', () => {
    const result = projectStatusUpdateInputSchema.safeParse({
      ...report,
      time: { status: 'RED', cause: 'Resursbrist', action: ' ' },
      result: { status: 'YELLOW' },
    });
    expect(issuesOf(result)).toEqual([
      ['time.action', 'actionRequired'],
      ['result.cause', 'causeRequired'],
      ['result.action', 'actionRequired'],
    ]);
  });

  it('becomes the colours and the deviations of the yellow and red dimensions, dropping what green ones carried', () => {
    const parsed = projectStatusUpdateInputSchema.parse({
      ...report,
      time: { status: 'RED', cause: 'Snäv tidplan', action: 'Prioriterat' },
      cost: { status: 'GREEN', cause: 'inaktuell', action: 'inaktuell' },
    });
    expect(parsed).toEqual({
      projectId: 7,
      statusDate: '2024-08-31',
      time: 'RED',
      cost: 'GREEN',
      result: 'GREEN',
      comment: 'Allt enligt plan',
      basedOnStatusUpdateId: null,
      correctionReason: null,
      deviations: [
        {
          dimension: 'TIME',
          cause: 'Snäv tidplan',
          action: 'Prioriterat',
          actionOwner: null,
          actionOwnerUserId: null,
          actionDueDate: null,
        },
      ],
    });
  });

  it('refuses a date that does not exist or lies in the future', () => {
    expect(issuesOf(projectStatusUpdateInputSchema.safeParse({ ...report, statusDate: '2024-02-30' }))).toEqual([
      ['statusDate', 'invalidDate'],
    ]);
    expect(issuesOf(projectStatusUpdateInputSchema.safeParse({ ...report, statusDate: '2099-01-01' }))).toEqual([
      ['statusDate', 'dateInFuture'],
    ]);
  });
});

describe("a project's details", () => {
  const details = {
    id: '7',
    expectedVersion: 3,
    name: 'Telefoni',
    portfolioId: '2',
    plannedStart: '2024-01-01',
    plannedEnd: '2025-06-30',
    budgetTkr: 12000,
  };

  it('refuses an end before its start, on the field of the end', () => {
    const result = projectDetailsInputSchema.safeParse({
      ...details,
      plannedEnd: '2023-12-31',
      actualStart: '2024-02-01',
      actualEnd: '2024-01-31',
    });
    expect(issuesOf(result)).toEqual([
      ['plannedEnd', 'endBeforeStart'],
      ['actualEnd', 'endBeforeStart'],
    ]);
  });

  it('takes empty texts and dates as none and refuses a blank name and a negative budget', () => {
    expect(projectDetailsInputSchema.parse({ ...details, owner: ' ', actualStart: '' })).toMatchObject({
      owner: null,
      actualStart: null,
    });
    expect(issuesOf(projectDetailsInputSchema.safeParse({ ...details, name: '  ', budgetTkr: -1 }))).toEqual([
      ['name', 'required'],
      ['budgetTkr', 'notNegative'],
    ]);
  });
});

describe('a change of project state', () => {
  const change = {
    projectId: '7',
    expectedVersion: 1,
    action: 'PAUSE',
    reason: 'Resursbrist',
    changedOn: '2024-08-31',
  };

  it('needs the date a paused project resumes, after the pause', () => {
    expect(issuesOf(projectStateChangeInputSchema.safeParse(change))).toEqual([['pausedUntil', 'required']]);
    expect(issuesOf(projectStateChangeInputSchema.safeParse({ ...change, pausedUntil: '2024-08-31' }))).toEqual([
      ['pausedUntil', 'resumeBeforePause'],
    ]);
    expect(projectStateChangeInputSchema.parse({ ...change, pausedUntil: '2025-01-01' }).pausedUntil).toBe(
      '2025-01-01',
    );
  });

  it('needs a reason, and ignores a resume date for anything but a pause', () => {
    expect(issuesOf(projectStateChangeInputSchema.safeParse({ ...change, action: 'CLOSE', reason: '' }))).toEqual([
      ['reason', 'required'],
    ]);
    expect(
      projectStateChangeInputSchema.parse({ ...change, action: 'CLOSE', pausedUntil: '2025-01-01' }).pausedUntil,
    ).toBeNull();
  });
});

describe("a portfolio's status for a month", () => {
  it('needs a narrative', () => {
    const result = portfolioPeriodStatusInputSchema.safeParse({
      portfolioId: '1',
      year: 2024,
      month: 8,
      narrative: '',
    });
    expect(issuesOf(result)).toEqual([['narrative', 'required']]);
  });
});

describe('a date', () => {
  it('is refused once, as invalid, when it is not written as an ISO date', () => {
    const result = projectDetailsInputSchema.safeParse({
      id: '7',
      expectedVersion: 1,
      name: 'Telefoni',
      portfolioId: '2',
      actualStart: '31/12/2024',
    });
    expect(issuesOf(result)).toEqual([['actualStart', 'invalidDate']]);
  });
});
