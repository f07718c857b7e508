import { DOMParser } from '@xmldom/xmldom';
import type { Element } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { may2023Report, may2023ReportWithMarks } from './may-2023-report.fixture';
import { renderReportDocx } from './report-docx';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** The parts of the .docx as a Word reader opens them: the zip's XML parts, parsed. */
function openDocx(data: Buffer): Record<string, Element> {
  const files = unzipSync(new Uint8Array(data));
  const parts: Record<string, Element> = {};
  for (const [name, bytes] of Object.entries(files)) {
    if (!name.endsWith('.xml')) continue;
    const document = new DOMParser().parseFromString(strFromU8(bytes), 'text/xml');
    parts[name] = document.documentElement!;
  }
  return parts;
}

const children = (element: Element, name: string) => Array.from(element.getElementsByTagNameNS(W, name));
const textOf = (element: Element) =>
  children(element, 't')
    .map((text) => text.textContent ?? '')
    .join('')
    .replace(/[\u00a0\u202f]/g, ' ');
const directChildren = (element: Element, name: string) =>
  Array.from(element.childNodes).filter(
    (node): node is Element => node.nodeType === 1 && (node as Element).localName === name,
  );

interface ReadTable {
  header: string[];
  headerRepeats: boolean;
  rows: string[][];
}

function tablesOf(body: Element): ReadTable[] {
  return children(body, 'tbl').map((table) => {
    const [header, ...rows] = directChildren(table, 'tr');
    const cells = (row: Element) => directChildren(row, 'tc').map(textOf);
    return {
      header: cells(header!),
      headerRepeats: children(header!, 'tblHeader').length === 1,
      rows: rows.map(cells),
    };
  });
}

