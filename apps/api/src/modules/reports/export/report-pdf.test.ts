import type { ReportContent, ReportIndicatorRow } from '../../../generated/resolver-types';
import { may2023Report, may2023ReportWithMarks } from './may-2023-report.fixture';
import { readPdf } from '../../../testing/pdf-reading';
import type { ReadPage } from '../../../testing/pdf-reading';
import { renderReportPdf } from './report-pdf';

const allLines = (pages: ReadPage[]) => pages.flatMap((page) => page.lines);
const pageOf = (pages: ReadPage[], line: string) => pages.findIndex((page) => page.lines.includes(line)) + 1;

describe('the PDF of the May 2023 monthly report', () => {
  let pdf: Buffer;
  let pages: ReadPage[];

  beforeAll(async () => {
    pdf = await renderReportPdf(may2023Report);
    pages = await readPdf(pdf);
  });

  it('is A4 throughout', () => {
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) {
      expect(page.width).toBeCloseTo(595.28, 1);
      expect(page.height).toBeCloseTo(841.89, 1);
    }
  });

  it('opens with the title page: unit, report and when it was compiled', () => {
    expect(pages[0]!.lines).toEqual(
      expect.arrayContaining(['Nämnden för Intraservice', 'Månadsrapport maj 2023', 'Sammanställd 2023-06-12']),
    );
  });

  it('numbers every page "sida N(M)" after the unit and report in the footer', () => {
    pages.forEach((page, index) => {
      expect(page.lines.at(-1)).toBe(
        `Nämnden för Intraservice, Månadsrapport maj 2023 sida ${index + 1}(${pages.length})`,
      );
    });
  });

  it('has the sections of source 000, numbered, with the economy under 2.4 Ekonomi', () => {
    const headings = allLines(pages).filter((line) => /^\d(\.\d)? [A-ZÅÄÖ]/.test(line) && line.length < 40);
    expect(headings).toEqual(
      expect.arrayContaining([
        '1 Sammanfattning',
        '2 Mål och indikatorer',
        '2.1 Kund och ägare',
        '2.2 Medarbetare',
        '2.3 Process',
        '2.4 Ekonomi',
        '2.5 Hållbarhet',
        '3 Aktiviteter',
        '3.3 Process',
        '4 Uppdrag',
        '5 Portfölj och projekt',
        '5.1 Status per månad',
        '6 Risker',
      ]),
    );
    const economy = pageOf(pages, '2.4 Ekonomi');
    const sustainability = pageOf(pages, '2.5 Hållbarhet');
    const financialTable = pageOf(pages, 'Ekonomiskt utfall maj 2023, tkr');
    expect(financialTable).toBeGreaterThanOrEqual(economy);
    expect(financialTable).toBeLessThanOrEqual(sustainability);
  });

  it('lists the sections in its contents with the pages they start on', () => {
    const contents = pages[1]!.lines;
    expect(contents[0]).toBe('Innehåll');
    for (const heading of ['1 Sammanfattning', '2.1 Kund och ägare', '2.4 Ekonomi', '4 Uppdrag', '6 Risker']) {
      expect(contents).toContain(`${heading} ${pageOf(pages, heading)}`);
    }
  });

  it('writes the figures of the indicator tables in Swedish, each in its row', () => {
    const lines = allLines(pages);
    expect(lines).toContain('Nöjd Kund Index (NKI) 66,9 % 70 % 70 % Grön');
    expect(lines).toContain('IT-infrastruktur 1 449 000 1 506 000 1 500 000 1 500 000 Grön');
    expect(lines).toContain('Lönespecifikationer 290 808 307 229 291 665 710 000 700 000 725 907 Gul');
    expect(lines).toContain('Sjukfrånvaro 4,5 % 5,9 % 5 % 5,5 % 5 % Röd');
  });

  it('writes the financial table and the result per business area with minus signs', () => {
    const lines = allLines(pages);
    expect(lines).toContain('Verksamhetens kostnader 564 705 573 791 616 991 1 396 706 1 449 802');
    expect(lines).toContain('Verksamhetens resultat 16 867 12 490 −12 903 0 0');
    expect(lines).toContain('Ekonomi −352 −2 838');
    expect(lines).toContain('Summa förvaltning 17 051 4 000');
    expect(lines).toContain('Resultat, tkr 12 490 0');
  });

  it('gives every red project its cause and action, and shows status in words', () => {
    const text = allLines(pages).join('\n');
    expect(text).toContain('Upphandla och införa helhetslösning för telefoni');
    expect(text).toContain('Lansera digitala Navet');
    expect(text).toContain('Tid Röd Projektet saknar i dagsläget resurser för att');
    expect(text).toContain('Eskaleras inom avdelningen');
    expect(text).toContain('Delvis uppfyllt');
    expect(text).toContain('Ej uppfyllt');
  });

  it('renders the analysis Markdown as text, without its markup', () => {
    const lines = allLines(pages);
    expect(lines).toContain('Resultatutfall');
    expect(lines.some((line) => line.startsWith('• Ökade kostnader för utvecklingsprojekt Digitala navet'))).toBe(true);
    expect(lines.join('\n')).not.toMatch(/\*\*|###/);
  });

  it('draws the charts as vector graphics with Swedish axis figures and a legend', () => {
    const chartPage = pages[pageOf(pages, 'Kostnader ackumulerat per maj, tkr') - 1]!;
    expect(chartPage.lines).toEqual(expect.arrayContaining(['300 000', '200 000', '100 000']));
    expect(chartPage.lines.some((line) => line.includes('Utfall ack 2022') && line.includes('Budget ack 2023'))).toBe(
      true,
    );
    expect(chartPage.pathOperatorCount).toBeGreaterThan(20);
    for (const page of pages) expect(page.imageOperators).toEqual([]);
    expect(pdf.toString('latin1')).not.toMatch(/\/Subtype\s*\/Image/);
  });

  it('is tagged for screen readers: headings, lists, tables and charts with a text alternative', () => {
    const roles = new Set(pages.flatMap((page) => page.structure.map((element) => element.role)));
    for (const role of ['TOCI', 'H1', 'H2', 'H3', 'P', 'Lbl', 'LBody', 'TH', 'TD', 'Figure']) {
      expect(roles).toContain(role);
    }
    const alternatives = pages.flatMap((page) =>
      page.structure.filter((element) => element.role === 'Figure').map((element) => element.alt),
    );
    expect(alternatives).toContain(
      'Stapeldiagram, Kostnader ackumulerat per maj, tkr. ' +
        'Utfall ack 2022: Personalkostnader 226\u00a0154\u00a0tkr, Konsultkostnader 58\u00a0089\u00a0tkr, ' +
        'IT-tjänster, IT-program och licenser 141\u00a0079\u00a0tkr, Kostnad utvecklingsprojekt 25\u00a0819\u00a0tkr. ' +
        'Utfall ack 2023: Personalkostnader 225\u00a0712\u00a0tkr, Konsultkostnader 48\u00a0344\u00a0tkr, ' +
        'IT-tjänster, IT-program och licenser 145\u00a0623\u00a0tkr, Kostnad utvecklingsprojekt 38\u00a0203\u00a0tkr. ' +
        'Budget ack 2023: Personalkostnader 260\u00a0323\u00a0tkr, Konsultkostnader 57\u00a0610\u00a0tkr, ' +
        'IT-tjänster, IT-program och licenser 150\u00a0458\u00a0tkr, Kostnad utvecklingsprojekt 39\u00a0627\u00a0tkr.',
    );
  });
});

