import { assignmentStatusColour, bySeriousnessOfChange, isAssignmentOverdue } from './status-vocabulary';

describe('assignment deadlines', () => {
  const may2023 = { year: 2023, month: 5 };

  it('is overdue when the deadline passed before the end of the viewed month and it is not done', () => {
    expect(isAssignmentOverdue('ONGOING', '2023-05-15', may2023)).toBe(true);
    expect(isAssignmentOverdue('NOT_STARTED', '2022-12-31', may2023)).toBe(true);
    expect(assignmentStatusColour('ONGOING', '2023-05-15', may2023)).toBe('RED');
  });

  it('is not overdue on the last day of the month, after it, without a deadline, or when done', () => {
    expect(isAssignmentOverdue('ONGOING', '2023-05-31', may2023)).toBe(false);
    expect(isAssignmentOverdue('ONGOING', '2023-11-24', may2023)).toBe(false);
    expect(isAssignmentOverdue('ONGOING', null, may2023)).toBe(false);
    expect(isAssignmentOverdue('COMPLETE', '2023-01-31', may2023)).toBe(false);
    expect(isAssignmentOverdue('PROPOSED_COMPLETE', '2023-01-31', may2023)).toBe(false);
  });

  it('shows an assignment on its way or done green, and one not begun or never reported grey', () => {
    expect(assignmentStatusColour('ONGOING', '2023-11-24', may2023)).toBe('GREEN');
    expect(assignmentStatusColour('COMPLETE', '2023-01-31', may2023)).toBe('GREEN');
    expect(assignmentStatusColour('NOT_STARTED', null, may2023)).toBe('NOT_ASSESSED');
    expect(assignmentStatusColour(null, null, may2023)).toBe('NOT_ASSESSED');
  });
});

describe('the order of colour changes', () => {
  it('lists changes for the worse first, the reddest first, then the furthest moves, then improvements', () => {
    const changes = [
      { name: 'improved to green', previous: 'RED', current: 'GREEN' },
      { name: 'green to yellow', previous: 'GREEN', current: 'YELLOW' },
      { name: 'yellow to red', previous: 'YELLOW', current: 'RED' },
      { name: 'stopped reporting', previous: 'GREEN', current: 'NOT_ASSESSED' },
      { name: 'green to red', previous: 'GREEN', current: 'RED' },
      { name: 'improved to yellow', previous: 'RED', current: 'YELLOW' },
    ] as const;
    expect([...changes].sort(bySeriousnessOfChange).map((change) => change.name)).toEqual([
      'green to red',
      'yellow to red',
      'green to yellow',
      'stopped reporting',
      'improved to yellow',
      'improved to green',
    ]);
  });
});
