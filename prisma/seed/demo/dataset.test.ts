import type { IndicatorValueSeed, Periodicity, StatusDimension } from './dataset-types';
import { demoDataset, generateSyntheticValues, realIndicatorValues } from './index';
import { indicators as indicatorList } from './indicators';

const {
  orgUnits,
  perspectives,
  goals,
  goalAssessments,
  indicators,
  indicatorValues,
  activities,
  assignments,
  riskCategories,
  risks,
  portfolios,
  forecastRounds,
} = demoDataset;

const projects = portfolios.flatMap((portfolio) => portfolio.projects);

const valueKey = (
  v: Pick<IndicatorValueSeed, 'indicatorCode' | 'orgUnitKey' | 'granularity' | 'year' | 'periodNumber'>,
): string => `${v.indicatorCode}|${v.orgUnitKey}|${v.granularity}|${v.year}|${v.periodNumber}`;

const indicatorKey = (code: string, orgUnitKey: string): string => `${code}|${orgUnitKey}`;

function duplicates(keys: string[]): string[] {
  const seen = new Set<string>();
  const dupes = new Set<string>();
  for (const key of keys) {
    if (seen.has(key)) dupes.add(key);
    seen.add(key);
  }
  return [...dupes];
}

function findValue(
  code: string,
  orgUnitKey: string,
  granularity: Periodicity,
  year: number,
  periodNumber: number,
): IndicatorValueSeed | undefined {
  return indicatorValues.find(
    (v) =>
      v.indicatorCode === code &&
      v.orgUnitKey === orgUnitKey &&
      v.granularity === granularity &&
      v.year === year &&
      v.periodNumber === periodNumber,
  );
}

const orgUnitKeys = new Set(orgUnits.map((unit) => unit.key));
const perspectiveKeys = new Set(perspectives.map((perspective) => perspective.key));
const goalKeys = new Set(goals.map((goal) => goal.key));
const categoryKeys = new Set(riskCategories.map((category) => category.key));
const indicatorKeys = new Set(indicators.map((indicator) => indicatorKey(indicator.code, indicator.orgUnitKey)));

describe('demo dataset: keys are unique', () => {
  it.each([
    ['org units', orgUnits.map((x) => x.key)],
    ['perspectives', perspectives.map((x) => x.key)],
    ['goals', goals.map((x) => x.key)],
    ['indicators (code + org unit)', indicators.map((x) => indicatorKey(x.code, x.orgUnitKey))],
    ['activities', activities.map((x) => x.key)],
    ['assignments', assignments.map((x) => x.key)],
    ['risk categories', riskCategories.map((x) => x.key)],
    ['risks', risks.map((x) => x.key)],
    ['portfolios', portfolios.map((x) => x.key)],
    ['projects', projects.map((x) => x.key)],
  ])('%s', (_name, keys) => {
    expect(duplicates(keys)).toEqual([]);
  });

  it('assignment case numbers are unique', () => {
    const caseNumbers = assignments.flatMap((a) => (a.caseNumber ? [a.caseNumber] : []));
    expect(duplicates(caseNumbers)).toEqual([]);
  });

  it('indicator values are unique per (indicatorCode, orgUnitKey, granularity, year, periodNumber)', () => {
    expect(duplicates(indicatorValues.map(valueKey))).toEqual([]);
  });
});

