import type { AssignmentsExport_AssignmentFragment } from '../../generated/graphql';
import { createTestI18n } from '../../test/test-i18n';
import { assignmentsExportTable } from './assignments-export';

const t = createTestI18n('sv').t;

describe('the assignments as a file', () => {
  const assignment: AssignmentsExport_AssignmentFragment = {
    id: '1',
    title: 'Se över möjligheterna att starta en hemtagning av Skatteverkets uppgifter i Navet',
    source: 'COUNCIL_BUDGET',
    caseNumber: 'SLK-2022-01441',
    deadline: '2023-04-30',
    orgUnit: { id: 'u2', name: 'Nämnden för Intraservice' },
    update: { id: '5', status: 'ONGOING', comment: 'Förstudie pågår.' },
  };

  it('spells out an open assignment past its deadline as overdue, as the page does', () => {
    const table = assignmentsExportTable('Uppdrag', [assignment], { year: 2023, month: 5 }, t);
    expect(table.rows[0]).toEqual([
      assignment.title,
      'SLK-2022-01441',
      'Nämnden för Intraservice',
      t('assignmentSource.COUNCIL_BUDGET'),
      '2023-04-30',
      `${t('assignmentStatus.ONGOING')}, försenat`,
      'Förstudie pågår.',
    ]);
    const before = assignmentsExportTable('Uppdrag', [assignment], { year: 2023, month: 3 }, t);
    expect(before.rows[0]![5]).toBe(t('assignmentStatus.ONGOING'));
  });

  it('never calls a declared-complete assignment overdue, however late the decision', () => {
    const declared = { ...assignment, update: { id: '6', status: 'DECLARED_COMPLETE' as const, comment: null } };
    const table = assignmentsExportTable('Uppdrag', [declared], { year: 2024, month: 12 }, t);
    expect(table.rows[0]![5]).toBe('Förklarat fullgjort');
  });
});
