import type { AuditEventModel } from '@lagesbild/db';
import { createRequestContext } from '../../context';
import { createGoalFixture } from '../../testing/fixtures';
import { graphql } from '../../testing/generated';
import { startGraphqlTestServer } from '../../testing/graphql-test-server';
import type { GraphqlTestServer } from '../../testing/graphql-test-server';
import type { SignedInUser } from '../access';
import { auditEventOf, withAuditedWrites } from '../audit';
import { createValueImport } from './value-import-preview';

const HEADER = 'Enhetskod;Indikatorkod;Indikator;Period;Utfall;Periodmål;Årsmål;Prognos helår;Kommentar';
const SAVE_VALUES = graphql(`
  mutation ValueImportAuditTest_SaveValues($input: IndicatorValuesInput!) {
    saveIndicatorValues(input: $input) {
      id
    }
  }
`);
const COMMIT = graphql(`
  mutation ValueImportAuditTest_Commit($id: ID!) {
    commitValueImport(id: $id) {
      writtenCount
    }
  }
`);

/**
 * The import writes values, forecasts and their audit events in SQL, set-based; every other
 * write is audited by the Prisma extension. Both must record the very same events.
 */
describe('the audit events of an import', () => {
  let server: GraphqlTestServer;
  let analyst: SignedInUser;

  beforeEach(async () => {
    server = await startGraphqlTestServer();
    // Two indicators with the same values: one is corrected in the grid, its twin by a file.
    await createGoalFixture(server.prisma, { committeeGoals: 2 });
    await server.prisma.forecastRound.create({
      data: { year: 2023, name: 'Prognos maj', asOf: new Date('2023-05-31') },
    });
    analyst = await server.createUser([{ role: 'ANALYST', orgUnitCode: 'intraservice' }], 'Anna Analytiker');
    server.actAs(analyst);
  });
  afterEach(() => server.stop());

  async function importFile(...lines: string[]): Promise<void> {
    const guarded = withAuditedWrites(server.prisma);
    const { access } = await createRequestContext(guarded, analyst);
    const file = new TextEncoder().encode([HEADER, ...lines].join('\r\n'));
    const id = await createValueImport(guarded, { id: analyst.id, access }, 'rättelser.csv', file);
    await server.query(COMMIT, { id });
  }

  const eventsOf = (operation: string) =>
    server.prisma.auditEvent.findMany({ where: { operation }, orderBy: [{ entityType: 'asc' }, { id: 'asc' }] });

  it('records each written row as the audited writes would, field by field', async () => {
    const stored = async () => {
      const [values, forecasts] = await Promise.all([
        server.prisma.indicatorValue.findMany({ include: { indicator: { select: { orgUnitId: true } } } }),
        server.prisma.indicatorForecast.findMany({ include: { indicator: { select: { orgUnitId: true } } } }),
      ]);
      return new Map<string, { row: Record<string, unknown>; orgUnitId: number }>([
        ...values.map(
          ({ indicator, ...row }) => [`IndicatorValue:${row.id}`, { row, orgUnitId: indicator.orgUnitId }] as const,
        ),
        ...forecasts.map(
          ({ indicator, ...row }) => [`IndicatorForecast:${row.id}`, { row, orgUnitId: indicator.orgUnitId }] as const,
        ),
      ]);
    };
    const sjukfranvaro2 = await server.prisma.indicator.findUniqueOrThrow({
      where: { orgUnitId_code: { orgUnitId: analyst.roles[0]!.orgUnitId, code: 'SJUKFRANVARO-2' } },
    });
    const round = await server.prisma.forecastRound.findFirstOrThrow();
    await server.prisma.indicatorForecast.create({
      data: { roundId: round.id, indicatorId: sjukfranvaro2.id, fullYearForecast: 5.5, source: 'Prognos maj' },
    });
    const before = await stored();

    await importFile(
      'intraservice;SJUKFRANVARO-1;;2023-05;6,1;;;5,8;Fler långa sjukskrivningar', // changed, a new forecast
      'intraservice;SJUKFRANVARO-1;;2023-06;5,2;;;;', // a generated value made real
      'intraservice;SJUKFRANVARO-1;;2023-07;4,8;5;5;;Juli', // new
      'intraservice;SJUKFRANVARO-2;;2023-05;;;;5,7;', // the forecast changed, kept in the round
    );

    const after = await stored();
    const events = await eventsOf('commitValueImport');
    const expected = [...after].flatMap(([key, { row, orgUnitId }]) => {
      const event = auditEventOf(
        { userId: analyst.id, operation: 'commitValueImport' },
        key.split(':')[0]!,
        before.get(key)?.row ?? null,
        row,
        orgUnitId,
      );
      return event ? [event] : [];
    });
    expect(events.map(({ id: _id, occurredAt: _at, ...event }) => event)).toEqual(expect.arrayContaining(expected));
    expect(events).toHaveLength(expected.length);
    expect(events.map((event) => `${event.entityType} ${event.action}`).sort()).toEqual([
      'IndicatorForecast CREATE',
      'IndicatorForecast UPDATE',
      'IndicatorValue CREATE',
      'IndicatorValue UPDATE',
      'IndicatorValue UPDATE',
      'IndicatorValue UPDATE',
    ]);
  });

  it('records the same correction in the grid and in a file alike, but for the operation and the source', async () => {
    const first = await server.prisma.indicator.findFirstOrThrow({ where: { code: 'SJUKFRANVARO-1' } });
    const versionOf = async (indicatorId: number, periodNumber: number) =>
      (await server.prisma.indicatorValue.findFirstOrThrow({ where: { indicatorId, year: 2023, periodNumber } }))
        .version;
    await server.query(SAVE_VALUES, {
      input: {
        values: [
          {
            indicatorId: String(first.id),
            period: '2023-05',
            outcome: 6.1,
            periodTarget: 5,
            annualTarget: 5,
            fullYearForecast: 5.8,
            comment: 'Fler långa sjukskrivningar',
            expectedVersion: await versionOf(first.id, 5),
          },
          {
            indicatorId: String(first.id),
            period: '2023-06',
            outcome: 5.2,
            periodTarget: 5,
            expectedVersion: await versionOf(first.id, 6),
          },
          {
            indicatorId: String(first.id),
            period: '2023-07',
            outcome: 4.8,
            periodTarget: 5,
            annualTarget: 5,
            comment: 'Juli',
          },
        ],
      },
    });
    await importFile(
      'intraservice;SJUKFRANVARO-2;;2023-05;6,1;5;5;5,8;Fler långa sjukskrivningar',
      'intraservice;SJUKFRANVARO-2;;2023-06;5,2;5;;;',
      'intraservice;SJUKFRANVARO-2;;2023-07;4,8;5;5;;Juli',
    );

    // The twins' own ids, and the text each way of entry writes as the figure's source, differ.
    const alike = ({
      id: _id,
      occurredAt: _at,
      operation: _operation,
      entityId: _entityId,
      changes,
      ...event
    }: AuditEventModel) => {
      const { id, indicatorId, source, ...fields } = changes as Record<string, { old: unknown; new: unknown }>;
      return {
        ...event,
        changes: fields,
        createdWithIds: Boolean(id && indicatorId),
        sourceWas: source?.old,
      };
    };
    const grid = await eventsOf('saveIndicatorValues');
    const file = await eventsOf('commitValueImport');
    expect(grid).toHaveLength(4);
    // The grid writes in the order of its input, the import its new values first.
    const sorted = (events: AuditEventModel[]) =>
      events.map(alike).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    expect(sorted(file)).toEqual(sorted(grid));
    expect(file.map((event) => (event.changes as { source?: { new: unknown } }).source?.new)).toEqual(
      Array(4).fill('Importerat i Lägesbild'),
    );
  });
});
