import { createTestI18n } from '../../test/test-i18n';
import { toCsv } from '../export/table-export';
import {
  BUSINESS_AREA_FIGURES_WITH_BUDGET,
  businessAreaResultsExportTable,
  financialLinesExportTable,
} from './economy-columns';

const t = createTestI18n('sv').t;

describe('the economy tables as files', () => {
  it("holds the financial table's columns and figures, the status in words", () => {
    const table = financialLinesExportTable(
      'Kostnader och resultat Nämnden för Intraservice maj 2023',
      [
        {
          indicator: { id: '1', code: 'verksamhetens-kostnader', name: 'Verksamhetens kostnader', unit: 'TKR' },
          previousYearToDate: 564705,
          outcomeToDate: 573791,
          budgetToDate: 616991,
          deviationToDate: -43200,
          fullYearForecast: 1396706,
          fullYearBudget: 1449802,
          status: 'GREEN',
          rolledUpFrom: [],
        },
      ],
      t,
    );
    expect(toCsv(table).replace('\uFEFF', '').split('\r\n').slice(0, 2)).toEqual([
      'Post;Enhet;Utfall ack fg år;Utfall ack;Budget ack;Avvikelse ack;Prognos helår;Budget helår;Status',
      `Verksamhetens kostnader;${t('unit.TKR')};564705;573791;616991;-43200;1396706;1449802;${t('status.GREEN')}`,
    ]);
    expect(table.rowFractionDigits).toEqual([0]);
  });

  it('names the total row as the page does and leaves missing figures empty', () => {
    const table = businessAreaResultsExportTable(
      'Resultat per verksamhetsområde',
      [
        {
          orgUnit: { id: '1', name: 'Nämnden för Intraservice' },
          isTotal: true,
          operationsToDate: 15476,
          operationsForecast: 0,
          developmentToDate: -2986,
          developmentForecast: null,
          operationsBudgetToDate: -11449,
          operationsBudget: 0,
          developmentBudgetToDate: null,
          developmentBudget: null,
          rolledUpFrom: [],
        },
        {
          orgUnit: { id: '2', name: 'Ekonomi' },
          isTotal: false,
          operationsToDate: -352,
          operationsForecast: -2838,
          developmentToDate: null,
          developmentForecast: null,
          operationsBudgetToDate: null,
          operationsBudget: null,
          developmentBudgetToDate: null,
          developmentBudget: null,
          rolledUpFrom: [],
        },
      ],
      t,
    );
    expect(table.rows).toEqual([
      ['Summa Nämnden för Intraservice', 15476, 0, -2986, null],
      ['Ekonomi', -352, -2838, null, null],
    ]);
    expect(table.columns.map((column) => column.header)).toEqual([
      'Verksamhetsområde',
      'Förvaltning, ack utfall',
      'Förvaltning, prognos helår',
      'Utveckling, ack utfall',
      'Utveckling, prognos helår',
    ]);
  });

  it("puts the planned budgets beside the business areas' outcomes and forecasts on the economy page", () => {
    const table = businessAreaResultsExportTable(
      'Resultat per verksamhetsområde',
      [
        {
          orgUnit: { id: '1', name: 'Nämnden för Intraservice' },
          isTotal: true,
          operationsToDate: 17051,
          operationsBudgetToDate: -11449,
          operationsForecast: 4000,
          operationsBudget: 0,
          developmentToDate: -4560,
          developmentBudgetToDate: -1454,
          developmentForecast: -4000,
          developmentBudget: 0,
          rolledUpFrom: [],
        },
      ],
      t,
      BUSINESS_AREA_FIGURES_WITH_BUDGET,
    );
    expect(table.columns.map((column) => column.header)).toEqual([
      'Verksamhetsområde',
      'Förvaltning, ack utfall',
      'Förvaltning, budget ack',
      'Förvaltning, prognos helår',
      'Förvaltning, budget helår',
      'Utveckling, ack utfall',
      'Utveckling, budget ack',
      'Utveckling, prognos helår',
      'Utveckling, budget helår',
    ]);
    expect(table.rows).toEqual([['Summa Nämnden för Intraservice', 17051, -11449, 4000, 0, -4560, -1454, -4000, 0]]);
  });

  it('says which units a sum at the city is made of, as the page does', () => {
    const table = businessAreaResultsExportTable(
      'Resultat per verksamhetsområde',
      [
        {
          orgUnit: { id: '1', name: 'Göteborgs Stad' },
          isTotal: true,
          operationsToDate: 7,
          operationsForecast: null,
          developmentToDate: null,
          developmentForecast: null,
          operationsBudgetToDate: null,
          operationsBudget: null,
          developmentBudgetToDate: null,
          developmentBudget: null,
          rolledUpFrom: [
            { id: '2', name: 'Intraservice' },
            { id: '3', name: 'Kommunstyrelsen' },
          ],
        },
      ],
      t,
    );
    expect(table.rows[0]![0]).toBe('Summa Göteborgs Stad (Summerat från 2 enheter: Intraservice, Kommunstyrelsen)');
  });
});
