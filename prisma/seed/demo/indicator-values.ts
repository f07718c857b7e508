import type { IndicatorValueSeed, Periodicity } from './dataset-types';

/**
 * Every figure the documents give for an indicator, transcribed as written.
 *
 * Mapping of the document columns:
 * - 001 (verksamhetsplan 2023) §7.1 "Utfall 2020 | Utfall 2021 | Prognos 2022 | Årsmål":
 *   YEAR rows; Prognos 2022 → fullYearForecast of the 2022 YEAR row, Årsmål → annualTarget of the
 *   2023 YEAR row (the plan is the plan for 2023).
 *   Rows with fewer figures than columns (the extraction drops empty cells): the LAST figure is the
 *   Årsmål (it carries the unit where one is printed: "600 mnkr", "20%"), and the figures before it
 *   fill the columns to its left (Prognos 2022, then Utfall 2021). A row with a single figure is
 *   an Årsmål only.
 * - 000 (månadsrapport maj 2023) §2.1–2.2 "Indikator (Månad)": Utfall Maj 2022 → outcome of MONTH
 *   2022/5; Utfall Maj 2023, Mål Maj 2023, Prognos (helår), Årsmål 2023, R12 → outcome,
 *   periodTarget, fullYearForecast, annualTarget, rolling12 of MONTH 2023/5. For volumes the "Utfall
 *   Maj" and "Mål Maj" figures are year-to-date (Mål Maj = Årsmål × 5/12), see indicators.ts.
 * - 000 §2.1 "Indikator (Tertial)": "Utfall T2 2022" → TERTIAL 2022/2, "Utfall T2 2023" → TERTIAL
 *   2023/2, as labelled. NB: the report is per May 2023, when tertial 2 (May–August) had only just
 *   begun; these are stock levels (computers, storage) measured at the time of the report and shown
 *   under the T2 heading — kept under the document's label, with a comment. Where only two of
 *   "Mål T2 2023 | Prognos (helår) | Målvärde 2023" are printed they are read as Mål T2 and
 *   Målvärde (for stock levels the period target equals the annual target; a forecast equal to the
 *   target while the outcome is 20 % off, as for Administrativa datorer, would be odd); a single
 *   figure is read as Målvärde 2023.
 * - 000 §2.4 financial table: Utfall ack 2022/2023 → outcome of MONTH 2022/5 and 2023/5,
 *   Budget ack 2023 → periodTarget, Prognos helår 2023 → fullYearForecast, Budget helår 2023 →
 *   annualTarget. "Resultat, tkr" per business area: Ack utfall maj 2023 → outcome, Prognos helår
 *   2023 → fullYearForecast.
 * - 003 §3.2.1 "Resultatredovisning i sammandrag" (mnkr), columns Period: Utfall | Budget |
 *   Avvikelse | Utfall fg år; Helår: Prognos | Fg prognos | Budget | Bokslut fg år → MONTH 2024/8
 *   (outcome, periodTarget, fullYearForecast, annualTarget), MONTH 2023/8 outcome (same period last
 *   year), MONTH 2024/5 fullYearForecast (the previous forecast, per May 2024: "8 miljoner kronor mer
 *   än i föregående prognos per maj 2024"), YEAR 2023 outcome (bokslut). Avvikelse is not stored: it
 *   is outcome − budget (rounded in the document).
 * - 003 §3.1.1 HR table, columns Aktuell period (ack sedan årets början) | Motsvarande period
 *   föregående år | Prognos 2024 | Utfall 2023. Sick leave, departures and recruitments are "ack
 *   per juli" (MONTH 7), FTE per the report period (MONTH 8).
 */

type Figures = Pick<IndicatorValueSeed, 'outcome' | 'periodTarget' | 'fullYearForecast' | 'annualTarget' | 'rolling12'>;

function value(
  indicatorCode: string,
  orgUnitKey: string,
  granularity: Periodicity,
  year: number,
  periodNumber: number,
  figures: Figures,
  source: string,
  comment?: string,
): IndicatorValueSeed {
  return {
    indicatorCode,
    orgUnitKey,
    granularity,
    year,
    periodNumber,
    ...figures,
    isSynthetic: false,
    ...(comment ? { comment } : {}),
    source,
  };
}

const INTRA = 'intraservice';
const KS = 'kommunstyrelsen';

/** 001 §7.1: outcomes 2020 and 2021, forecast 2022 and Årsmål (2023) as YEAR rows. */
function planYears(
  code: string,
  section: string,
  figures: { y2020?: number; y2021?: number; forecast2022?: number; target2023?: number },
  extra: {
    y2022Outcome?: number;
    y2022Source?: string;
    y2022Comment?: string;
    y2023Comment?: string;
    y2023?: Figures;
    y2023Source?: string;
  } = {},
): IndicatorValueSeed[] {
  const source = `001 ${section}`;
  const rows: IndicatorValueSeed[] = [];
  if (figures.y2020 !== undefined) rows.push(value(code, INTRA, 'YEAR', 2020, 1, { outcome: figures.y2020 }, source));
  if (figures.y2021 !== undefined) rows.push(value(code, INTRA, 'YEAR', 2021, 1, { outcome: figures.y2021 }, source));
  if (figures.forecast2022 !== undefined || extra.y2022Outcome !== undefined) {
    rows.push(
      value(
        code,
        INTRA,
        'YEAR',
        2022,
        1,
        { outcome: extra.y2022Outcome, fullYearForecast: figures.forecast2022 },
        [figures.forecast2022 !== undefined ? `${source} (prognos 2022)` : undefined, extra.y2022Source]
          .filter(Boolean)
          .join('; '),
        extra.y2022Comment,
      ),
    );
  }
  if (figures.target2023 !== undefined || extra.y2023 !== undefined) {
    rows.push(
      value(
        code,
        INTRA,
        'YEAR',
        2023,
        1,
        { annualTarget: figures.target2023, ...extra.y2023 },
        [figures.target2023 !== undefined ? `${source} (årsmål)` : undefined, extra.y2023Source]
          .filter(Boolean)
          .join('; '),
        extra.y2023Comment,
      ),
    );
  }
  return rows.map(stripUndefined);
}

