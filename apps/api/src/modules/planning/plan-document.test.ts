import { prepareDatabase } from '@lagesbild/db/prepare';
import { createTestDatabase } from '@lagesbild/db/testing';
import type { TestDatabase } from '@lagesbild/db/testing';
import type { DocumentLayout, LayoutTable } from '../../documents';
import { createGoalFixture } from '../../testing/fixtures';
import { planDocumentLayout, readPlanDocumentData } from './plan-document';

/** The layout's blocks from one heading to the next of the same or a higher level. */
function sectionOf(layout: DocumentLayout, title: string) {
  const start = layout.blocks.findIndex((block) => block.kind === 'heading' && block.heading.title === title);
  expect(start).toBeGreaterThanOrEqual(0);
  const end = layout.blocks.findIndex((block, index) => index > start && block.kind === 'heading');
  return layout.blocks.slice(start + 1, end === -1 ? undefined : end);
}

const tablesOf = (blocks: DocumentLayout['blocks']): LayoutTable[] =>
  blocks.flatMap((block) => (block.kind === 'table' ? [block.table] : []));
const texts = (table: LayoutTable) => table.rows.map((row) => row.cells.map((cell) => cell.text));
const headingsOf = (table: LayoutTable) => table.columns.map((column) => column.heading);

describe("Intraservice's operational plan 2023 as a document, from the demo data (source 001 §7.1)", () => {
  let database: TestDatabase;
  let layout: DocumentLayout;

  beforeAll(async () => {
    database = await createTestDatabase();
    await prepareDatabase(database, { seedDemoDataIfEmpty: true });
    const unit = await database.prisma.orgUnit.findUniqueOrThrow({ where: { code: 'intraservice' } });
    layout = planDocumentLayout((await readPlanDocumentData(database.prisma, unit.id, 2023))!);
  });
  afterAll(() => database.destroy());

  it('is the adopted plan, with its decision on the title page and in the footer', () => {
    expect(layout).toMatchObject({
      orgUnitName: 'Nämnden för Intraservice',
      title: 'Verksamhetsplan 2023',
      dateLine: 'Antagen 2022-12-13, dnr DEMO-2022-0001',
      footerText: 'Nämnden för Intraservice, Verksamhetsplan 2023',
    });
  });

  it("has source 001's chapter with a section per perspective, in the year's order", () => {
    expect(layout.headings.map((heading) => `${heading.number} ${heading.title}`)).toEqual([
      '1 Nämndmål, indikatorer och aktiviteter',
      '1.1 Kund och ägare',
      '1.2 Medarbetare',
      '1.3 Process',
      '1.4 Ekonomi',
      '1.5 Hållbarhet',
    ]);
  });

  it('lists the goals of a perspective beside the council goals they serve', () => {
    const [goals] = tablesOf(sectionOf(layout, 'Kund och ägare'));
    expect(headingsOf(goals!)).toEqual(['Centrala mål', 'Mål/delmål']);
    expect(texts(goals!)).toContainEqual([
      'Vi ska tillhandahålla en god intern service till stadens verksamheter och medarbetare.',
      'Vi ska förbättra kundernas upplevelse av kvalitet, service och samarbete',
    ]);
    const [economyGoals] = tablesOf(sectionOf(layout, 'Ekonomi'));
    expect(texts(economyGoals!).map((row) => row[1])).toEqual(['Vi ska ha en ekonomi i balans']);
  });

  it('gives each indicator the outcomes of 2020 and 2021, the forecast of 2022 and the target of 2023, a table per periodicity', () => {
    const tables = tablesOf(sectionOf(layout, 'Kund och ägare'));
    const yearly = tables.find((table) => table.columns[1]!.heading === 'Indikator (År)')!;
    expect(headingsOf(yearly)).toEqual([
      'Periodicitet',
      'Indikator (År)',
      'Utfall 2020',
      'Utfall 2021',
      'Prognos 2022',
      'Årsmål',
    ]);
    expect(texts(yearly)).toContainEqual([
      'År',
      'Nöjd Kund Index (NKI)',
      '62,5\u00a0%',
      '65\u00a0%',
      '67\u00a0%',
      '70\u00a0%',
    ]);
    const monthly = tables.find((table) => table.columns[1]!.heading === 'Indikator (Månad)')!;
    expect(texts(monthly)).toContainEqual([
      'Månad',
      'Lönespecifikationer',
      '699\u00a0938',
      '766\u00a0126',
      '710\u00a0000',
      '720\u00a0000',
    ]);
    // 001 orders the tables År, Tertial, Månad.
    expect(tables.slice(1, -1).map((table) => table.columns[1]!.heading)).toEqual([
      'Indikator (År)',
      'Indikator (Tertial)',
      'Indikator (Månad)',
    ]);
  });

  it("ends a perspective with its goals' activities", () => {
    const activities = tablesOf(sectionOf(layout, 'Ekonomi')).at(-1)!;
    expect(headingsOf(activities)).toEqual(['Aktiviteter', 'Ansvarig', 'Slutdatum']);
    expect(texts(activities).map((row) => row[0])).toEqual([
      'Säkra intäkter och ta rätt betalt',
      'Kostnadskontroll och korrekta inköp',
    ]);
  });
});

