import type { ReportContent } from '../../../generated/resolver-types';
import { markdownBlocks } from '../../../documents';
import { may2023Report, may2023ReportWithMarks, withIndicatorRows } from './may-2023-report.fixture';
import { reportLayout } from './report-layout';
import type { LayoutBlock } from './report-layout';

const headingTexts = (content: ReportContent) =>
  reportLayout(content).headings.map((heading) => `${heading.number} ${heading.title}`);

/** The blocks under a heading, up to the next heading. */
function blocksUnder(blocks: LayoutBlock[], number: string): LayoutBlock[] {
  const start = blocks.findIndex((block) => block.kind === 'heading' && block.heading.number === number);
  const end = blocks.findIndex((block, index) => index > start && block.kind === 'heading');
  return blocks.slice(start + 1, end === -1 ? undefined : end);
}

describe('the report layout', () => {
  it('numbers the sections as source 000 does', () => {
    expect(headingTexts(may2023Report)).toEqual([
      '1 Sammanfattning',
      '2 Mål och indikatorer',
      '2.1 Kund och ägare',
      '2.2 Medarbetare',
      '2.3 Process',
      '2.4 Ekonomi',
      '2.5 Hållbarhet',
      '3 Aktiviteter',
      '3.1 Kund och ägare',
      '3.2 Medarbetare',
      '3.3 Process',
      '3.4 Ekonomi',
      '3.5 Hållbarhet',
      '4 Uppdrag',
      '5 Portfölj och projekt',
      '5.1 Status per månad',
      '5.2 Projekt med gul eller röd status',
      '6 Risker',
    ]);
  });

  it('puts the financial table and result per business area in the perspective Ekonomi', () => {
    const captions = blocksUnder(reportLayout(may2023Report).blocks, '2.4').flatMap((block) =>
      block.kind === 'table' ? [block.table.caption] : [],
    );
    expect(captions).toEqual([
      'Mål, Ekonomi',
      'Ekonomiskt utfall maj 2023, tkr',
      'Resultat per verksamhetsområde maj 2023, tkr',
    ]);
  });

  it('gives the economy its own section in chapter 2 when no perspective is called Ekonomi', () => {
    const withoutPerspective = {
      ...may2023Report,
      sections: may2023Report.sections.filter((section) => section.id !== 'ekonomi' && section.id !== 'hallbarhet'),
    };
    const headings = headingTexts(withoutPerspective);
    expect(headings.slice(0, 6)).toEqual([
      '1 Sammanfattning',
      '2 Mål och indikatorer',
      '2.1 Kund och ägare',
      '2.2 Medarbetare',
      '2.3 Process',
      '2.4 Ekonomi',
    ]);
    const tables = blocksUnder(reportLayout(withoutPerspective).blocks, '2.4').filter(
      (block) => block.kind === 'table',
    );
    expect(tables).toHaveLength(2);
  });

  it('marks an overdue assignment red and says so in words', () => {
    const content = structuredClone(may2023Report);
    const assignments = content.sections.find((section) => section.kind === 'ASSIGNMENTS')!;
    assignments.assignments[0] = { ...assignments.assignments[0]!, isOverdue: true };
    const table = blocksUnder(reportLayout(content).blocks, '4').find((block) => block.kind === 'table');
    expect(table?.kind === 'table' && table.table.rows[0]!.cells[0]).toEqual({
      text: 'Pågående, försenat',
      status: 'RED',
    });
  });
});