describe('demo dataset: every referenced key exists', () => {
  it('org unit parents exist and come before their children', () => {
    orgUnits.forEach((unit, index) => {
      if (unit.parentKey === undefined) return;
      expect(orgUnitKeys).toContain(unit.parentKey);
      const parentIndex = orgUnits.findIndex((candidate) => candidate.key === unit.parentKey);
      expect(parentIndex).toBeLessThan(index);
    });
  });

  it('there is exactly one CITY and it has no parent', () => {
    const cities = orgUnits.filter((unit) => unit.kind === 'CITY');
    expect(cities).toHaveLength(1);
    expect(cities[0]?.parentKey).toBeUndefined();
  });

  it('goals reference existing perspectives, org units and council parent goals', () => {
    for (const goal of goals) {
      expect(perspectiveKeys).toContain(goal.perspectiveKey);
      expect(orgUnitKeys).toContain(goal.orgUnitKey);
      for (const parentKey of goal.parentKeys) {
        expect(goalKeys).toContain(parentKey);
        expect(goals.find((g) => g.key === parentKey)?.level).toBe('COUNCIL');
      }
      if (goal.level === 'COUNCIL') expect(goal.parentKeys).toEqual([]);
    }
  });

  it('goal assessments reference existing goals', () => {
    for (const assessment of goalAssessments) {
      expect(goalKeys).toContain(assessment.goalKey);
      expect(assessment.month).toBeGreaterThanOrEqual(1);
      expect(assessment.month).toBeLessThanOrEqual(12);
    }
  });

  it('indicators reference existing org units and goals', () => {
    for (const indicator of indicators) {
      expect(orgUnitKeys).toContain(indicator.orgUnitKey);
      for (const goalKey of indicator.goalKeys) expect(goalKeys).toContain(goalKey);
    }
  });

  it('indicator values reference an existing indicator (code + org unit)', () => {
    const missing = indicatorValues
      .filter((v) => !indicatorKeys.has(indicatorKey(v.indicatorCode, v.orgUnitKey)))
      .map(valueKey);
    expect(missing).toEqual([]);
  });

  it('activities reference existing goals, perspectives and org units', () => {
    for (const activity of activities) {
      expect(perspectiveKeys).toContain(activity.perspectiveKey);
      expect(orgUnitKeys).toContain(activity.orgUnitKey);
      if (activity.goalKey !== undefined) expect(goalKeys).toContain(activity.goalKey);
    }
  });

  it('assignments reference existing org units', () => {
    for (const assignment of assignments) expect(orgUnitKeys).toContain(assignment.orgUnitKey);
  });

  it('risks reference existing org units and categories', () => {
    for (const risk of risks) {
      expect(orgUnitKeys).toContain(risk.orgUnitKey);
      expect(categoryKeys).toContain(risk.categoryKey);
    }
  });

  it('portfolios reference existing org units', () => {
    for (const portfolio of portfolios) expect(orgUnitKeys).toContain(portfolio.orgUnitKey);
  });
});

describe('demo dataset: periods', () => {
  const maxPeriod: Record<Periodicity, number> = { YEAR: 1, TERTIAL: 3, MONTH: 12 };
  const rank: Record<Periodicity, number> = { YEAR: 0, TERTIAL: 1, MONTH: 2 };

  it('periodNumber is within range for the granularity', () => {
    const outOfRange = indicatorValues
      .filter(
        (v) => !Number.isInteger(v.periodNumber) || v.periodNumber < 1 || v.periodNumber > maxPeriod[v.granularity],
      )
      .map(valueKey);
    expect(outOfRange).toEqual([]);
  });

  it('a value is never finer-grained than its indicator', () => {
    const tooFine = indicatorValues
      .filter((v) => {
        const indicator = indicators.find((i) => i.code === v.indicatorCode && i.orgUnitKey === v.orgUnitKey);
        return indicator !== undefined && rank[v.granularity] > rank[indicator.periodicity];
      })
      .map(valueKey);
    expect(tooFine).toEqual([]);
  });

  it('every value carries at least one figure', () => {
    const empty = indicatorValues
      .filter(
        (v) =>
          v.outcome === undefined &&
          v.periodTarget === undefined &&
          v.fullYearForecast === undefined &&
          v.annualTarget === undefined &&
          v.rolling12 === undefined,
      )
      .map(valueKey);
    expect(empty).toEqual([]);
  });

  it('dates are ISO dates', () => {
    const iso = /^\d{4}-\d{2}-\d{2}$/;
    const dates = [
      ...activities.map((a) => a.endDate),
      ...assignments.flatMap((a) => (a.deadline ? [a.deadline] : [])),
      ...risks.flatMap((r) => [
        ...r.valuations.map((v) => v.valuedOn),
        ...r.mitigations.flatMap((m) => (m.dueDate ? [m.dueDate] : [])),
      ]),
      ...projects.flatMap((p) => [
        ...[p.plannedStart, p.plannedEnd, p.actualStart, p.actualEnd, p.pausedUntil].filter(
          (d): d is string => d !== undefined,
        ),
        ...p.stateChanges.map((c) => c.changedOn),
        ...p.statusUpdates.map((r) => r.statusDate),
      ]),
    ];
    for (const date of dates) {
      expect(date).toMatch(iso);
      expect(Number.isNaN(new Date(`${date}T00:00:00Z`).getTime())).toBe(false);
    }
  });
});

