import { isAssignmentOverdue, toOptionalIsoDate } from '@lagesbild/types';
import type { ValueStatus } from '../../../generated/resolver-types';
import { listAssignmentsOfSubtree } from '../../assignments';
import { ASSIGNMENT_SOURCE_WORDS, ASSIGNMENT_STATUS_WORDS, COLUMN_HEADINGS, DOCUMENT_WORDS } from '../report-labels';
import type { ReportScope, SectionKind } from './section-kind';

/** Source 000 chapter 4: the assignments of the subtree with their status in the month. */
export const assignmentsSection: SectionKind = {
  async compile(scope) {
    const assignments = await compileAssignments(scope);
    return () => ({ assignments });
  },
  layout(builder, sections) {
    for (const section of sections) {
      builder.chapter(section.title);
      builder.markdown(section.analysisText);
      const hasComments = section.assignments.some((row) => row.comment);
      builder.table({
        caption: section.title,
        showCaption: false,
        columns: [
          { heading: COLUMN_HEADINGS.status, align: 'left', width: 1.4 },
          { heading: COLUMN_HEADINGS.assignment, align: 'left', width: hasComments ? 3.4 : 5 },
          { heading: COLUMN_HEADINGS.assignmentSource, align: 'left', width: 1.6 },
          { heading: COLUMN_HEADINGS.endDate, align: 'left', width: 1.1 },
          ...(hasComments ? [{ heading: COLUMN_HEADINGS.comment, align: 'left' as const, width: 2.4 }] : []),
        ],
        rows: section.assignments.map((row) => {
          const word = ASSIGNMENT_STATUS_WORDS[row.status];
          const status: ValueStatus = row.isOverdue ? 'RED' : row.status === 'NOT_STARTED' ? 'NOT_ASSESSED' : 'GREEN';
          return {
            cells: [
              { text: row.isOverdue ? `${word}, ${DOCUMENT_WORDS.overdue}` : word, status },
              { text: row.title },
              { text: [ASSIGNMENT_SOURCE_WORDS[row.source], row.caseNumber].filter(Boolean).join('\n') },
              { text: row.dueDate ?? '' },
              ...(hasComments ? [{ text: row.comment ?? '' }] : []),
            ],
          };
        }),
      });
      builder.charts(section.charts);
    }
  },
};

async function compileAssignments({ sources: { prisma, loaders, orgTree }, unit, period }: ReportScope) {
  const assignments = await listAssignmentsOfSubtree(prisma, orgTree, unit.code);
  return Promise.all(
    assignments.map(async (assignment) => {
      const update = await loaders.assignmentUpdateUpTo.load({ id: assignment.id, ...period });
      const dueDate = toOptionalIsoDate(assignment.deadline);
      const status = update?.status ?? 'NOT_STARTED';
      return {
        title: assignment.title,
        source: assignment.source,
        caseNumber: assignment.caseNumber,
        dueDate,
        status,
        isOverdue: isAssignmentOverdue(status, dueDate, period),
        comment: update?.comment ?? null,
      };
    }),
  );
}
