import type { ReportContent } from '../../../generated/resolver-types';
import { markdownBlocks } from '../../../documents';
import { may2023Report } from './may-2023-report.fixture';
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