/** Swedish thousands grouping for comments: 1358000 → "1 358 000". */
function sv(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

function stripUndefined(row: IndicatorValueSeed): IndicatorValueSeed {
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined)) as unknown as IndicatorValueSeed;
}

/** 000 §2.1/§2.2 "Indikator (Månad)" table. */
function monthTable(
  code: string,
  section: string,
  may2022: number | undefined,
  may2023: Figures,
  comment2023?: string,
  comment2022?: string,
): IndicatorValueSeed[] {
  const source = `000 ${section} tabell Månad`;
  const rows: IndicatorValueSeed[] = [];
  if (may2022 !== undefined) rows.push(value(code, INTRA, 'MONTH', 2022, 5, { outcome: may2022 }, source, comment2022));
  rows.push(value(code, INTRA, 'MONTH', 2023, 5, may2023, source, comment2023));
  return rows.map(stripUndefined);
}

const TERTIAL_COMMENT =
  'Rubriken i månadsrapporten maj 2023 är "Utfall T2 2023", men tertial 2 (maj–augusti) hade just börjat: värdet är nivån vid rapporttillfället.';

/** 000 §2.1 "Indikator (Tertial)" table. */
function tertialTable(
  code: string,
  t2of2022: number | undefined,
  t2of2023: Figures,
  comment?: string,
): IndicatorValueSeed[] {
  const source = '000 §2.1 tabell Tertial';
  const rows: IndicatorValueSeed[] = [];
  if (t2of2022 !== undefined) rows.push(value(code, INTRA, 'TERTIAL', 2022, 2, { outcome: t2of2022 }, source));
  rows.push(
    value(
      code,
      INTRA,
      'TERTIAL',
      2023,
      2,
      t2of2023,
      source,
      comment ? `${TERTIAL_COMMENT} ${comment}` : TERTIAL_COMMENT,
    ),
  );
  return rows.map(stripUndefined);
}

// ─── Intraservice: Kund och ägare ─────────────────────────────────────────────────────────

