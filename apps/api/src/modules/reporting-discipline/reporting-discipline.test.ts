import type { PrismaClient } from '@lagesbild/db';
import { fromIsoDate, reportingPeriodsOfYear } from '@lagesbild/types';
import { graphql } from '../../testing/generated';
import { startGraphqlTestServer } from '../../testing/graphql-test-server';
import type { GraphqlTestServer } from '../../testing/graphql-test-server';
import type { SignedInUser } from '../access';
import { readOrgUnitsInDisplayOrder } from '../organisation';
import { obligationState } from './discipline';
import { findReportingDiscipline } from './reporting-discipline-service';

const DISCIPLINE = graphql(`
  query ReportingDisciplineTest_Discipline($orgUnitCode: String!, $year: Int!) {
    reportingDiscipline(orgUnitCode: $orgUnitCode, year: $year) {
      orgUnit {
        name
      }
      year
      periods {
        key
        kind
        number
        inProgress
      }
      units {
        orgUnit {
          name
        }
        cells {
          periodKey
          deadline
          inProgress
          counts {
            onTime
            late
            missing
            pending
            total
          }
        }
        counts {
          onTime
          late
          missing
          pending
          total
        }
      }
      counts {
        onTime
        late
        missing
        pending
        total
      }
      unitsBehind {
        orgUnit {
          name
        }
        counts {
          missing
          late
        }
      }
      ownersBehind {
        name
        counts {
          onTime
          late
          missing
        }
      }
      missing {
        key
        kind
        title
        orgUnit {
          name
        }
        period {
          key
        }
        deadline
        responsible
        link
      }
    }
  }
`);

const SAVE_VALUES = graphql(`
  mutation ReportingDisciplineTest_SaveValues($input: IndicatorValuesInput!) {
    saveIndicatorValues(input: $input) {
      id
    }
  }
`);

const counts = (onTime: number, late: number, missing: number, pending = 0) => ({
  onTime,
  late,
  missing,
  pending,
  total: onTime + late + missing + pending,
});

/**
 * A city with two committees: Intraservice (with the business area Digital infrastruktur) and
 * Kommunstyrelsen, one monthly indicator in each unit, each with an owner and a value of December
 * 2022 so that every month of 2023 is due. The 2023 calendar's deadlines are the 10th of the month
 * after; May's is moved to 20 June, and business areas report June by 5 July (the committee by 10
 * July). Intraservice reported March late (11 April), April on its deadline day, and May on 15
 * June (on time by the moved deadline, late by the rule's); Digital infrastruktur reported June on
 * 8 July (late by its level's deadline, in time by the committee's); Kommunstyrelsen nothing.
 */
async function createDisciplineFixture(prisma: PrismaClient, server: GraphqlTestServer) {
  const city = await prisma.orgUnit.create({ data: { code: 'goteborg', name: 'Göteborgs Stad', kind: 'CITY' } });
  const committee = await prisma.orgUnit.create({
    data: { code: 'intraservice', name: 'Intraservice', kind: 'COMMITTEE', parentId: city.id },
  });
  const businessArea = await prisma.orgUnit.create({
    data: {
      code: 'digital-infrastruktur',
      name: 'Digital infrastruktur',
      kind: 'BUSINESS_AREA',
      parentId: committee.id,
    },
  });
  const otherCommittee = await prisma.orgUnit.create({
    data: { code: 'kommunstyrelsen', name: 'Kommunstyrelsen', kind: 'COMMITTEE', parentId: city.id, sortOrder: 1 },
  });
  const anna = await server.createUser([], 'Anna Ägare');
  const bo = await server.createUser([], 'Bo Ägare');
  const cecilia = await server.createUser([], 'Cecilia Ägare');

  const calendar = await prisma.reportingCalendar.create({
    data: {
      orgUnitId: city.id,
      year: 2023,
      periods: {
        create: reportingPeriodsOfYear(2023).map((period) => ({
          kind: period.kind,
          number: period.number,
          startDate: fromIsoDate(period.startDate),
          endDate: fromIsoDate(period.endDate),
          deadline: new Date(Date.UTC(2023, Number(period.endDate.slice(5, 7)), 10)),
        })),
      },
    },
    include: { periods: true },
  });
  const month = (number: number) =>
    calendar.periods.find((period) => period.kind === 'MONTH' && period.number === number)!;
  await prisma.reportingPeriod.update({
    where: { id: month(5).id },
    data: { deadline: fromIsoDate('2023-06-20'), deadlineMoved: true },
  });
  await prisma.reportingLevelDeadline.create({
    data: { periodId: month(6).id, level: 'BUSINESS_AREA', deadline: fromIsoDate('2023-07-05') },
  });

  const indicator = (code: string, name: string, orgUnitId: number, ownerId: number, reported: [number, string][]) =>
    prisma.indicator.create({
      data: {
        code,
        name,
        orgUnitId,
        ownerId,
        unit: 'PERCENT',
        periodicity: 'MONTH',
        direction: 'LOWER_IS_BETTER',
        values: {
          create: [
            {
              granularity: 'MONTH',
              year: 2022,
              periodNumber: 12,
              outcome: 5,
              outcomeReportedAt: new Date('2023-01-09'),
            },
            ...reported.map(([periodNumber, at]) => ({
              granularity: 'MONTH' as const,
              year: 2023,
              periodNumber,
              outcome: 5,
              outcomeReportedAt: new Date(at),
            })),
          ],
        },
      },
    });
  const sickLeave = await indicator('SJUK', 'Sjukfrånvaro', committee.id, anna.id, [
    [3, '2023-04-11T08:00:00Z'],
    [4, '2023-05-10T20:00:00Z'],
    [5, '2023-06-15T08:00:00Z'],
  ]);
  await indicator('KUND', 'Kundnöjdhet', businessArea.id, bo.id, [[6, '2023-07-08T08:00:00Z']]);
  await indicator('PERS', 'Personalomsättning', otherCommittee.id, cecilia.id, []);
  return { city, committee, businessArea, otherCommittee, sickLeave };
}

