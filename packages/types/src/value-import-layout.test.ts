import { missingImportColumns, parseImportPeriod, VALUE_IMPORT_COLUMNS } from './value-import-layout';

describe('reading a period as analysts write it', () => {
  it.each([
    ['2023-05', { granularity: 'MONTH', year: 2023, periodNumber: 5 }],
    ['2023-5', { granularity: 'MONTH', year: 2023, periodNumber: 5 }],
    ['202305', { granularity: 'MONTH', year: 2023, periodNumber: 5 }],
    ['maj 2023', { granularity: 'MONTH', year: 2023, periodNumber: 5 }],
    ['December 2024', { granularity: 'MONTH', year: 2024, periodNumber: 12 }],
    ['2023-T2', { granularity: 'TERTIAL', year: 2023, periodNumber: 2 }],
    ['2023t3', { granularity: 'TERTIAL', year: 2023, periodNumber: 3 }],
    ['T1 2024', { granularity: 'TERTIAL', year: 2024, periodNumber: 1 }],
    [' 2023 ', { granularity: 'YEAR', year: 2023, periodNumber: 1 }],
  ])('%s', (text, period) => {
    expect(parseImportPeriod(text)).toEqual(period);
  });

  it.each(['2023-13', '2023-T4', '2023-00', 'T2', 'majs', 'mars', '23-05', '1850', ''])('refuses %p', (text) => {
    expect(parseImportPeriod(text)).toBeUndefined();
  });
});

describe('the columns a file must have', () => {
  const missing = (...keys: string[]) => missingImportColumns(VALUE_IMPORT_COLUMNS, new Set(keys));

  it('needs only the required ones: unit, period, outcome and the indicator by code or name', () => {
    expect(missing('orgUnitCode', 'indicatorCode', 'period', 'outcome')).toEqual([]);
    expect(missing('orgUnitCode', 'indicatorName', 'period', 'outcome')).toEqual([]);
  });

  it('takes an R12 column, headed R12 or as the sources name it, and does not need one', () => {
    const rolling12 = VALUE_IMPORT_COLUMNS.find((column) => column.key === 'rolling12');
    expect(rolling12).toMatchObject({ header: 'R12', kind: 'number', required: false });
    expect(rolling12?.aliases).toEqual(expect.arrayContaining(['Rullande 12', 'R12 Utfall']));
    expect(missing('orgUnitCode', 'indicatorCode', 'period', 'outcome', 'rolling12')).toEqual([]);
  });

  it('names each required column missing, the code when neither code nor name is there', () => {
    expect(missing('annualTarget', 'fullYearForecast')).toEqual(['Enhetskod', 'Indikatorkod', 'Period', 'Utfall']);
  });
});