describe('the PDF of other reports', () => {
  const row = (number: number): ReportIndicatorRow => ({
    indicatorId: String(number),
    name: `Indikator ${String(number).padStart(3, '0')}`,
    unit: 'COUNT',
    previousYearOutcome: 1000 * number,
    outcome: 1000 * number + 506,
    periodTarget: null,
    fullYearForecast: null,
    annualTarget: null,
    rolling12: null,
    status: 'GREEN',
    statusSetByHand: false,
    isGenerated: false,
    previousYearIsGenerated: false,
  });
  const longReport: ReportContent = {
    ...may2023Report,
    type: 'INTERIM_MARCH',
    period: { year: 2023, month: 3 },
    isFrozen: true,
    compiledAt: '2023-04-20T22:30:00.000Z',
    sections: [
      {
        ...may2023Report.sections.find((section) => section.id === 'medarbetare')!,
        analysisText: '',
        charts: [],
        indicatorTables: [
          {
            periodicity: 'MONTH',
            periodLabel: 'Mars 2023',
            previousPeriodLabel: 'Mars 2022',
            hasRolling12: false,
            rows: Array.from({ length: 120 }, (_, index) => row(index + 1)),
          },
        ],
      },
    ],
  };

  it('breaks a long table across pages and repeats its header on each', async () => {
    const pages = await readPdf(await renderReportPdf(longReport));
    const rowLines = allLines(pages).filter((line) => line.startsWith('Indikator 1') || line.startsWith('Indikator 0'));
    expect(rowLines).toHaveLength(120);
    expect(rowLines).toContain('Indikator 120 120 000 120 506 Grön');
    const pagesWithRows = pages.filter((page) => page.lines.some((line) => /^Indikator \d{3} /.test(line)));
    expect(pagesWithRows.length).toBeGreaterThanOrEqual(3);
    // Each header is read once (the goals table's 3 cells and this one's 7); repetitions are artifacts.
    const structure = pages.flatMap((page) => page.structure);
    expect(structure.filter((element) => element.role === 'TH')).toHaveLength(3 + 7);
    expect(structure.filter((element) => element.role === 'TD').length).toBeGreaterThanOrEqual(120 * 4);
    for (const page of pagesWithRows) {
      const header = page.lines.findIndex((line) => line.startsWith('Indikator (Månad) Utfall Mars Utfall Mars'));
      const firstRow = page.lines.findIndex((line) => /^Indikator \d{3} /.test(line));
      expect(header).toBeGreaterThanOrEqual(0);
      expect(header).toBeLessThan(firstRow);
    }
  });

  it('names an interim report and says when a frozen one was approved', async () => {
    const pages = await readPdf(await renderReportPdf(longReport));
    // 22:30 UTC on 20 April is 21 April in Sweden.
    expect(pages[0]!.lines).toEqual(expect.arrayContaining(['Delårsrapport mars 2023', 'Fastställd 2023-04-21']));
    expect(pages[0]!.lines.at(-1)).toBe(`Nämnden för Intraservice, Delårsrapport mars 2023 sida 1(${pages.length})`);
  });

  it('renders a report whose sections have nothing in them yet', async () => {
    const empty: ReportContent = {
      ...may2023Report,
      sections: may2023Report.sections.map((section) => ({
        ...section,
        analysisText: '',
        goalSummary: [],
        goals: [],
        indicatorTables: [{ ...section.indicatorTables[0]!, rows: [] }].slice(0, section.indicatorTables.length),
        activities: [],
        assignments: [],
        financialLines: [],
        businessAreaResults: [],
        portfolios: [],
        deviatingProjects: [],
        risks: [],
        charts: [],
      })),
    };
    const pages = await readPdf(await renderReportPdf(empty));
    const lines = allLines(pages);
    expect(lines).toEqual(expect.arrayContaining(['4 Uppdrag', 'Uppdrag: inga rader för perioden.']));
    expect(lines).toContain('Inga projekt har gul eller röd status.');
    expect(lines).toContain('Indikator (År): inga rader för perioden.');
  });
});

