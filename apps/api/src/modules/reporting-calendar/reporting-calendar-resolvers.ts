import {
  closeReportingPeriodInputSchema,
  generateReportingCalendarInputSchema,
  idSchema,
  reopenReportingPeriodInputSchema,
  setReportingLevelDeadlineInputSchema,
  setReportingPeriodDeadlineInputSchema,
  toIsoDate,
  yearSchema,
} from '@lagesbild/types';
import type { Resolvers } from '../../generated/resolver-types';
import type { AccessRules } from '../../authorization/access-rules';
import { parseInput, requireId } from '../../errors';
import {
  closeReportingPeriod,
  deadlineAtLevel,
  findPeriodCityId,
  findReportingCalendar,
  generateReportingCalendar,
  listReportingCalendarYears,
  reopenReportingPeriod,
  ruleDeadlineOf,
  setReportingLevelDeadline,
  setReportingPeriodDeadline,
} from './reporting-calendar-service';

const calendarYearSchema = yearSchema();

/** A field of a mutation's input as sent, before it is parsed. */
const inputField = (args: Record<string, unknown>, field: string): unknown =>
  (args.input as Record<string, unknown> | undefined)?.[field];

export const reportingCalendarResolvers: Resolvers = {
  Query: {
    reportingCalendar: (_parent, { year, orgUnitId }, { prisma }) =>
      findReportingCalendar(
        prisma,
        parseInput(calendarYearSchema, year, 'year'),
        orgUnitId == null ? null : parseInput(idSchema, orgUnitId, 'orgUnitId'),
      ),
    reportingCalendarYears: (_parent, _args, { prisma }) => listReportingCalendarYears(prisma),
  },
  Mutation: {
    generateReportingCalendar: (_parent, { input }, { mutate }) =>
      mutate('generateReportingCalendar', (tx) =>
        generateReportingCalendar(tx, parseInput(generateReportingCalendarInputSchema, input, 'input')),
      ),
    setReportingPeriodDeadline: (_parent, { input }, { mutate }) =>
      mutate('setReportingPeriodDeadline', (tx) =>
        setReportingPeriodDeadline(tx, parseInput(setReportingPeriodDeadlineInputSchema, input, 'input')),
      ),
    setReportingLevelDeadline: (_parent, { input }, { mutate }) =>
      mutate('setReportingLevelDeadline', (tx) =>
        setReportingLevelDeadline(tx, parseInput(setReportingLevelDeadlineInputSchema, input, 'input')),
      ),
    closeReportingPeriod: (_parent, { input }, { mutate }) =>
      mutate('closeReportingPeriod', (tx) =>
        closeReportingPeriod(tx, parseInput(closeReportingPeriodInputSchema, input, 'input')),
      ),
    reopenReportingPeriod: (_parent, { input }, { mutate }) =>
      mutate('reopenReportingPeriod', (tx) =>
        reopenReportingPeriod(tx, parseInput(reopenReportingPeriodInputSchema, input, 'input')),
      ),
  },
  ReportingCalendar: {
    orgUnitId: (calendar) => String(calendar.orgUnitId),
  },
  ReportingPeriod: {
    year: (period) => period.calendar.year,
    startDate: (period) => toIsoDate(period.startDate),
    endDate: (period) => toIsoDate(period.endDate),
    deadline: (period) => toIsoDate(period.deadline),
    ruleDeadline: (period) => ruleDeadlineOf(period),
    deadlineAt: (period, { level }) => deadlineAtLevel(period, level),
    closedAt: (period) => period.closedAt?.toISOString() ?? null,
  },
  ReportingLevelDeadline: {
    deadline: (levelDeadline) => toIsoDate(levelDeadline.deadline),
  },
};

/** The city whose calendar a period mutation changes (a malformed id is a field error first). */
const cityOfPeriod = (args: Record<string, unknown>, { prisma }: { prisma: Parameters<typeof findPeriodCityId>[0] }) =>
  findPeriodCityId(prisma, requireId(inputField(args, 'periodId'), 'input.periodId'));

export const reportingCalendarRules: AccessRules = {
  Query: {
    reportingCalendar: { kind: 'signedIn' },
    reportingCalendarYears: { kind: 'signedIn' },
  },
  Mutation: {
    generateReportingCalendar: {
      kind: 'role',
      role: 'ADMIN',
      orgUnitOf: (args) => Promise.resolve(requireId(inputField(args, 'orgUnitId'), 'input.orgUnitId')),
    },
    setReportingPeriodDeadline: { kind: 'role', role: 'ADMIN', orgUnitOf: cityOfPeriod },
    setReportingLevelDeadline: { kind: 'role', role: 'ADMIN', orgUnitOf: cityOfPeriod },
    closeReportingPeriod: { kind: 'role', role: 'ADMIN', orgUnitOf: cityOfPeriod },
    reopenReportingPeriod: { kind: 'role', role: 'ADMIN', orgUnitOf: cityOfPeriod },
  },
  types: {
    ReportingCalendar: { kind: 'public', reason: "the city's reporting calendar: periods and deadlines" },
    ReportingPeriod: { kind: 'public', reason: "the city's reporting calendar: periods and deadlines" },
    ReportingLevelDeadline: { kind: 'public', reason: "the city's reporting calendar: periods and deadlines" },
  },
};
