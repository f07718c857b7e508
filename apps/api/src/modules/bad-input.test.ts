import { hashPassword } from '@lagesbild/db';
import type { DocumentNode } from 'graphql';
import { createPortfolioFixture } from '../testing/fixtures';
import { graphql } from '../testing/generated';
import { startGraphqlTestServer } from '../testing/graphql-test-server';
import type { GraphqlError, GraphqlTestServer } from '../testing/graphql-test-server';

/**
 * Bad input thrown at every mutation of the schema. Each refusal must come back as an
 * expected error with a stable code (and the field at fault, where our own validation
 * refuses it), must not leak the server's internals, and must leave the database as it
 * was. Text that merely looks dangerous is valid text and is stored as written.
 */

const SET_REMINDER_FREQUENCY = graphql(`
  mutation BadInputTest_SetReminderFrequency($input: SetReminderFrequencyInput!) {
    setReminderFrequency(input: $input) {
      frequency
      version
    }
  }
`);
const RETRY_REMINDER_MAIL = graphql(`
  mutation BadInputTest_RetryReminderMail($input: RetryReminderMailInput!) {
    retryReminderMail(input: $input) {
      id
      status
    }
  }
`);
const CREATE_USER = graphql(`
  mutation BadInputTest_CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      email
      name
    }
  }
`);
const UPDATE_USER = graphql(`
  mutation BadInputTest_UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      id
      name
      version
    }
  }
`);
const SET_ASSESSMENT = graphql(`
  mutation BadInputTest_SetAssessment($input: GoalAssessmentInput!) {
    setGoalAssessment(input: $input) {
      id
      comment
      version
    }
  }
`);
const GENERATE_CALENDAR = graphql(`
  mutation BadInputTest_GenerateCalendar($input: GenerateReportingCalendarInput!) {
    generateReportingCalendar(input: $input) {
      id
    }
  }
`);
const MOVE_DEADLINE = graphql(`
  mutation BadInputTest_MoveDeadline($input: SetReportingPeriodDeadlineInput!) {
    setReportingPeriodDeadline(input: $input) {
      id
      deadline
    }
  }
`);
const SET_LEVEL_DEADLINE = graphql(`
  mutation BadInputTest_SetLevelDeadline($input: SetReportingLevelDeadlineInput!) {
    setReportingLevelDeadline(input: $input) {
      id
    }
  }
`);
const CLOSE_PERIOD = graphql(`
  mutation BadInputTest_ClosePeriod($input: CloseReportingPeriodInput!) {
    closeReportingPeriod(input: $input) {
      id
      status
    }
  }
`);
const REOPEN_PERIOD = graphql(`
  mutation BadInputTest_ReopenPeriod($input: ReopenReportingPeriodInput!) {
    reopenReportingPeriod(input: $input) {
      id
      status
    }
  }
`);
const SAVE_VALUE = graphql(`
  mutation BadInputTest_SaveValue($input: IndicatorValueInput!) {
    saveIndicatorValue(input: $input) {
      id
      comment
      version
    }
  }
`);
const ADD_REPORT = graphql(`
  mutation BadInputTest_AddReport($input: ProjectStatusUpdateInput!) {
    addProjectStatusUpdate(input: $input) {
      id
      comment
    }
  }
`);
const MOVE_PROJECT = graphql(`
  mutation BadInputTest_MoveProject($input: ProjectMoveInput!) {
    moveProject(input: $input) {
      id
      version
    }
  }
`);
const UPDATE_PROJECT = graphql(`
  mutation BadInputTest_UpdateProject($input: ProjectDetailsInput!) {
    updateProjectDetails(input: $input) {
      id
      name
      version
    }
  }
`);
const CREATE_PORTFOLIO = graphql(`
  mutation BadInputTest_CreatePortfolio($input: CreatePortfolioInput!) {
    createPortfolio(input: $input) {
      id
    }
  }
`);
const UPDATE_PORTFOLIO = graphql(`
  mutation BadInputTest_UpdatePortfolio($input: UpdatePortfolioInput!) {
    updatePortfolio(input: $input) {
      id
      version
    }
  }
`);
const CREATE_PROJECT = graphql(`
  mutation BadInputTest_CreateProject($input: CreateProjectInput!) {
    createProject(input: $input) {
      id
    }
  }
`);
const CHANGE_PHASE = graphql(`
  mutation BadInputTest_ChangePhase($input: ProjectPhaseChangeInput!) {
    changeProjectPhase(input: $input) {
      id
      version
    }
  }
`);
const SPLIT_PROJECT = graphql(`
  mutation BadInputTest_SplitProject($input: SplitProjectInput!) {
    splitProject(input: $input) {
      id
      version
    }
  }
`);
const MERGE_PROJECTS = graphql(`
  mutation BadInputTest_MergeProjects($input: MergeProjectsInput!) {
    mergeProjects(input: $input) {
      id
    }
  }
`);
const CHANGE_STATE = graphql(`
  mutation BadInputTest_ChangeState($input: ProjectStateChangeInput!) {
    changeProjectState(input: $input) {
      id
      state
      version
    }
  }
`);
const SAVE_PORTFOLIO_STATUS = graphql(`
  mutation BadInputTest_SavePortfolioStatus($input: PortfolioPeriodStatusInput!) {
    savePortfolioPeriodStatus(input: $input) {
      id
      narrative
      version
    }
  }
`);
const CREATE_ORG_UNIT = graphql(`
  mutation BadInputTest_CreateOrgUnit($input: CreateOrgUnitInput!) {
    createOrgUnit(input: $input) {
      id
      name
      version
    }
  }
`);
const RENAME_ORG_UNIT = graphql(`
  mutation BadInputTest_RenameOrgUnit($input: RenameOrgUnitInput!) {
    renameOrgUnit(input: $input) {
      id
      name
      version
    }
  }
`);
const MOVE_ORG_UNIT = graphql(`
  mutation BadInputTest_MoveOrgUnit($input: MoveOrgUnitInput!) {
    moveOrgUnit(input: $input) {
      id
      version
    }
  }
`);
const CLOSE_ORG_UNIT = graphql(`
  mutation BadInputTest_CloseOrgUnit($input: CloseOrgUnitInput!) {
    closeOrgUnit(input: $input) {
      id
      validTo
      version
    }
  }
`);
const CREATE_INDICATOR = graphql(`
  mutation BadInputTest_CreateIndicator($input: CreateIndicatorInput!) {
    createIndicator(input: $input) {
      id
      code
      version
    }
  }
`);
const UPDATE_INDICATOR = graphql(`
  mutation BadInputTest_UpdateIndicator($input: UpdateIndicatorInput!) {
    updateIndicator(input: $input) {
      id
      name
      version
    }
  }
`);
const SET_INDICATOR_RETIRED = graphql(`
  mutation BadInputTest_SetIndicatorRetired($input: SetIndicatorRetiredInput!) {
    setIndicatorRetired(input: $input) {
      id
      retiredAt
      version
    }
  }
`);

const PASSWORD = 'ett långt lösenord';
const HUGE_TEXT = 'x'.repeat(100_000);
const SQL_TEXT = `'; DROP TABLE "User"; --`;
const SCRIPT_TEXT = '<script>alert(1)</script>';
/** Half of a surrogate pair on its own: no character at all, which UTF-8 cannot encode. */
const LONE_SURROGATE = 'Ny \uD800 text';
/** A date far beyond any plan. */
const FAR_FUTURE_DATE = '9999-12-31';
/** One past the largest id a PostgreSQL integer column can hold. */
const ID_BEYOND_INT4 = '2147483648';
/** A well-formed id no record has. */
const UNUSED_ID = '999999';

type Actor = 'administrator' | 'committeeAdministrator' | 'intraserviceAnalyst' | 'intraserviceViewer';

/** The ids of the records the cases point at, known once the fixture is in the database. */
interface World {
  committeeId: string;
  cityId: string;
  /** Digital infrastruktur, under the committee, at version 2. */
  businessAreaId: string;
  otherCommitteeId: string;
  /** A committee goal whose March 2023 assessment is at version 2. */
  goalId: string;
  otherGoalId: string;
  /** Monthly, in percent; its May 2023 value is at version 2. */
  monthIndicatorId: string;
  /** Per tertial, a count. */
  tertialIndicatorId: string;
  /** Per year, in percent. */
  yearIndicatorId: string;
  otherIndicatorId: string;
  /** A user at version 2, with a password. */
  userId: string;
  userEmail: string;
  /** A started project at version 2, whose latest report is `latestStatusUpdateId`. */
  projectId: string;
  latestStatusUpdateId: string;
  portfolioId: string;
  otherProjectId: string;
  otherPortfolioId: string;
  /** A project of the same portfolio, not started, at version 1. */
  notStartedProjectId: string;
  /** May 2023 of the city's reporting calendar: open, at version 2. */
  openPeriodId: string;
  /** April 2023: closed, at version 1. */
  closedPeriodId: string;
}

type Refusal =
  /** Refused by our validation, naming the field (and the message key, when it is settled). */
  | { code: 'BAD_USER_INPUT'; field: string; message?: string }
  /** Refused by GraphQL itself: the variables do not fit the schema's types. */
  | { code: 'BAD_USER_INPUT'; notCoercible: true }
  | { code: 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT' };

interface BadInput {
  name: string;
  input: (world: World) => Record<string, unknown>;
  refusal: Refusal;
  /** Who sends it; the administrator (who is also an analyst and the portfolio office everywhere) unless said otherwise. */
  as?: Actor;
}

const invalid = (field: string, message?: string): Refusal => ({ code: 'BAD_USER_INPUT', field, message });
const notCoercible: Refusal = { code: 'BAD_USER_INPUT', notCoercible: true };
const notFound: Refusal = { code: 'NOT_FOUND' };
const forbidden: Refusal = { code: 'FORBIDDEN' };
const conflict: Refusal = { code: 'CONFLICT' };

function without(input: Record<string, unknown>, field: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).filter(([key]) => key !== field));
}

// Valid inputs, each case changing one thing.
const newUser = (world: World, changes: Record<string, unknown> = {}) => ({
  email: 'ny.person@test.lagesbild.se',
  name: 'Ny Person',
  password: PASSWORD,
  roles: [{ role: 'VIEWER' as const, orgUnitId: world.committeeId }],
  ...changes,
});
const userChange = (world: World, changes: Record<string, unknown> = {}) => ({
  id: world.userId,
  expectedVersion: 2,
  name: 'Berit Befintlig',
  isActive: true,
  roles: [{ role: 'VIEWER' as const, orgUnitId: world.committeeId }],
  ...changes,
});
const unitRole = (orgUnitId: string) => ({ roles: [{ role: 'VIEWER', orgUnitId }] });
/** A new assessment (May has none yet). */
const assessment = (world: World, changes: Record<string, unknown> = {}) => ({
  goalId: world.goalId,
  year: 2023,
  month: 5,
  fulfilment: 'PARTLY_FULFILLED' as const,
  comment: 'Maj',
  ...changes,
});
/** A change to the existing May value. */
const value = (world: World, changes: Record<string, unknown> = {}) => ({
  indicatorId: world.monthIndicatorId,
  period: '2023-05',
  outcome: 5.2,
  expectedVersion: 2,
  ...changes,
});