const kundOchAgare: IndicatorValueSeed[] = [
  ...planYears(
    'NKI',
    '§7.1.2 tabell År',
    { y2020: 62.5, y2021: 65, forecast2022: 67 },
    {
      y2022Outcome: 66.9,
      y2022Source: '000 §2.1 tabell År (utfall 2022)',
      y2023: { periodTarget: 70, annualTarget: 70 },
      y2023Source: '000 §2.1 tabell År (mål och målvärde 2023); 001 §7.1.2 (årsmål 70%)',
      y2023Comment:
        'Månadsrapporten anger 66,9% 70% 70% under Utfall 2022 | Utfall 2023 | Mål 2023 | Prognos | Målvärde 2023; tolkat som utfall 2022, Mål 2023 och Målvärde 2023 (NKI för 2023 var inte mätt i maj).',
    },
  ),

  ...planYears(
    'PAYSLIPS',
    '§7.1.2 tabell Månad',
    { y2020: 699938, y2021: 766126, forecast2022: 710000, target2023: 720000 },
    {
      y2023Comment: 'Verksamhetsplanen anger årsmål 720 000; månadsrapporten maj 2023 anger årsmål 700 000.',
    },
  ),
  ...monthTable(
    'PAYSLIPS',
    '§2.1',
    290808,
    { outcome: 307229, periodTarget: 291665, fullYearForecast: 710000, annualTarget: 700000, rolling12: 725907 },
    'Utfall och mål ackumulerat januari–maj.',
    'Ackumulerat januari–maj.',
  ),

  ...planYears('SALARY_CASES', '§7.1.2 tabell Månad', {
    y2020: 66989,
    y2021: 64464,
    forecast2022: 73000,
    target2023: 79000,
  }),
  ...monthTable(
    'SALARY_CASES',
    '§2.1',
    29600,
    { outcome: 29492, periodTarget: 32915, fullYearForecast: 79000, annualTarget: 79000, rolling12: 74899 },
    'Utfall och mål ackumulerat januari–maj.',
    'Ackumulerat januari–maj.',
  ),

  ...planYears(
    'SUPPLIER_INVOICES',
    '§7.1.2 tabell Månad',
    { y2020: 1372802, y2021: 1368570, forecast2022: 1600000, target2023: 1500000 },
    {
      y2023Comment: 'Verksamhetsplanen anger årsmål 1 500 000; månadsrapporten maj 2023 anger årsmål 1 650 000.',
    },
  ),
  ...monthTable(
    'SUPPLIER_INVOICES',
    '§2.1',
    701494,
    { outcome: 790484, periodTarget: 687500, fullYearForecast: 1650000, annualTarget: 1650000, rolling12: 1800950 },
    'Utfall och mål ackumulerat januari–maj.',
    'Ackumulerat januari–maj.',
  ),

  ...planYears(
    'CUSTOMER_INVOICES',
    '§7.1.2 tabell Månad',
    { y2020: 1467892, y2021: 1481082, forecast2022: 1550000, target2023: 1650000 },
    {
      y2023Comment: 'Verksamhetsplanen anger årsmål 1 650 000; månadsrapporten maj 2023 anger årsmål 1 550 000.',
    },
  ),
  ...monthTable(
    'CUSTOMER_INVOICES',
    '§2.1',
    646435,
    { outcome: 705794, periodTarget: 645831, fullYearForecast: 1550000, annualTarget: 1550000, rolling12: 1576692 },
    'Utfall och mål ackumulerat januari–maj.',
    'Ackumulerat januari–maj.',
  ),

  ...planYears('SERVICE_CASES', '§7.1.2 tabell Månad', {
    y2020: 335140,
    y2021: 354698,
    forecast2022: 360000,
    target2023: 360000,
  }),
  ...monthTable(
    'SERVICE_CASES',
    '§2.1',
    159370,
    { outcome: 165981, periodTarget: 150000, fullYearForecast: 380000, annualTarget: 360000, rolling12: 384350 },
    'Utfall och mål ackumulerat januari–maj.',
    'Ackumulerat januari–maj.',
  ),

  ...tertialTable('PEDAGOGICAL_COMPUTERS', 45000, { outcome: 46000, periodTarget: 45000, annualTarget: 45000 }),

  ...planYears('PUPIL_COMPUTERS', '§7.1.2 tabell Månad', {
    y2020: 76920,
    y2021: 69811,
    forecast2022: 75000,
    target2023: 75000,
  }),

  ...planYears('ADMIN_COMPUTERS', '§7.1.2 tabell Månad (IT adm datorer)', {
    y2021: 30667,
    forecast2022: 31000,
    target2023: 31000,
  }).map((row) =>
    row.year === 2021
      ? {
          ...row,
          comment: 'Raden har tre värden för fyra kolumner ("30 667 31 000 31 000"); 30 667 tolkat som utfall 2021.',
        }
      : row,
  ),
  ...tertialTable('ADMIN_COMPUTERS', 31176, { outcome: 24576, periodTarget: 31000, annualTarget: 31000 }),

  ...planYears(
    'DATA_STORAGE',
    '§7.1.2 tabell Månad (IT datalagring)',
    { y2020: 4603, y2021: 4626, forecast2022: 5800, target2023: 5300 },
    {
      y2023Comment: 'Verksamhetsplanen anger årsmål 5 300; månadsrapporten maj 2023 anger 8 500.',
    },
  ),
  ...tertialTable(
    'DATA_STORAGE',
    5272,
    { outcome: 5584, annualTarget: 8500 },
    'Endast ett målvärde (8 500) är tryckt; tolkat som Målvärde 2023.',
  ),

  ...planYears('IT_INFRASTRUCTURE', '§7.1.2 tabell Månad', {
    y2020: 1444000,
    y2021: 1467000,
    forecast2022: 1500000,
    target2023: 1500000,
  }),
  ...tertialTable('IT_INFRASTRUCTURE', 1449000, { outcome: 1506000, periodTarget: 1500000, annualTarget: 1500000 }),

  ...planYears('SLA_COMPLIANCE', '§7.1.2 tabell Månad', { target2023: 100 }),
  ...tertialTable(
    'SLA_COMPLIANCE',
    100,
    { outcome: 90, annualTarget: 100 },
    'Raden lyder "100% 90% 100%"; tolkat som utfall T2 2022, utfall T2 2023 och Målvärde 2023.',
  ),
];

// ─── Intraservice: Medarbetare ────────────────────────────────────────────────────────────