describe('demo dataset: real and synthetic values', () => {
  const real = indicatorValues.filter((v) => !v.isSynthetic);
  const synthetic = indicatorValues.filter((v) => v.isSynthetic);

  it('has both real and synthetic values', () => {
    expect(real.length).toBeGreaterThan(100);
    expect(synthetic.length).toBeGreaterThan(0);
  });

  it('real values have a source; synthetic values have none', () => {
    expect(real.filter((v) => !v.source).map(valueKey)).toEqual([]);
    expect(synthetic.filter((v) => v.source !== undefined).map(valueKey)).toEqual([]);
  });

  it('the real values in the dataset are exactly the transcribed ones', () => {
    expect(real.map(valueKey).sort()).toEqual(realIndicatorValues.map(valueKey).sort());
    expect(realIndicatorValues.every((v) => v.isSynthetic === false)).toBe(true);
  });

  it('synthetic values never replace a real value', () => {
    const realKeys = new Set(realIndicatorValues.map(valueKey));
    const generated = generateSyntheticValues(realIndicatorValues, indicatorList);
    expect(generated.filter((v) => realKeys.has(valueKey(v))).map(valueKey)).toEqual([]);
    expect(generated.every((v) => v.isSynthetic)).toBe(true);
  });

  it('synthetic values are deterministic', () => {
    const first = generateSyntheticValues(realIndicatorValues, indicatorList);
    const second = generateSyntheticValues(realIndicatorValues, indicatorList);
    expect(second).toEqual(first);
  });

  it('synthetic values are monthly rows of monthly performance indicators in 2022 and January–May 2023', () => {
    for (const v of synthetic) {
      const indicator = indicators.find((i) => i.code === v.indicatorCode && i.orgUnitKey === v.orgUnitKey);
      expect(indicator?.periodicity).toBe('MONTH');
      expect(indicator?.kind).toBe('PERFORMANCE');
      expect(v.granularity).toBe('MONTH');
      expect(v.year === 2022 || (v.year === 2023 && v.periodNumber <= 5)).toBe(true);
      expect(typeof v.outcome).toBe('number');
      expect(Number.isFinite(v.outcome)).toBe(true);
    }
  });

  it('cumulative monthly series are year-to-date: never decreasing within a year', () => {
    for (const indicator of indicators.filter(
      (i) => i.cumulative && i.periodicity === 'MONTH' && i.kind === 'PERFORMANCE',
    )) {
      for (const year of [2022, 2023]) {
        const outcomes = indicatorValues
          .filter(
            (v) =>
              v.indicatorCode === indicator.code &&
              v.orgUnitKey === indicator.orgUnitKey &&
              v.granularity === 'MONTH' &&
              v.year === year &&
              v.outcome !== undefined,
          )
          .sort((a, b) => a.periodNumber - b.periodNumber)
          .map((v) => v.outcome as number);
        for (let i = 1; i < outcomes.length; i++) expect(outcomes[i]).toBeGreaterThanOrEqual(outcomes[i - 1] as number);
      }
    }
  });

  it('synthetic year-to-date series reach the documented May figure', () => {
    const april = findValue('PAYSLIPS', 'intraservice', 'MONTH', 2023, 4);
    const may = findValue('PAYSLIPS', 'intraservice', 'MONTH', 2023, 5);
    expect(april?.isSynthetic).toBe(true);
    expect(may?.isSynthetic).toBe(false);
    expect(april?.outcome).toBeLessThan(may?.outcome as number);
    // A plausible own volume for May: between a half and twice an average month.
    const mayOwn = (may?.outcome as number) - (april?.outcome as number);
    expect(mayOwn).toBeGreaterThan((may?.outcome as number) / 5 / 2);
    expect(mayOwn).toBeLessThan(((may?.outcome as number) / 5) * 2);
  });
});

describe('demo dataset: status updates and risks', () => {
  it('every yellow or red dimension has a deviation with cause and action', () => {
    const dimensions: { dimension: StatusDimension; field: 'time' | 'cost' | 'result' }[] = [
      { dimension: 'TIME', field: 'time' },
      { dimension: 'COST', field: 'cost' },
      { dimension: 'RESULT', field: 'result' },
    ];
    for (const project of projects) {
      for (const report of project.statusUpdates) {
        for (const { dimension, field } of dimensions) {
          if (report[field] === 'GREEN') continue;
          const deviation = report.deviations.find((d) => d.dimension === dimension);
          expect(deviation).toBeDefined();
          expect(deviation?.cause.trim().length).toBeGreaterThan(0);
          expect(deviation?.action.trim().length).toBeGreaterThan(0);
        }
      }
    }
  });

  it('status updates exist only for projects that have started', () => {
    for (const project of projects) {
      if (project.statusUpdates.length > 0) expect(['STARTED', 'PAUSED', 'CLOSED']).toContain(project.state);
    }
  });

  it('probability and consequence are integers within 1–4', () => {
    for (const risk of risks) {
      expect(risk.valuations.length).toBeGreaterThan(0);
      for (const valuation of risk.valuations) {
        for (const score of [valuation.probability, valuation.consequence]) {
          expect(Number.isInteger(score)).toBe(true);
          expect(score).toBeGreaterThanOrEqual(1);
          expect(score).toBeLessThanOrEqual(4);
        }
      }
    }
  });

  it('covers the risk areas of 001 §4', () => {
    const titles = risks.map((risk) => risk.title.toLowerCase());
    for (const area of [
      'cyberattacker',
      'personalomsättning',
      'inflation',
      'gdpr',
      'jäv och oegentligheter',
      'styrmiljö',
    ]) {
      expect(titles.some((title) => title.includes(area))).toBe(true);
    }
  });

  it('marks every control result as a demo value, the documents giving none, and gives each deviation its follow-up', () => {
    const results = risks.flatMap((risk) => risk.controls.flatMap((control) => control.results));
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) {
      expect(result.isDemoValue).toBe(true);
      expect(result.year).toBe(2023);
      if (result.outcome === 'DEVIATION') expect([result.description, result.followUpAction]).not.toContain(undefined);
      if (!result.performed) expect(result.outcome).toBeUndefined();
    }
  });

  it('reporting intervals are positive', () => {
    for (const portfolio of portfolios) expect(portfolio.statusUpdateIntervalWeeks).toBeGreaterThan(0);
  });
});