/** A new report on the project, yellow on result, filed on top of its latest. */
const statusUpdate = (world: World, changes: Record<string, unknown> = {}) => ({
  projectId: world.projectId,
  statusDate: '2024-09-30',
  time: { status: 'GREEN' },
  cost: { status: 'GREEN' },
  result: { status: 'YELLOW', cause: 'Ej stabilt system', action: 'Rättningar prioriteras' },
  basedOnStatusUpdateId: world.latestStatusUpdateId,
  ...changes,
});
/** A change to the project's details. */
const projectDetails = (world: World, changes: Record<string, unknown> = {}) => ({
  id: world.projectId,
  expectedVersion: 2,
  name: 'Upphandla och införa helhetslösning för telefoni',
  portfolioId: world.portfolioId,
  plannedStart: '2023-01-01',
  plannedEnd: '2025-12-31',
  ...changes,
});
/** Closing the started project. */
const stateChange = (world: World, changes: Record<string, unknown> = {}) => ({
  projectId: world.projectId,
  expectedVersion: 2,
  action: 'CLOSE',
  reason: 'Levererat',
  changedOn: '2024-09-30',
  ...changes,
});
/** Moving the project to the other committee's portfolio (which the administrator may edit). */
const projectMove = (world: World, changes: Record<string, unknown> = {}) => ({
  projectId: world.projectId,
  expectedVersion: 2,
  toPortfolioId: world.otherPortfolioId,
  movedOn: '2024-09-30',
  reason: 'Ny ägare',
  ...changes,
});
/** A new narrative (September has none yet). */
/** A new calendar for 2030. */
const newCalendar = (world: World, changes: Record<string, unknown> = {}) => ({
  orgUnitId: world.cityId,
  year: 2030,
  workingDaysAfterPeriodEnd: 8,
  ...changes,
});
/** May 2023's deadline moved to mid-June. */
const deadlineMove = (world: World, changes: Record<string, unknown> = {}) => ({
  periodId: world.openPeriodId,
  deadline: '2023-06-15',
  expectedVersion: 2,
  ...changes,
});
const portfolioStatus = (world: World, changes: Record<string, unknown> = {}) => ({
  portfolioId: world.portfolioId,
  year: 2024,
  month: 9,
  narrative: 'Portföljens status är god.',
  ...changes,
});

/** A new department under the business area. */
const newOrgUnit = (world: World, changes: Record<string, unknown> = {}) => ({
  parentId: world.businessAreaId,
  code: 'ny-avdelning',
  name: 'Ny avdelning',
  kind: 'DEPARTMENT',
  ...changes,
});
/** A change to the business area. */
const orgUnitChange = (world: World, changes: Record<string, unknown> = {}) => ({
  id: world.businessAreaId,
  expectedVersion: 2,
  ...changes,
});

/** The definition of the monthly sick-leave indicator as it is, each case changing one thing. */
const indicatorDefinition = (changes: Record<string, unknown> = {}) => ({
  name: 'Sjukfrånvaro',
  unit: 'PERCENT',
  periodicity: 'MONTH',
  direction: 'LOWER_IS_BETTER',
  cumulative: false,
  levelAggregation: 'LATEST',
  unitRollup: 'AVERAGE',
  thresholdKind: 'RELATIVE',
  yellowThreshold: 0,
  redThreshold: 5,
  isKey: false,
  ...changes,
});
const newIndicator = (world: World, changes: Record<string, unknown> = {}) => ({
  orgUnitId: world.committeeId,
  code: 'NY-INDIKATOR',
  definition: indicatorDefinition(),
  ...changes,
});
/** A change to the monthly indicator (which has values), at version 2. */
const indicatorChange = (world: World, changes: Record<string, unknown> = {}) => ({
  id: world.monthIndicatorId,
  expectedVersion: 2,
  definition: indicatorDefinition(),
  ...changes,
});
const retirement = (world: World, changes: Record<string, unknown> = {}) => ({
  id: world.monthIndicatorId,
  expectedVersion: 2,
  retired: true,
  ...changes,
});

/** A new portfolio of the business area. */
const newPortfolio = (world: World, changes: Record<string, unknown> = {}) => ({
  name: 'Nya tjänster',
  orgUnitId: world.businessAreaId,
  statusUpdateIntervalWeeks: 4,
  ...changes,
});
/** A change to the fixture's portfolio (at version 1). */
const portfolioChange = (world: World, changes: Record<string, unknown> = {}) => ({
  id: world.portfolioId,
  expectedVersion: 1,
  name: 'Digital infrastruktur',
  statusUpdateIntervalWeeks: 5,
  ...changes,
});
/** A new project of the fixture's portfolio. */
const newProject = (world: World, changes: Record<string, unknown> = {}) => ({
  portfolioId: world.portfolioId,
  name: 'Ny plattform',
  phase: 'INITIATION',
  plannedStart: '2025-01-01',
  plannedEnd: '2025-12-31',
  ...changes,
});
/** Splitting the project (at version 2) in two. */
const projectSplit = (world: World, changes: Record<string, unknown> = {}) => ({
  projectId: world.projectId,
  expectedVersion: 2,
  splitOn: '2024-09-30',
  reason: 'Två upphandlingar',
  parts: [{ name: 'Telefoni upphandling' }, { name: 'Telefoni införande', budgetTkr: 500 }],
  ...changes,
});
/** Merging the project (at version 2) with the one not started into a new one. */
const projectMerger = (world: World, changes: Record<string, unknown> = {}) => ({
  sources: [
    { projectId: world.projectId, expectedVersion: 2 },
    { projectId: world.notStartedProjectId, expectedVersion: 1 },
  ],
  mergedOn: '2024-09-30',
  reason: 'Samma leverantör',
  name: 'Samlad plattform',
  portfolioId: world.portfolioId,
  ...changes,
});
/** Moving the project (at version 2) to the planning phase. */
const phaseChange = (world: World, changes: Record<string, unknown> = {}) => ({
  projectId: world.projectId,
  expectedVersion: 2,
  phase: 'PLANNING',
  ...changes,
});