const medarbetare: IndicatorValueSeed[] = [
  ...planYears('HME', '§7.1.3 tabell År', { y2020: 76, y2021: 76, forecast2022: 80, target2023: 81 }),

  ...planYears(
    'HEALTH_PRESENCE',
    '§7.1.3 tabell År',
    { y2021: 58, forecast2022: 65, target2023: 40 },
    {
      y2023Comment:
        'Raden lyder "58% 65% 40%" under Utfall 2020 | Utfall 2021 | Prognos 2022 | Årsmål; enligt regeln att sista värdet är årsmålet blir årsmålet 40%. Alternativ läsning: utfall 2020 58%, utfall 2021 65%, prognos 2022 40% och inget årsmål.',
    },
  ),

  ...planYears('STAFF_TURNOVER', '§7.1.3 tabell Tertial', { y2020: 7.1, y2021: 9.1, forecast2022: 10, target2023: 10 }),
  value(
    'STAFF_TURNOVER',
    INTRA,
    'TERTIAL',
    2021,
    1,
    { outcome: 2.7 },
    '000 §2.2 text',
    'Personalomsättningen i april (januari–april). För 2021 räknade man på avgångar.',
  ),
  value(
    'STAFF_TURNOVER',
    INTRA,
    'TERTIAL',
    2022,
    1,
    { outcome: 5.5 },
    '000 §2.2 text',
    'Personalomsättningen i april (januari–april). För 2022 räknade man på rekryteringar.',
  ),
  value(
    'STAFF_TURNOVER',
    INTRA,
    'TERTIAL',
    2023,
    1,
    { outcome: 4.5 },
    '000 §2.2 text',
    'Personalomsättningen i april (januari–april) har gått ner 1%-enhet jämfört med april förra året. För 2023 räknade man på avgångar.',
  ),

  ...planYears('INTERNSHIPS', '§7.1.3 tabell Tertial', { target2023: 20 }),

  ...planYears(
    'SICK_LEAVE',
    '§7.1.3 tabell Månad',
    { y2020: 5, y2021: 5.6, forecast2022: 5, target2023: 5.5 },
    {
      y2023Comment: 'Verksamhetsplanen anger årsmål 5,5%; månadsrapporten maj 2023 anger årsmål 5%.',
    },
  ),
  value('SICK_LEAVE', INTRA, 'MONTH', 2021, 4, { outcome: 5.6 }, '000 §2.2 text', 'Ackumulerad sjukfrånvaro i april.'),
  value('SICK_LEAVE', INTRA, 'MONTH', 2022, 4, { outcome: 5.5 }, '000 §2.2 text', 'Ackumulerad sjukfrånvaro i april.'),
  value(
    'SICK_LEAVE',
    INTRA,
    'MONTH',
    2023,
    4,
    { outcome: 5.9 },
    '000 §2.2 text',
    'Ackumulerad sjukfrånvaro i april; långtidsfrånvaron (15 dagar eller fler) står för ökningen 2023.',
  ),
  ...monthTable(
    'SICK_LEAVE',
    '§2.2',
    4.5,
    { outcome: 5.9, periodTarget: 5, fullYearForecast: 5.5, annualTarget: 5 },
    'Raden har fem värden för sex kolumner ("4,5% 5,9% 5% 5,5% 5%"); tolkat som Utfall Maj 2022, Utfall Maj 2023, Mål Maj 2023, Prognos och Årsmål 2023 — R12 saknas.',
    'Tabellens värde för maj 2022 (4,5%) skiljer sig från textens ackumulerade aprilvärde 2022 (5,5%).',
  ),

  value(
    'SHORT_TERM_SICK_LEAVE',
    INTRA,
    'MONTH',
    2022,
    4,
    { outcome: 2.2 },
    '000 §2.2 text',
    'Korttidsfrånvaro, i texten jämförd med ackumulerad sjukfrånvaro i april.',
  ),
  value(
    'SHORT_TERM_SICK_LEAVE',
    INTRA,
    'MONTH',
    2023,
    4,
    { outcome: 1.7 },
    '000 §2.2 text',
    'Korttidsfrånvaro, i texten jämförd med ackumulerad sjukfrånvaro i april.',
  ),

  ...planYears('MONTHLY_WORKERS', '§7.1.3 tabell Månad', {
    y2020: 632,
    y2021: 622,
    forecast2022: 650,
    target2023: 650,
  }),
  ...monthTable(
    'MONTHLY_WORKERS',
    '§2.2',
    676,
    { outcome: 651.7, periodTarget: 650, fullYearForecast: 588 },
    'Raden har fyra värden för sex kolumner ("676 651,7 650 588"); tolkat som Utfall Maj 2022, Utfall Maj 2023, Mål Maj 2023 och Prognos (helår) — prognosen sänks enligt texten, främst på grund av verksamhetsöverföring.',
  ),

  value(
    'ANNUAL_FTE',
    INTRA,
    'YEAR',
    2023,
    1,
    { annualTarget: 756.98, fullYearForecast: 660.49 },
    '000 §2.2 text',
    'För 2023 har man budgeterat för totalt 756,98 årsarbetare. I majprognosen skrevs det ner till 660,49 årsarbetare.',
  ),

  ...planYears('VACANCY_MONTHS', '§7.1.3 tabell Månad', { target2023: 0 }),

  ...planYears('CONSULTANT_SHARE', '§7.1.3 tabell Månad', { y2020: 23, y2021: 22, forecast2022: 23, target2023: 20 }),
];

// ─── Intraservice: Process ────────────────────────────────────────────────────────────────

const process: IndicatorValueSeed[] = [
  ...planYears(
    'CONTRACT_COMPLIANCE',
    '§7.1.4 tabell Tertial',
    { forecast2022: 98, target2023: 100 },
    {
      y2022Outcome: 99.2,
      y2022Source: '000 §2.3 text (utfall 2022)',
      y2022Comment:
        'Enligt utförd spendanalys (källa KMD/Profinance) har förvaltningen uppnått en god avtalsföljsamhet (leverantörstrohet på 99,2% räknat på volymvärdet) för inköpen 2022. Verksamhetsplanens rad "98% 100%" tolkad som prognos 2022 och årsmål.',
    },
  ),
  ...planYears('PROCUREMENT_PLAN', '§7.1.4 tabell Tertial', { target2023: 600 }),
  ...planYears(
    'PURCHASE_VOLUME',
    '§7.1.4 tabell Tertial',
    { y2021: 542, forecast2022: 650, target2023: 600 },
    {
      y2022Outcome: 755,
      y2022Source: '000 §2.3 text (utfall 2022)',
      y2022Comment:
        'Enligt utförd spendanalys köpte förvaltningen in för ca 755 MSEK under 2022. Verksamhetsplanens rad "542 650 600 mnkr" tolkad som utfall 2021, prognos 2022 och årsmål.',
    },
  ),
  ...planYears('TIME_REPORTING', '§7.1.4 tabell Tertial', { target2023: 100 }),
  ...planYears('IT_APP_AVAILABILITY', '§7.1.4 tabell Tertial', { target2023: 99.99999 }),
  ...planYears('INCIDENT_MANAGEMENT', '§7.1.4 tabell Tertial', { target2023: 100 }),
  ...planYears('COST_EFFICIENCY_FINANCE_PROCUREMENT', '§7.1.4 tabell Tertial', { target2023: 1 }),
  ...planYears('COST_EFFICIENCY_HR', '§7.1.4 tabell Tertial', { target2023: 1 }),
  ...planYears('COST_EFFICIENCY_O365', '§7.1.4 tabell Tertial', { target2023: 1 }),
  ...planYears('COST_EFFICIENCY_DIGITAL_INFRA', '§7.1.4 tabell Tertial', { target2023: 1 }),
  ...planYears('INVESTMENT_PLAN', '§7.1.4 tabell Månad', { target2023: 600 }),
];

