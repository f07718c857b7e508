import { compareWithForecast, PROJECTION_TOLERANCE, projectYearEnd } from './year-end-projection';

const cumulative = { cumulative: true, levelAggregation: 'LATEST' as const };
const months = (...outcomes: (number | null)[]) =>
  outcomes.flatMap((outcome, index) => (outcome === null ? [] : [{ month: index + 1, outcome }]));

describe('projectYearEnd for cumulative indicators', () => {
  // Last year: 10 a month in January–June, 20 a month in July–December (total 180); by May
  // last year had reached 50 of 180.
  const lastYear = months(10, 20, 30, 40, 50, 60, 80, 100, 120, 140, 160, 180);

  it("divides the year-to-date by the share of last year's total reached by the same month", () => {
    expect(
      projectYearEnd(cumulative, { thisYear: months(12, 24, 36, 48, 60), lastYear, lastYearTotal: 180, upToMonth: 5 }),
    ).toEqual({ projectedOutcome: 216, method: 'SEASONAL_PROFILE', basedOnMonth: 5, lastYearShare: 0.277778 });
  });

  it('starts from the latest month with an outcome when months are missing, and ignores months after the report month', () => {
    // March is the latest outcome up to May: 36 ÷ (30 / 180) = 216.
    expect(
      projectYearEnd(cumulative, {
        thisYear: months(12, null, 36, null, null, 99),
        lastYear,
        lastYearTotal: 180,
        upToMonth: 5,
      }),
    ).toMatchObject({ projectedOutcome: 216, basedOnMonth: 3 });
  });

  it('falls back to the straight pace when last year is missing', () => {
    expect(
      projectYearEnd(cumulative, {
        thisYear: months(12, 24, 36, 48, 60),
        lastYear: [],
        lastYearTotal: null,
        upToMonth: 5,
      }),
    ).toEqual({ projectedOutcome: 144, method: 'STRAIGHT_PACE', basedOnMonth: 5, lastYearShare: null });
  });

  it('falls back to the straight pace when last year lacks the same month or its total', () => {
    const thisYear = months(12, 24, 36, 48, 60);
    expect(
      projectYearEnd(cumulative, { thisYear, lastYear: months(10, 20, 30, 40), lastYearTotal: 180, upToMonth: 5 }),
    ).toMatchObject({ projectedOutcome: 144, method: 'STRAIGHT_PACE' });
    expect(projectYearEnd(cumulative, { thisYear, lastYear, lastYearTotal: null, upToMonth: 5 })).toMatchObject({
      method: 'STRAIGHT_PACE',
    });
  });

  it('falls back to the straight pace when last year was zero, in total or by the month', () => {
    const thisYear = months(3, 6, 9);
    expect(
      projectYearEnd(cumulative, { thisYear, lastYear: months(0, 0, 0), lastYearTotal: 0, upToMonth: 3 }),
    ).toMatchObject({ projectedOutcome: 36, method: 'STRAIGHT_PACE' });
    expect(
      projectYearEnd(cumulative, { thisYear, lastYear: months(0, 0, 0), lastYearTotal: 50, upToMonth: 3 }),
    ).toMatchObject({ projectedOutcome: 36, method: 'STRAIGHT_PACE' });
  });

  it('falls back to the straight pace when a result changed sign last year, so its share is negative', () => {
    expect(
      projectYearEnd(cumulative, {
        thisYear: months(-100, -200),
        lastYear: months(-50, -80),
        lastYearTotal: 400,
        upToMonth: 2,
      }),
    ).toMatchObject({ projectedOutcome: -1200, method: 'STRAIGHT_PACE' });
  });

  it("takes a tertial's year-to-date at its last month", () => {
    // T1 (to April) 400, last year's T1 300 of 1200: 400 ÷ 0.25 = 1600.
    expect(
      projectYearEnd(cumulative, {
        thisYear: [{ month: 4, outcome: 400 }],
        lastYear: [{ month: 4, outcome: 300 }],
        lastYearTotal: 1200,
        upToMonth: 5,
      }),
    ).toMatchObject({ projectedOutcome: 1600, method: 'SEASONAL_PROFILE', basedOnMonth: 4, lastYearShare: 0.25 });
  });

  it('gives the outcome itself once December is in', () => {
    expect(
      projectYearEnd(cumulative, {
        thisYear: months(...lastYear.map((point) => point.outcome)),
        lastYear,
        lastYearTotal: 180,
        upToMonth: 12,
      }),
    ).toMatchObject({ projectedOutcome: 180, lastYearShare: 1 });
  });

  it('projects nothing before the first outcome of the year', () => {
    expect(
      projectYearEnd(cumulative, { thisYear: months(null, null, 5), lastYear, lastYearTotal: 180, upToMonth: 2 }),
    ).toBeNull();
  });
});

describe('projectYearEnd for levels', () => {
  const thisYear = months(5.2, 5.6, null, 6.1);

  it('ends the year at the latest level for a level reported as it stands', () => {
    expect(
      projectYearEnd(
        { cumulative: false, levelAggregation: 'LATEST' },
        { thisYear, lastYear: months(1, 2, 3, 4), lastYearTotal: 9, upToMonth: 5 },
      ),
    ).toEqual({ projectedOutcome: 6.1, method: 'LATEST_LEVEL', basedOnMonth: 4, lastYearShare: null });
  });

  it("ends the year at the average so far for a level whose year is the months' average", () => {
    // (5.2 + 5.6 + 6.1) ÷ 3 = 5.633333…
    expect(
      projectYearEnd(
        { cumulative: false, levelAggregation: 'AVERAGE' },
        { thisYear, lastYear: [], lastYearTotal: null, upToMonth: 12 },
      ),
    ).toEqual({ projectedOutcome: 5.633333, method: 'AVERAGE_SO_FAR', basedOnMonth: 4, lastYearShare: null });
  });
});

describe('compareWithForecast', () => {
  it(`flags a projection more than ${PROJECTION_TOLERANCE * 100} % from the forecast, either way`, () => {
    expect(compareWithForecast(216, 180)).toEqual({ difference: 36, relativeDifference: 0.2, beyondTolerance: true });
    expect(compareWithForecast(162, 180)).toEqual({
      difference: -18,
      relativeDifference: -0.1,
      beyondTolerance: false,
    });
    expect(compareWithForecast(-130, -100)).toMatchObject({ relativeDifference: -0.3, beyondTolerance: true });
  });

  it('has no relative difference, and so no flag, against a forecast of zero', () => {
    expect(compareWithForecast(16867, 0)).toEqual({
      difference: 16867,
      relativeDifference: null,
      beyondTolerance: false,
    });
  });
});