describe('the plan document of a unit without an adopted plan', () => {
  let database: TestDatabase;
  const statements: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase({ onQuery: (sql) => statements.push(sql) });
  });
  afterAll(() => database.destroy());

  it('is marked as a draft, and reads the same number of SQL statements for 1 goal as for 4', async () => {
    const { committee, perspective } = await createGoalFixture(database.prisma, { committeeGoals: 1 });
    const read = async () => {
      statements.length = 0;
      const data = (await readPlanDocumentData(database.prisma, committee.id, 2023))!;
      return { count: statements.length, layout: planDocumentLayout(data) };
    };
    const forOne = await read();
    expect(forOne.layout).toMatchObject({
      title: 'Verksamhetsplan 2023, utkast',
      dateLine: 'Utkast, ej antagen',
      footerText: 'Intraservice, Verksamhetsplan 2023, utkast',
    });
    expect(texts(tablesOf(sectionOf(forOne.layout, 'Medarbetare'))[1]!)).toEqual([
      ['Månad', 'Sjukfrånvaro 1', '', '5,6\u00a0%', '', '5\u00a0%'],
    ]);

    for (let index = 2; index <= 4; index++) {
      await database.prisma.goal.create({
        data: {
          title: `Nämndmål ${index}`,
          level: 'COMMITTEE',
          year: 2023,
          perspectiveId: perspective.id,
          orgUnitId: committee.id,
          sortOrder: index,
          activities: {
            create: { title: `Aktivitet ${index}`, orgUnitId: committee.id, perspectiveId: perspective.id },
          },
          indicators: {
            create: {
              indicator: {
                create: {
                  code: `EXTRA-${index}`,
                  name: `Indikator ${index}`,
                  orgUnitId: committee.id,
                  unit: 'COUNT',
                  periodicity: index % 2 === 0 ? 'YEAR' : 'TERTIAL',
                  direction: 'HIGHER_IS_BETTER',
                  values: { create: { granularity: 'YEAR', year: 2021, periodNumber: 1, outcome: index } },
                },
              },
            },
          },
        },
      });
    }
    const forFour = await read();
    const medarbetare = sectionOf(forFour.layout, 'Medarbetare');
    expect(texts(tablesOf(medarbetare)[0]!).map((row) => row[1])).toEqual([
      'Nämndmål 1',
      'Nämndmål 2',
      'Nämndmål 3',
      'Nämndmål 4',
    ]);
    expect(tablesOf(medarbetare).flatMap(texts)).toContainEqual(['År', 'Indikator 4', '', '4', '', '']);
    expect(forFour.count).toBe(forOne.count);
  });

  it("names the last adopted revision's decision in a draft of the next", async () => {
    const committee = await database.prisma.orgUnit.findUniqueOrThrow({ where: { code: 'intraservice' } });
    const plan = await database.prisma.plan.create({
      data: { orgUnitId: committee.id, year: 2023, status: 'DRAFT', revision: 2 },
    });
    await database.prisma.planRevision.create({
      data: { planId: plan.id, number: 1, decisionDate: new Date('2022-12-13'), caseNumber: 'N-1/22', snapshot: {} },
    });
    const layout = planDocumentLayout((await readPlanDocumentData(database.prisma, committee.id, 2023))!);
    expect(layout.dateLine).toBe('Utkast till revision 2, ej antagen (revision 1 antagen 2022-12-13, dnr N-1/22)');
    expect(layout.title).toBe('Verksamhetsplan 2023, utkast');
  });

  it('has no document for a unit that does not exist', async () => {
    expect(await readPlanDocumentData(database.prisma, 999_999, 2023)).toBeNull();
  });
});