// ─── Intraservice: Hållbarhet ─────────────────────────────────────────────────────────────

const hallbarhet: IndicatorValueSeed[] = [
  ...planYears('CIRCULAR_IMPROVEMENT', '§7.1.6 tabell År', { target2023: 1 }),
  ...planYears('CLIENT_AS_SERVICE_SHARE', '§7.1.6 tabell Tertial', { target2023: 90 }),
];

// ─── Intraservice: Ekonomi (tkr) ──────────────────────────────────────────────────────────

function financialLine(
  code: string,
  plan: { y2020: number; y2021: number; forecast2022: number; target2023: number },
  ack2022: number,
  may2023: { outcome: number; periodTarget: number; fullYearForecast: number; annualTarget: number },
  comment2023?: string,
): IndicatorValueSeed[] {
  const source = '000 §2.4 tabell (tkr)';
  return [
    ...planYears(code, '§7.1.5 tabell Månad', plan, {
      y2023Comment: `Verksamhetsplanens årsmål ${sv(plan.target2023)}; månadsrapporten maj 2023 anger budget helår ${sv(may2023.annualTarget)}.`,
    }),
    value(code, INTRA, 'MONTH', 2022, 5, { outcome: ack2022 }, source, 'Utfall ack 2022 (januari–maj).'),
    value(code, INTRA, 'MONTH', 2023, 5, may2023, source, comment2023 ?? 'Utfall ack och budget ack januari–maj 2023.'),
  ];
}

const ekonomi: IndicatorValueSeed[] = [
  ...financialLine(
    'OPERATING_COSTS',
    { y2020: 1137677, y2021: 1176188, forecast2022: 1353008, target2023: 1358000 },
    564705,
    { outcome: 573791, periodTarget: 616991, fullYearForecast: 1396706, annualTarget: 1449802 },
    'Utfall ack och budget ack januari–maj 2023. Senaste helårsprognos för 2023 beslutats per mars, med en minskning av kostnaderna jämfört med budget med ca 60 miljoner kronor, vara 40 miljoner kronor på förvaltning.',
  ),
  ...financialLine('STAFF_COSTS', { y2020: 481324, y2021: 501805, forecast2022: 498682, target2023: 597000 }, 226154, {
    outcome: 225712,
    periodTarget: 260323,
    fullYearForecast: 523792,
    annualTarget: 597395,
  }),
  ...financialLine(
    'CONSULTANT_COSTS',
    { y2020: 144021, y2021: 141009, forecast2022: 137000, target2023: 86000 },
    58089,
    { outcome: 48344, periodTarget: 57610, fullYearForecast: 129708, annualTarget: 137258 },
  ),
  ...financialLine(
    'IT_SERVICES_COSTS',
    { y2020: 291424, y2021: 313612, forecast2022: 374225, target2023: 361000 },
    141079,
    { outcome: 145623, periodTarget: 150458, fullYearForecast: 368083, annualTarget: 361101 },
  ),
  ...financialLine(
    'DEV_PROJECT_COSTS',
    { y2020: 112085, y2021: 116587, forecast2022: 117405, target2023: 90000 },
    25819,
    { outcome: 38203, periodTarget: 39627, fullYearForecast: 75510, annualTarget: 91510 },
    'Utfall ack och budget ack januari–maj 2023. Negativ avvikelse för utveckling beror på projektet Digitala navet (försening).',
  ),
  ...financialLine(
    'OPERATING_RESULT',
    { y2020: 0, y2021: 0, forecast2022: 0, target2023: 0 },
    16867,
    { outcome: 12490, periodTarget: -12903, fullYearForecast: 0, annualTarget: 0 },
    'Utfallet för maj visar på ett överskott om totalt 12,5 miljoner kronor; jämfört med ursprunglig budget ett överskott om 25,4 miljoner kronor, varav 28,5 miljoner kronor positiv budgetavvikelse för förvaltning och 3,1 miljoner kronor negativ för utveckling. Nollprognos för helåret. Samma resultat (12 490) står i tabellen "Resultat, tkr".',
  ),
].map((row) =>
  // The plan's result line "0 0 0 0" makes the default comment say "årsmål 0 … budget helår 0"; keep it short.
  row.indicatorCode === 'OPERATING_RESULT' && row.granularity === 'YEAR' && row.year === 2023
    ? stripUndefined({ ...row, comment: undefined })
    : row,
);

