import type { ReportModel } from '@lagesbild/db';
import {
  createReportInputSchema,
  reportTransitionInputSchema,
  saveReportSectionTextInputSchema,
  sendBackReportInputSchema,
} from '@lagesbild/types';
import type { ReportContent } from '@lagesbild/types';
import type { Resolvers } from '../../generated/resolver-types';
import type { RequestContext } from '../../context';
import type { AccessRules, RootRule } from '../../authorization/access-rules';
import {
  approveReport,
  compareWithPrevious,
  compileForApproval,
  createReport,
  findReport,
  listReportsOfUnit,
  readReportContent,
  saveReportSectionText,
  sendBackReport,
  submitReport,
} from './report-service';
import { parseInput, requireId } from '../../errors';

/** Compiled once per request and report, however many fields (content, comparison) ask for it. */
const contentCache = new WeakMap<object, Map<number, Promise<ReportContent>>>();

export function contentOfReport(context: RequestContext, report: ReportModel): Promise<ReportContent> {
  let cache = contentCache.get(context.loaders);
  if (!cache) {
    cache = new Map();
    contentCache.set(context.loaders, cache);
  }
  const key = report.id * 10 + (report.status === 'APPROVED' ? 1 : 0);
  let content = cache.get(key);
  if (!content) {
    content = readReportContent(context, report);
    cache.set(key, content);
  }
  return content;
}

export const reportResolvers: Resolvers = {
  Query: {
    report: (_parent, { id }, { prisma }) => findReport(prisma, requireId(id, 'id')),
    reports: (_parent, { orgUnitCode, year }, { prisma }) => listReportsOfUnit(prisma, orgUnitCode, year),
  },
  Mutation: {
    createReport: (_parent, { input }, { mutate }) =>
      mutate('createReport', (tx) => createReport(tx, parseInput(createReportInputSchema, input, 'input'))),
    saveReportSectionText: (_parent, { input }, { mutate, viewer }) =>
      mutate('saveReportSectionText', (tx) =>
        saveReportSectionText(tx, parseInput(saveReportSectionTextInputSchema, input, 'input'), viewer!.id),
      ),
    submitReport: (_parent, { input }, { mutate }) =>
      mutate('submitReport', (tx) => submitReport(tx, parseInput(reportTransitionInputSchema, input, 'input'))),
    sendBackReport: (_parent, { input }, { mutate, viewer }) =>
      mutate('sendBackReport', (tx) =>
        sendBackReport(tx, parseInput(sendBackReportInputSchema, input, 'input'), viewer!.id),
      ),
    approveReport: async (_parent, { input }, context) => {
      const parsed = parseInput(reportTransitionInputSchema, input, 'input');
      const frozenAt = new Date();
      const snapshot = await compileForApproval(context, parsed, frozenAt);
      return context.mutate('approveReport', (tx) => approveReport(tx, parsed, snapshot, frozenAt, context.viewer!.id));
    },
  },
  Report: {
    orgUnit: async (report, _args, { loaders }) => (await loaders.orgUnitById.load(report.orgUnitId))!,
    period: (report) => ({ year: report.year, month: report.month }),
    frozenAt: (report) => report.frozenAt?.toISOString() ?? null,
    approvedBy: (report, _args, { loaders }) =>
      report.approvedById === null ? null : loaders.userById.load(report.approvedById),
    createdAt: (report) => report.createdAt.toISOString(),
    content: (report, _args, context) => contentOfReport(context, report),
    comments: (report, _args, { loaders }) => loaders.commentsOfReport.load(report.id),
    comparison: (report, _args, context) =>
      compareWithPrevious(context, report, (which) => contentOfReport(context, which)),
    viewerCanApprove: (report, _args, { access }) =>
      report.status === 'SUBMITTED' && access.holds('APPROVER', report.orgUnitId),
    viewerCanEdit: (report, _args, { access }) =>
      report.status !== 'APPROVED' && access.holds('ANALYST', report.orgUnitId),
  },
  ReportComment: {
    author: (comment, _args, { loaders }) =>
      comment.authorId === null ? null : loaders.userById.load(comment.authorId),
    createdAt: (comment) => comment.createdAt.toISOString(),
  },
};

const unitOfReport = async (reportId: unknown, field: string, { loaders }: RequestContext) =>
  (await loaders.reportById.load(requireId(reportId, field)))?.orgUnitId ?? null;

const inputOf = (args: Record<string, unknown>) => (args.input ?? {}) as Record<string, unknown>;

/**
 * Writing and submitting is for the unit's analysts; sending back and approving for its
 * approvers (the department head) and administrators.
 */
const reportRule = (role: 'ANALYST' | 'APPROVER'): RootRule => ({
  kind: 'role',
  role,
  orgUnitOf: (args, context) => unitOfReport(inputOf(args).reportId, 'input.reportId', context),
});

const throughItsReport = { kind: 'public', reason: 'reached only through its report, already checked' } as const;

export const reportRules: AccessRules = {
  Query: {
    report: { kind: 'signedIn' },
    reports: { kind: 'signedIn' },
  },
  Mutation: {
    createReport: {
      kind: 'role',
      role: 'ANALYST',
      orgUnitOf: (args) => Promise.resolve(requireId(inputOf(args).orgUnitId, 'input.orgUnitId')),
    },
    saveReportSectionText: {
      kind: 'role',
      role: 'ANALYST',
      orgUnitOf: async (args, context) => {
        const section = await context.loaders.reportSectionById.load(
          requireId(inputOf(args).sectionId, 'input.sectionId'),
        );
        return section ? unitOfReport(section.reportId, 'input.sectionId', context) : null;
      },
    },
    submitReport: reportRule('ANALYST'),
    sendBackReport: reportRule('APPROVER'),
    approveReport: reportRule('APPROVER'),
  },
  types: {
    // Its tables cover the unit's subtree and its texts name the units, so it cannot be filtered per reader.
    Report: { kind: 'orgUnitSubtree', orgUnitOf: (report: { orgUnitId: number }) => report.orgUnitId },
    ReportComment: throughItsReport,
    ReportContent: throughItsReport,
    ReportSectionContent: throughItsReport,
    ReportGoalRow: throughItsReport,
    ReportIndicatorTable: throughItsReport,
    ReportIndicatorRow: throughItsReport,
    ReportActivityRow: throughItsReport,
    ReportAssignmentRow: throughItsReport,
    ReportFinancialLineRow: throughItsReport,
    ReportBusinessAreaRow: throughItsReport,
    ReportPortfolioRow: throughItsReport,
    ReportProjectRow: throughItsReport,
    ReportProjectDeviation: throughItsReport,
    ReportRiskRow: throughItsReport,
    ReportChart: throughItsReport,
    ReportChartSeries: throughItsReport,
    ReportComparison: throughItsReport,
    ReportColourChange: throughItsReport,
    ReportForecastChange: throughItsReport,
    ReportAssignmentChange: throughItsReport,
  },
};