describe('the PDF where figures are not reported ones', () => {
  let lines: string[];

  beforeAll(async () => {
    lines = allLines(await readPdf(await renderReportPdf(may2023ReportWithMarks)));
  });

  it('marks generated values, demo risk valuations and summed lines after their figures', () => {
    expect(lines).toContain('Sjukfrånvaro 4,5 % 5,9 % * 5 % * 5,5 % * 5 % * Röd');
    expect(lines).toContain('Lönespecifikationer 290 808 * 307 229 291 665 710 000 700 000 725 907 Gul');
    expect(lines.find((line) => line.startsWith('Personalkostnader'))).toBe(
      'Personalkostnader 226 154 Σ 225 712 Σ 260 323 Σ 523 792 Σ 597 395 Σ',
    );
    expect(lines.find((line) => line.startsWith('Ökad risk för cyberattacker'))).toMatch(/ 3 † 4 † 12 † /);
  });

  it('says under the tables what each mark means', () => {
    expect(lines).toEqual(
      expect.arrayContaining([
        '* Genererat värde: fyller ut serien mellan kända punkter, inte hämtat ur en rapport.',
        '† Demovärde: källdokumenten anger ingen värdering, siffrorna är påhittade för demon.',
        'Σ Summerat från 2 enheter: Nämnden för Intraservice, Kommunstyrelsen (beräknat, inte lagrat).',
      ]),
    );
  });
});