/** 000 §2.4 "Resultat, tkr": Ack utfall maj 2023 and Prognos helår 2023 per business area. */
const BUSINESS_AREA_SOURCE = '000 §2.4 tabell Resultat, tkr';
const BUSINESS_AREA_COMMENT =
  'Ack utfall maj 2023 avser inte budgetavvikelsen, eftersom den nya prognosen per mars och maj ersätter tidigare budget.';
/** What 000 §2.4 says in words about single business areas (budget deviations the table does not show). */
const BUSINESS_AREA_NOTES: Record<string, string> = {
  'RESULT_OPERATIONS|digital-infrastruktur':
    'Budgetöverskottet inom förvaltning visar på minskade kostnader inom framför allt verksamhetsområde Digital infrastruktur om 12,7 miljoner kronor.',
  'RESULT_DEVELOPMENT|vo-kommunikation-ledning-styrning':
    'Avvikelsen på utvecklingsinitiativen om negativt 3,1 miljoner kronor beror på verksamhetsområde kommunikation, ledning och styrning visar underskott inom projektet Digitala navet. De ökade kostnaderna beror på försening i projektet.',
};
/**
 * The budget of the result per business area (Målvärden och budget), where 000 §2.4 gives it:
 * "Jämfört med ursprunglig budget visas ett överskott om 25,4 miljoner kronor, varav 28,5
 * miljoner kronor är positiv budgetavvikelse för förvaltning och 3,1 miljoner kronor är negativ
 * för utveckling" against the result's budget to date of −12 903 tkr and a full-year budget of 0
 * (the financial table), and a surplus of 12,7 miljoner kronor for Digital infrastruktur's
 * operations. Budget to date = outcome − deviation, the development share rounded so the two
 * add up to −12 903; the other areas' budgets are not in the report.
 */
const BUSINESS_AREA_BUDGETS: Record<string, { periodTarget: number; annualTarget?: number }> = {
  [`RESULT_OPERATIONS|${INTRA}`]: { periodTarget: 17051 - 28500, annualTarget: 0 },
  [`RESULT_DEVELOPMENT|${INTRA}`]: { periodTarget: -4560 + 3106, annualTarget: 0 },
  'RESULT_OPERATIONS|digital-infrastruktur': { periodTarget: 10534 - 12700 },
};
const resultPerBusinessArea: IndicatorValueSeed[] = [
  ['RESULT_OPERATIONS', 'vo-ekonomi', -352, -2838],
  ['RESULT_OPERATIONS', 'vo-hr', -544, 544],
  ['RESULT_OPERATIONS', 'vo-kommunikation-ledning-styrning', -2986, 129],
  ['RESULT_OPERATIONS', 'digital-infrastruktur', 10534, 211],
  ['RESULT_OPERATIONS', 'styr-och-stod', 7716, 3572],
  ['RESULT_OPERATIONS', 'kund-och-service', 2793, 4695],
  ['RESULT_OPERATIONS', 'uppdrag', -109, -2313],
  ['RESULT_OPERATIONS', INTRA, 17051, 4000],
  ['RESULT_DEVELOPMENT', 'vo-ekonomi', 685, 0],
  ['RESULT_DEVELOPMENT', 'vo-hr', 2093, 0],
  ['RESULT_DEVELOPMENT', 'vo-kommunikation-ledning-styrning', -8771, -4000],
  ['RESULT_DEVELOPMENT', 'digital-infrastruktur', 1432, 0],
  ['RESULT_DEVELOPMENT', INTRA, -4560, -4000],
].map(([code, orgUnitKey, outcome, fullYearForecast]) =>
  value(
    code as string,
    orgUnitKey as string,
    'MONTH',
    2023,
    5,
    {
      outcome: outcome as number,
      fullYearForecast: fullYearForecast as number,
      ...BUSINESS_AREA_BUDGETS[`${code as string}|${orgUnitKey as string}`],
    },
    BUSINESS_AREA_SOURCE,
    orgUnitKey === INTRA
      ? `${code === 'RESULT_OPERATIONS' ? 'Summa förvaltning' : 'Summa utveckling'}. ${BUSINESS_AREA_COMMENT}`
      : [BUSINESS_AREA_COMMENT, BUSINESS_AREA_NOTES[`${code as string}|${orgUnitKey as string}`]]
          .filter(Boolean)
          .join(' '),
  ),
);

// ─── Kommunstyrelsen / Stadsledningskontoret (003) ────────────────────────────────────────

const KS_SUMMARY_SOURCE = '003 §3.2.1 tabell Resultatredovisning i sammandrag (mnkr)';

function ksSummaryLine(
  code: string,
  period: { outcome: number; budget: number; lastYear: number },
  fullYear: { forecast: number; previousForecast: number; budget: number; closingLastYear: number },
): IndicatorValueSeed[] {
  return [
    value(
      code,
      KS,
      'MONTH',
      2024,
      8,
      {
        outcome: period.outcome,
        periodTarget: period.budget,
        fullYearForecast: fullYear.forecast,
        annualTarget: fullYear.budget,
      },
      KS_SUMMARY_SOURCE,
      'Delårsrapport augusti 2024: utfall och budget för perioden, prognos och budget för helåret.',
    ),
    value(
      code,
      KS,
      'MONTH',
      2024,
      5,
      { fullYearForecast: fullYear.previousForecast },
      `${KS_SUMMARY_SOURCE}, kolumnen Fg prognos`,
      'Föregående prognos (per maj 2024).',
    ),
    value(
      code,
      KS,
      'MONTH',
      2023,
      8,
      { outcome: period.lastYear },
      `${KS_SUMMARY_SOURCE}, kolumnen Utfall fg år`,
      'Utfall samma period föregående år.',
    ),
    value(
      code,
      KS,
      'YEAR',
      2023,
      1,
      { outcome: fullYear.closingLastYear },
      `${KS_SUMMARY_SOURCE}, kolumnen Bokslut fg år`,
    ),
  ];
}

