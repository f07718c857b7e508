import { createTestI18n } from '../../test/test-i18n';
import { accuracyExportTable } from './accuracy-export';

describe('the forecast accuracy table as a file', () => {
  it("has a row per indicator with each round's forecast, error and relative error in per cent", () => {
    const i18n = createTestI18n('sv');
    const table = accuracyExportTable(
      {
        orgUnit: { name: 'Intraservice' },
        year: 2022,
        rounds: [{ id: '1', name: 'Prognos 2022', asOf: '2022-10-31', isDemoValue: true }],
        indicators: [
          {
            indicator: { id: '5', name: 'Inköpsvolym', unit: 'MNKR', orgUnit: { name: 'Intraservice' } },
            outcome: 755,
            outcomeIsSynthetic: false,
            meanAbsoluteError: 105,
            meanAbsolutePercentageError: 0.139073,
            forecasts: [
              { round: { id: '1' }, forecast: 650, carriedOver: false, error: -105, relativeError: 0.139073 },
            ],
          },
        ],
      },
      i18n.t,
    );
    expect(table.title).toBe('Prognosträffsäkerhet Intraservice 2022');
    expect(table.columns.map((column) => column.header)).toEqual([
      'Indikator',
      'Organisation',
      'Enhet',
      'Utfall helår',
      'Genererat',
      'Prognos helår, Prognos 2022',
      'Fel, Prognos 2022',
      'Relativt fel (%), Prognos 2022',
      'Medelfel (MAE)',
      'Relativt medelfel, MAPE (%)',
    ]);
    expect(table.rows).toEqual([['Inköpsvolym', 'Intraservice', 'mnkr', 755, '', 650, -105, 13.91, 105, 13.91]]);
    expect(table.rowFractionDigits).toEqual([1]);
  });
});