const MUTATIONS: { mutation: string; document: DocumentNode; cases: BadInput[] }[] = [
  {
    mutation: 'createIndicator',
    document: CREATE_INDICATOR,
    cases: [
      { name: 'without a code', input: (w) => without(newIndicator(w), 'code'), refusal: notCoercible },
      {
        name: 'with a unit of measure that does not exist',
        input: (w) => newIndicator(w, { definition: indicatorDefinition({ unit: 'LITRES' }) }),
        refusal: notCoercible,
      },
      {
        name: 'with a blank name',
        input: (w) => newIndicator(w, { definition: indicatorDefinition({ name: '   ' }) }),
        refusal: invalid('input.definition.name', 'required'),
      },
      {
        name: 'with spaces in the code',
        input: (w) => newIndicator(w, { code: 'NY KOD' }),
        refusal: invalid('input.code', 'invalidIndicatorCode'),
      },
      {
        name: "summing a rate across units (the city's 5 % + 3 %)",
        input: (w) => newIndicator(w, { definition: indicatorDefinition({ unitRollup: 'SUM' }) }),
        refusal: invalid('input.definition.unitRollup', 'rollupSumOfLevel'),
      },
      {
        name: 'without a unit rollup',
        input: (w) => newIndicator(w, { definition: without(indicatorDefinition(), 'unitRollup') }),
        refusal: notCoercible,
      },
      {
        name: 'with a code the unit already has',
        input: (w) => newIndicator(w, { code: 'SJUKFRANVARO-1' }),
        refusal: invalid('input.code', 'indicatorCodeTaken'),
      },
      {
        name: 'with a Kolada id that is not one',
        input: (w) => newIndicator(w, { definition: indicatorDefinition({ externalCode: 'N945' }) }),
        refusal: invalid('input.definition.externalCode', 'invalidExternalCode'),
      },
      {
        name: 'with a negative yellow threshold',
        input: (w) => newIndicator(w, { definition: indicatorDefinition({ yellowThreshold: -1 }) }),
        refusal: invalid('input.definition.yellowThreshold', 'notNegative'),
      },
      {
        name: 'with the red threshold before the yellow one',
        input: (w) => newIndicator(w, { definition: indicatorDefinition({ yellowThreshold: 10 }) }),
        refusal: invalid('input.definition.redThreshold', 'redBelowYellow'),
      },
      {
        name: 'with a name of 100,000 characters',
        input: (w) => newIndicator(w, { definition: indicatorDefinition({ name: HUGE_TEXT }) }),
        refusal: invalid('input.definition.name', 'tooLong'),
      },
      {
        name: 'with half a character in the definition',
        input: (w) => newIndicator(w, { definition: indicatorDefinition({ description: LONE_SURROGATE }) }),
        refusal: invalid('input.definition.description', 'invalidCharacters'),
      },
      {
        name: 'with an owner who does not exist',
        input: (w) => newIndicator(w, { definition: indicatorDefinition({ ownerId: UNUSED_ID }) }),
        refusal: invalid('input.definition.ownerId', 'unknownUser'),
      },
      {
        name: 'in a unit id beyond the database',
        input: (w) => newIndicator(w, { orgUnitId: ID_BEYOND_INT4 }),
        refusal: invalid('input.orgUnitId', 'invalidId'),
      },
      {
        name: 'in a unit that does not exist',
        input: (w) => newIndicator(w, { orgUnitId: UNUSED_ID }),
        refusal: notFound,
      },
      { name: 'from an analyst', input: (w) => newIndicator(w), refusal: forbidden, as: 'intraserviceAnalyst' },
    ],
  },
  {
    mutation: 'updateIndicator',
    document: UPDATE_INDICATOR,
    cases: [
      {
        name: 'without an expectedVersion',
        input: (w) => without(indicatorChange(w), 'expectedVersion'),
        refusal: notCoercible,
      },
      {
        name: 'changing the periodicity of an indicator with values',
        input: (w) => indicatorChange(w, { definition: indicatorDefinition({ periodicity: 'TERTIAL' }) }),
        refusal: invalid('input.definition.periodicity', 'definitionHasValues'),
      },
      {
        name: 'changing the unit of an indicator with values',
        input: (w) => indicatorChange(w, { definition: indicatorDefinition({ unit: 'DAYS' }) }),
        refusal: invalid('input.definition.unit', 'definitionHasValues'),
      },
      {
        name: 'making an indicator with values cumulative',
        input: (w) => indicatorChange(w, { definition: indicatorDefinition({ cumulative: true }) }),
        refusal: invalid('input.definition.cumulative', 'definitionHasValues'),
      },
      {
        name: 'with a threshold that is not finite',
        input: (w) => indicatorChange(w, { definition: indicatorDefinition({ redThreshold: 1e300 }) }),
        refusal: invalid('input.definition.redThreshold', 'outOfRange'),
      },
      {
        name: 'with a stale expectedVersion',
        input: (w) => indicatorChange(w, { expectedVersion: 1 }),
        refusal: conflict,
      },
      {
        name: 'for an indicator that does not exist',
        input: (w) => indicatorChange(w, { id: UNUSED_ID }),
        refusal: notFound,
      },
      {
        name: "for another committee's indicator",
        input: (w) => indicatorChange(w, { id: w.otherIndicatorId }),
        refusal: notFound,
        as: 'committeeAdministrator',
      },
      { name: 'from an analyst', input: (w) => indicatorChange(w), refusal: forbidden, as: 'intraserviceAnalyst' },
    ],
  },
  {
    mutation: 'setIndicatorRetired',
    document: SET_INDICATOR_RETIRED,
    cases: [
      { name: 'without saying retired or not', input: (w) => without(retirement(w), 'retired'), refusal: notCoercible },
      { name: 'with a stale expectedVersion', input: (w) => retirement(w, { expectedVersion: 1 }), refusal: conflict },
      {
        name: 'with a version of zero',
        input: (w) => retirement(w, { expectedVersion: 0 }),
        refusal: invalid('input.expectedVersion', 'invalidVersion'),
      },
      {
        name: 'for an indicator that does not exist',
        input: (w) => retirement(w, { id: UNUSED_ID }),
        refusal: notFound,
      },
      { name: 'from a viewer', input: (w) => retirement(w), refusal: forbidden, as: 'intraserviceViewer' },
    ],
  },
  {
    mutation: 'createUser',
    document: CREATE_USER,
    cases: [
      { name: 'without an email', input: (w) => without(newUser(w), 'email'), refusal: notCoercible },
      { name: 'without roles', input: (w) => without(newUser(w), 'roles'), refusal: notCoercible },
      { name: 'with a null name', input: (w) => newUser(w, { name: null }), refusal: notCoercible },
      { name: 'with a number for the email', input: (w) => newUser(w, { email: 46701234567 }), refusal: notCoercible },
      { name: 'with a number for the name', input: (w) => newUser(w, { name: 42 }), refusal: notCoercible },
      { name: 'with a string for the roles', input: (w) => newUser(w, { roles: 'ADMIN' }), refusal: notCoercible },
      {
        name: 'with a role that does not exist',
        input: (w) => newUser(w, { roles: [{ role: 'SUPERUSER', orgUnitId: w.committeeId }] }),
        refusal: notCoercible,
      },
      {
        name: 'with a field the input does not have (passwordHash)',
        input: (w) => newUser(w, { passwordHash: 'x' }),
        refusal: notCoercible,
      },
      {
        name: 'with an email that is not one',
        input: (w) => newUser(w, { email: 'inte-en-adress' }),
        refusal: invalid('input.email', 'invalidEmail'),
      },
      {
        name: 'with SQL for the email',
        input: (w) => newUser(w, { email: SQL_TEXT }),
        refusal: invalid('input.email', 'invalidEmail'),
      },
      {
        name: 'with a script for the email',
        input: (w) => newUser(w, { email: `${SCRIPT_TEXT}@test.lagesbild.se` }),
        refusal: invalid('input.email', 'invalidEmail'),
      },
      {
        name: 'with a 100 000-character email',
        input: (w) => newUser(w, { email: `${HUGE_TEXT}@test.lagesbild.se` }),
        refusal: invalid('input.email', 'tooLong'),
      },
      {
        name: 'with an email that is taken',
        input: (w) => newUser(w, { email: w.userEmail }),
        refusal: invalid('input.email', 'emailTaken'),
      },
      {
        name: 'with an email that is taken, in capitals and with spaces around it',
        input: (w) => newUser(w, { email: `  ${w.userEmail.toUpperCase()} ` }),
        refusal: invalid('input.email', 'emailTaken'),
      },
      {
        name: 'with a 100 000-character name',
        input: (w) => newUser(w, { name: HUGE_TEXT }),
        refusal: invalid('input.name', 'tooLong'),
      },
      {
        name: 'with a 201-character name',
        input: (w) => newUser(w, { name: 'n'.repeat(201) }),
        refusal: invalid('input.name', 'tooLong'),
      },
      {
        name: 'with a blank name',
        input: (w) => newUser(w, { name: '   ' }),
        refusal: invalid('input.name', 'required'),
      },
      {
        name: 'with a NUL character in the name',
        input: (w) => newUser(w, { name: 'Ny\u0000Person' }),
        refusal: invalid('input.name'),
      },
      {
        name: 'with a lone surrogate in the name',
        input: (w) => newUser(w, { name: LONE_SURROGATE }),
        refusal: invalid('input.name', 'invalidCharacters'),
      },
      {
        name: 'with a lone surrogate in the password',
        input: (w) => newUser(w, { password: `ett långt lösenord \uDC00` }),
        refusal: invalid('input.password', 'invalidCharacters'),
      },
      {
        name: 'with a password of 9 characters',
        input: (w) => newUser(w, { password: '123456789' }),
        refusal: invalid('input.password', 'passwordTooShort'),
      },
      {
        name: 'with an empty password',
        input: (w) => newUser(w, { password: '' }),
        refusal: invalid('input.password', 'passwordTooShort'),
      },
      {
        name: 'with a 100 000-character password',
        input: (w) => newUser(w, { password: HUGE_TEXT }),
        refusal: invalid('input.password', 'tooLong'),
      },
      ...['abc', '-1', '1.5', '0'].map((id): BadInput => ({
        name: `with the org unit id "${id}"`,
        input: (w) => newUser(w, unitRole(id)),
        refusal: invalid('input.roles.0.orgUnitId', 'invalidId'),
      })),
      {
        name: 'with the id of no org unit',
        input: (w) => newUser(w, unitRole(UNUSED_ID)),
        refusal: invalid('input.roles', 'unknownOrgUnit'),
      },
      {
        name: 'with an org unit id beyond the range of ids',
        input: (w) => newUser(w, unitRole(ID_BEYOND_INT4)),
        refusal: invalid('input.roles.0.orgUnitId', 'invalidId'),
      },
      {
        name: 'with 101 roles',
        input: (w) =>
          newUser(w, { roles: Array.from({ length: 101 }, () => ({ role: 'VIEWER', orgUnitId: w.committeeId })) }),
        refusal: invalid('input.roles', 'tooMany'),
      },
      {
        name: 'from an administrator of one committee only',
        input: (w) => newUser(w),
        refusal: forbidden,
        as: 'committeeAdministrator',
      },
    ],
  },
  {
    mutation: 'updateUser',
    document: UPDATE_USER,
    cases: [
      { name: 'without an id', input: (w) => without(userChange(w), 'id'), refusal: notCoercible },
      {
        name: 'without an expectedVersion',
        input: (w) => without(userChange(w), 'expectedVersion'),
        refusal: notCoercible,
      },
      { name: 'without isActive', input: (w) => without(userChange(w), 'isActive'), refusal: notCoercible },
      { name: 'with text for isActive', input: (w) => userChange(w, { isActive: 'ja' }), refusal: notCoercible },
      {
        name: 'with a string for the expectedVersion',
        input: (w) => userChange(w, { expectedVersion: '2' }),
        refusal: notCoercible,
      },
      {
        name: 'with a fraction for the expectedVersion',
        input: (w) => userChange(w, { expectedVersion: 1.5 }),
        refusal: notCoercible,
      },
      {
        name: 'with 1e300 for the expectedVersion',
        input: (w) => userChange(w, { expectedVersion: 1e300 }),
        refusal: notCoercible,
      },
      { name: 'with a number for the name', input: (w) => userChange(w, { name: 42 }), refusal: notCoercible },
      {
        name: 'with an email, which the input does not have',
        input: (w) => userChange(w, { email: 'ny.adress@test.lagesbild.se' }),
        refusal: notCoercible,
      },
      ...['abc', '-1', '1.5', '0'].map((id): BadInput => ({
        name: `with the id "${id}"`,
        input: (w) => userChange(w, { id }),
        refusal: invalid('input.id', 'invalidId'),
      })),
      { name: 'with the id of no user', input: (w) => userChange(w, { id: UNUSED_ID }), refusal: notFound },
      {
        name: 'with an id beyond the range of ids',
        input: (w) => userChange(w, { id: ID_BEYOND_INT4 }),
        refusal: invalid('input.id', 'invalidId'),
      },
      { name: 'with a stale expectedVersion', input: (w) => userChange(w, { expectedVersion: 1 }), refusal: conflict },
      {
        name: 'with an expectedVersion from the future',
        input: (w) => userChange(w, { expectedVersion: 3 }),
        refusal: conflict,
      },
      {
        name: 'with expectedVersion 0',
        input: (w) => userChange(w, { expectedVersion: 0 }),
        refusal: invalid('input.expectedVersion', 'invalidVersion'),
      },
      {
        name: 'with a 100 000-character name',
        input: (w) => userChange(w, { name: HUGE_TEXT }),
        refusal: invalid('input.name', 'tooLong'),
      },
      {
        name: 'with an empty name',
        input: (w) => userChange(w, { name: '' }),
        refusal: invalid('input.name', 'required'),
      },
      {
        name: 'with a NUL character in the name',
        input: (w) => userChange(w, { name: 'Berit\u0000' }),
        refusal: invalid('input.name'),
      },
      {
        name: 'with a new password of 9 characters',
        input: (w) => userChange(w, { password: 'kort12345' }),
        refusal: invalid('input.password', 'passwordTooShort'),
      },
      {
        name: 'with the org unit id "abc"',
        input: (w) => userChange(w, unitRole('abc')),
        refusal: invalid('input.roles.0.orgUnitId', 'invalidId'),
      },
      {
        name: 'with the id of no org unit',
        input: (w) => userChange(w, unitRole(UNUSED_ID)),
        refusal: invalid('input.roles', 'unknownOrgUnit'),
      },
      {
        name: 'from an administrator of one committee only',
        input: (w) => userChange(w),
        refusal: forbidden,
        as: 'committeeAdministrator',
      },
    ],
  },
  {
    mutation: 'setGoalAssessment',
    document: SET_ASSESSMENT,
    cases: [
      { name: 'without a goalId', input: (w) => without(assessment(w), 'goalId'), refusal: notCoercible },
      { name: 'without a fulfilment', input: (w) => without(assessment(w), 'fulfilment'), refusal: notCoercible },
      { name: 'with a string for the year', input: (w) => assessment(w, { year: '2023' }), refusal: notCoercible },
      { name: 'with a fraction for the month', input: (w) => assessment(w, { month: 5.5 }), refusal: notCoercible },
      { name: 'with 1e300 for the year', input: (w) => assessment(w, { year: 1e300 }), refusal: notCoercible },
      { name: 'with a fraction for the goalId', input: (w) => assessment(w, { goalId: 1.5 }), refusal: notCoercible },
      {
        name: 'with a fulfilment that does not exist',
        input: (w) => assessment(w, { fulfilment: 'MOSTLY' }),
        refusal: notCoercible,
      },
      { name: 'with a number for the comment', input: (w) => assessment(w, { comment: 42 }), refusal: notCoercible },
      ...['abc', '-1', '1.5', '0'].map((id): BadInput => ({
        name: `with the goalId "${id}"`,
        input: (w) => assessment(w, { goalId: id }),
        refusal: invalid('input.goalId', 'invalidId'),
      })),
      { name: 'with the id of no goal', input: (w) => assessment(w, { goalId: UNUSED_ID }), refusal: notFound },
      {
        name: 'with a goalId beyond the range of ids',
        input: (w) => assessment(w, { goalId: ID_BEYOND_INT4 }),
        refusal: invalid('input.goalId', 'invalidId'),
      },
      {
        name: 'for month 13',
        input: (w) => assessment(w, { month: 13 }),
        refusal: invalid('input.month', 'month.outOfRange'),
      },
      {
        name: 'for month 0',
        input: (w) => assessment(w, { month: 0 }),
        refusal: invalid('input.month', 'month.outOfRange'),
      },
      {
        name: 'for the year 1899',
        input: (w) => assessment(w, { year: 1899 }),
        refusal: invalid('input.year', 'year.outOfRange'),
      },
      {
        name: 'for the year 9999',
        input: (w) => assessment(w, { year: 9999 }),
        refusal: invalid('input.year', 'year.outOfRange'),
      },
      {
        name: 'with a lone surrogate in the comment',
        input: (w) => assessment(w, { comment: LONE_SURROGATE }),
        refusal: invalid('input.comment', 'invalidCharacters'),
      },
      {
        name: 'with a 100 000-character comment',
        input: (w) => assessment(w, { comment: HUGE_TEXT }),
        refusal: invalid('input.comment', 'tooLong'),
      },
      {
        name: 'with a 4 001-character comment',
        input: (w) => assessment(w, { comment: 'k'.repeat(4001) }),
        refusal: invalid('input.comment', 'tooLong'),
      },
      {
        name: 'with a NUL character in the comment',
        input: (w) => assessment(w, { comment: 'Maj\u0000' }),
        refusal: invalid('input.comment'),
      },
      {
        name: 'with a stale expectedVersion',
        input: (w) => assessment(w, { month: 3, expectedVersion: 1 }),
        refusal: conflict,
      },
      {
        name: 'without an expectedVersion for a month already assessed',
        input: (w) => assessment(w, { month: 3 }),
        refusal: conflict,
      },
      {
        name: 'with an expectedVersion for a month not yet assessed',
        input: (w) => assessment(w, { expectedVersion: 1 }),
        refusal: conflict,
      },
      {
        name: "for another committee's goal",
        input: (w) => assessment(w, { goalId: w.otherGoalId }),
        refusal: notFound,
        as: 'intraserviceAnalyst',
      },
      { name: 'from a viewer', input: (w) => assessment(w), refusal: forbidden, as: 'intraserviceViewer' },
    ],
  },
  {
    mutation: 'saveIndicatorValue',
    document: SAVE_VALUE,
    cases: [
      { name: 'without an indicatorId', input: (w) => without(value(w), 'indicatorId'), refusal: notCoercible },
      { name: 'without a period', input: (w) => without(value(w), 'period'), refusal: notCoercible },
      { name: 'with a string for the outcome', input: (w) => value(w, { outcome: '5,9' }), refusal: notCoercible },
      { name: 'with a number for the period', input: (w) => value(w, { period: 202305 }), refusal: notCoercible },
      { name: 'with a number for the comment', input: (w) => value(w, { comment: 42 }), refusal: notCoercible },
      {
        name: 'with a string for the expectedVersion',
        input: (w) => value(w, { expectedVersion: '2' }),
        refusal: notCoercible,
      },
      ...['abc', '-1', '1.5', '0'].map((id): BadInput => ({
        name: `with the indicatorId "${id}"`,
        input: (w) => value(w, { indicatorId: id }),
        refusal: invalid('input.indicatorId', 'invalidId'),
      })),
      { name: 'with the id of no indicator', input: (w) => value(w, { indicatorId: UNUSED_ID }), refusal: notFound },
      {
        name: 'with a correction reason of 1 001 characters',
        input: (w) => value(w, { correctionReason: 'x'.repeat(1001) }),
        refusal: invalid('input.correctionReason', 'tooLong'),
      },
      {
        name: 'with an indicatorId beyond the range of ids',
        input: (w) => value(w, { indicatorId: ID_BEYOND_INT4 }),
        refusal: invalid('input.indicatorId', 'invalidId'),
      },
      ...[
        '2023-13',
        '2023-T4',
        '2023-00',
        '2023-T0',
        '1899',
        '23-05',
        '2023-5-1',
        'maj 2023',
        '',
        `2023-05${SQL_TEXT}`,
      ].map((period): BadInput => ({
        name: `for the period "${period}"`,
        input: (w) => value(w, { period, expectedVersion: null }),
        refusal: invalid('input.period', 'invalidPeriod'),
      })),
      {
        name: 'for a tertial of a monthly indicator',
        input: (w) => value(w, { period: '2023-T2', expectedVersion: null }),
        refusal: invalid('input.period', 'periodNotInPeriodicity'),
      },
      {
        name: 'for a month of a tertial indicator',
        input: (w) =>
          value(w, { indicatorId: w.tertialIndicatorId, period: '2023-05', outcome: 10, expectedVersion: null }),
        refusal: invalid('input.period', 'periodNotInPeriodicity'),
      },
      ...['2023-05', '2023-T2'].map((period): BadInput => ({
        name: `for the period "${period}" of a yearly indicator`,
        input: (w) => value(w, { indicatorId: w.yearIndicatorId, period, expectedVersion: null }),
        refusal: invalid('input.period', 'periodNotInPeriodicity'),
      })),
      {
        name: 'with an R12 for a tertial indicator',
        input: (w) =>
          value(w, {
            indicatorId: w.tertialIndicatorId,
            period: '2023-T2',
            outcome: 10,
            rolling12: 30,
            expectedVersion: null,
          }),
        refusal: invalid('input.rolling12', 'rolling12MonthsOnly'),
      },
      {
        name: 'with an R12 for the year of a monthly indicator',
        input: (w) => value(w, { period: '2023', rolling12: 5.2, expectedVersion: null }),
        refusal: invalid('input.rolling12', 'rolling12MonthsOnly'),
      },
      {
        name: 'with 120 percent',
        input: (w) => value(w, { outcome: 120 }),
        refusal: invalid('input.outcome', 'percentRange'),
      },
      {
        name: 'with an R12 of 120 percent',
        input: (w) => value(w, { rolling12: 120 }),
        refusal: invalid('input.rolling12', 'percentRange'),
      },
      {
        name: 'with a negative percentage for the target',
        input: (w) => value(w, { periodTarget: -0.5 }),
        refusal: invalid('input.periodTarget', 'percentRange'),
      },
      {
        name: 'with a negative count',
        input: (w) =>
          value(w, { indicatorId: w.tertialIndicatorId, period: '2023-T2', outcome: -1, expectedVersion: null }),
        refusal: invalid('input.outcome', 'notNegative'),
      },
      {
        name: 'with 1e300 for the outcome',
        input: (w) => value(w, { outcome: 1e300 }),
        refusal: invalid('input.outcome', 'outOfRange'),
      },
      {
        name: 'with -1e300 for the annual target',
        input: (w) => value(w, { annualTarget: -1e300 }),
        refusal: invalid('input.annualTarget', 'outOfRange'),
      },
      {
        name: 'with a 100 000-character comment',
        input: (w) => value(w, { comment: HUGE_TEXT }),
        refusal: invalid('input.comment', 'tooLong'),
      },
      {
        name: 'with a NUL character in the comment',
        input: (w) => value(w, { comment: '\u0000' }),
        refusal: invalid('input.comment'),
      },
      { name: 'with a stale expectedVersion', input: (w) => value(w, { expectedVersion: 1 }), refusal: conflict },
      {
        name: 'without an expectedVersion for a period that has a value',
        input: (w) => value(w, { expectedVersion: null }),
        refusal: conflict,
      },
      {
        name: 'with an expectedVersion for a period that has no value',
        input: (w) => value(w, { period: '2023-09', expectedVersion: 1 }),
        refusal: conflict,
      },
      {
        name: "for another committee's indicator",
        input: (w) => value(w, { indicatorId: w.otherIndicatorId, expectedVersion: null }),
        refusal: notFound,
        as: 'intraserviceAnalyst',
      },
      { name: 'from a viewer', input: (w) => value(w), refusal: forbidden, as: 'intraserviceViewer' },
    ],
  },
  {
    mutation: 'addProjectStatusUpdate',
    document: ADD_REPORT,
    cases: [
      { name: 'without a projectId', input: (w) => without(statusUpdate(w), 'projectId'), refusal: notCoercible },
      {
        name: 'with an action owner account that does not exist',
        input: (w) =>
          statusUpdate(w, {
            result: { status: 'YELLOW', cause: 'Ej stabilt', action: 'Rättas', actionOwnerUserId: UNUSED_ID },
          }),
        refusal: invalid('input.result.actionOwnerUserId', 'unknownUser'),
      },
      {
        name: 'with an action due on a day that does not exist',
        input: (w) =>
          statusUpdate(w, {
            result: { status: 'YELLOW', cause: 'Ej stabilt', action: 'Rättas', actionDueDate: '2024-02-30' },
          }),
        refusal: invalid('input.result.actionDueDate', 'invalidDate'),
      },
      {
        name: 'with an action owner of more than 200 characters',
        input: (w) =>
          statusUpdate(w, {
            result: { status: 'YELLOW', cause: 'Ej stabilt', action: 'Rättas', actionOwner: 'x'.repeat(201) },
          }),
        refusal: invalid('input.result.actionOwner', 'tooLong'),
      },
      {
        name: 'with a colour that does not exist',
        input: (w) => statusUpdate(w, { time: { status: 'ORANGE' } }),
        refusal: notCoercible,
      },
      {
        name: 'with the projectId "abc"',
        input: (w) => statusUpdate(w, { projectId: 'abc' }),
        refusal: invalid('input.projectId', 'invalidId'),
      },
      {
        name: 'for a project that does not exist',
        input: (w) => statusUpdate(w, { projectId: UNUSED_ID }),
        refusal: notFound,
      },
      {
        name: 'red without a cause',
        input: (w) => statusUpdate(w, { time: { status: 'RED', action: 'Eskalerat' } }),
        refusal: invalid('input.time.cause', 'causeRequired'),
      },
      {
        name: 'yellow without an action',
        input: (w) => statusUpdate(w, { result: { status: 'YELLOW', cause: 'Ej stabilt system', action: '  ' } }),
        refusal: invalid('input.result.action', 'actionRequired'),
      },
      {
        name: 'dated a day that does not exist',
        input: (w) => statusUpdate(w, { statusDate: '2024-02-30' }),
        refusal: invalid('input.statusDate', 'invalidDate'),
      },
      {
        name: 'dated in the future',
        input: (w) => statusUpdate(w, { statusDate: '2099-01-01' }),
        refusal: invalid('input.statusDate', 'dateInFuture'),
      },
      {
        name: 'with a 100 000-character cause',
        input: (w) => statusUpdate(w, { result: { status: 'RED', cause: HUGE_TEXT, action: 'Åtgärd' } }),
        refusal: invalid('input.result.cause', 'tooLong'),
      },
      {
        name: 'with a NUL character in the comment',
        input: (w) => statusUpdate(w, { comment: 'Rapport\u0000' }),
        refusal: invalid('input.comment'),
      },
      {
        name: 'from a form opened before the latest report',
        input: (w) => statusUpdate(w, { basedOnStatusUpdateId: null }),
        refusal: conflict,
      },
      {
        name: "for another committee's project",
        input: (w) => statusUpdate(w, { projectId: w.otherProjectId }),
        refusal: notFound,
        as: 'intraserviceAnalyst',
      },
      { name: 'from a viewer', input: (w) => statusUpdate(w), refusal: forbidden, as: 'intraserviceViewer' },
    ],
  },
  {
    mutation: 'updateProjectDetails',
    document: UPDATE_PROJECT,
    cases: [
      {
        name: 'without an expectedVersion',
        input: (w) => without(projectDetails(w), 'expectedVersion'),
        refusal: notCoercible,
      },
      {
        name: 'with a string for the budget',
        input: (w) => projectDetails(w, { budgetTkr: '12 000' }),
        refusal: notCoercible,
      },
      {
        name: 'for a project that does not exist',
        input: (w) => projectDetails(w, { id: UNUSED_ID }),
        refusal: notFound,
      },
      {
        name: 'with an end before the start',
        input: (w) => projectDetails(w, { plannedEnd: '2022-12-31' }),
        refusal: invalid('input.plannedEnd', 'endBeforeStart'),
      },
      {
        name: 'with a date that is not one',
        input: (w) => projectDetails(w, { actualStart: '31/12/2024' }),
        refusal: invalid('input.actualStart', 'invalidDate'),
      },
      {
        name: `with the end ${FAR_FUTURE_DATE}`,
        input: (w) => projectDetails(w, { plannedEnd: FAR_FUTURE_DATE }),
        refusal: invalid('input.plannedEnd', 'invalidDate'),
      },
      {
        name: 'with a lone surrogate in the name',
        input: (w) => projectDetails(w, { name: LONE_SURROGATE }),
        refusal: invalid('input.name', 'invalidCharacters'),
      },
      {
        name: 'with a blank name',
        input: (w) => projectDetails(w, { name: ' ' }),
        refusal: invalid('input.name', 'required'),
      },
      {
        name: 'with a negative budget',
        input: (w) => projectDetails(w, { budgetTkr: -1 }),
        refusal: invalid('input.budgetTkr', 'notNegative'),
      },
      {
        name: 'with a negative forecast',
        input: (w) => projectDetails(w, { forecastTkr: -1 }),
        refusal: invalid('input.forecastTkr', 'notNegative'),
      },
      {
        name: 'with a manager account that does not exist',
        input: (w) => projectDetails(w, { managerUserId: UNUSED_ID }),
        refusal: invalid('input.managerUserId', 'unknownUser'),
      },
      {
        name: 'moving it to a portfolio that does not exist',
        input: (w) => projectDetails(w, { portfolioId: UNUSED_ID }),
        refusal: invalid('input.portfolioId', 'unknownPortfolio'),
      },
      {
        name: 'with a stale expectedVersion',
        input: (w) => projectDetails(w, { expectedVersion: 1 }),
        refusal: conflict,
      },
      {
        name: "for another committee's project",
        input: (w) => projectDetails(w, { id: w.otherProjectId, portfolioId: w.otherPortfolioId }),
        refusal: notFound,
        as: 'intraserviceAnalyst',
      },
      { name: 'from a viewer', input: (w) => projectDetails(w), refusal: forbidden, as: 'intraserviceViewer' },
    ],
  },
  {
    mutation: 'changeProjectState',
    document: CHANGE_STATE,
    cases: [
      {
        name: 'with an action that does not exist',
        input: (w) => stateChange(w, { action: 'CANCEL' }),
        refusal: notCoercible,
      },
      { name: 'without a reason', input: (w) => without(stateChange(w), 'reason'), refusal: notCoercible },
      {
        name: 'with a blank reason',
        input: (w) => stateChange(w, { reason: '' }),
        refusal: invalid('input.reason', 'required'),
      },
      {
        name: 'resuming a project that is not paused',
        input: (w) => stateChange(w, { action: 'RESUME' }),
        refusal: invalid('input.action', 'actionNotAllowed'),
      },
      {
        name: 'pausing without a date to resume',
        input: (w) => stateChange(w, { action: 'PAUSE' }),
        refusal: invalid('input.pausedUntil', 'required'),
      },
      {
        name: `pausing until ${FAR_FUTURE_DATE}`,
        input: (w) => stateChange(w, { action: 'PAUSE', pausedUntil: FAR_FUTURE_DATE }),
        refusal: invalid('input.pausedUntil', 'invalidDate'),
      },
      {
        name: 'pausing until before the pause',
        input: (w) => stateChange(w, { action: 'PAUSE', pausedUntil: '2024-01-01' }),
        refusal: invalid('input.pausedUntil', 'resumeBeforePause'),
      },
      {
        name: 'for a project that does not exist',
        input: (w) => stateChange(w, { projectId: UNUSED_ID }),
        refusal: notFound,
      },
      { name: 'with a stale expectedVersion', input: (w) => stateChange(w, { expectedVersion: 1 }), refusal: conflict },
      { name: 'from a viewer', input: (w) => stateChange(w), refusal: forbidden, as: 'intraserviceViewer' },
    ],
  },
  {
    mutation: 'moveProject',
    document: MOVE_PROJECT,
    cases: [
      { name: 'without a reason', input: (w) => without(projectMove(w), 'reason'), refusal: notCoercible },
      {
        name: 'with a blank reason',
        input: (w) => projectMove(w, { reason: '  ' }),
        refusal: invalid('input.reason', 'required'),
      },
      {
        name: 'with a reason of 4 001 characters',
        input: (w) => projectMove(w, { reason: 'x'.repeat(4001) }),
        refusal: invalid('input.reason', 'tooLong'),
      },
      {
        name: 'on a date that does not exist',
        input: (w) => projectMove(w, { movedOn: '2024-02-30' }),
        refusal: invalid('input.movedOn'),
      },
      {
        name: 'on a date next year',
        input: (w) => projectMove(w, { movedOn: `${new Date().getFullYear() + 1}-01-01` }),
        refusal: invalid('input.movedOn', 'dateInFuture'),
      },
      {
        name: 'to the portfolio it is in',
        input: (w) => projectMove(w, { toPortfolioId: w.portfolioId }),
        refusal: invalid('input.toPortfolioId', 'samePortfolio'),
      },
      {
        name: 'to a portfolio that does not exist',
        input: (w) => projectMove(w, { toPortfolioId: UNUSED_ID }),
        refusal: invalid('input.toPortfolioId', 'unknownPortfolio'),
      },
      {
        name: 'to a portfolio id that is not a number',
        input: (w) => projectMove(w, { toPortfolioId: 'telefoni' }),
        refusal: invalid('input.toPortfolioId', 'invalidId'),
      },
      {
        name: 'for a project that does not exist',
        input: (w) => projectMove(w, { projectId: UNUSED_ID }),
        refusal: notFound,
      },
      { name: 'with a stale expectedVersion', input: (w) => projectMove(w, { expectedVersion: 1 }), refusal: conflict },
      {
        name: "for another committee's project",
        input: (w) => projectMove(w, { projectId: w.otherProjectId, toPortfolioId: w.portfolioId }),
        refusal: notFound,
        as: 'intraserviceAnalyst',
      },
      { name: 'from a viewer', input: (w) => projectMove(w), refusal: forbidden, as: 'intraserviceViewer' },
    ],
  },
  {
    mutation: 'savePortfolioPeriodStatus',
    document: SAVE_PORTFOLIO_STATUS,
    cases: [
      { name: 'without a narrative', input: (w) => without(portfolioStatus(w), 'narrative'), refusal: notCoercible },
      {
        name: 'with an empty narrative',
        input: (w) => portfolioStatus(w, { narrative: '' }),
        refusal: invalid('input.narrative', 'required'),
      },
      {
        name: 'for month 13',
        input: (w) => portfolioStatus(w, { month: 13 }),
        refusal: invalid('input.month', 'month.outOfRange'),
      },
      {
        name: 'with an expectedVersion for a month not yet written',
        input: (w) => portfolioStatus(w, { expectedVersion: 1 }),
        refusal: conflict,
      },
      {
        name: 'without an expectedVersion for a month already written',
        input: (w) => portfolioStatus(w, { month: 8 }),
        refusal: conflict,
      },
      {
        name: 'for a portfolio that does not exist',
        input: (w) => portfolioStatus(w, { portfolioId: UNUSED_ID }),
        refusal: notFound,
      },
      {
        name: "for another committee's portfolio",
        input: (w) => portfolioStatus(w, { portfolioId: w.otherPortfolioId }),
        refusal: notFound,
        as: 'intraserviceAnalyst',
      },
      { name: 'from a viewer', input: (w) => portfolioStatus(w), refusal: forbidden, as: 'intraserviceViewer' },
    ],
  },
  {
    mutation: 'createOrgUnit',
    document: CREATE_ORG_UNIT,
    cases: [
      { name: 'without a code', input: (w) => without(newOrgUnit(w), 'code'), refusal: notCoercible },
      { name: 'with an unknown kind', input: (w) => newOrgUnit(w, { kind: 'REGION' }), refusal: notCoercible },
      {
        name: 'with an empty name',
        input: (w) => newOrgUnit(w, { name: '  ' }),
        refusal: invalid('input.name', 'required'),
      },
      {
        name: 'with a name too long',
        input: (w) => newOrgUnit(w, { name: HUGE_TEXT }),
        refusal: invalid('input.name', 'tooLong'),
      },
      {
        name: 'with a lone surrogate in the name',
        input: (w) => newOrgUnit(w, { name: LONE_SURROGATE }),
        refusal: invalid('input.name', 'invalidCharacters'),
      },
      {
        name: 'with a space in the code',
        input: (w) => newOrgUnit(w, { code: 'ny avdelning' }),
        refusal: invalid('input.code', 'invalidCode'),
      },
      {
        name: 'with SQL for a code',
        input: (w) => newOrgUnit(w, { code: SQL_TEXT }),
        refusal: invalid('input.code', 'invalidCode'),
      },
      {
        name: 'with a taken code',
        input: (w) => newOrgUnit(w, { code: 'intraservice' }),
        refusal: invalid('input.code', 'codeTaken'),
      },
      {
        name: 'with a first day that does not exist',
        input: (w) => newOrgUnit(w, { validFrom: '2023-02-30' }),
        refusal: invalid('input.validFrom', 'invalidDate'),
      },
      {
        name: 'with a first day far in the future',
        input: (w) => newOrgUnit(w, { validFrom: FAR_FUTURE_DATE }),
        refusal: invalid('input.validFrom', 'invalidDate'),
      },
      {
        name: 'under a parent id beyond int4',
        input: (w) => newOrgUnit(w, { parentId: ID_BEYOND_INT4 }),
        refusal: invalid('input.parentId', 'invalidId'),
      },
      {
        name: 'under a parent that does not exist',
        input: (w) => newOrgUnit(w, { parentId: UNUSED_ID }),
        refusal: notFound,
      },
      {
        name: 'under another committee',
        input: (w) => newOrgUnit(w, { parentId: w.otherCommitteeId }),
        refusal: notFound,
        as: 'committeeAdministrator',
      },
      {
        name: 'under the city, from its committee’s administrator',
        input: (w) => newOrgUnit(w, { parentId: w.cityId }),
        refusal: forbidden,
        as: 'committeeAdministrator',
      },
      { name: 'from an analyst', input: (w) => newOrgUnit(w), refusal: forbidden, as: 'intraserviceAnalyst' },
    ],
  },
  {
    mutation: 'renameOrgUnit',
    document: RENAME_ORG_UNIT,
    cases: [
      { name: 'without a name', input: (w) => orgUnitChange(w), refusal: notCoercible },
      {
        name: 'with an empty name',
        input: (w) => orgUnitChange(w, { name: '' }),
        refusal: invalid('input.name', 'required'),
      },
      {
        name: 'from a day in years to come',
        input: (w) => orgUnitChange(w, { name: 'Nytt namn', validFrom: '2099-12-31' }),
        refusal: invalid('input.validFrom', 'dateInFuture'),
      },
      {
        name: 'from a day far in the future',
        input: (w) => orgUnitChange(w, { name: 'Nytt namn', validFrom: FAR_FUTURE_DATE }),
        refusal: invalid('input.validFrom', 'invalidDate'),
      },
      {
        name: 'with a stale expectedVersion',
        input: (w) => orgUnitChange(w, { name: 'Nytt namn', expectedVersion: 1 }),
        refusal: conflict,
      },
      {
        name: 'of a unit that does not exist',
        input: (w) => orgUnitChange(w, { id: UNUSED_ID, name: 'Nytt namn' }),
        refusal: notFound,
      },
      {
        name: 'from a viewer',
        input: (w) => orgUnitChange(w, { name: 'Nytt namn' }),
        refusal: forbidden,
        as: 'intraserviceViewer',
      },
    ],
  },
  {
    mutation: 'moveOrgUnit',
    document: MOVE_ORG_UNIT,
    cases: [
      { name: 'without a parent', input: (w) => orgUnitChange(w), refusal: notCoercible },
      {
        name: 'under itself',
        input: (w) => orgUnitChange(w, { parentId: w.businessAreaId }),
        refusal: invalid('input.parentId', 'cycle'),
      },
      {
        name: 'with a malformed parent id',
        input: (w) => orgUnitChange(w, { parentId: 'abc' }),
        refusal: invalid('input.parentId', 'invalidId'),
      },
      {
        name: 'with a stale expectedVersion',
        input: (w) => orgUnitChange(w, { parentId: w.cityId, expectedVersion: 1 }),
        refusal: conflict,
      },
      {
        name: 'into another committee, from the committee’s administrator',
        input: (w) => orgUnitChange(w, { parentId: w.otherCommitteeId }),
        refusal: notFound,
        as: 'committeeAdministrator',
      },
      {
        name: 'from an analyst',
        input: (w) => orgUnitChange(w, { parentId: w.cityId }),
        refusal: forbidden,
        as: 'intraserviceAnalyst',
      },
    ],
  },
  {
    mutation: 'closeOrgUnit',
    document: CLOSE_ORG_UNIT,
    cases: [
      { name: 'without a last day', input: (w) => orgUnitChange(w), refusal: notCoercible },
      {
        name: 'with a last day that does not exist',
        input: (w) => orgUnitChange(w, { validTo: '2024-13-01' }),
        refusal: invalid('input.validTo', 'invalidDate'),
      },
      {
        name: 'with units below it still open',
        input: (w) => orgUnitChange(w, { id: w.committeeId, expectedVersion: 1, validTo: '2024-12-31' }),
        refusal: invalid('input.validTo', 'openChildren'),
      },
      {
        name: 'with a stale expectedVersion',
        input: (w) => orgUnitChange(w, { validTo: '2024-12-31', expectedVersion: 1 }),
        refusal: conflict,
      },
      {
        name: 'from a viewer',
        input: (w) => orgUnitChange(w, { validTo: '2024-12-31' }),
        refusal: forbidden,
        as: 'intraserviceViewer',
      },
    ],
  },
  {
    mutation: 'createPortfolio',
    document: CREATE_PORTFOLIO,
    cases: [
      { name: 'without a name', input: (w) => without(newPortfolio(w), 'name'), refusal: notCoercible },
      {
        name: 'with a blank name',
        input: (w) => newPortfolio(w, { name: ' ' }),
        refusal: invalid('input.name', 'required'),
      },
      {
        name: 'with a name the unit already has',
        input: (w) => newPortfolio(w, { name: 'DIGITAL INFRASTRUKTUR' }),
        refusal: invalid('input.name', 'portfolioNameTaken'),
      },
      {
        name: 'with an interval of 0 weeks',
        input: (w) => newPortfolio(w, { statusUpdateIntervalWeeks: 0 }),
        refusal: invalid('input.statusUpdateIntervalWeeks', 'outOfRange'),
      },
      {
        name: 'with a lone surrogate in the owner',
        input: (w) => newPortfolio(w, { owner: LONE_SURROGATE }),
        refusal: invalid('input.owner', 'invalidCharacters'),
      },
      {
        name: 'with an owner account that does not exist',
        input: (w) => newPortfolio(w, { ownerUserId: UNUSED_ID }),
        refusal: invalid('input.ownerUserId', 'unknownUser'),
      },
      {
        name: 'in a unit that does not exist',
        input: (w) => newPortfolio(w, { orgUnitId: UNUSED_ID }),
        refusal: notFound,
      },
      {
        name: "in another committee's unit",
        input: (w) => newPortfolio(w, { orgUnitId: w.otherCommitteeId }),
        refusal: notFound,
        as: 'intraserviceViewer',
      },
      { name: 'from a viewer', input: (w) => newPortfolio(w), refusal: forbidden, as: 'intraserviceViewer' },
    ],
  },
  {
    mutation: 'updatePortfolio',
    document: UPDATE_PORTFOLIO,
    cases: [
      {
        name: 'without an expectedVersion',
        input: (w) => without(portfolioChange(w), 'expectedVersion'),
        refusal: notCoercible,
      },
      {
        name: 'with an interval of 53 weeks',
        input: (w) => portfolioChange(w, { statusUpdateIntervalWeeks: 53 }),
        refusal: invalid('input.statusUpdateIntervalWeeks', 'outOfRange'),
      },
      {
        name: 'with an owner account that does not exist',
        input: (w) => portfolioChange(w, { ownerUserId: UNUSED_ID }),
        refusal: invalid('input.ownerUserId', 'unknownUser'),
      },
      {
        name: 'with a stale expectedVersion',
        input: (w) => portfolioChange(w, { expectedVersion: 7 }),
        refusal: conflict,
      },
      {
        name: 'for a portfolio that does not exist',
        input: (w) => portfolioChange(w, { id: UNUSED_ID }),
        refusal: notFound,
      },
      { name: 'from a viewer', input: (w) => portfolioChange(w), refusal: forbidden, as: 'intraserviceViewer' },
    ],
  },
  {
    mutation: 'createProject',
    document: CREATE_PROJECT,
    cases: [
      {
        name: 'with a phase outside the list',
        input: (w) => newProject(w, { phase: 'Förstudie' }),
        refusal: notCoercible,
      },
      {
        name: 'with a blank name',
        input: (w) => newProject(w, { name: '' }),
        refusal: invalid('input.name', 'required'),
      },
      {
        name: 'with an end before the start',
        input: (w) => newProject(w, { plannedEnd: '2024-12-31' }),
        refusal: invalid('input.plannedEnd', 'endBeforeStart'),
      },
      {
        name: 'with a negative budget',
        input: (w) => newProject(w, { budgetTkr: -1 }),
        refusal: invalid('input.budgetTkr', 'notNegative'),
      },
      {
        name: 'with a negative forecast',
        input: (w) => newProject(w, { forecastTkr: -0.5 }),
        refusal: invalid('input.forecastTkr', 'notNegative'),
      },
      {
        name: 'with an owner account that does not exist',
        input: (w) => newProject(w, { ownerUserId: UNUSED_ID }),
        refusal: invalid('input.ownerUserId', 'unknownUser'),
      },
      {
        name: 'with an owner id that is not an id',
        input: (w) => newProject(w, { ownerUserId: 'Agnes' }),
        refusal: invalid('input.ownerUserId', 'invalidId'),
      },
      {
        name: `with the start ${FAR_FUTURE_DATE}`,
        input: (w) => newProject(w, { plannedStart: FAR_FUTURE_DATE, plannedEnd: null }),
        refusal: invalid('input.plannedStart', 'invalidDate'),
      },
      {
        name: 'in a portfolio that does not exist',
        input: (w) => newProject(w, { portfolioId: UNUSED_ID }),
        refusal: notFound,
      },
      {
        name: "in another committee's portfolio",
        input: (w) => newProject(w, { portfolioId: w.otherPortfolioId }),
        refusal: notFound,
        as: 'intraserviceViewer',
      },
      { name: 'from a viewer', input: (w) => newProject(w), refusal: forbidden, as: 'intraserviceViewer' },
    ],
  },
  {
    mutation: 'changeProjectPhase',
    document: CHANGE_PHASE,
    cases: [
      { name: 'without a phase', input: (w) => without(phaseChange(w), 'phase'), refusal: notCoercible },
      { name: 'with a phase outside the list', input: (w) => phaseChange(w, { phase: 'DONE' }), refusal: notCoercible },
      { name: 'with a stale expectedVersion', input: (w) => phaseChange(w, { expectedVersion: 1 }), refusal: conflict },
      {
        name: 'for a project that does not exist',
        input: (w) => phaseChange(w, { projectId: UNUSED_ID }),
        refusal: notFound,
      },
      { name: 'from a viewer', input: (w) => phaseChange(w), refusal: forbidden, as: 'intraserviceViewer' },
    ],
  },
  {
    mutation: 'splitProject',
    document: SPLIT_PROJECT,
    cases: [
      { name: 'without parts', input: (w) => without(projectSplit(w), 'parts'), refusal: notCoercible },
      {
        name: 'into one part',
        input: (w) => projectSplit(w, { parts: [{ name: 'Ensam' }] }),
        refusal: invalid('input.parts', 'atLeastTwoParts'),
      },
      {
        name: 'with a part without a name',
        input: (w) => projectSplit(w, { parts: [{ name: 'Telefoni upphandling' }, { name: ' ' }] }),
        refusal: invalid('input.parts.1.name', 'required'),
      },
      {
        name: 'into two parts of the same name',
        input: (w) => projectSplit(w, { parts: [{ name: 'Telefoni' }, { name: 'TELEFONI' }] }),
        refusal: invalid('input.parts.1.name', 'nameRepeated'),
      },
      {
        name: 'with a part named as another project of the portfolio',
        input: (w) =>
          projectSplit(w, { parts: [{ name: 'Etablera tjänst för Data Warehouse' }, { name: 'Telefoni införande' }] }),
        refusal: invalid('input.parts.0.name', 'projectNameTaken'),
      },
      {
        name: 'with a negative budget share',
        input: (w) => projectSplit(w, { parts: [{ name: 'A', budgetTkr: -1 }, { name: 'B' }] }),
        refusal: invalid('input.parts.0.budgetTkr', 'notNegative'),
      },
      {
        name: 'with a part in a portfolio that does not exist',
        input: (w) => projectSplit(w, { parts: [{ name: 'A' }, { name: 'B', portfolioId: UNUSED_ID }] }),
        refusal: invalid('input.parts.1.portfolioId', 'unknownPortfolio'),
      },
      {
        name: 'with a blank reason',
        input: (w) => projectSplit(w, { reason: '  ' }),
        refusal: invalid('input.reason', 'required'),
      },
      {
        name: 'on a date next year',
        input: (w) => projectSplit(w, { splitOn: `${new Date().getFullYear() + 1}-01-01` }),
        refusal: invalid('input.splitOn', 'dateInFuture'),
      },
      {
        name: 'on a date that does not exist',
        input: (w) => projectSplit(w, { splitOn: '2024-02-30' }),
        refusal: invalid('input.splitOn'),
      },
      {
        name: 'for a project that does not exist',
        input: (w) => projectSplit(w, { projectId: UNUSED_ID }),
        refusal: notFound,
      },
      {
        name: 'with a stale expectedVersion',
        input: (w) => projectSplit(w, { expectedVersion: 1 }),
        refusal: conflict,
      },
      { name: 'from a viewer', input: (w) => projectSplit(w), refusal: forbidden, as: 'intraserviceViewer' },
    ],
  },
  {
    mutation: 'mergeProjects',
    document: MERGE_PROJECTS,
    cases: [
      { name: 'without a name', input: (w) => without(projectMerger(w), 'name'), refusal: notCoercible },
      {
        name: 'of one project',
        input: (w) => projectMerger(w, { sources: [{ projectId: w.projectId, expectedVersion: 2 }] }),
        refusal: invalid('input.sources', 'atLeastTwoProjects'),
      },
      {
        name: 'of the same project twice',
        input: (w) =>
          projectMerger(w, {
            sources: [
              { projectId: w.projectId, expectedVersion: 2 },
              { projectId: w.projectId, expectedVersion: 2 },
            ],
          }),
        refusal: invalid('input.sources.1.projectId', 'projectRepeated'),
      },
      {
        name: 'with a project that does not exist',
        input: (w) =>
          projectMerger(w, {
            sources: [
              { projectId: w.projectId, expectedVersion: 2 },
              { projectId: UNUSED_ID, expectedVersion: 1 },
            ],
          }),
        refusal: invalid('input.sources.1.projectId', 'unknownProject'),
      },
      {
        name: 'starting from a project that does not exist',
        input: (w) =>
          projectMerger(w, {
            sources: [
              { projectId: UNUSED_ID, expectedVersion: 1 },
              { projectId: w.projectId, expectedVersion: 2 },
            ],
          }),
        refusal: notFound,
      },
      {
        name: 'with a blank name',
        input: (w) => projectMerger(w, { name: '' }),
        refusal: invalid('input.name', 'required'),
      },
      {
        name: 'under the name of another project of the portfolio',
        input: (w) => projectMerger(w, { name: 'projekt 01' }),
        refusal: invalid('input.name', 'projectNameTaken'),
      },
      {
        name: 'into a portfolio that does not exist',
        input: (w) => projectMerger(w, { portfolioId: UNUSED_ID }),
        refusal: invalid('input.portfolioId', 'unknownPortfolio'),
      },
      {
        name: 'with a negative budget',
        input: (w) => projectMerger(w, { budgetTkr: -5 }),
        refusal: invalid('input.budgetTkr', 'notNegative'),
      },
      {
        name: 'on a date next year',
        input: (w) => projectMerger(w, { mergedOn: `${new Date().getFullYear() + 1}-01-01` }),
        refusal: invalid('input.mergedOn', 'dateInFuture'),
      },
      {
        name: 'with a stale expectedVersion of a source',
        input: (w) =>
          projectMerger(w, {
            sources: [
              { projectId: w.projectId, expectedVersion: 2 },
              { projectId: w.notStartedProjectId, expectedVersion: 9 },
            ],
          }),
        refusal: conflict,
      },
      { name: 'from a viewer', input: (w) => projectMerger(w), refusal: forbidden, as: 'intraserviceViewer' },
    ],
  },
  {
    mutation: 'generateReportingCalendar',
    document: GENERATE_CALENDAR,
    cases: [
      { name: 'without a year', input: (w) => without(newCalendar(w), 'year'), refusal: notCoercible },
      ...[0, 61].map((days): BadInput => ({
        name: `with a rule of ${days} working days`,
        input: (w) => newCalendar(w, { workingDaysAfterPeriodEnd: days }),
        refusal: invalid('input.workingDaysAfterPeriodEnd', 'outOfRange'),
      })),
      { name: 'for the year 1899', input: (w) => newCalendar(w, { year: 1899 }), refusal: invalid('input.year') },
      {
        name: 'for a unit that is not a city',
        input: (w) => newCalendar(w, { orgUnitId: w.committeeId }),
        refusal: invalid('input.orgUnitId', 'notACity'),
      },
      {
        name: 'for a year it already has, without its version',
        input: (w) => newCalendar(w, { year: 2023 }),
        refusal: conflict,
      },
      { name: 'from an analyst', input: (w) => newCalendar(w), refusal: forbidden, as: 'intraserviceAnalyst' },
      {
        name: "from a committee's administrator",
        input: (w) => newCalendar(w),
        refusal: forbidden,
        as: 'committeeAdministrator',
      },
    ],
  },
  {
    mutation: 'setReminderFrequency',
    document: SET_REMINDER_FREQUENCY,
    cases: [
      { name: 'with a frequency outside the list', input: () => ({ frequency: 'MONTHLY' }), refusal: notCoercible },
      { name: 'without a frequency', input: () => ({}), refusal: notCoercible },
      {
        name: 'with a version that is no version',
        input: () => ({ frequency: 'WEEKLY', expectedVersion: 0 }),
        refusal: invalid('input.expectedVersion', 'invalidVersion'),
      },
      {
        name: 'with a version before any choice was made',
        input: () => ({ frequency: 'WEEKLY', expectedVersion: 3 }),
        refusal: conflict,
      },
    ],
  },
  {
    mutation: 'retryReminderMail',
    document: RETRY_REMINDER_MAIL,
    cases: [
      { name: 'with an id that is no id', input: () => ({ id: 'första' }), refusal: invalid('input.id', 'invalidId') },
      { name: 'for a mail that does not exist', input: () => ({ id: UNUSED_ID }), refusal: notFound },
      { name: 'from an analyst', input: () => ({ id: UNUSED_ID }), refusal: forbidden, as: 'intraserviceAnalyst' },
    ],
  },
  {
    mutation: 'setReportingPeriodDeadline',
    document: MOVE_DEADLINE,
    cases: [
      { name: 'without a deadline', input: (w) => without(deadlineMove(w), 'deadline'), refusal: notCoercible },
      ...['2023-05-31', '2023-04-30'].map((deadline): BadInput => ({
        name: `with the deadline ${deadline}, not after the period's end`,
        input: (w) => deadlineMove(w, { deadline }),
        refusal: invalid('input.deadline', 'deadlineNotAfterPeriodEnd'),
      })),
      {
        name: 'with a deadline more than a year after the period',
        input: (w) => deadlineMove(w, { deadline: '2024-06-01' }),
        refusal: invalid('input.deadline', 'deadlineTooLate'),
      },
      {
        name: 'with a day that does not exist',
        input: (w) => deadlineMove(w, { deadline: '2023-06-31' }),
        refusal: invalid('input.deadline', 'invalidDate'),
      },
      {
        name: 'with a stale expectedVersion',
        input: (w) => deadlineMove(w, { expectedVersion: 1 }),
        refusal: conflict,
      },
      {
        name: 'for a period that does not exist',
        input: (w) => deadlineMove(w, { periodId: UNUSED_ID }),
        refusal: notFound,
      },
      { name: 'from an analyst', input: (w) => deadlineMove(w), refusal: forbidden, as: 'intraserviceAnalyst' },
    ],
  },
  {
    mutation: 'setReportingLevelDeadline',
    document: SET_LEVEL_DEADLINE,
    cases: [
      {
        name: 'with a level outside the list',
        input: (w) => deadlineMove(w, { level: 'TEAM' }),
        refusal: notCoercible,
      },
      {
        name: "with a deadline not after the period's end",
        input: (w) => deadlineMove(w, { level: 'BUSINESS_AREA', deadline: '2023-05-15' }),
        refusal: invalid('input.deadline', 'deadlineNotAfterPeriodEnd'),
      },
      {
        name: 'with a stale expectedVersion',
        input: (w) => deadlineMove(w, { level: 'BUSINESS_AREA', expectedVersion: 1 }),
        refusal: conflict,
      },
    ],
  },
  {
    mutation: 'closeReportingPeriod',
    document: CLOSE_PERIOD,
    cases: [
      {
        name: 'a period already closed',
        input: (w) => ({ periodId: w.closedPeriodId, expectedVersion: 1 }),
        refusal: invalid('input.periodId', 'periodClosed'),
      },
      {
        name: 'with a reason of 1 001 characters',
        input: (w) => ({ periodId: w.openPeriodId, expectedVersion: 2, reason: 'x'.repeat(1001) }),
        refusal: invalid('input.reason', 'tooLong'),
      },
      {
        name: 'with a stale expectedVersion',
        input: (w) => ({ periodId: w.openPeriodId, expectedVersion: 1 }),
        refusal: conflict,
      },
      {
        name: 'from an analyst',
        input: (w) => ({ periodId: w.openPeriodId, expectedVersion: 2 }),
        refusal: forbidden,
        as: 'intraserviceAnalyst',
      },
    ],
  },
  {
    mutation: 'reopenReportingPeriod',
    document: REOPEN_PERIOD,
    cases: [
      {
        name: 'without a reason',
        input: (w) => ({ periodId: w.closedPeriodId, expectedVersion: 1 }),
        refusal: notCoercible,
      },
      {
        name: 'with a blank reason',
        input: (w) => ({ periodId: w.closedPeriodId, expectedVersion: 1, reason: '   ' }),
        refusal: invalid('input.reason', 'required'),
      },
      {
        name: 'a period that is open',
        input: (w) => ({ periodId: w.openPeriodId, expectedVersion: 2, reason: 'Fel' }),
        refusal: invalid('input.periodId', 'periodOpen'),
      },
      {
        name: "from a committee's administrator",
        input: (w) => ({ periodId: w.closedPeriodId, expectedVersion: 1, reason: 'Fel' }),
        refusal: forbidden,
        as: 'committeeAdministrator',
      },
    ],
  },
];

