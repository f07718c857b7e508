import { defaultPeriodOf, readViewParams, writeViewParams } from './view-params';

const may2023 = { year: 2023, month: 5 };
const defaults = { orgUnitCode: 'intraservice', periodOf: () => may2023 };

describe('the view in the URL', () => {
  it('reads the org unit and period from the URL', () => {
    expect(readViewParams(new URLSearchParams('enhet=digital-infrastruktur&period=2022-12'), defaults)).toEqual({
      orgUnitCode: 'digital-infrastruktur',
      period: { year: 2022, month: 12 },
    });
  });

  it('falls back to the defaults for what the URL lacks or gets wrong', () => {
    expect(readViewParams(new URLSearchParams('period=2023-13'), defaults)).toEqual({
      orgUnitCode: 'intraservice',
      period: may2023,
    });
  });

  it('writes a change and keeps the other parameters', () => {
    const written = writeViewParams(new URLSearchParams('enhet=intraservice&tab=table'), {
      period: { year: 2023, month: 3 },
    });
    expect(written.toString()).toBe('enhet=intraservice&tab=table&period=2023-03');
  });
});

describe('the default period of a unit', () => {
  const units = [
    { code: 'goteborgs-stad', parent: null, latestReportMonth: null },
    {
      code: 'intraservice',
      parent: { code: 'goteborgs-stad' },
      latestReportMonth: { __typename: 'YearMonth' as const, ...may2023 },
    },
    { code: 'digital-infrastruktur', parent: { code: 'intraservice' }, latestReportMonth: null },
    { code: 'kommunstyrelsen', parent: { code: 'goteborgs-stad' }, latestReportMonth: { year: 2024, month: 8 } },
  ];
  const latestOfAny = { year: 2024, month: 8 };

  it("is the unit's own latest report month, as a plain month", () => {
    expect(defaultPeriodOf('intraservice', units, latestOfAny)).toEqual(may2023);
  });
  it("is the nearest ancestor's for a unit without figures of its own", () => {
    expect(defaultPeriodOf('digital-infrastruktur', units, latestOfAny)).toEqual(may2023);
  });
  it('is the latest of any unit at the top, and the current month in an empty database', () => {
    expect(defaultPeriodOf('goteborgs-stad', units, latestOfAny)).toEqual(latestOfAny);
    expect(defaultPeriodOf('nowhere', [], null, new Date(2026, 10, 22))).toEqual({ year: 2026, month: 11 });
  });
});
