import { GoalsTable } from './GoalsTable';
import type { ReportSectionProps } from './section-props';

/** The summary: every perspective's goals with their fulfilment. */
export function SummarySection({ section }: ReportSectionProps) {
  return <GoalsTable sectionTitle={section.title} goals={section.goalSummary} withPerspective />;
}
