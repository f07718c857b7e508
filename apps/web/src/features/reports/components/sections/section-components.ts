import type { ComponentType } from 'react';
import type { ReportSectionKind } from '../../../../generated/graphql';
import { ActivitiesSection } from './ActivitiesSection';
import { AssignmentsSection } from './AssignmentsSection';
import { EconomySection } from './EconomySection';
import { PerspectiveSection } from './PerspectiveSection';
import { PortfolioSection } from './PortfolioSection';
import { RisksSection } from './RisksSection';
import type { ReportSectionProps } from './section-props';
import { SummarySection } from './SummarySection';

/** The page's rendering of each section kind, as the API's registry (reports/sections) compiles and lays them out. */
export const SECTION_COMPONENTS: Record<ReportSectionKind, ComponentType<ReportSectionProps>> = {
  SUMMARY: SummarySection,
  PERSPECTIVE: PerspectiveSection,
  ECONOMY: EconomySection,
  ACTIVITIES: ActivitiesSection,
  ASSIGNMENTS: AssignmentsSection,
  PORTFOLIO: PortfolioSection,
  RISKS: RisksSection,
};
