import {
  cellErrorsOf,
  checkRows,
  formatEditable,
  gridColumnsOf,
  isChanged,
  pasteBlock,
  rowsFromSheet,
  setCell,
} from './grid-model';
import type { SheetIndicatorRow } from './grid-model';

const SHEET: SheetIndicatorRow[] = [
  {
    period: '2023-05',
    indicator: { id: '1', name: 'Sjukfrånvaro', unit: 'PERCENT', periodicity: 'MONTH' },
    value: {
      outcome: 5.9,
      periodTarget: 5,
      annualTarget: 5,
      fullYearForecast: 5.5,
      rolling12: 5.7,
      comment: null,
      version: 3,
    },
  },
  {
    period: '2023-05',
    indicator: { id: '2', name: 'Hanterade fakturor', unit: 'COUNT', periodicity: 'MONTH' },
    value: { outcome: 1506000, version: 1 },
  },
  {
    period: '2023-T2',
    indicator: { id: '3', name: 'Nöjd kund-index', unit: 'INDEX', periodicity: 'TERTIAL' },
    value: null,
  },
];

describe('the grid model', () => {
  it('shows saved figures in Swedish for editing', () => {
    const [first, second, third] = rowsFromSheet(SHEET);
    expect(first!.cells).toMatchObject({
      outcome: '5,9',
      periodTarget: '5',
      fullYearForecast: '5,5',
      rolling12: '5,7',
      comment: '',
    });
    expect(second!.cells.outcome).toBe(formatEditable(1506000));
    expect(second!.cells.outcome.replace(/\s/g, ' ')).toBe('1 506 000');
    expect(third!.version).toBeNull();
    expect(formatEditable(-12.5)).toBe('-12,5');
  });

  it('sends only the changed rows, figures read the Swedish way, with the version seen', () => {
    let rows = rowsFromSheet(SHEET);
    rows = setCell(rows, 0, 'outcome', '6,1');
    rows = setCell(rows, 2, 'outcome', '1 234,5');
    expect(rows.map(isChanged)).toEqual([true, false, true]);
    const { values, errors } = checkRows(rows);
    expect(errors).toEqual({});
    expect(values).toEqual([
      {
        indicatorId: '1',
        period: '2023-05',
        outcome: 6.1,
        periodTarget: 5,
        annualTarget: 5,
        fullYearForecast: 5.5,
        rolling12: 5.7,
        comment: '',
        expectedVersion: 3,
      },
      {
        indicatorId: '3',
        period: '2023-T2',
        outcome: 1234.5,
        periodTarget: null,
        annualTarget: null,
        fullYearForecast: null,
        rolling12: null,
        comment: '',
        expectedVersion: null,
      },
    ]);
  });

  it('finds every invalid cell: not a number, a percentage over 100, a negative count, a long comment', () => {
    let rows = rowsFromSheet(SHEET);
    rows = setCell(rows, 0, 'outcome', '120');
    rows = setCell(rows, 0, 'fullYearForecast', 'fem');
    rows = setCell(rows, 1, 'outcome', '-3');
    rows = setCell(rows, 2, 'comment', 'x'.repeat(4001));
    expect(checkRows(rows).errors).toEqual({
      1: { outcome: 'percentRange', fullYearForecast: 'notANumber' },
      2: { outcome: 'notNegative' },
      3: { comment: 'tooLong' },
    });
  });

  it('pastes a block from Excel across rows and columns from the cell it lands on', () => {
    const rows = rowsFromSheet(SHEET);
    const { rows: pasted, clipped } = pasteBlock(rows, 1, 0, [
      ['1 600 000', ' 1 500 000 ', '', '4 500 000', '18 000 000'],
      ['82,5', '85', '85', '84', '', 'Mätt i april'],
    ]);
    expect(clipped).toBe(false);
    expect(pasted[0]).toEqual(rows[0]);
    expect(pasted[1]!.cells).toEqual({
      outcome: '1 600 000',
      periodTarget: '1 500 000',
      annualTarget: '',
      fullYearForecast: '4 500 000',
      rolling12: '18 000 000',
      comment: '',
    });
    expect(pasted[2]!.cells).toEqual({
      outcome: '82,5',
      periodTarget: '85',
      annualTarget: '85',
      fullYearForecast: '84',
      rolling12: '',
      comment: 'Mätt i april',
    });
    expect(checkRows(pasted).values.map((value) => value.outcome)).toEqual([1600000, 82.5]);
  });

  it('says when a pasted block is larger than the grid, and pastes what fits', () => {
    const rows = rowsFromSheet(SHEET);
    const below = pasteBlock(rows, 2, 0, [['1'], ['2']]);
    expect(below.clipped).toBe(true);
    expect(below.rows[2]!.cells.outcome).toBe('1');
    const right = pasteBlock(rows, 0, 5, [['kommentar', '99']]);
    expect(right.clipped).toBe(true);
    expect(right.rows[0]!.cells.comment).toBe('kommentar');
  });

  it("places the API's field errors on the cells of the rows that were sent", () => {
    const rows = rowsFromSheet(SHEET);
    expect(
      cellErrorsOf(
        [
          { field: 'input.values.1.outcome', message: 'percentRange' },
          { field: 'input.values.0.period', message: 'periodNotInPeriodicity' },
          { field: 'input', message: 'ignored' },
        ],
        [rows[2]!, rows[0]!],
      ),
    ).toEqual({ 3: { period: 'periodNotInPeriodicity' }, 1: { outcome: 'percentRange' } });
  });
});