describe('the Word document of the May 2023 monthly report', () => {
  let parts: Record<string, Element>;
  let body: Element;
  let tables: ReadTable[];

  beforeAll(async () => {
    parts = openDocx(await renderReportDocx(may2023Report));
    body = parts['word/document.xml']!;
    tables = tablesOf(body);
  });

  const tableWithHeader = (first: string) => tables.find((table) => table.header[0] === first);

  it('opens as a Word document with its parts', () => {
    expect(Object.keys(parts)).toEqual(
      expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml', 'word/settings.xml']),
    );
    expect(body.localName).toBe('document');
  });

  it('holds the indicator tables with their figures in Swedish, status as word and symbol', () => {
    const tertial = tableWithHeader('Indikator (Tertial)')!;
    expect(tertial.header).toEqual([
      'Indikator (Tertial)',
      'Utfall T2 2022',
      'Utfall T2 2023',
      'Mål T2 2023',
      'Prognos (helår)',
      'Målvärde 2023',
      'Status',
    ]);
    expect(tertial.rows).toContainEqual([
      'IT-infrastruktur',
      '1 449 000',
      '1 506 000',
      '',
      '1 500 000',
      '1 500 000',
      '● Grön',
    ]);
    const month = tableWithHeader('Indikator (Månad)')!;
    expect(month.rows).toContainEqual([
      'Lönespecifikationer',
      '290 808',
      '307 229',
      '291 665',
      '710 000',
      '700 000',
      '725 907',
      '▲ Gul',
    ]);
    expect(tableWithHeader('Indikator (År)')!.rows).toEqual([
      ['Nöjd Kund Index (NKI)', '66,9 %', '', '', '70 %', '70 %', '● Grön'],
    ]);
  });

  it('holds the financial table and the result per business area', () => {
    const financial = tableWithHeader('Indikator (månad)')!;
    expect(financial.rows[0]).toEqual([
      'Verksamhetens kostnader',
      '564 705',
      '573 791',
      '616 991',
      '1 396 706',
      '1 449 802',
    ]);
    expect(financial.rows).toContainEqual(['Verksamhetens resultat', '16 867', '12 490', '−12 903', '0', '0']);
    const results = tableWithHeader('Resultat, tkr')!;
    expect(results.header).toEqual(['Resultat, tkr', 'Ack utfall maj 2023', 'Prognos helår 2023']);
    expect(results.rows).toContainEqual(['Ekonomi', '−352', '−2 838']);
    expect(results.rows.at(-1)).toEqual(['Resultat, tkr', '12 490', '0']);
  });

  it('repeats every table header on each page', () => {
    expect(tables.length).toBeGreaterThan(10);
    for (const table of tables) expect(table.headerRepeats).toBe(true);
  });

  it('gives the charts as tables of their figures', () => {
    const chart = tables.find(
      (table) => table.header.join('|') === 'tkr|Utfall ack 2022|Utfall ack 2023|Budget ack 2023',
    )!;
    expect(chart.rows).toContainEqual(['Personalkostnader', '226 154', '225 712', '260 323']);
  });

  it('holds the red projects with cause and action, and the risks', () => {
    const projects = tables.filter((table) => table.header.join('|') === 'Dimension|Status|Orsak|Åtgärd');
    expect(projects).toHaveLength(2);
    expect(projects[0]!.rows[1]).toEqual([
      'Kostnad',
      '■ Röd',
      'Kostnader för konsulter och intern personal riskerar öka som resultat av justerad tidplan för upphandling',
      'Eskaleras inom avdelningen',
    ]);
    expect(tableWithHeader('Risk')!.rows[0]!.slice(0, 5)).toEqual([
      'Ökad risk för cyberattacker',
      'Extern',
      '3',
      '4',
      '12',
    ]);
  });

  it('uses Word heading styles for the numbered sections and a contents field over them', () => {
    const headings = children(body, 'p')
      .map((paragraph) => ({
        style: children(paragraph, 'pStyle')[0]?.getAttributeNS(W, 'val'),
        text: textOf(paragraph),
      }))
      .filter((paragraph) => paragraph.style === 'Heading1' || paragraph.style === 'Heading2');
    expect(headings).toEqual(
      expect.arrayContaining([
        { style: 'Heading1', text: '1 Sammanfattning' },
        { style: 'Heading1', text: '2 Mål och indikatorer' },
        { style: 'Heading2', text: '2.4 Ekonomi' },
        { style: 'Heading1', text: '6 Risker' },
      ]),
    );
    const instructions = children(body, 'instrText').map((instruction) => instruction.textContent ?? '');
    expect(instructions.some((instruction) => /TOC .*\\o "1-2"/.test(instruction))).toBe(true);
    expect(children(parts['word/settings.xml']!, 'updateFields')).toHaveLength(1);
  });

  it('renders the Markdown: bold runs, list items as Word lists, no markup', () => {
    const runs = children(body, 'r');
    const bold = runs.find((run) => textOf(run) === 'överskott om totalt 12,5 miljoner kronor');
    expect(bold && children(bold, 'b')).toHaveLength(1);
    const listItem = children(body, 'p').find((paragraph) =>
      textOf(paragraph).startsWith('Ökade kostnader för utvecklingsprojekt'),
    );
    expect(listItem && children(listItem, 'numPr')).toHaveLength(1);
    expect(textOf(body)).not.toMatch(/\*\*|###/);
  });

  it('writes "sida N(M)" with page fields in the footer', () => {
    const footerName = Object.keys(parts).find((name) => /^word\/footer\d*\.xml$/.test(name))!;
    const footer = parts[footerName]!;
    expect(textOf(footer)).toContain('Nämnden för Intraservice, Månadsrapport maj 2023');
    const fields = children(footer, 'instrText').map((instruction) => (instruction.textContent ?? '').trim());
    expect(fields).toEqual(expect.arrayContaining(['PAGE', 'NUMPAGES']));
  });
});

describe('the Word document where figures are not reported ones', () => {
  let body: Element;
  let tables: ReadTable[];

  beforeAll(async () => {
    body = openDocx(await renderReportDocx(may2023ReportWithMarks))['word/document.xml']!;
    tables = tablesOf(body);
  });

  const rowOf = (name: string) => tables.flatMap((table) => table.rows).find((row) => row[0] === name)!;
  const paragraphs = () => children(body, 'p').map(textOf);

  it('marks generated values, demo risk valuations and summed lines in their cells', () => {
    expect(rowOf('Sjukfrånvaro').slice(1, 6)).toEqual(['4,5 %', '5,9 % *', '5 % *', '5,5 % *', '5 % *']);
    expect(rowOf('Lönespecifikationer')[1]).toBe('290 808 *');
    expect(rowOf('Ökad risk för cyberattacker').slice(2, 5)).toEqual(['3 †', '4 †', '12 †']);
    expect(rowOf('Personalkostnader').slice(1, 3)).toEqual(['226 154 Σ', '225 712 Σ']);
    // The chart of Medarbetare as a table: its generated year marked.
    expect(rowOf('2022 *')).toEqual(['2022 *', '5,5', '5,5', '2,2']);
  });

  it('says under the tables what each mark means', () => {
    expect(paragraphs()).toEqual(
      expect.arrayContaining([
        '* Genererat värde: fyller ut serien mellan kända punkter, inte hämtat ur en rapport.',
        '† Demovärde: källdokumenten anger ingen värdering, siffrorna är påhittade för demon.',
        'Σ Summerat från 2 enheter: Nämnden för Intraservice, Kommunstyrelsen (beräknat, inte lagrat).',
      ]),
    );
  });
});
