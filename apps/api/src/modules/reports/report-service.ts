import { planReportSections } from '@lagesbild/db';
import type { Prisma, PrismaClient, ReportModel } from '@lagesbild/db';
import type {
  ReportContent,
  createReportInputSchema,
  reportTransitionInputSchema,
  saveReportSectionTextInputSchema,
  sendBackReportInputSchema,
} from '@lagesbild/types';
import type { z } from 'zod';
import type { Transaction } from '../audit';
import { ensurePerspectivesOfYear, listPerspectivesOfYear } from '../perspectives';
import { compileReportContent } from './report-compiler';
import type { CompileSources, StoredSection } from './report-compiler';
import { compareReportContents } from './report-comparison';
import type { ReportComparisonRow } from './report-comparison';
import { conflict, fieldError, isRecordNotFound, isUniqueViolation, notFound } from '../../errors';

type Input<Schema extends z.ZodType> = z.output<Schema>;
type Reader = PrismaClient | Transaction;

const SECTION_WITH_AUTHOR = { updatedBy: { select: { id: true, name: true } } } as const;

/** The reports of a unit whose period falls in the year, the latest period first. */
export function listReportsOfUnit(prisma: PrismaClient, orgUnitCode: string, year: number): Promise<ReportModel[]> {
  return prisma.report.findMany({
    where: { orgUnit: { code: orgUnitCode }, year },
    orderBy: [{ month: 'desc' }, { type: 'asc' }, { id: 'desc' }],
  });
}

export function findReport(prisma: Reader, id: number): Promise<ReportModel | null> {
  return prisma.report.findUnique({ where: { id } });
}

/** The report of the same unit for the latest period before this one, of any type. */
export function findPreviousReport(prisma: PrismaClient, report: ReportModel): Promise<ReportModel | null> {
  return prisma.report.findFirst({
    where: {
      orgUnitId: report.orgUnitId,
      OR: [{ year: { lt: report.year } }, { year: report.year, month: { lt: report.month } }],
    },
    orderBy: [{ year: 'desc' }, { month: 'desc' }, { id: 'desc' }],
  });
}

function readSections(prisma: Reader, reportId: number): Promise<StoredSection[]> {
  return prisma.reportSection.findMany({
    where: { reportId },
    include: SECTION_WITH_AUTHOR,
    orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
  });
}

/** What the report shows: its frozen snapshot once approved, otherwise compiled from the live data. */
export async function readReportContent(sources: CompileSources, report: ReportModel): Promise<ReportContent> {
  if (report.status === 'APPROVED' && report.snapshot)
    return withFigureMarks(report.snapshot as unknown as ReportContent);
  return compileReportContent(sources, report, await readSections(sources.prisma, report.id));
}

/**
 * A snapshot frozen before the content said which figures are generated, demo values or sums
 * reads as it was printed then: nothing marked (they were not marked then either).
 */
function withFigureMarks(content: ReportContent): ReportContent {
  // Typed as the stored JSON may hold them: absent in a snapshot frozen before them.
  const orFalse = (flag: boolean | undefined) => flag ?? false;
  const orNone = (names: string[] | undefined) => names ?? [];
  return {
    ...content,
    sections: content.sections.map((section) => ({
      ...section,
      indicatorTables: section.indicatorTables.map((table) => ({
        ...table,
        rows: table.rows.map((row) => ({
          ...row,
          statusSetByHand: orFalse(row.statusSetByHand),
          isGenerated: orFalse(row.isGenerated),
          previousYearIsGenerated: orFalse(row.previousYearIsGenerated),
        })),
      })),
      financialLines: section.financialLines.map((line) => ({ ...line, rolledUpFrom: orNone(line.rolledUpFrom) })),
      businessAreaResults: section.businessAreaResults.map((row) => ({
        ...row,
        rolledUpFrom: orNone(row.rolledUpFrom),
      })),
      risks: section.risks.map((risk) => ({ ...risk, isDemoValue: orFalse(risk.isDemoValue) })),
      charts: section.charts.map((chart) => ({ ...chart, generatedCategories: orNone(chart.generatedCategories) })),
    })),
  };
}