/** Text that is unusual or looks like an attack, but is valid text and must be kept as written. */
const VALID_TEXTS = [
  { kind: 'Unicode and emoji', text: 'Åsa Öberg-Ängström 👩🏽‍💻 李小龍 مرحبا Ω≈ç√ 🇸🇪' },
  { kind: 'SQL-looking text', text: SQL_TEXT },
  { kind: 'script-looking text', text: SCRIPT_TEXT },
];

describe('bad input to every mutation', () => {
  let server: GraphqlTestServer;
  let world: World;
  let actors: Record<Actor, Awaited<ReturnType<GraphqlTestServer['createUser']>>>;
  let tablesAtStart: string[];
  let consoleError: jest.SpiedFunction<typeof console.error>;
  /** Each valid-text case writes a record of its own: a new email, a new month (July onwards). */
  let nextSerial = 0;
  let nextMonth = 7;

  async function tableNames(): Promise<string[]> {
    const rows = await server.prisma.$queryRaw<{ tablename: string }[]>`
      SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename`;
    return rows.map((row) => row.tablename);
  }

  /**
   * Everything a mutation could write: a digest of each table's rows, by table, read in one
   * statement (every case reads it twice, and there are hundreds of cases).
   */
  async function snapshot(): Promise<Record<string, string>> {
    const digests = tablesAtStart.map(
      (table) =>
        `SELECT '${table}' AS "table", md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS digest FROM "${table}" t`,
    );
    const rows = await server.prisma.$queryRawUnsafe<{ table: string; digest: string }[]>(digests.join(' UNION ALL '));
    return Object.fromEntries(rows.map(({ table, digest }) => [table, digest]));
  }

  beforeAll(async () => {
    server = await startGraphqlTestServer();
    const fixture = await createPortfolioFixture(server.prisma);
    const { prisma } = server;
    const goal = await prisma.goal.findFirstOrThrow({
      where: { orgUnitId: fixture.committee.id },
      orderBy: { id: 'asc' },
    });
    const monthIndicator = await prisma.indicator.findFirstOrThrow({ where: { code: 'SJUKFRANVARO-1' } });
    // As if someone else had saved since the forms of the stale-version cases were opened.
    await prisma.project.updateMany({ where: { id: fixture.telephony.id }, data: { version: 2 } });
    await prisma.goalAssessment.updateMany({ where: { goalId: goal.id, year: 2023, month: 3 }, data: { version: 2 } });
    await prisma.indicatorValue.updateMany({
      where: { indicatorId: monthIndicator.id, granularity: 'MONTH', year: 2023, periodNumber: 5 },
      data: { version: 2 },
    });
    await prisma.indicator.update({ where: { id: monthIndicator.id }, data: { version: 2 } });
    // The fixture's indicators are all monthly; impossible periods need a tertial and a yearly one.
    const indicator = { orgUnitId: fixture.committee.id, direction: 'HIGHER_IS_BETTER' } as const;
    const tertialIndicator = await prisma.indicator.create({
      data: { ...indicator, code: 'FAKTUROR', name: 'Hanterade fakturor', unit: 'COUNT', periodicity: 'TERTIAL' },
    });
    const yearIndicator = await prisma.indicator.create({
      data: { ...indicator, code: 'NOJDHET', name: 'Nöjda kunder', unit: 'PERCENT', periodicity: 'YEAR' },
    });
    const user = await prisma.user.create({
      data: {
        email: 'berit.befintlig@test.lagesbild.se',
        name: 'Berit Befintlig',
        passwordHash: await hashPassword(PASSWORD),
        version: 2,
        roles: { create: { role: 'VIEWER', orgUnitId: fixture.committee.id } },
      },
    });
    const businessArea = await prisma.orgUnit.update({
      where: { code: 'digital-infrastruktur' },
      data: { version: 2 },
    });
    const city = await prisma.orgUnit.findUniqueOrThrow({ where: { code: 'goteborg' } });
    const month = (number: number) => ({
      kind: 'MONTH' as const,
      number,
      startDate: new Date(Date.UTC(2023, number - 1, 1)),
      endDate: new Date(Date.UTC(2023, number, 0)),
      deadline: new Date(Date.UTC(2023, number, 12)),
    });
    const calendar = await prisma.reportingCalendar.create({
      data: {
        orgUnitId: city.id,
        year: 2023,
        periods: {
          create: [
            { ...month(4), status: 'CLOSED' },
            { ...month(5), version: 2 },
          ],
        },
      },
      include: { periods: true },
    });
    world = {
      committeeId: String(fixture.committee.id),
      cityId: String(city.id),
      businessAreaId: String(businessArea.id),
      otherCommitteeId: String(fixture.otherCommittee.id),
      goalId: String(goal.id),
      otherGoalId: String(fixture.otherGoal.id),
      monthIndicatorId: String(monthIndicator.id),
      tertialIndicatorId: String(tertialIndicator.id),
      yearIndicatorId: String(yearIndicator.id),
      otherIndicatorId: String(fixture.otherIndicator.id),
      projectId: String(fixture.telephony.id),
      latestStatusUpdateId: String(fixture.latestTelephonyStatusUpdate.id),
      portfolioId: String(fixture.portfolio.id),
      otherProjectId: String(fixture.otherProject.id),
      otherPortfolioId: String(fixture.otherPortfolio.id),
      notStartedProjectId: String(fixture.notStarted.id),
      userId: String(user.id),
      userEmail: user.email,
      openPeriodId: String(calendar.periods.find((period) => period.number === 5)!.id),
      closedPeriodId: String(calendar.periods.find((period) => period.number === 4)!.id),
    };
    actors = {
      administrator: await server.createUser(
        [
          { role: 'ADMIN', orgUnitCode: 'goteborg' },
          { role: 'ANALYST', orgUnitCode: 'goteborg' },
          { role: 'PORTFOLIO_OFFICE', orgUnitCode: 'goteborg' },
        ],
        'Ada Administratör',
      ),
      committeeAdministrator: await server.createUser([{ role: 'ADMIN', orgUnitCode: 'intraservice' }]),
      intraserviceAnalyst: await server.createUser([{ role: 'ANALYST', orgUnitCode: 'intraservice' }]),
      intraserviceViewer: await server.createUser([{ role: 'VIEWER', orgUnitCode: 'intraservice' }]),
    };
    tablesAtStart = await tableNames();
  });
  afterAll(() => server.stop());

  // The server logs unexpected failures in full; a refusal is expected and must not be logged.
  beforeEach(() => {
    consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => consoleError.mockRestore());

  /** No stack trace and no word of the database layer, in the message or as an extension. */
  function expectNothingLeaked(errors: readonly GraphqlError[]): void {
    for (const { message, extensions } of errors) {
      expect(message).not.toMatch(/\n\s+at |\bat .+:\d+:\d+|node_modules|\.ts:\d+/);
      expect(message).not.toMatch(/prisma|sql/i);
      expect(Object.keys(extensions ?? {})).not.toContain('stacktrace');
      expect(Object.keys(extensions ?? {})).not.toContain('exception');
    }
  }

  describe.each(MUTATIONS)('$mutation refuses input', ({ document, cases }) => {
    async function expectRefused({ input, refusal, as = 'administrator' }: BadInput): Promise<void> {
      server.actAs(actors[as]);
      const before = await snapshot();

      const errors = await server.queryErrorsWithUncheckedVariables(document, { input: input(world) });

      const { extensions, message } = errors[0]!;
      expect(extensions?.code).toBe(refusal.code);
      if ('notCoercible' in refusal) {
        // GraphQL's own check of the variables against the schema, before any resolver runs.
        expect(message).toMatch(/^Variable "\$input" got invalid value/);
      } else if ('field' in refusal) {
        expect(extensions?.fieldErrors).toEqual([
          { field: refusal.field, message: refusal.message ?? (expect.any(String) as unknown) },
        ]);
      }
      expectNothingLeaked(errors);
      expect(consoleError).not.toHaveBeenCalled();
      expect(await snapshot()).toEqual(before);
    }

    it.each(cases)('$name', expectRefused);
  });

  describe.each(VALID_TEXTS)('$kind is valid text, stored and answered as written', ({ text }) => {
    beforeEach(() => server.actAs(actors.administrator));
    afterEach(async () => {
      // Nothing was run as SQL: every table is still there.
      expect(await tableNames()).toEqual(tablesAtStart);
    });

    it('as the name of a new user', async () => {
      const email = `ny.${++nextSerial}@test.lagesbild.se`;
      const { createUser } = await server.query(CREATE_USER, {
        input: newUser(world, { email, name: text }),
      });
      expect(createUser.name).toBe(text);
      expect((await server.prisma.user.findUniqueOrThrow({ where: { email } })).name).toBe(text);
    });

    it('as the new name of a user', async () => {
      const user = await server.prisma.user.create({
        data: { email: `byter.namn.${++nextSerial}@test.lagesbild.se`, name: 'Byter Namn' },
      });
      const { updateUser } = await server.query(UPDATE_USER, {
        input: userChange(world, { id: String(user.id), expectedVersion: user.version, name: text }),
      });
      expect(updateUser.name).toBe(text);
      expect((await server.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe(text);
    });

    it("as the comment of a goal's assessment", async () => {
      const month = nextMonth++;
      const { setGoalAssessment } = await server.query(SET_ASSESSMENT, {
        input: assessment(world, { month, comment: text }),
      });
      expect(setGoalAssessment.comment).toBe(text);
      const stored = await server.prisma.goalAssessment.findUniqueOrThrow({
        where: { goalId_year_month: { goalId: Number(world.goalId), year: 2023, month } },
      });
      expect(stored.comment).toBe(text);
    });

    it("as the comment of an indicator's value", async () => {
      const month = nextMonth++;
      const { saveIndicatorValue } = await server.query(SAVE_VALUE, {
        input: value(world, { period: `2023-${String(month).padStart(2, '0')}`, expectedVersion: null, comment: text }),
      });
      expect(saveIndicatorValue.comment).toBe(text);
      const stored = await server.prisma.indicatorValue.findUniqueOrThrow({
        where: {
          indicatorId_granularity_year_periodNumber: {
            indicatorId: Number(world.monthIndicatorId),
            granularity: 'MONTH',
            year: 2023,
            periodNumber: month,
          },
        },
      });
      expect(stored.comment).toBe(text);
    });
  });

  describe("the audit log's filter refuses a date it cannot read, rather than leaving it out or reading another day", () => {
    const AUDIT_LOG = graphql(`
      query BadInputTest_AuditLog($filter: AuditLogFilter) {
        auditLog(filter: $filter) {
          events {
            id
          }
          nextCursor
        }
      }
    `);

    it.each([
      ['text', 'from', 'förra veckan'],
      ['a bare number, which JavaScript reads as a year 2001 date', 'from', '12'],
      ['a day that does not exist', 'to', '2023-02-30'],
      ['a far-future date', 'to', FAR_FUTURE_DATE],
      ['a date in another notation', 'from', '31/12/2023'],
    ])('%s', async (_case, field, date) => {
      server.actAs(actors.administrator);
      const errors = await server.queryErrors(AUDIT_LOG, { filter: { [field]: date } });
      expect(errors[0]!.extensions?.code).toBe('BAD_USER_INPUT');
      expect(errors[0]!.extensions?.fieldErrors).toEqual([
        { field: `arguments.filter.${field}`, message: 'invalidDate' },
      ]);
    });

    it('reads a date, and a date and time with its offset', async () => {
      server.actAs(actors.administrator);
      const { auditLog } = await server.query(AUDIT_LOG, {
        filter: { from: '2023-01-01', to: '2100-01-01T12:00:00+01:00' },
      });
      expect(auditLog.events.length).toBeGreaterThan(0);
    });
  });

  it('a conflict on a user does not hand out its password hash', async () => {
    server.actAs(actors.administrator);
    const errors = await server.queryErrors(UPDATE_USER, { input: userChange(world, { expectedVersion: 1 }) });
    expect(errors[0]!.extensions?.code).toBe('CONFLICT');
    expect(JSON.stringify(errors)).not.toMatch(/passwordHash|\$argon2/);
  });
});
