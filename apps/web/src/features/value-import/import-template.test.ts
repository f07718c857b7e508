import { toCsv } from '../export/table-export';
import { importTemplate } from './import-template';

describe('the import template', () => {
  it("is the layout's header row and the unit's indicators with what is saved, R12 too, as CSV the import reads back", () => {
    const csv = toCsv(
      importTemplate('Importmall Intraservice maj 2023', [
        {
          orgUnitCode: 'intraservice',
          indicatorCode: 'SICK_LEAVE',
          indicatorName: 'Sjukfrånvaro',
          period: '2023-05',
          outcome: 5.9,
          periodTarget: 5,
          annualTarget: 5,
          fullYearForecast: null,
          rolling12: 5.8,
          comment: '=inte en formel',
        },
        {
          orgUnitCode: 'intraservice',
          indicatorCode: 'PAYSLIPS',
          indicatorName: 'Lönespecifikationer',
          period: '2023-05',
          outcome: 307229,
          periodTarget: null,
          annualTarget: null,
          fullYearForecast: null,
          rolling12: 725907,
          comment: null,
        },
        {
          orgUnitCode: 'intraservice',
          indicatorCode: 'CUSTOMER_INDEX',
          indicatorName: 'Nöjd kund-index',
          period: '2023-T2',
          outcome: 82.5,
          periodTarget: null,
          annualTarget: null,
          fullYearForecast: null,
          rolling12: null,
          comment: null,
        },
      ]),
    );
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFEnhetskod;Indikatorkod;Indikator;Period;Utfall;Periodmål;Årsmål;Prognos helår;R12;Kommentar',
      "intraservice;SICK_LEAVE;Sjukfrånvaro;2023-05;5,9;5;5;;5,8;'=inte en formel",
      'intraservice;PAYSLIPS;Lönespecifikationer;2023-05;307229;;;;725907;',
      // A tertial has no R12: its cell stays empty.
      'intraservice;CUSTOMER_INDEX;Nöjd kund-index;2023-T2;82,5;;;;;',
      '',
    ]);
  });
});
