import type { AuditReportSeed } from './dataset-types';

/**
 * Audit reports (revisionsrapporter) and the committee's actions for their recommendations.
 *
 * Kommunstyrelsen, 003 §4.2.1 "Aktuella revisionsrapporter" (delårsrapport augusti 2024):
 * Stadsrevisionen's two reports on 2023, the review of the executive board (five areas with
 * recommendations) and of the city's annual report (four recommendations, quoted). The executive
 * board approved the office's answer, "vilka åtgärder som kommunstyrelsen gjort eller planerar att
 * göra", on 2024-06-12 and "Stadsledningskontoret arbetar med åtgärder": the action, its owner and
 * the August status come from there. The document gives neither the reports' dates nor case
 * numbers: the reports are dated 2024-04-30 (Stadsrevisionen reports "under våren") and the
 * actions due 2024-12-31 (the year's annual report follows them up); both are demo values.
 *
 * Intraservice, 000 §1 and §6 (May 2023): "Åtgärdsplaner har uppdaterats och avhjälpande
 * aktiviteter pågår utifrån rekommendationer i Stadsrevisionens granskning (beredskap inom
 * IT-säkerhet, dataskyddsarbetet, arkivansvar och säkerställande av tillgänglighet till offentliga
 * handlingar.)": one recommendation per area named, each with its action plan, ongoing in May.
 * The review's title and date (2023-03-31) are demo values; the actions are due 2023-08-31, when
 * "reviderad riskbild redovisas i delårsrapport augusti då hänsyn tas till … de granskningsresultat
 * som redovisats från Stadsrevisionen" (000 §6).
 */

const KS_ACTION = 'Åtgärder enligt kommunstyrelsens yttrande till stadsrevisionen, godkänt 2024-06-12.';
const KS_OWNER = 'Stadsledningskontoret';
const KS_STATUS_AUGUST = [
  {
    year: 2024,
    month: 8,
    status: 'ONGOING' as const,
    comment: 'Stadsledningskontoret arbetar med åtgärder för att hantera rekommendationerna.',
  },
];
const ksRecommendation = (recommendation: string) => ({
  recommendation,
  action: KS_ACTION,
  ownerName: KS_OWNER,
  dueDate: '2024-12-31',
  updates: KS_STATUS_AUGUST,
});

const IS_STATUS_MAY = [
  {
    year: 2023,
    month: 5,
    status: 'ONGOING' as const,
    comment: 'Åtgärdsplanen har uppdaterats och avhjälpande aktiviteter pågår.',
  },
];
const isRecommendation = (recommendation: string, action: string) => ({
  recommendation,
  action,
  ownerName: 'Förvaltningen för Intraservice',
  dueDate: '2023-08-31',
  updates: IS_STATUS_MAY,
});

export const auditReports: AuditReportSeed[] = [
  {
    key: 'ks-granskning-2023',
    orgUnitKey: 'kommunstyrelsen',
    year: 2024,
    title: 'Granskning av kommunstyrelsen – verksamhetsåret 2023',
    auditor: 'Stadsrevisionen',
    reportDate: '2024-04-30',
    recommendations: [
      ksRecommendation('Grundläggande granskning'),
      ksRecommendation('Planerings-, budget- och uppföljningsprocessen'),
      ksRecommendation('Arbetet mot våldsbejakande extremism och radikalisering'),
      ksRecommendation('Avgifter för vatten och avlopp i Göteborgs Stad'),
      ksRecommendation('Kvarstående rekommendationer vid uppföljning av tidigare granskning'),
    ],
  },
  {
    key: 'ks-arsredovisning-2023',
    orgUnitKey: 'kommunstyrelsen',
    year: 2024,
    title: 'Granskning av Göteborgs Stads årsredovisning 2023',
    auditor: 'Stadsrevisionen',
    reportDate: '2024-04-30',
    recommendations: [
      ksRecommendation(
        'Utveckla utvärderingen av måluppfyllelsen så att den innehåller en avstämning mot årliga målvärden för verksamheten.',
      ),
      ksRecommendation(
        'Skyndsamt utreda och säkerställa att god redovisningssed efterlevs avseende finansiell leasing.',
      ),
      ksRecommendation(
        'Säkerställa att redovisningen av konstinnehav följer lagen om kommunal bokföring och redovisning och Rådet för kommunal redovisnings rekommendationer.',
      ),
      ksRecommendation(
        'Utveckla en samlad stadenövergripande anvisning för aktivering och löpande analys av materiella anläggningstillgångar.',
      ),
    ],
  },
  {
    key: 'is-granskning-2022',
    orgUnitKey: 'intraservice',
    year: 2023,
    title: 'Stadsrevisionens granskning av nämnden för Intraservice',
    auditor: 'Stadsrevisionen',
    reportDate: '2023-03-31',
    recommendations: [
      isRecommendation('Beredskap inom IT-säkerhet', 'Åtgärdsplan för beredskap inom IT-säkerhet.'),
      isRecommendation('Dataskyddsarbetet', 'Åtgärdsplan för dataskyddsarbetet.'),
      isRecommendation(
        'Arkivansvar och säkerställande av tillgänglighet till offentliga handlingar',
        'Åtgärdsplan för arkivansvar och tillgänglighet till offentliga handlingar.',
      ),
    ],
  },
];