describe('figures that are not reported ones', () => {
  const tablesUnder = (content: ReportContent, number: string) =>
    blocksUnder(reportLayout(content).blocks, number).flatMap((block) => (block.kind === 'table' ? [block.table] : []));
  const rowOf = (tables: ReturnType<typeof tablesUnder>, name: string) =>
    tables.flatMap((table) => table.rows).find((row) => row.cells[0]!.text === name)!;

  it('says in the status cell that an analyst set the status by hand, as the screen does', () => {
    const judged = withIndicatorRows(may2023Report, (row) =>
      row.name === 'Sjukfrånvaro' ? { ...row, status: 'YELLOW', statusSetByHand: true } : row,
    );
    const tables = tablesUnder(judged, '2.2');
    expect(rowOf(tables, 'Sjukfrånvaro').cells.at(-1)).toEqual({ text: 'Gul (satt manuellt)', status: 'YELLOW' });
    expect(rowOf(tablesUnder(may2023Report, '2.2'), 'Sjukfrånvaro').cells.at(-1)!.text).toBe('Röd');
  });

  it('marks a generated value’s figures with * and says what it means under the table', () => {
    const tables = tablesUnder(may2023ReportWithMarks, '2.2');
    const monthly = tables.find((table) => table.rows.some((row) => row.cells[0]!.text === 'Sjukfrånvaro'))!;
    expect(rowOf(tables, 'Sjukfrånvaro').cells.map((cell) => cell.text)).toEqual([
      'Sjukfrånvaro',
      '4,5\u00a0%',
      '5,9\u00a0%\u00a0*',
      '5\u00a0%\u00a0*',
      '5,5\u00a0%\u00a0*',
      '5\u00a0%\u00a0*',
      'Röd',
    ]);
    expect(monthly.notes).toEqual([
      '* Genererat värde: fyller ut serien mellan kända punkter, inte hämtat ur en rapport.',
    ]);
    // Only the year before is generated for Lönespecifikationer.
    expect(rowOf(tablesUnder(may2023ReportWithMarks, '2.1'), 'Lönespecifikationer').cells[1]!.text).toBe(
      '290\u00a0808\u00a0*',
    );
  });

  it('marks a demo risk valuation with † and a summed financial line with Σ, naming the units', () => {
    const [financial] = tablesUnder(may2023ReportWithMarks, '2.4').filter((table) =>
      table.caption.startsWith('Ekonomiskt utfall'),
    );
    expect(rowOf([financial!], 'Personalkostnader').cells[2]!.text).toBe('225\u00a0712\u00a0Σ');
    expect(financial!.notes).toEqual([
      'Σ Summerat från 2 enheter: Nämnden för Intraservice, Kommunstyrelsen (beräknat, inte lagrat).',
    ]);
    const [risks] = tablesUnder(may2023ReportWithMarks, '6');
    expect(
      rowOf([risks!], 'Ökad risk för cyberattacker')
        .cells.slice(2, 5)
        .map((cell) => cell.text),
    ).toEqual(['3\u00a0†', '4\u00a0†', '12\u00a0†']);
    expect(risks!.notes).toEqual([
      '† Demovärde: källdokumenten anger ingen värdering, siffrorna är påhittade för demon.',
    ]);
  });

  it('marks a chart’s generated category in the drawing and in its table, with the note', () => {
    const chart = blocksUnder(reportLayout(may2023ReportWithMarks).blocks, '2.2').find(
      (block) => block.kind === 'chart',
    );
    expect(chart?.kind === 'chart' && chart.chart.categories).toEqual(['2021', '2022\u00a0*', '2023']);
    expect(chart?.kind === 'chart' && chart.table.rows.map((row) => row.cells[0]!.text)).toEqual([
      '2021',
      '2022\u00a0*',
      '2023',
    ]);
    expect(chart?.kind === 'chart' && chart.table.notes).toEqual([
      '* Genererat värde: fyller ut serien mellan kända punkter, inte hämtat ur en rapport.',
    ]);
  });

  it('marks nothing and adds no note where every figure is reported', () => {
    const tables = reportLayout(may2023Report).blocks.flatMap((block) =>
      block.kind === 'table' || block.kind === 'chart' ? [block.table] : [],
    );
    expect(tables.flatMap((table) => table.notes ?? [])).toEqual([]);
    expect(
      tables.flatMap((table) => table.rows.flatMap((row) => row.cells.map((cell) => cell.text))),
    ).not.toContainEqual(expect.stringMatching(/[*†Σ]$/));
  });
});

describe('the analysis Markdown', () => {
  it('keeps headings, lists and bold, and shows HTML as text', () => {
    expect(markdownBlocks('### Prognos\n\nEtt **viktigt** ord.\n\n- ett\n- två <b>x</b>')).toEqual([
      { kind: 'heading', level: 3, runs: [{ text: 'Prognos', bold: false, italic: false }] },
      {
        kind: 'paragraph',
        runs: [
          { text: 'Ett ', bold: false, italic: false },
          { text: 'viktigt', bold: true, italic: false },
          { text: ' ord.', bold: false, italic: false },
        ],
      },
      { kind: 'listItem', ordered: false, number: 1, depth: 0, runs: [{ text: 'ett', bold: false, italic: false }] },
      {
        kind: 'listItem',
        ordered: false,
        number: 2,
        depth: 0,
        runs: [{ text: 'två <b>x</b>', bold: false, italic: false }],
      },
    ]);
  });
});