/** The report compared with the previous one of its unit, each read as it shows itself. */
export async function compareWithPrevious(
  sources: CompileSources,
  report: ReportModel,
  contentOf: (report: ReportModel) => Promise<ReportContent>,
): Promise<ReportComparisonRow> {
  const previous = await findPreviousReport(sources.prisma, report);
  if (!previous) return { previous: null, colourChanges: [], forecastChanges: [], assignmentChanges: [] };
  const [current, before] = await Promise.all([contentOf(report), contentOf(previous)]);
  return { previous, ...compareReportContents(current, before) };
}

/**
 * A draft report with its sections in the order of source 000: the summary, one per
 * perspective, activities, assignments, economy, portfolio and risks. One per unit, type
 * and period: a second is refused beside the type field.
 */
export async function createReport(
  tx: Transaction,
  input: Input<typeof createReportInputSchema>,
): Promise<ReportModel> {
  const { orgUnitId, type, period } = input;
  const existing = await tx.report.findUnique({
    where: { orgUnitId_type_year_month: { orgUnitId, type, year: period.year, month: period.month } },
  });
  if (existing) throw fieldError('input.type', 'report.alreadyExists');
  const report = await tx.report
    .create({ data: { orgUnitId, type, year: period.year, month: period.month } })
    .catch((error: unknown) => {
      // Created by someone else at the same moment: the unique key refused this one.
      throw isUniqueViolation(error) ? fieldError('input.type', 'report.alreadyExists') : error;
    });
  // A report of a year not yet set up gets the year's perspectives copied from the latest
  // earlier year first, so its sections follow the steering model it is written under.
  await ensurePerspectivesOfYear(tx, period.year);
  const perspectives = await listPerspectivesOfYear(tx, period.year);
  // One by one: every written record gets its own audit event.
  for (const section of planReportSections(perspectives)) {
    await tx.reportSection.create({ data: { ...section, reportId: report.id } });
  }
  return report;
}

/** The report as the user last saw it: refused as a conflict when someone has written since. */
async function reportAtVersion(tx: Transaction, reportId: number, expectedVersion: number): Promise<ReportModel> {
  const report = await findReport(tx, reportId);
  if (!report) throw notFound();
  if (report.version !== expectedVersion)
    throw conflict({ id: String(report.id), version: report.version, status: report.status });
  return report;
}

async function updateReportAtVersion(
  tx: Transaction,
  report: ReportModel,
  data: Prisma.ReportUncheckedUpdateInput,
): Promise<ReportModel> {
  try {
    return await tx.report.update({
      where: { id: report.id, version: report.version },
      data: { ...data, version: { increment: 1 } },
    });
  } catch (error) {
    if (!isRecordNotFound(error)) throw error;
    const now = await findReport(tx, report.id);
    throw now ? conflict({ id: String(now.id), version: now.version, status: now.status }) : notFound();
  }
}

/**
 * Saves a section's analysis text as draft, if the editor saw the current text: a colleague
 * who saved in between makes it a conflict that hands back their text. Only a draft is
 * written in; a submitted report is sent back first, an approved one never changes.
 */
