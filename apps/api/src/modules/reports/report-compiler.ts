import type { ReportModel } from '@lagesbild/db';
import { endOfMonthIso } from '@lagesbild/types';
import type { ReportContent, ReportSectionContent } from '@lagesbild/types';
import { listGoalsOfSubtree } from '../goals';
import { orgUnitNameOn } from '../organisation';
import { SECTION_KINDS } from './sections';
import type { CompileSources, StoredSection } from './sections';
import { compileGoalRows } from './sections/goals';
import type { GoalRowOfPerspective, SectionFigures } from './sections/section-kind';

export type { CompileSources, StoredSection } from './sections';

const emptySection = (stored: StoredSection): ReportSectionContent => ({
  id: String(stored.id),
  kind: stored.kind,
  title: stored.title,
  perspectiveName: null,
  analysisText: stored.analysisText,
  analysisUpdatedBy: stored.updatedBy ? { id: String(stored.updatedBy.id), name: stored.updatedBy.name } : null,
  analysisUpdatedAt: stored.updatedBy ? stored.updatedAt.toISOString() : null,
  analysisVersion: stored.version,
  goalSummary: [],
  goals: [],
  indicatorTables: [],
  activities: [],
  assignments: [],
  financialLines: [],
  businessAreaResults: [],
  portfolios: [],
  deviatingProjects: [],
  risks: [],
  charts: [],
});

/**
 * A report's content compiled from the live data of its unit's subtree and period, each
 * section by its kind (./sections). The kinds compile together and read through the
 * request's loaders, which batch every row of a kind into one read, so the number of
 * statements does not grow with the rows.
 */
export async function compileReportContent(
  sources: CompileSources,
  report: ReportModel,
  storedSections: readonly StoredSection[],
  compiledAt = new Date(),
): Promise<ReportContent> {
  const period = { year: report.year, month: report.month };
  const unit = (await sources.loaders.orgUnitById.load(report.orgUnitId))!;
  const goals = await listGoalsOfSubtree(
    sources.prisma,
    sources.orgTree,
    unit.code,
    period.year,
    sources.loaders.perspectiveInYear,
  );
  let goalRows: Promise<GoalRowOfPerspective[]> | undefined;
  const scope = {
    sources,
    unit,
    period,
    storedSections,
    goals,
    goalRows: () => (goalRows ??= compileGoalRows(sources, goals, period)),
  };
  const kinds = [...new Set(storedSections.map((section) => section.kind))];
  const figuresOfKind = new Map(
    await Promise.all(kinds.map(async (kind) => [kind, await SECTION_KINDS[kind].compile(scope)] as const)),
  );
  const sections = [...storedSections]
    .sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id)
    .map((stored): ReportSectionContent => {
      const figures: SectionFigures = figuresOfKind.get(stored.kind)!(stored);
      return { ...emptySection(stored), ...figures };
    });

  return {
    // The name the unit had at the end of the report's month, so a renamed unit's old reports keep theirs.
    orgUnitName: orgUnitNameOn(unit, await sources.loaders.orgUnitVersions.load(unit.id), endOfMonthIso(period)),
    orgUnitCode: unit.code,
    type: report.type,
    period,
    compiledAt: compiledAt.toISOString(),
    isFrozen: false,
    sections,
  };
}
