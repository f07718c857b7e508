import {
  createPortfolioInputSchema,
  createProjectInputSchema,
  projectPhaseChangeInputSchema,
} from './portfolio-admin-schemas';
import { projectStatusUpdateInputSchema } from './project-schemas';

const issuesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]) ?? [];

describe('a new portfolio', () => {
  it('needs a name and an interval of 1 to 52 weeks', () => {
    expect(
      issuesOf(createPortfolioInputSchema.safeParse({ name: ' ', orgUnitId: '3', statusUpdateIntervalWeeks: 0 })),
    ).toEqual([
      ['name', 'required'],
      ['statusUpdateIntervalWeeks', 'outOfRange'],
    ]);
  });

  it('is trimmed, an empty owner dropped', () => {
    expect(
      createPortfolioInputSchema.parse({
        name: ' Digitalt ',
        orgUnitId: '3',
        owner: ' ',
        statusUpdateIntervalWeeks: 4,
      }),
    ).toEqual({ name: 'Digitalt', orgUnitId: 3, owner: null, ownerUserId: null, statusUpdateIntervalWeeks: 4 });
  });
});

describe('a new project', () => {
  it('refuses an end before its start, a negative budget and a phase outside the list', () => {
    expect(
      issuesOf(
        createProjectInputSchema.safeParse({
          portfolioId: '1',
          name: 'Nytt',
          phase: 'Förstudie',
          plannedStart: '2025-05-01',
          plannedEnd: '2025-04-30',
          budgetTkr: -1,
        }),
      ),
    ).toEqual([
      ['phase', 'required'],
      ['budgetTkr', 'notNegative'],
    ]);
    expect(
      issuesOf(
        createProjectInputSchema.safeParse({
          portfolioId: '1',
          name: 'Nytt',
          plannedStart: '2025-05-01',
          plannedEnd: '2025-04-30',
        }),
      ),
    ).toEqual([['plannedEnd', 'endBeforeStart']]);
  });
});

describe('a change of phase', () => {
  it('needs one of the phases', () => {
    expect(
      issuesOf(projectPhaseChangeInputSchema.safeParse({ projectId: '1', expectedVersion: 1, phase: 'DONE' })),
    ).toEqual([['phase', 'required']]);
  });
});

describe('an action of a deviation', () => {
  it('keeps its owner and due date for yellow and red, and refuses a date that does not exist', () => {
    const base = { projectId: '7', statusDate: '2024-08-31', cost: { status: 'GREEN' }, result: { status: 'GREEN' } };
    const parsed = projectStatusUpdateInputSchema.parse({
      ...base,
      time: {
        status: 'RED',
        cause: 'Sen leverans',
        action: 'Ny leverantör',
        actionOwner: ' Eva ',
        actionDueDate: '2024-09-30',
      },
    });
    expect(parsed.deviations).toEqual([
      {
        dimension: 'TIME',
        cause: 'Sen leverans',
        action: 'Ny leverantör',
        actionOwner: 'Eva',
        actionOwnerUserId: null,
        actionDueDate: '2024-09-30',
      },
    ]);
    expect(
      issuesOf(
        projectStatusUpdateInputSchema.safeParse({
          ...base,
          time: { status: 'RED', cause: 'a', action: 'b', actionDueDate: '2024-02-30' },
        }),
      ),
    ).toEqual([['time.actionDueDate', 'invalidDate']]);
  });
});