describe('a locked column', () => {
  it('keeps what it holds when a block is pasted over it', () => {
    const rows = rowsFromSheet(SHEET);
    const { rows: pasted } = pasteBlock(
      rows,
      0,
      0,
      [['6', '5', '5', '9,9', '5,8', 'Ny kommentar']],
      ['fullYearForecast'],
    );
    expect(pasted[0]!.cells).toMatchObject({
      outcome: '6',
      fullYearForecast: '5,5',
      rolling12: '5,8',
      comment: 'Ny kommentar',
    });
  });
});

describe('the rolling twelve months (R12)', () => {
  const tertialOnly = SHEET.filter((row) => row.indicator.periodicity !== 'MONTH');

  it('is a column only of a grid with monthly indicators, before the comment', () => {
    expect(gridColumnsOf(rowsFromSheet(SHEET))).toEqual([
      'outcome',
      'periodTarget',
      'annualTarget',
      'fullYearForecast',
      'rolling12',
      'comment',
    ]);
    expect(gridColumnsOf(rowsFromSheet(tertialOnly))).toEqual([
      'outcome',
      'periodTarget',
      'annualTarget',
      'fullYearForecast',
      'comment',
    ]);
  });

  it('is sent as typed for a monthly indicator, and checked by its unit as the other figures', () => {
    let rows = rowsFromSheet(SHEET);
    rows = setCell(rows, 1, 'rolling12', '18 000 000');
    expect(checkRows(rows).values).toEqual([expect.objectContaining({ indicatorId: '2', rolling12: 18_000_000 })]);
    rows = setCell(rows, 0, 'rolling12', '101');
    rows = setCell(rows, 1, 'rolling12', 'arton');
    expect(checkRows(rows).errors).toEqual({ 1: { rolling12: 'percentRange' }, 2: { rolling12: 'notANumber' } });
  });

  it("is never taken into a tertial's row: a block pasted across it leaves it empty", () => {
    const rows = rowsFromSheet(SHEET);
    const { rows: pasted } = pasteBlock(rows, 2, 4, [['84', 'Mätt i april']]);
    expect(pasted[2]!.cells).toMatchObject({ rolling12: '', comment: 'Mätt i april' });
    // Were it there, the API's rule refuses it, and so does the grid's check before the save.
    expect(checkRows(setCell(rows, 2, 'rolling12', '84')).errors).toEqual({ 3: { rolling12: 'rolling12MonthsOnly' } });
  });
});
