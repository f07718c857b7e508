import ExcelJS from 'exceljs';
import { fileName, fillWorkbook, numberFormat, sheetName, toCsv } from './table-export';
import type { ExportTable } from './table-export';

const TABLE: ExportTable = {
  title: 'Indikatorer Nämnden för Intraservice, maj 2023',
  columns: [
    { header: 'Indikator', kind: 'text' },
    { header: 'Utfall', kind: 'number', fractionDigits: 1 },
    { header: 'Prognos helår', kind: 'number' },
    { header: 'Kommentar', kind: 'text' },
  ],
  rows: [
    ['Sjukfrånvaro (%)', 5.9, 5.5, 'Långtidsfrånvaron ökar; "mest" i april\nse analys'],
    ['Lönespecifikationer (st)', 307229, 710000, null],
    ['Resultat (tkr)', -4560.5, 0, '=SUMMA(A1:A3)'],
  ],
};

describe('CSV for Swedish Excel', () => {
  it('writes semicolons, decimal commas, a byte order mark and CRLF, quoting what needs it', () => {
    expect(toCsv(TABLE)).toBe(
      '\uFEFFIndikator;Utfall;Prognos helår;Kommentar\r\n' +
        'Sjukfrånvaro (%);5,9;5,5;"Långtidsfrånvaron ökar; ""mest"" i april\nse analys"\r\n' +
        'Lönespecifikationer (st);307229;710000;\r\n' +
        "Resultat (tkr);-4560,5;0;'=SUMMA(A1:A3)\r\n",
    );
  });
});

describe('Excel', () => {
  it('writes figures as numbers with a grouped number format, text as text, a bold frozen header', () => {
    const workbook = new ExcelJS.Workbook();
    fillWorkbook(workbook, TABLE);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Indikatorer Nämnden för Intrase');
    expect(sheet.getRow(1).values).toEqual([undefined, 'Indikator', 'Utfall', 'Prognos helår', 'Kommentar']);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const sickLeave = sheet.getRow(2);
    expect(sickLeave.getCell(2).value).toBe(5.9);
    expect(sickLeave.getCell(2).numFmt).toBe('#,##0.0');
    expect(sheet.getRow(3).getCell(3).value).toBe(710000);
    expect(sheet.getRow(3).getCell(3).numFmt).toBe('#,##0');
    expect(sheet.getRow(3).getCell(4).value).toBeNull();
    // Text that looks like a formula stays text.
    expect(sheet.getRow(4).getCell(4).value).toBe('=SUMMA(A1:A3)');
    expect(sheet.getRow(4).getCell(4).type).toBe(ExcelJS.ValueType.String);
  });

  it('gives each row the decimals of its own unit when asked to', () => {
    const workbook = new ExcelJS.Workbook();
    fillWorkbook(workbook, { ...TABLE, rowFractionDigits: [1, 0, 0] });
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(2).getCell(2).numFmt).toBe('#,##0.0');
    expect(sheet.getRow(3).getCell(2).numFmt).toBe('#,##0');
    expect(sheet.getRow(3).getCell(3).numFmt).toBe('#,##0');
  });

  it("keeps a column's own decimals in every row when it asks to", () => {
    const workbook = new ExcelJS.Workbook();
    const columns = TABLE.columns.map((column, index) =>
      index === 1 ? { ...column, ownFractionDigits: true } : column,
    );
    fillWorkbook(workbook, { ...TABLE, columns, rowFractionDigits: [1, 0, 0] });
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(3).getCell(2).numFmt).toBe('#,##0.0');
    expect(sheet.getRow(3).getCell(3).numFmt).toBe('#,##0');
  });

  it('names sheets and files safely', () => {
    expect(sheetName('Prognos [mars]: 2023/24')).toBe('Prognos  mars   2023 24');
    expect(numberFormat(2)).toBe('#,##0.00');
    expect(fileName('Indikatorer Nämnden för Intraservice, maj 2023', 'xlsx')).toBe(
      'indikatorer-namnden-for-intraservice-maj-2023.xlsx',
    );
  });
});