describe('demo dataset: spot checks against the documents', () => {
  it('sick leave May 2023: outcome 5.9 % against a period target of 5 % (000 §2.2)', () => {
    const v = findValue('SICK_LEAVE', 'intraservice', 'MONTH', 2023, 5);
    expect(v?.isSynthetic).toBe(false);
    expect(v?.outcome).toBe(5.9);
    expect(v?.periodTarget).toBe(5);
  });

  it('IT-infrastruktur: T2 2023 1 506 000 against target 1 500 000, T2 2022 1 449 000 (000 §2.1)', () => {
    const t2of2023 = findValue('IT_INFRASTRUCTURE', 'intraservice', 'TERTIAL', 2023, 2);
    expect(t2of2023?.outcome).toBe(1506000);
    expect(t2of2023?.annualTarget).toBe(1500000);
    expect(findValue('IT_INFRASTRUCTURE', 'intraservice', 'TERTIAL', 2022, 2)?.outcome).toBe(1449000);
    expect(findValue('IT_INFRASTRUCTURE', 'intraservice', 'YEAR', 2021, 1)?.outcome).toBe(1467000);
  });

  it('Lönespecifikationer May 2023: R12 725 907, outcome 307 229, period target 291 665 (000 §2.1)', () => {
    const v = findValue('PAYSLIPS', 'intraservice', 'MONTH', 2023, 5);
    expect(v?.rolling12).toBe(725907);
    expect(v?.outcome).toBe(307229);
    expect(v?.periodTarget).toBe(291665);
    expect(v?.annualTarget).toBe(700000);
    expect(findValue('PAYSLIPS', 'intraservice', 'MONTH', 2022, 5)?.outcome).toBe(290808);
  });

  it('Verksamhetens resultat: utfall ack 2023 12 490 tkr, budget ack −12 903 tkr (000 §2.4)', () => {
    const v = findValue('OPERATING_RESULT', 'intraservice', 'MONTH', 2023, 5);
    expect(v?.outcome).toBe(12490);
    expect(v?.periodTarget).toBe(-12903);
    expect(v?.fullYearForecast).toBe(0);
    expect(findValue('OPERATING_RESULT', 'intraservice', 'MONTH', 2022, 5)?.outcome).toBe(16867);
  });

  it('Digital infrastruktur: förvaltning result ack May 2023 10 534 tkr, forecast 211 tkr (000 §2.4)', () => {
    const v = findValue('RESULT_OPERATIONS', 'digital-infrastruktur', 'MONTH', 2023, 5);
    expect(v?.outcome).toBe(10534);
    expect(v?.fullYearForecast).toBe(211);
    expect(findValue('RESULT_DEVELOPMENT', 'digital-infrastruktur', 'MONTH', 2023, 5)?.outcome).toBe(1432);
  });

  it('the business-area results add up to the totals within rounding (000 §2.4)', () => {
    const sum = (code: string, orgs: string[]): number =>
      orgs.reduce((total, org) => total + (findValue(code, org, 'MONTH', 2023, 5)?.outcome ?? Number.NaN), 0);
    const operations = sum('RESULT_OPERATIONS', [
      'vo-ekonomi',
      'vo-hr',
      'vo-kommunikation-ledning-styrning',
      'digital-infrastruktur',
      'styr-och-stod',
      'kund-och-service',
      'uppdrag',
    ]);
    const development = sum('RESULT_DEVELOPMENT', [
      'vo-ekonomi',
      'vo-hr',
      'vo-kommunikation-ledning-styrning',
      'digital-infrastruktur',
    ]);
    expect(
      Math.abs(operations - (findValue('RESULT_OPERATIONS', 'intraservice', 'MONTH', 2023, 5)?.outcome as number)),
    ).toBeLessThanOrEqual(2);
    expect(
      Math.abs(development - (findValue('RESULT_DEVELOPMENT', 'intraservice', 'MONTH', 2023, 5)?.outcome as number)),
    ).toBeLessThanOrEqual(2);
  });

  it('the executive board: result 30.3 mnkr against budget 3.8, forecast 13.0 after 5.0 per May (003 §3.2.1)', () => {
    const v = findValue('KS_RESULT', 'kommunstyrelsen', 'MONTH', 2024, 8);
    expect(v?.outcome).toBe(30.3);
    expect(v?.periodTarget).toBe(3.8);
    expect(v?.fullYearForecast).toBe(13);
    expect(findValue('KS_RESULT', 'kommunstyrelsen', 'MONTH', 2024, 5)?.fullYearForecast).toBe(5);
    expect(findValue('KS_RESULT', 'kommunstyrelsen', 'YEAR', 2023, 1)?.outcome).toBe(14.4);
  });

  it('red time and cost for the telephony project in May 2023, with cause and action (000 §5)', () => {
    const telefoni = projects.find((p) => p.name === 'Upphandla och införa helhetslösning för telefoni');
    const report = telefoni?.statusUpdates.find((r) => r.statusDate === '2023-05-31');
    expect(report?.time).toBe('RED');
    expect(report?.cost).toBe('RED');
    expect(report?.deviations.find((d) => d.dimension === 'COST')?.action).toBe('Eskaleras inom avdelningen');
  });

  it('"Utökad licenshantering" will not be started (002)', () => {
    expect(projects.find((p) => p.name === 'Utökad licenshantering')?.state).toBe('WILL_NOT_START');
  });

  it('the executive board has at least ten assignments with case numbers (003 §4.1)', () => {
    const withCase = assignments.filter((a) => a.orgUnitKey === 'kommunstyrelsen' && a.caseNumber?.startsWith('SLK-'));
    expect(withCase.length).toBeGreaterThanOrEqual(10);
    expect(withCase.map((a) => a.caseNumber)).toContain('SLK-2022-01441');
  });
});

