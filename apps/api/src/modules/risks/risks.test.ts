import { graphql } from '../../testing/generated';
import { startGraphqlTestServer } from '../../testing/graphql-test-server';
import type { GraphqlTestServer } from '../../testing/graphql-test-server';
import { createRiskFixture } from './risk-fixture';

const REGISTER = graphql(`
  query RisksTest_Register($orgUnitCode: String!, $upTo: MonthInput!) {
    riskScaleMax(orgUnitCode: $orgUnitCode)
    risks(orgUnitCode: $orgUnitCode) {
      id
      title
      owner
      version
      category {
        code
      }
      orgUnit {
        code
      }
      valuation(upTo: $upTo) {
        valuedOn
        probability
        consequence
        score
      }
      valuations {
        valuedOn
        score
        reasoning
      }
      hasOverdueMitigations(upTo: $upTo)
      mitigations {
        title
        dueDate
        status
        isOverdue(upTo: $upTo)
      }
      controls {
        title
      }
    }
  }
`);

const CONTROL_PLAN = graphql(`
  query RisksTest_ControlPlan($orgUnitCode: String!, $year: Int!) {
    internalControls(orgUnitCode: $orgUnitCode) {
      id
      title
      version
      risk {
        title
      }
      results(year: $year) {
        month
        performed
        outcome
        description
        followUpAction
        isDemoValue
        version
      }
    }
  }
`);

const may2023 = { year: 2023, month: 5 };

describe('the risk register', () => {
  let server: GraphqlTestServer;
  beforeAll(async () => {
    server = await startGraphqlTestServer();
    await createRiskFixture(server.prisma, { committeeRisks: 2 });
    server.actAs(await server.createUser([{ role: 'VIEWER', orgUnitCode: 'intraservice' }]));
  });
  afterAll(() => server.stop());

  const register = (orgUnitCode: string, upTo = may2023) => server.query(REGISTER, { orgUnitCode, upTo });

  it("lists a committee's risks and those of the units under it, by unit, category and title", async () => {
    const { risks } = await register('intraservice');
    expect(risks.map((risk) => [risk.orgUnit.code, risk.category.code, risk.title])).toEqual([
      ['intraservice', 'external', 'Risk 01'],
      ['intraservice', 'compliance', 'Risk 02'],
      ['digital-infrastruktur', 'external', 'Driftstörning'],
    ]);
    expect((await register('digital-infrastruktur')).risks.map((risk) => risk.title)).toEqual(['Driftstörning']);
  });

  it("leaves out a sibling committee's risks when the city's register is read by a committee's viewer", async () => {
    const { risks } = await register('goteborg');
    expect(risks.map((risk) => risk.title)).not.toContain('Kommunstyrelsens risk');
    expect(risks).toHaveLength(3);
    expect((await register('no-such-unit')).risks).toEqual([]);
  });

  it('values each risk by its latest valuation up to the month, score = probability × consequence', async () => {
    const valuationIn = async (month: { year: number; month: number }) =>
      (await register('intraservice', month)).risks[0]!.valuation;
    expect(await valuationIn(may2023)).toEqual({ valuedOn: '2023-04-01', probability: 3, consequence: 4, score: 12 });
    expect(await valuationIn({ year: 2023, month: 3 })).toEqual({
      valuedOn: '2023-01-15',
      probability: 2,
      consequence: 3,
      score: 6,
    });
    expect(await valuationIn({ year: 2022, month: 12 })).toBeNull();
  });

  it('keeps every valuation as the history, oldest first', async () => {
    const { risks } = await register('intraservice');
    expect(risks[0]!.valuations).toEqual([
      { valuedOn: '2023-01-15', score: 6, reasoning: 'Första värderingen' },
      { valuedOn: '2023-04-01', score: 12, reasoning: 'Läget har försämrats' },
    ]);
  });

  it('flags a risk whose mitigation not done was due before the end of the month; due that day or done late is not overdue', async () => {
    const may = (await register('intraservice')).risks[0]!;
    expect(may.hasOverdueMitigations).toBe(true);
    expect(may.mitigations.map((mitigation) => [mitigation.title, mitigation.isOverdue])).toEqual([
      ['Sent klar åtgärd', false],
      ['Försenad åtgärd', true],
      ['Åtgärd i maj', false],
    ]);
    const march = (await register('intraservice', { year: 2023, month: 3 })).risks[0]!;
    expect(march.hasOverdueMitigations).toBe(false);
    expect((await register('digital-infrastruktur')).risks[0]!.hasOverdueMitigations).toBe(false);
  });

  it('reads the scale from the municipality (the root unit): 1–4 unless it chose 1–5', async () => {
    expect((await register('intraservice')).riskScaleMax).toBe(4);
    await server.prisma.orgUnit.update({ where: { code: 'goteborg' }, data: { riskScaleMax: 5 } });
    try {
      expect((await register('digital-infrastruktur')).riskScaleMax).toBe(5);
    } finally {
      await server.prisma.orgUnit.update({ where: { code: 'goteborg' }, data: { riskScaleMax: null } });
    }
  });

  it('refuses a scale other than 4 or 5, or one set below the root', async () => {
    await expect(
      server.prisma.orgUnit.update({ where: { code: 'goteborg' }, data: { riskScaleMax: 3 } }),
    ).rejects.toThrow();
    await expect(
      server.prisma.orgUnit.update({ where: { code: 'intraservice' }, data: { riskScaleMax: 5 } }),
    ).rejects.toThrow();
  });
});

