import type { ReportSectionKind } from '../../../generated/resolver-types';
import { activitiesSection } from './activities';
import { assignmentsSection } from './assignments';
import { economySection } from './economy';
import { perspectiveSection } from './perspective';
import { portfolioSection } from './portfolio';
import { risksSection } from './risks';
import type { SectionKind } from './section-kind';
import { summarySection } from './summary';

/**
 * Every kind of report section, by kind: how the compiler fills it and how the exports lay
 * it out. In the order of source 000's chapters, which is the order the document is laid
 * out in (the economy's place is inside chapter 2, see ./economy.ts).
 */
export const SECTION_KINDS: Record<ReportSectionKind, SectionKind> = {
  SUMMARY: summarySection,
  PERSPECTIVE: perspectiveSection,
  ECONOMY: economySection,
  ACTIVITIES: activitiesSection,
  ASSIGNMENTS: assignmentsSection,
  PORTFOLIO: portfolioSection,
  RISKS: risksSection,
};

export type { CompileSources, StoredSection } from './section-kind';
