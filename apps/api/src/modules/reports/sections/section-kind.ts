import type { GoalModel, OrgUnitModel, PrismaClient, ReportSectionModel } from '@lagesbild/db';
import type { ReportGoalRow, ReportSectionContent, YearMonth } from '@lagesbild/types';
import type { Loaders } from '../../../context';
import type { ReportContent, ReportSectionKind } from '../../../generated/resolver-types';
import type { LayoutBuilder } from '../../../documents';

/** What compiling reads from: the request's database client, loaders and org units (context.ts). */
export interface CompileSources {
  prisma: PrismaClient;
  loaders: Loaders;
  orgTree: readonly OrgUnitModel[];
}

/** A section as stored, with who last saved its text. */
export type StoredSection = ReportSectionModel & { updatedBy: { id: number; name: string } | null };

export interface GoalRowOfPerspective {
  perspectiveId: number;
  row: ReportGoalRow;
}

/** What every kind compiles from, read once per report. */
export interface ReportScope {
  sources: CompileSources;
  unit: OrgUnitModel;
  period: YearMonth;
  storedSections: readonly StoredSection[];
  /** The goals of the unit's subtree in the report's year. */
  goals: readonly GoalModel[];
  /** The goals with their fulfilment in the period: asked for by the summary and the perspectives, read once. */
  goalRows: () => Promise<GoalRowOfPerspective[]>;
}

/** What a kind fills in a section's content; everything else stays as stored or empty. */
export type SectionFigures = Partial<
  Omit<
    ReportSectionContent,
    'id' | 'kind' | 'title' | 'analysisText' | 'analysisUpdatedBy' | 'analysisUpdatedAt' | 'analysisVersion'
  >
>;

/** The report being laid out, for a kind whose layout depends on other sections (their order, their place). */
export interface LayoutDocument {
  content: ReportContent;
  sectionsOf(kind: ReportSectionKind): ReportContent['sections'];
}

/**
 * One kind of report section, in one file (./<kind>.ts): how it is compiled from the live
 * data and how it is laid out on paper. The web page renders it by the same kind
 * (apps/web/src/features/reports/components/sections/).
 */
export interface SectionKind {
  /**
   * Reads what the report's sections of this kind show, once per report whatever their
   * number, and answers the figures of each. Every kind's reads start together, so the
   * request's loaders batch rows of one table across kinds.
   */
  compile(scope: ReportScope): Promise<(stored: StoredSection) => SectionFigures>;
  /**
   * Lays out the report's sections of this kind where source 000 places them; null when
   * another kind's chapter holds them (the economy stands in the perspective Ekonomi).
   */
  layout: ((builder: LayoutBuilder, sections: ReportContent['sections'], document: LayoutDocument) => void) | null;
}