describe('reporting discipline', () => {
  let server: GraphqlTestServer;
  let fixture: Awaited<ReturnType<typeof createDisciplineFixture>>;
  let head: SignedInUser;

  beforeAll(async () => {
    server = await startGraphqlTestServer();
    fixture = await createDisciplineFixture(server.prisma, server);
    head = await server.createUser([{ role: 'VIEWER', orgUnitCode: 'intraservice' }], 'Förvaltningschefen');
    server.actAs(head);
  });
  afterAll(() => server.stop());

  const discipline = async (orgUnitCode = 'intraservice', year = 2023) =>
    (await server.query(DISCIPLINE, { orgUnitCode, year })).reportingDiscipline;
  const cellOf = (result: Awaited<ReturnType<typeof discipline>>, unitName: string, periodKey: string) =>
    result!.units.find((row) => row.orgUnit.name === unitName)!.cells.find((cell) => cell.periodKey === periodKey);

  it('counts each unit and month of a finished year as on time, late or missing', async () => {
    const result = await discipline();
    expect(result!.periods.map((period) => period.key)).toEqual(
      Array.from({ length: 12 }, (_, index) => `2023-MONTH-${index + 1}`),
    );
    expect(result!.periods.every((period) => !period.inProgress)).toBe(true);
    expect(result!.units.map((row) => [row.orgUnit.name, row.counts])).toEqual([
      ['Intraservice', counts(2, 1, 9)],
      ['Digital infrastruktur', counts(0, 1, 11)],
    ]);
    expect(result!.counts).toEqual(counts(2, 2, 20));
    expect(cellOf(result, 'Intraservice', '2023-MONTH-1')).toEqual({
      periodKey: '2023-MONTH-1',
      deadline: '2023-02-10',
      inProgress: false,
      counts: counts(0, 0, 1),
    });
    // Reported the day after the deadline: late. Reported at 22:00 on the deadline day: on time.
    expect(cellOf(result, 'Intraservice', '2023-MONTH-3')!.counts).toEqual(counts(0, 1, 0));
    expect(cellOf(result, 'Intraservice', '2023-MONTH-4')!.counts).toEqual(counts(1, 0, 0));
  });

  it("judges by a moved deadline and by a level's own deadline", async () => {
    const result = await discipline();
    // May moved to 20 June: reported on 15 June is on time (by the rule's 10 June it would be late).
    expect(cellOf(result, 'Intraservice', '2023-MONTH-5')).toMatchObject({
      deadline: '2023-06-20',
      counts: counts(1, 0, 0),
    });
    // Business areas report June by 5 July: 8 July is late there, though the committee has until 10 July.
    expect(cellOf(result, 'Digital infrastruktur', '2023-MONTH-6')).toMatchObject({
      deadline: '2023-07-05',
      counts: counts(0, 1, 0),
    });
    expect(cellOf(result, 'Intraservice', '2023-MONTH-6')!.deadline).toBe('2023-07-10');
  });

  it('lists the units and owners most behind, and each missing item with its link and owner', async () => {
    const result = await discipline();
    expect(result!.unitsBehind).toEqual([
      { orgUnit: { name: 'Digital infrastruktur' }, counts: { missing: 11, late: 1 } },
      { orgUnit: { name: 'Intraservice' }, counts: { missing: 9, late: 1 } },
    ]);
    expect(result!.ownersBehind).toEqual([
      { name: 'Bo Ägare', counts: { onTime: 0, late: 1, missing: 11 } },
      { name: 'Anna Ägare', counts: { onTime: 2, late: 1, missing: 9 } },
    ]);
    expect(result!.missing).toHaveLength(20);
    expect(result!.missing.slice(0, 2)).toEqual([
      {
        key: `INDICATOR_VALUE:${fixture.sickLeave.id}:2023-MONTH-1`,
        kind: 'INDICATOR_VALUE',
        title: 'Sjukfrånvaro',
        orgUnit: { name: 'Intraservice' },
        period: { key: '2023-MONTH-1' },
        deadline: '2023-02-10',
        responsible: ['Anna Ägare'],
        link: '/registrera?enhet=intraservice&period=2023-01',
      },
      expect.objectContaining({
        title: 'Kundnöjdhet',
        orgUnit: { name: 'Digital infrastruktur' },
        responsible: ['Bo Ägare'],
        link: '/registrera?enhet=digital-infrastruktur&period=2023-01',
      }),
    ]);
    expect(result!.missing.map((item) => item.deadline)).toEqual(
      [...result!.missing.map((item) => item.deadline)].sort(),
    );
  });

  it('shows a reader of one committee nothing of another', async () => {
    const reader = await server.createUser([{ role: 'VIEWER', orgUnitCode: 'kommunstyrelsen' }]);
    server.actAs(reader);
    try {
      expect(await discipline('intraservice')).toBeNull();
      expect(await discipline('digital-infrastruktur')).toBeNull();
      const own = await discipline('kommunstyrelsen');
      expect(own!.units.map((row) => [row.orgUnit.name, row.counts])).toEqual([['Kommunstyrelsen', counts(0, 0, 12)]]);
      // From the city (readable as context) only the reader's own committee.
      const fromCity = await discipline('goteborg');
      expect(fromCity!.units.map((row) => row.orgUnit.name)).toEqual(['Kommunstyrelsen']);
      expect(fromCity!.counts).toEqual(counts(0, 0, 12));
      expect(fromCity!.ownersBehind.map((row) => row.name)).toEqual(['Cecilia Ägare']);
      expect(fromCity!.missing.every((item) => item.orgUnit.name === 'Kommunstyrelsen')).toBe(true);
    } finally {
      server.actAs(head);
    }
    expect(await discipline('kommunstyrelsen')).toBeNull();
    const fromCity = await discipline('goteborg');
    expect(fromCity!.units.map((row) => row.orgUnit.name)).toEqual(['Intraservice', 'Digital infrastruktur']);
    expect(fromCity!.ownersBehind.map((row) => row.name)).toEqual(['Bo Ägare', 'Anna Ägare']);
  });

  it('shows a reader of the city every committee', async () => {
    server.actAs(await server.createUser([{ role: 'VIEWER', orgUnitCode: 'goteborg' }]));
    try {
      const result = await discipline('goteborg');
      expect(result!.units.map((row) => row.orgUnit.name)).toEqual([
        'Intraservice',
        'Digital infrastruktur',
        'Kommunstyrelsen',
      ]);
      expect(result!.unitsBehind[0]!.orgUnit.name).toBe('Kommunstyrelsen');
    } finally {
      server.actAs(head);
    }
  });

  it('shows the period whose deadline has not passed as in progress, and no period that has not ended', async () => {
    const units = await readOrgUnitsInDisplayOrder(server.prisma);
    const result = await findReportingDiscipline(
      server.prisma,
      units,
      'intraservice',
      2023,
      () => true,
      new Date('2023-06-15T12:00:00Z'),
    );
    expect(result!.periods.map((period) => [period.key, period.inProgress])).toEqual([
      ['2023-MONTH-1', false],
      ['2023-MONTH-2', false],
      ['2023-MONTH-3', false],
      ['2023-MONTH-4', false],
      ['2023-MONTH-5', true],
    ]);
    const may = (name: string) =>
      result!.units.find((row) => row.orgUnit.name === name)!.cells.find((cell) => cell.periodKey === '2023-MONTH-5')!;
    expect(may('Intraservice')).toMatchObject({ inProgress: true, counts: counts(1, 0, 0) });
    expect(may('Digital infrastruktur')).toMatchObject({ inProgress: true, counts: counts(0, 0, 0, 1) });
    expect(result!.missing.map((item) => `${item.title} ${item.period.key}`)).toEqual([
      'Sjukfrånvaro 2023-MONTH-1',
      'Kundnöjdhet 2023-MONTH-1',
      'Sjukfrånvaro 2023-MONTH-2',
      'Kundnöjdhet 2023-MONTH-2',
      'Kundnöjdhet 2023-MONTH-3',
      'Kundnöjdhet 2023-MONTH-4',
    ]);
    // A year that has not begun has nothing to show.
    const future = await findReportingDiscipline(
      server.prisma,
      units,
      'intraservice',
      2024,
      () => true,
      new Date('2023-06-15'),
    );
    expect(future).toMatchObject({ periods: [], units: [], missing: [], counts: counts(0, 0, 0) });
  });

  it('counts an item reported after its deadline as late', async () => {
    const analyst = await server.createUser([{ role: 'ANALYST', orgUnitCode: 'intraservice' }]);
    server.actAs(analyst);
    try {
      await server.query(SAVE_VALUES, {
        input: { values: [{ indicatorId: String(fixture.sickLeave.id), period: '2023-02', outcome: 5.2 }] },
      });
    } finally {
      server.actAs(head);
    }
    const result = await discipline();
    expect(cellOf(result, 'Intraservice', '2023-MONTH-2')!.counts).toEqual(counts(0, 1, 0));
    expect(result!.units[0]!.counts).toEqual(counts(2, 2, 8));
    expect(result!.missing.some((item) => item.key === `INDICATOR_VALUE:${fixture.sickLeave.id}:2023-MONTH-2`)).toBe(
      false,
    );
  });

  it('refuses a year out of range', async () => {
    const errors = await server.queryErrors(DISCIPLINE, { orgUnitCode: 'intraservice', year: 12 });
    expect(errors[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'year', message: 'outOfRange' }],
    });
  });

  it('tells on time from late by the end of the deadline day', () => {
    const deadline = new Date('2023-05-10T00:00:00Z');
    const now = new Date('2024-01-01');
    expect(obligationState({ deadline, fulfilledAt: new Date('2023-05-10T23:59:59Z') }, now)).toBe('ON_TIME');
    expect(obligationState({ deadline, fulfilledAt: new Date('2023-05-11T00:00:00Z') }, now)).toBe('LATE');
    expect(obligationState({ deadline, fulfilledAt: null }, now)).toBe('MISSING');
    expect(obligationState({ deadline, fulfilledAt: null }, new Date('2023-05-10T12:00:00Z'))).toBe('PENDING');
  });
});