const KS_CENTRAL_SOURCE = '003 §3.2.4 tabell Kommuncentral post (tkr)';

const kommunstyrelsen: IndicatorValueSeed[] = [
  ...ksSummaryLine(
    'KS_REVENUE',
    { outcome: 78.5, budget: 79.4, lastYear: 76.7 },
    { forecast: 125.1, previousForecast: 125.6, budget: 124.0, closingLastYear: 125.9 },
  ),
  ...ksSummaryLine(
    'KS_COSTS',
    { outcome: -340.5, budget: -372.7, lastYear: -343.3 },
    { forecast: -566.6, previousForecast: -575.3, budget: -580.6, closingLastYear: -574.1 },
  ),
  ...ksSummaryLine(
    'KS_MUNICIPAL_GRANT',
    { outcome: 263.0, budget: 263.0, lastYear: 257.7 },
    { forecast: 395.4, previousForecast: 394.5, budget: 395.4, closingLastYear: 386.5 },
  ),
  ...ksSummaryLine(
    'KS_INTERNAL_GRANTS',
    { outcome: 29.3, budget: 34.1, lastYear: 35.2 },
    { forecast: 59.1, previousForecast: 60.2, budget: 61.2, closingLastYear: 76.1 },
  ),
  ...ksSummaryLine(
    'KS_RESULT',
    { outcome: 30.3, budget: 3.8, lastYear: 26.3 },
    { forecast: 13.0, previousForecast: 5.0, budget: 0.0, closingLastYear: 14.4 },
  ),

  value(
    'KS_RESULT_SLK',
    KS,
    'MONTH',
    2024,
    8,
    { outcome: 23.5, periodTarget: 3.0, fullYearForecast: 10.0, annualTarget: 0 },
    '003 §3.2.2–3.2.3 text',
    'Positiv avvikelse mot periodens budget med 20,5 mnkr, huvudsakligen personalvakanser. Prognosen (överskott 10,0 mnkr) motsvarar en avvikelse mot budget med samma belopp, dvs. budget helår 0.',
  ),
  value(
    'KS_RESULT_POLITICAL',
    KS,
    'MONTH',
    2024,
    8,
    { outcome: 6.8, periodTarget: 0.9, fullYearForecast: 3.0, annualTarget: 0 },
    '003 §3.2.2–3.2.3 text',
    'Positiv avvikelse mot budgeten med 5,9 mnkr, i huvudsak lägre personalkostnader än budgeterat hos politiska sekreterare. Prognosen (överskott 3,0 mnkr) motsvarar en avvikelse mot budget med samma belopp, dvs. budget helår 0.',
  ),
  value(
    'KS_UNION_REPRESENTATIVES',
    KS,
    'MONTH',
    2024,
    8,
    { outcome: 48.5, periodTarget: 51.1, fullYearForecast: 74.5, annualTarget: 75.8 },
    '003 §3.2.2–3.2.3 text',
    'Intäkter och kostnader; avvikelsen påverkar inte resultatet.',
  ),
  value(
    'NET_COST_CHANGE_SLK',
    KS,
    'MONTH',
    2024,
    8,
    { outcome: 1.7, fullYearForecast: 0.6 },
    '003 §2.1.1 tabell Volym-, intäkts- och kostnadsutveckling',
    'Utfall perioden +0,9% jämfört med samma period föregående år; prognos helår +0,2% jämfört med helår föregående år.',
  ),
  value(
    'NET_COST_CHANGE_POLITICAL',
    KS,
    'MONTH',
    2024,
    8,
    { outcome: 5.3, fullYearForecast: 11.0 },
    '003 §2.1.1 tabell Volym-, intäkts- och kostnadsutveckling',
    'Utfall perioden +8,3% jämfört med samma period föregående år; prognos helår +11,2% jämfört med helår föregående år.',
  ),

  value(
    'CENTRAL_WHISTLEBLOWER',
    KS,
    'MONTH',
    2024,
    8,
    { outcome: 212, fullYearForecast: 700, annualTarget: 700 },
    KS_CENTRAL_SOURCE,
  ),
  value(
    'CENTRAL_LOV3',
    KS,
    'MONTH',
    2024,
    8,
    { outcome: 19165, fullYearForecast: 30000, annualTarget: 30000 },
    KS_CENTRAL_SOURCE,
  ),
  value(
    'CENTRAL_ARENA',
    KS,
    'MONTH',
    2024,
    8,
    { outcome: 4724, fullYearForecast: 9000, annualTarget: 10000 },
    KS_CENTRAL_SOURCE,
    'För Arenauppdraget bedöms kostnaderna för uppdraget under 2024 bli 1,0 mnkr lägre än budgeterad.',
  ),
  value(
    'CENTRAL_STRING',
    KS,
    'MONTH',
    2024,
    8,
    { outcome: 65, fullYearForecast: 500, annualTarget: 500 },
    KS_CENTRAL_SOURCE,
  ),
  value(
    'CENTRAL_STAFF_COMPETENCE',
    KS,
    'MONTH',
    2024,
    8,
    { outcome: 5154, periodTarget: 6600, fullYearForecast: 18929, annualTarget: 20000 },
    `${KS_CENTRAL_SOURCE}; periodens budget från 003 §3.2.2 text`,
    'Periodens budget 6,6 mnkr enligt texten (omräknad till tkr). Finansieras av kommuncentrala poster och påverkar inte resultatet.',
  ),

  value(
    'FTE_SLK',
    KS,
    'MONTH',
    2024,
    8,
    { outcome: 154.9, fullYearForecast: 247.5 },
    '003 §3.1.1 tabell HR (och §2.1.1)',
    'Minskning med 6,5 årsarbetare (−4,0%) jämfört med motsvarande period föregående år; prognos helår −5,2 årsarbetare (−2,1%).',
  ),
  value(
    'FTE_SLK',
    KS,
    'MONTH',
    2023,
    8,
    { outcome: 161.4 },
    '003 §3.1.1 tabell HR, kolumnen Motsvarande period föregående år',
  ),
  value('FTE_SLK', KS, 'YEAR', 2023, 1, { outcome: 252.7 }, '003 §3.1.1 tabell HR, kolumnen Utfall 2023'),
  value(
    'FTE_POLITICAL',
    KS,
    'MONTH',
    2024,
    8,
    { outcome: 47.9, fullYearForecast: 74 },
    '003 §3.1.1 tabell HR (och §2.1.1)',
    'Ökning med 0,7 årsarbetare (+1,5%) jämfört med samma period föregående år; prognos helår +0,8 årsarbetare (+1,0%).',
  ),
  value(
    'FTE_POLITICAL',
    KS,
    'MONTH',
    2023,
    8,
    { outcome: 47.2 },
    '003 §3.1.1 tabell HR, kolumnen Motsvarande period föregående år',
  ),
  value('FTE_POLITICAL', KS, 'YEAR', 2023, 1, { outcome: 73.2 }, '003 §3.1.1 tabell HR, kolumnen Utfall 2023'),

  value(
    'SICK_LEAVE',
    KS,
    'MONTH',
    2024,
    7,
    { outcome: 2.6, fullYearForecast: 2.6 },
    '003 §3.1.1 tabell HR',
    'Ackumulerat per juli. Den korta sjukfrånvaron har minskat medan den långa har ökat.',
  ),
  value(
    'SICK_LEAVE',
    KS,
    'MONTH',
    2023,
    7,
    { outcome: 2.2 },
    '003 §3.1.1 tabell HR, kolumnen Motsvarande period föregående år',
  ),
  value('SICK_LEAVE', KS, 'YEAR', 2023, 1, { outcome: 2.3 }, '003 §3.1.1 tabell HR, kolumnen Utfall 2023'),

  value(
    'EXTERNAL_DEPARTURES',
    KS,
    'MONTH',
    2024,
    7,
    { outcome: 13 },
    '003 §3.1.1 tabell HR',
    'Ackumulerat per juli 2024.',
  ),
  value(
    'EXTERNAL_DEPARTURES',
    KS,
    'YEAR',
    2023,
    1,
    { outcome: 19 },
    '003 §3.1.1 tabell HR',
    'Raden har två värden ("13 19") för fyra kolumner; 19 tolkat som Utfall 2023 (stämmer med personalomsättningen 9,52% = lägsta av 19 avgångar och 18 rekryteringar).',
  ),
  value(
    'EXTERNAL_RECRUITMENTS',
    KS,
    'MONTH',
    2024,
    7,
    { outcome: 5 },
    '003 §3.1.1 tabell HR',
    'Ackumulerat per juli 2024.',
  ),
  value(
    'EXTERNAL_RECRUITMENTS',
    KS,
    'YEAR',
    2023,
    1,
    { outcome: 18 },
    '003 §3.1.1 tabell HR',
    'Raden har två värden ("5 18") för fyra kolumner; 18 tolkat som Utfall 2023.',
  ),
  value(
    'STAFF_TURNOVER',
    KS,
    'MONTH',
    2024,
    7,
    { fullYearForecast: 9.6 },
    '003 §3.1.1 tabell HR',
    'Raden har två värden ("9,60% 9,52%") för fyra kolumner; tolkat som Prognos 2024 och Utfall 2023 ("Personalomsättningen beräknas ligga kvar på ungefär samma nivå som föregående år").',
  ),
  value('STAFF_TURNOVER', KS, 'YEAR', 2023, 1, { outcome: 9.52 }, '003 §3.1.1 tabell HR, kolumnen Utfall 2023'),

  value('STAFF_OVER_60_SHARE', KS, 'YEAR', 2020, 1, { outcome: 16.9 }, '003 §3.1.3.1 text'),
  value(
    'STAFF_OVER_60_SHARE',
    KS,
    'YEAR',
    2024,
    1,
    { outcome: 20.4 },
    '003 §3.1.3.1 text',
    'Andelen medarbetare över 60 år har ökat från 16,9 % till 20,4 % från 2020 till 2024 (läget i delårsrapport augusti 2024).',
  ),
];

/** All real (transcribed) indicator values. */
export const realIndicatorValues: IndicatorValueSeed[] = [
  ...kundOchAgare,
  ...medarbetare,
  ...process,
  ...hallbarhet,
  ...ekonomi,
  ...resultPerBusinessArea,
  ...kommunstyrelsen,
].map(stripUndefined);