export async function saveReportSectionText(
  tx: Transaction,
  input: Input<typeof saveReportSectionTextInputSchema>,
  userId: number,
): Promise<ReportModel> {
  // The report's row first: a submission saved at the same moment waits for this text (and then
  // submits it), or is waited for (and the text is refused as no longer a draft's).
  await tx.$queryRaw`
    SELECT 1 FROM "Report" r JOIN "ReportSection" s ON s."reportId" = r."id" WHERE s."id" = ${input.sectionId}
    FOR UPDATE OF r`;
  const section = await tx.reportSection.findUnique({ where: { id: input.sectionId }, include: { report: true } });
  if (!section) throw notFound();
  if (section.report.status !== 'DRAFT') {
    throw fieldError(
      'input.sectionId',
      section.report.status === 'APPROVED' ? 'report.approvedIsFrozen' : 'report.notDraft',
    );
  }
  const sectionConflict = async () => {
    const now = await tx.reportSection.findUnique({ where: { id: section.id }, include: SECTION_WITH_AUTHOR });
    return conflict(
      now && {
        id: String(now.id),
        analysisText: now.analysisText,
        analysisVersion: now.version,
        analysisUpdatedBy: now.updatedBy && { id: String(now.updatedBy.id), name: now.updatedBy.name },
        analysisUpdatedAt: now.updatedAt.toISOString(),
      },
    );
  };
  if (section.version !== input.expectedVersion) throw await sectionConflict();
  try {
    await tx.reportSection.update({
      where: { id: section.id, version: section.version },
      data: { analysisText: input.text, updatedById: userId, version: { increment: 1 } },
    });
  } catch (error) {
    if (isRecordNotFound(error)) throw await sectionConflict();
    throw error;
  }
  return tx.report.update({ where: { id: section.reportId }, data: { version: { increment: 1 } } });
}

function requireStatus(report: ReportModel, status: ReportModel['status'], message: string): void {
  if (report.status !== status) throw fieldError('input.reportId', message);
}

/** Draft → submitted. */
export async function submitReport(
  tx: Transaction,
  input: Input<typeof reportTransitionInputSchema>,
): Promise<ReportModel> {
  const report = await reportAtVersion(tx, input.reportId, input.expectedVersion);
  requireStatus(report, 'DRAFT', 'report.notDraft');
  return updateReportAtVersion(tx, report, { status: 'SUBMITTED' });
}

/** Submitted → draft, with the comment saying why, kept with the report. */
export async function sendBackReport(
  tx: Transaction,
  input: Input<typeof sendBackReportInputSchema>,
  userId: number,
): Promise<ReportModel> {
  const report = await reportAtVersion(tx, input.reportId, input.expectedVersion);
  requireStatus(report, 'SUBMITTED', 'report.notSubmitted');
  await tx.reportComment.create({ data: { reportId: report.id, authorId: userId, text: input.comment } });
  return updateReportAtVersion(tx, report, { status: 'DRAFT' });
}

/**
 * The content an approval freezes, compiled before the approval's transaction opens (an
 * embedded database has one connection, which the transaction holds). The report's version
 * ties the two together: every text save bumps it, so approving checks that nothing was
 * written between this compilation and the approval.
 */
export async function compileForApproval(
  sources: CompileSources,
  input: Input<typeof reportTransitionInputSchema>,
  frozenAt: Date,
): Promise<ReportContent | null> {
  const report = await findReport(sources.prisma, input.reportId);
  if (!report || report.version !== input.expectedVersion || report.status !== 'SUBMITTED') return null;
  const content = await compileReportContent(sources, report, await readSections(sources.prisma, report.id), frozenAt);
  return { ...content, isFrozen: true };
}

/**
 * Submitted → approved: the snapshot of what the report showed is stored with when and by
 * whom in the same transaction as the status, so an approved report never reads anything
 * but what was approved.
 */
export async function approveReport(
  tx: Transaction,
  input: Input<typeof reportTransitionInputSchema>,
  snapshot: ReportContent | null,
  frozenAt: Date,
  userId: number,
): Promise<ReportModel> {
  const report = await reportAtVersion(tx, input.reportId, input.expectedVersion);
  requireStatus(report, 'SUBMITTED', 'report.notSubmitted');
  // Compiled from another version than the one approved (a save slipped in between): a conflict.
  if (!snapshot) throw conflict({ id: String(report.id), version: report.version, status: report.status });
  return updateReportAtVersion(tx, report, {
    status: 'APPROVED',
    snapshot: snapshot,
    frozenAt,
    approvedById: userId,
  });
}
