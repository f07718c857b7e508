import { ACTIVITY_STATUS, inTreeOrder, toOptionalIsoDate } from '@lagesbild/types';
import { sortByPerspectiveOrder } from '../../perspectives';
import { ACTIVITY_STATUS_WORDS, COLUMN_HEADINGS } from '../report-labels';
import type { ReportScope, SectionKind } from './section-kind';

/** Source 000 chapter 3: the activities of the subtree with their status in the month, per perspective. */
export const activitiesSection: SectionKind = {
  async compile(scope) {
    const activities = await compileActivities(scope);
    return () => ({ activities });
  },
  layout(builder, sections, document) {
    // Grouped per perspective as in source 000 §3.1–3.5, in the order of the perspective sections.
    const order = document.sectionsOf('PERSPECTIVE').map((section) => section.perspectiveName ?? section.title);
    for (const section of sections) {
      builder.chapter(section.title);
      builder.markdown(section.analysisText);
      for (const [perspectiveName, rows] of groupBy(section.activities, (row) => row.perspectiveName, order)) {
        builder.section(perspectiveName);
        builder.table({
          caption: `${section.title}, ${perspectiveName}`,
          showCaption: false,
          columns: [
            { heading: COLUMN_HEADINGS.status, align: 'left', width: 1.3 },
            { heading: COLUMN_HEADINGS.activity, align: 'left', width: 2.4 },
            { heading: COLUMN_HEADINGS.endDate, align: 'left', width: 1.1 },
            { heading: COLUMN_HEADINGS.comment, align: 'left', width: 4.2 },
          ],
          rows: rows.map((row) => ({
            cells: [
              { text: ACTIVITY_STATUS_WORDS[row.status], status: ACTIVITY_STATUS[row.status] },
              { text: row.title },
              { text: row.endDate ?? '' },
              { text: row.comment ?? '' },
            ],
          })),
        });
      }
      builder.charts(section.charts);
    }
  },
};

async function compileActivities({ sources: { prisma, loaders, orgTree }, unit, period }: ReportScope) {
  const unitIds = inTreeOrder(orgTree, unit.id).map((node) => node.id);
  // In the order and with the names of the report's year's perspectives.
  const activities = await sortByPerspectiveOrder(
    loaders.perspectiveInYear,
    await prisma.activity.findMany({
      where: { orgUnitId: { in: unitIds } },
      orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
    }),
    period.year,
  );
  return Promise.all(
    activities.map(async (activity) => {
      const [update, perspective] = await Promise.all([
        loaders.activityUpdateUpTo.load({ id: activity.id, ...period }),
        loaders.perspectiveInYear.load({ id: activity.perspectiveId, year: period.year }),
      ]);
      return {
        perspectiveName: perspective?.name ?? '',
        title: activity.title,
        endDate: toOptionalIsoDate(activity.endDate),
        status: update?.status ?? 'NOT_STARTED',
        comment: update?.comment ?? null,
      };
    }),
  );
}

function groupBy<Row>(rows: Row[], keyOf: (row: Row) => string, order: string[]): [string, Row[]][] {
  const groups = new Map<string, Row[]>(order.map((key) => [key, []]));
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return [...groups].filter(([, group]) => group.length > 0);
}
