import { arrangeCouncilGoalMatrix } from './council-goal-matrix';
import type { MatrixGoal } from './council-goal-matrix';

const staff = { id: 'p1', name: 'Medarbetare' };
const intraservice = { id: '2', name: 'Intraservice' };
const board = { id: '3', name: 'Kommunstyrelsen' };

const councilGoal = (id: string, children: MatrixGoal['children']): MatrixGoal => ({
  id,
  level: 'COUNCIL',
  title: `KF-mål ${id}`,
  orgUnit: { id: '1' },
  perspective: staff,
  children,
});

describe('the council goals by committee', () => {
  it("puts each committee's goals serving a council goal in its cell, with their assessments", () => {
    const matrix = arrangeCouncilGoalMatrix(
      [
        councilGoal('10', [
          { id: '20', title: 'Nämndmål A', orgUnit: intraservice, assessment: { fulfilment: 'PARTLY_FULFILLED' } },
          { id: '21', title: 'Nämndmål B', orgUnit: intraservice, assessment: null },
          { id: '22', title: 'SLK-mål', orgUnit: board, assessment: { fulfilment: 'FULFILLED' } },
        ]),
        councilGoal('11', [
          { id: '23', title: 'Nämndmål C', orgUnit: board, assessment: { fulfilment: 'NOT_FULFILLED' } },
        ]),
        // A committee goal in the list is no row of its own.
        { ...councilGoal('20', []), level: 'COMMITTEE', orgUnit: intraservice },
      ],
      '1',
    );
    expect(matrix.committees).toEqual([intraservice, board]);
    expect(matrix.rows.map((row) => row.councilGoal.title)).toEqual(['KF-mål 10', 'KF-mål 11']);
    expect(matrix.rows[0]!.cells.get('2')).toEqual([
      { goalId: '20', title: 'Nämndmål A', fulfilment: 'PARTLY_FULFILLED' },
      { goalId: '21', title: 'Nämndmål B', fulfilment: 'NOT_ASSESSED' },
    ]);
    expect(matrix.rows[0]!.cells.get('3')).toEqual([{ goalId: '22', title: 'SLK-mål', fulfilment: 'FULFILLED' }]);
    // Intraservice has no goal serving the second council goal: no cell.
    expect(matrix.rows[1]!.cells.has('2')).toBe(false);
  });

  it("shows only the unit's own council goals: none below the city", () => {
    expect(arrangeCouncilGoalMatrix([councilGoal('10', [])], '2').rows).toEqual([]);
  });
});