describe('the internal control plan', () => {
  let server: GraphqlTestServer;
  beforeAll(async () => {
    server = await startGraphqlTestServer();
    await createRiskFixture(server.prisma, { committeeRisks: 2 });
    server.actAs(await server.createUser([{ role: 'VIEWER', orgUnitCode: 'intraservice' }]));
  });
  afterAll(() => server.stop());

  it("gives every control's results of the year in month order, with the risk it checks", async () => {
    const { internalControls } = await server.query(CONTROL_PLAN, {
      orgUnitCode: 'intraservice',
      year: 2023,
    });
    expect(internalControls.map((control) => [control.title, control.risk?.title])).toEqual([
      ['Kontroll av risk 1', 'Risk 01'],
      ['Kontroll av risk 2', 'Risk 02'],
    ]);
    expect(internalControls[0]!.results).toEqual([
      {
        month: 1,
        performed: true,
        outcome: 'OK',
        description: null,
        followUpAction: null,
        isDemoValue: false,
        version: 1,
      },
      {
        month: 2,
        performed: true,
        outcome: 'DEVIATION',
        description: 'Avvikelse',
        followUpAction: 'Uppföljning',
        isDemoValue: false,
        version: 1,
      },
    ]);
  });

  it('has no results in a year without any', async () => {
    const { internalControls } = await server.query(CONTROL_PLAN, {
      orgUnitCode: 'intraservice',
      year: 2022,
    });
    expect(internalControls.every((control) => control.results.length === 0)).toBe(true);
  });
});

describe('risk register query cost', () => {
  it('sends the same number of SQL statements for a register of 2 risks as for 20', async () => {
    const statementsFor = async (committeeRisks: number): Promise<number> => {
      const server = await startGraphqlTestServer();
      try {
        await createRiskFixture(server.prisma, { committeeRisks });
        server.actAs(await server.createUser([{ role: 'VIEWER', orgUnitCode: 'goteborg' }]));
        server.statements.length = 0;
        const { risks } = await server.query(REGISTER, { orgUnitCode: 'goteborg', upTo: may2023 });
        const { internalControls } = await server.query(CONTROL_PLAN, {
          orgUnitCode: 'goteborg',
          year: 2023,
        });
        expect(risks).toHaveLength(committeeRisks + 2);
        expect(internalControls).toHaveLength(committeeRisks);
        return server.statements.length;
      } finally {
        await server.stop();
      }
    };
    const few = await statementsFor(2);
    const many = await statementsFor(20);
    expect(many).toBe(few);
    expect(few).toBeLessThanOrEqual(20);
  });
});
