import type { ForecastRoundSeed, IndicatorValueSeed, RoundForecastSeed } from './dataset-types';
import { realIndicatorValues } from './indicator-values';

/**
 * 000 §1 and §2.4: the full-year forecast for 2023 was decided in March ("Senaste
 * helårsprognos för 2023 beslutats per mars") and updated in May ("Prognosen för helåret har
 * uppdaterats per maj, med en nollprognos"). The May round holds every full-year forecast the
 * May report gives; the March round only what the report says of it, and it gives one figure:
 * the costs about 60 million kronor below the full-year budget.
 */
const INTRA = 'intraservice';

/** Comments on the May figures, from the report's own explanation of the change. */
const MAY_COMMENTS: Record<string, string> = {
  OPERATING_COSTS:
    'Majprognosen: ökade kostnader för utvecklingsprojektet Digitala navet, minskade kostnader för personal på grund av vakanser och senarelagda rekryteringar (000 §2.4).',
  OPERATING_RESULT:
    'Nollprognos efter sänkt fakturering utifrån det förväntade överskottet i marsprognosen (000 §1, §2.4).',
  ANNUAL_FTE: 'Budgeterat 756,98 årsarbetare, i majprognosen nedskrivet till 660,49 (000 §2.2).',
  MONTHLY_WORKERS: 'Prognosen för antal anställda sänks, främst på grund av verksamhetsöverföring under året (000 §1).',
};

/** The last period of 2023 a document gives a full-year forecast for, per indicator of Intraservice. */
function mayForecasts(values: readonly IndicatorValueSeed[]): RoundForecastSeed[] {
  const latest = new Map<string, IndicatorValueSeed>();
  for (const value of values) {
    if (value.orgUnitKey !== INTRA || value.year !== 2023 || value.isSynthetic) continue;
    if (value.fullYearForecast === undefined) continue;
    const previous = latest.get(value.indicatorCode);
    if (!previous || periodEnd(value) >= periodEnd(previous)) latest.set(value.indicatorCode, value);
  }
  return [...latest.values()].map((value) => ({
    indicatorCode: value.indicatorCode,
    orgUnitKey: INTRA,
    fullYearForecast: value.fullYearForecast!,
    comment: MAY_COMMENTS[value.indicatorCode],
    source: value.source ?? '000',
  }));
}

/**
 * 001 §7.1 (verksamhetsplan 2023) gives a "Prognos 2022" for each indicator of its tables: the
 * forecast of 2022 the administration made while planning 2023. Those figures are the 2022
 * round; its outcomes at year end are 000's "Utfall 2022" and the year's values.
 */
function planForecasts2022(values: readonly IndicatorValueSeed[]): RoundForecastSeed[] {
  return values
    .filter(
      (value) =>
        value.orgUnitKey === INTRA &&
        value.year === 2022 &&
        value.granularity === 'YEAR' &&
        !value.isSynthetic &&
        value.fullYearForecast !== undefined &&
        value.source?.includes('(prognos 2022)'),
    )
    .map((value) => ({
      indicatorCode: value.indicatorCode,
      orgUnitKey: INTRA,
      fullYearForecast: value.fullYearForecast!,
      source: value.source!.split(';')[0]!.trim(),
    }));
}

function periodEnd(value: IndicatorValueSeed): number {
  const months = { YEAR: 12, TERTIAL: 4, MONTH: 1 }[value.granularity];
  return value.periodNumber * months;
}

export const forecastRounds: ForecastRoundSeed[] = [
  // The 2022 round is listed after 2023's so the March and May rounds keep their places.
  {
    year: 2023,
    name: 'Prognos mars 2023',
    asOf: '2023-03-31',
    status: 'CLOSED',
    forecasts: [
      {
        indicatorCode: 'OPERATING_COSTS',
        orgUnitKey: INTRA,
        // Budget helår 1 449 802 tkr less "ca 60 miljoner kronor": an approximate figure.
        fullYearForecast: 1449802 - 60000,
        comment:
          'Marsprognosen: kostnaderna ca 60 miljoner kronor lägre än budget helår (1 449 802 tkr), varav 40 miljoner kronor på förvaltning. Beloppet är ungefärligt (000 §2.4).',
        source: '000 §2.4 text (ca 60 mnkr under budget)',
      },
    ],
  },
  {
    year: 2023,
    name: 'Prognos maj 2023',
    asOf: '2023-05-31',
    status: 'OPEN',
    forecasts: mayForecasts(realIndicatorValues),
  },
  {
    year: 2022,
    name: 'Prognos 2022 (verksamhetsplan 2023)',
    // 001 does not say when its forecast of 2022 was made; the plan for 2023 is written in the
    // autumn of 2022, so the demo data dates the round at the end of October (a demo value).
    asOf: '2022-10-31',
    status: 'CLOSED',
    isDemoValue: true,
    forecasts: planForecasts2022(realIndicatorValues),
  },
];
