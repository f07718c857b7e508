import { describeSeriesContent, drawsAsMarkers, lineSegments, toSeriesRows } from './series-rows';

const point = (
  period: string,
  outcome: number | null,
  figures: { rolling12?: number; fullYearForecast?: number } = {},
) => ({
  period,
  outcome,
  target: 5,
  fullYearForecast: figures.fullYearForecast ?? null,
  rolling12: figures.rolling12 ?? null,
  previousYearOutcome: null,
  isSynthetic: false,
  status: 'RED' as const,
  statusOverrideReason: null,
});

describe('the rows behind the indicator chart and table', () => {
  it("puts each compared unit's outcome on the period it belongs to, and null where it has none", () => {
    const rows = toSeriesRows(
      [point('2023-04', 5.8), point('2023-05', 5.9)],
      [
        { orgUnit: { code: 'styr-och-stod', name: 'Styr och stöd' }, series: [{ period: '2023-05', outcome: 4.1 }] },
        { orgUnit: { code: 'uppdrag', name: 'Uppdrag' }, series: [{ period: '2023-04', outcome: 6.2 }] },
      ],
    );
    expect(rows.map((row) => [row.period, row.outcome, row.compared])).toEqual([
      ['2023-04', 5.8, { 'styr-och-stod': null, uppdrag: 6.2 }],
      ['2023-05', 5.9, { 'styr-och-stod': 4.1, uppdrag: null }],
    ]);
  });

  it('keeps the figures of this unit as they are when nothing is compared', () => {
    const rows = toSeriesRows([point('2023-05', 5.9, { fullYearForecast: 5.5 })], []);
    expect(rows).toEqual([{ ...point('2023-05', 5.9, { fullYearForecast: 5.5 }), compared: {} }]);
  });

  it('tells which optional lines have a figure anywhere, so empty ones are not drawn', () => {
    expect(describeSeriesContent(toSeriesRows([point('2023-05', 5.9)], []))).toEqual({
      hasForecast: false,
      hasRolling12: false,
      hasPreviousYear: false,
    });
    expect(
      describeSeriesContent(
        toSeriesRows([point('2023-04', 1), point('2023-05', 2, { rolling12: 3, fullYearForecast: 4 })], []),
      ),
    ).toEqual({ hasForecast: true, hasRolling12: true, hasPreviousYear: false });
  });

  it("draws a cumulative indicator's year-to-date one year at a time, never joining December to January", () => {
    const rows = toSeriesRows([point('2022-12', 709_000), point('2023-01', 63_000), point('2023-02', 121_000)], []);
    const segments = lineSegments(rows, true);
    expect(segments.map((segment) => segment.key)).toEqual(['2022', '2023']);
    expect(segments.map((segment) => rows.map((row) => segment.pick(row, row.outcome)))).toEqual([
      [709_000, null, null],
      [null, 63_000, 121_000],
    ]);
    expect(lineSegments(rows, false).map((segment) => rows.map((row) => segment.pick(row, row.outcome)))).toEqual([
      [709_000, 63_000, 121_000],
    ]);
  });

  it('marks the points of a line with one or two figures, which would otherwise draw nothing', () => {
    expect(drawsAsMarkers([null, 4.1, null])).toBe(true);
    expect(drawsAsMarkers([3.9, 4.1, 4.0])).toBe(false);
  });
});
