import type { YearMonth } from '@lagesbild/types';
import type { ReportPage_QueryQuery } from '../../../../generated/graphql';

export type ReportSectionData = NonNullable<ReportPage_QueryQuery['report']>['content']['sections'][number];

/** What every section kind's component is given: the section and the report's period. */
export interface ReportSectionProps {
  section: ReportSectionData;
  period: YearMonth;
}