describe('the forecast rounds of 000', () => {
  const [march, may] = forecastRounds;
  const forecastOf = (round: typeof march, code: string) =>
    round?.forecasts.find((forecast) => forecast.indicatorCode === code)?.fullYearForecast;

  it('has the March round closed, with the one figure the report gives of it: costs about 60 mnkr under budget', () => {
    expect(march).toMatchObject({ name: 'Prognos mars 2023', asOf: '2023-03-31', status: 'CLOSED' });
    expect(march?.forecasts).toHaveLength(1);
    expect(forecastOf(march, 'OPERATING_COSTS')).toBe(1389802);
  });

  it("has the May round open, with the May report's full-year forecasts", () => {
    expect(may).toMatchObject({ name: 'Prognos maj 2023', asOf: '2023-05-31', status: 'OPEN' });
    expect(forecastOf(may, 'OPERATING_COSTS')).toBe(1396706);
    expect(forecastOf(may, 'OPERATING_RESULT')).toBe(0);
    expect(forecastOf(may, 'ANNUAL_FTE')).toBe(660.49);
    expect(forecastOf(may, 'STAFF_COSTS')).toBe(523792);
    expect(may?.forecasts.every((forecast) => forecast.orgUnitKey === 'intraservice')).toBe(true);
  });

  it("has a closed 2022 round with the operational plan's forecasts of 2022, its date marked as a demo value (001 §7.1)", () => {
    const plan = forecastRounds.find((round) => round.year === 2022);
    expect(plan).toMatchObject({ name: 'Prognos 2022 (verksamhetsplan 2023)', status: 'CLOSED', isDemoValue: true });
    expect(forecastOf(plan, 'NKI')).toBe(67);
    expect(forecastOf(plan, 'PAYSLIPS')).toBe(710000);
    expect(forecastOf(plan, 'CONTRACT_COMPLIANCE')).toBe(98);
    expect(forecastOf(plan, 'PURCHASE_VOLUME')).toBe(650);
    expect(forecastOf(plan, 'OPERATING_COSTS')).toBe(1353008);
    expect(plan?.forecasts.every((forecast) => forecast.source.startsWith('001 §7.1'))).toBe(true);
  });
});
