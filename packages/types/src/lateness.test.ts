import { assignmentStatusColour, auditActionStatusColour, isAssignmentOverdue, isAuditActionOverdue } from './lateness';

const may2023 = { year: 2023, month: 5 };

describe('assignment lateness', () => {
  it.each([
    ['ongoing, deadline passed in the month', 'ONGOING', '2023-05-15', true],
    ['not started, deadline passed last year', 'NOT_STARTED', '2022-12-31', true],
    ['never reported, deadline passed', null, '2023-04-30', true],
    ['proposed complete but not yet declared, deadline passed', 'PROPOSED_COMPLETE', '2023-01-31', true],
    ['declared complete after its deadline', 'DECLARED_COMPLETE', '2023-01-31', false],
    ['due on the last day of the viewed month', 'ONGOING', '2023-05-31', false],
    ['due after the viewed month', 'ONGOING', '2023-11-24', false],
    ['without a deadline', 'ONGOING', null, false],
  ] as const)('%s → overdue %s', (_case, status, deadline, overdue) => {
    expect(isAssignmentOverdue(status, deadline, may2023)).toBe(overdue);
  });

  it('shows an overdue assignment red, one on its way or declared complete green, one not begun grey', () => {
    expect(assignmentStatusColour('ONGOING', '2023-05-15', may2023)).toBe('RED');
    expect(assignmentStatusColour('PROPOSED_COMPLETE', '2023-05-15', may2023)).toBe('RED');
    expect(assignmentStatusColour('DECLARED_COMPLETE', '2023-05-15', may2023)).toBe('GREEN');
    expect(assignmentStatusColour('ONGOING', '2023-11-24', may2023)).toBe('GREEN');
    expect(assignmentStatusColour('NOT_STARTED', null, may2023)).toBe('NOT_ASSESSED');
    expect(assignmentStatusColour(null, null, may2023)).toBe('NOT_ASSESSED');
  });
});

describe('audit action lateness', () => {
  it.each([
    ['ongoing, due date passed', 'ONGOING', '2023-03-31', true],
    ['never reported, due date passed', null, '2023-03-31', true],
    ['done after its due date', 'DONE', '2023-03-31', false],
    ['due on the last day of the viewed month', 'ONGOING', '2023-05-31', false],
    ['without a due date', 'NOT_STARTED', null, false],
  ] as const)('%s → overdue %s', (_case, status, dueDate, overdue) => {
    expect(isAuditActionOverdue(status, dueDate, may2023)).toBe(overdue);
  });

  it('colours an action by the same rule as an assignment', () => {
    expect(auditActionStatusColour('ONGOING', '2023-03-31', may2023)).toBe('RED');
    expect(auditActionStatusColour('DONE', '2023-03-31', may2023)).toBe('GREEN');
    expect(auditActionStatusColour(null, null, may2023)).toBe('NOT_ASSESSED');
  });
});
