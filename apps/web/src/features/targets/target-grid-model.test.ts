import {
  checkTargetRows,
  pasteTargets,
  targetCellErrorsOf,
  targetRowsFromSheet,
  type SheetTargetRow,
} from './target-grid-model';

const TERTIALS = ['2024-T1', '2024-T2', '2024-T3'];
const sheet = (overrides: Partial<SheetTargetRow> = {}): SheetTargetRow => ({
  indicator: { id: '7', name: 'Personalomsättning', unit: 'PERCENT', periodicity: 'TERTIAL', cumulative: false },
  canEdit: true,
  isProposal: false,
  periods: TERTIALS,
  periodTargets: [10, null, null],
  annualTarget: 9.5,
  versions: [{ period: '2024', version: 3 }],
  ...overrides,
});

describe('the targets grid model', () => {
  it('shows the annual target first and each period target after it, in Swedish', () => {
    const [row] = targetRowsFromSheet([sheet({ annualTarget: 1506000.5 })]);
    // Grouped with the no-break space Intl writes, as Registrera's cells are.
    expect(row!.cells).toEqual(['1\u00a0506\u00a0000,5', '10', '', '']);
  });

  it('sends only changed rows, with every period target in order and the versions seen', () => {
    const rows = targetRowsFromSheet([sheet(), sheet({ indicator: { ...sheet().indicator, id: '8' } })]);
    rows[0]!.cells[2] = '9,5';
    const { inputs, errors } = checkTargetRows(rows);
    expect(errors).toEqual({});
    expect(inputs).toEqual([
      {
        indicatorId: '7',
        annualTarget: 9.5,
        periodTargets: [10, 9.5, null],
        expectedVersions: [{ period: '2024', version: 3 }],
      },
    ]);
  });

  it.each([
    ['text that is not a number', 'tio', 'notANumber'],
    ['a percentage above 100', '101', 'percentRange'],
  ])('marks %s in its cell', (_case, text, message) => {
    const rows = targetRowsFromSheet([sheet()]);
    rows[0]!.cells[3] = text;
    expect(checkTargetRows(rows).errors).toEqual({ '7': { 3: message } });
  });

  it("places the API's errors on the cells of the rows sent", () => {
    const rows = targetRowsFromSheet([sheet()]);
    expect(
      targetCellErrorsOf(
        [
          { field: 'input.rows.0.periodTargets.1', message: 'notNegative' },
          { field: 'input.rows.0.annualTarget', message: 'percentRange' },
        ],
        rows,
      ),
    ).toEqual({ '7': { 2: 'notNegative', 0: 'percentRange' } });
  });

  it('pastes over the rows below but never into a row the user may not plan, and says what was left out', () => {
    const rows = targetRowsFromSheet([
      sheet(),
      sheet({ indicator: { ...sheet().indicator, id: '8' }, canEdit: false }),
    ]);
    const pasted = pasteTargets(rows, 0, 1, [
      ['11', '10', '9', '8'],
      ['1', '2'],
    ]);
    expect(pasted.rows[0]!.cells).toEqual(['9,5', '11', '10', '9']);
    expect(pasted.rows[1]!.cells).toEqual(rows[1]!.cells);
    expect(pasted.clipped).toBe(true);
  });
});
