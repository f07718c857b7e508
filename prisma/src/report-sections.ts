import type { ReportSectionKind } from './generated/prisma/enums';

export interface ReportSectionPlan {
  kind: ReportSectionKind;
  title: string;
  perspectiveId?: number;
  sortOrder: number;
}

/**
 * The sections of a new report in the order of source 000: the summary, one per
 * perspective, activities, assignments, economy, portfolio and risks. One home for the API's
 * createReport and the demo seed.
 */
export function planReportSections(perspectives: readonly { id: number; name: string }[]): ReportSectionPlan[] {
  const kinds: Omit<ReportSectionPlan, 'sortOrder'>[] = [
    { kind: 'SUMMARY', title: 'Sammanfattning' },
    ...perspectives.map((perspective) => ({
      kind: 'PERSPECTIVE' as const,
      title: perspective.name,
      perspectiveId: perspective.id,
    })),
    { kind: 'ACTIVITIES', title: 'Aktiviteter' },
    { kind: 'ASSIGNMENTS', title: 'Uppdrag' },
    { kind: 'ECONOMY', title: 'Ekonomiskt utfall' },
    { kind: 'PORTFOLIO', title: 'Portfölj och projekt' },
    { kind: 'RISKS', title: 'Risker' },
  ];
  return kinds.map((section, index) => ({ ...section, sortOrder: index + 1 }));
}