describe('the reporting discipline query cost', () => {
  it('sends the same number of SQL statements for 2 units, owners and items as for 12', async () => {
    const statementsFor = async (units: number): Promise<number> => {
      const server = await startGraphqlTestServer();
      try {
        const city = await server.prisma.orgUnit.create({ data: { code: 'stad', name: 'Staden', kind: 'CITY' } });
        const committee = await server.prisma.orgUnit.create({
          data: { code: 'namnd', name: 'Nämnden', kind: 'COMMITTEE', parentId: city.id },
        });
        for (let index = 1; index <= units; index++) {
          const owner = await server.createUser([], `Ägare ${index}`);
          const unit = await server.prisma.orgUnit.create({
            data: { code: `omrade-${index}`, name: `Område ${index}`, kind: 'BUSINESS_AREA', parentId: committee.id },
          });
          await server.prisma.indicator.create({
            data: {
              code: `IND-${index}`,
              name: `Indikator ${index}`,
              orgUnitId: unit.id,
              ownerId: owner.id,
              unit: 'COUNT',
              periodicity: 'MONTH',
              direction: 'HIGHER_IS_BETTER',
              values: {
                create: [
                  { granularity: 'MONTH', year: 2022, periodNumber: 12, outcome: 1 },
                  { granularity: 'MONTH', year: 2023, periodNumber: 5, outcome: 1 },
                ],
              },
            },
          });
        }
        server.actAs(await server.createUser([{ role: 'VIEWER', orgUnitCode: 'namnd' }]));
        server.statements.length = 0;
        const { reportingDiscipline } = await server.query(DISCIPLINE, { orgUnitCode: 'namnd', year: 2023 });
        expect(reportingDiscipline!.units).toHaveLength(units);
        expect(reportingDiscipline!.ownersBehind).toHaveLength(Math.min(units, 10));
        return server.statements.length;
      } finally {
        await server.stop();
      }
    };
    expect(await statementsFor(12)).toBe(await statementsFor(2));
  });
});
