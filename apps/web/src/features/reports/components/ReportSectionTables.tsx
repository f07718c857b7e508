import { ReportChartView } from './ReportChartView';
import { SECTION_COMPONENTS } from './sections/section-components';
import type { ReportSectionProps } from './sections/section-props';

export type ReportSectionTablesProps = ReportSectionProps;

/** The tables of one section, by its kind, in the layout of source 000, then its charts. */
export function ReportSectionTables({ section, period }: ReportSectionTablesProps) {
  const SectionOfKind = SECTION_COMPONENTS[section.kind];
  return (
    <>
      <SectionOfKind section={section} period={period} />
      {section.charts.map((chart, index) => (
        <ReportChartView key={chart.title} chart={chart} headingId={`chart-${section.id}-${index}`} />
      ))}
    </>
  );
}
