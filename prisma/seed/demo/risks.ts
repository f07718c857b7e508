import type { RiskCategorySeed, RiskSeed } from './dataset-types';

/**
 * Risks of Intraservice: the risk areas of 001 §4 (verksamhetsplan 2023, "Risker 2023-2025",
 * grouped by the document's categories), completed with the risk text of 000 §6 and the related
 * passages of 000 (§1, §2.3, §3) and 001 (§2.1 "Förvaltningens utmaningar").
 *
 * Valuations: 001 §4.1 says the risks "har värderats och prioriterats och redovisas i särskild
 * nämndbeslutad rapport (Samlad Riskbild och internkontrollplan), där riskvärdering utifrån
 * sannolikhet och konsekvens bildar underlag" — that report is not among the sources, so no
 * probability or consequence is known. Every valuation below is a demo value (isDemoValue: true),
 * chosen to match the document's words ("fortsatt ökad risk", "värderats högt", "har sänkts",
 * "kontinuerligt en hög riskvärdering"), dated at the start of the plan year.
 *
 * Mitigations and controls are the measures the documents describe. The documents give no control
 * results either: the results of January to May 2023 below are demo values (isDemoValue: true), so
 * the plan's follow-up has something to show; the deviation follows the kind of problem 000 §3
 * reports for invoicing under the new financing model.
 */

export const riskCategories: RiskCategorySeed[] = [
  { key: 'external', name: 'Omvärld', sortOrder: 1 },
  { key: 'strategic', name: 'Strategiska', sortOrder: 2 },
  { key: 'financial', name: 'Finansiella', sortOrder: 3 },
  { key: 'operational', name: 'Operativa', sortOrder: 4 },
  { key: 'compliance', name: 'Regelefterlevnad och oegentligheter', sortOrder: 5 },
  { key: 'city-deliveries', name: 'Stadenleveranser', sortOrder: 6 },
];

const ORG = 'intraservice';
const VALUED_ON = '2023-01-01';

/** Performed and OK in each of the months, as demo values. */
const demoResultsOk = (months: number[]): RiskSeed['controls'][number]['results'] =>
  months.map((month) => ({ year: 2023, month, performed: true, outcome: 'OK', isDemoValue: true }));

const demoValuation = (probability: number, consequence: number, reasoning: string): RiskSeed['valuations'] => [
  { valuedOn: VALUED_ON, probability, consequence, reasoning: `Demovärde. ${reasoning}`, isDemoValue: true },
];

export const risks: RiskSeed[] = [
  {
    key: 'cyberattacker',
    orgUnitKey: ORG,
    categoryKey: 'external',
    title: 'Ökad risk för cyberattacker',
    description:
      'Förvaltningen ser fortsatt ökad risk för cyberattacker och har prioriterat fortsatt IT-säkerhetsstärkande investeringar. Förändrad riskbild innebär att kostnaden för IT-säkerhet fortsätter öka.',
    valuations: demoValuation(
      3,
      4,
      'Dokumentet talar om "fortsatt ökad risk" och om att skydda mot stora incidenter och långa driftstopp.',
    ),
    mitigations: [
      { title: 'Fortsatt IT-säkerhetsstärkande investeringar', status: 'ONGOING' },
      {
        title:
          'Stärkt tekniskt skydd kombinerat med konsultation för säkerhetsmedvetande hos alla användare, för att skydda mot stora incidenter och långa driftstopp',
        status: 'ONGOING',
      },
      {
        title:
          'Åtgärdsplaner och avhjälpande aktiviteter utifrån rekommendationer i Stadsrevisionens granskning (beredskap inom IT-säkerhet)',
        status: 'ONGOING',
      },
    ],
    controls: [],
  },
  {
    key: 'personalomsattning-kompetensforsorjning',
    orgUnitKey: ORG,
    categoryKey: 'strategic',
    title: 'Personalomsättning och kompetensförsörjning',
    description:
      'Förändrad arbetsmarknad och ökad personalomsättning efter pandemin är en medför en höjd risk för förvaltningens leverans av avtalade tjänster.',
    valuations: demoValuation(3, 3, 'Dokumentet talar om "en höjd risk" för leveransen av avtalade tjänster.'),
    mitigations: [
      {
        title:
          'Samlad satsning på kompetensförsörjning för att säkerställa resursplanering med kompetenta medarbetare och stöd från konsulter',
        status: 'ONGOING',
      },
    ],
    controls: [
      {
        title: 'Analys av utfall och prognoser för personal per verksamhetsområde',
        frequency: 'Månadsvis (månadsrapport)',
        performedBy: 'HR-stab',
        results: [
          ...demoResultsOk([1, 2, 3]),
          {
            year: 2023,
            month: 4,
            performed: false,
            description: 'Demovärde. Analysen sköts upp till maj på grund av bokslutsarbetet.',
            isDemoValue: true,
          },
          ...demoResultsOk([5]),
        ],
      },
    ],
  },
  {
    key: 'inflation-ekonomisk-obalans',
    orgUnitKey: ORG,
    categoryKey: 'financial',
    title: 'Inflation och ekonomisk obalans',
    description:
      'Osäkerheter i vår omvärld med snabbt ökande kostnadsnivåer pga. inflation, ökar risken för ekonomisk obalans. Våra avtalsleverantörer är påverkade med ökad inflationstakt, ofördelaktiga valutakurser som i sin tur påverkar förvaltningens kostnader på inköpta varor & tjänster.',
    valuations: demoValuation(3, 3, 'Dokumentet säger att osäkerheterna "ökar risken för ekonomisk obalans".'),
    mitigations: [
      { title: 'Extra åtgärder för sänkta kostnader i budget 2023', status: 'ONGOING' },
      { title: 'Säkerställa att fakturering sker enligt ny finansieringsmodell', status: 'ONGOING' },
      {
        title:
          'Analysera effekterna på förvaltningens inköpskostnader för 2024-25 (indexreglering eller fasta priser under avtalslöptiderna)',
        dueDate: '2023-12-31',
        status: 'ONGOING',
      },
      {
        title: 'Beakta den ekonomiska situationen i kommande upphandlingar samt i förhandlingssituationer',
        status: 'ONGOING',
      },
    ],
    controls: [
      {
        title: 'Resultatuppföljning med chefer',
        method: 'Övergripande analyser av resultat, intäkter och kostnader',
        frequency: 'Månadsvis',
        performedBy: 'Controllers',
        results: demoResultsOk([1, 2, 3, 4, 5]),
      },
      {
        title: 'Rutiner och kontroller för månadsvis fakturering',
        method: 'Fakturering sker månadsvis på ett tillförlitligt sätt enligt uppsatta rutiner och kontroller',
        frequency: 'Månadsvis',
        results: [
          ...demoResultsOk([1, 2]),
          {
            year: 2023,
            month: 3,
            performed: true,
            outcome: 'DEVIATION',
            description: 'Demovärde. Några kunders fakturor följde inte den nya finansieringsmodellen.',
            followUpAction:
              'Demovärde. Fakturorna krediteras och rutinen för nya prismodeller gås igenom med ekonomienheten.',
            isDemoValue: true,
          },
          ...demoResultsOk([4, 5]),
        ],
      },
    ],
  },
  {
    key: 'minskad-efterfragan-verksamhetsoverforing',
    orgUnitKey: ORG,
    categoryKey: 'financial',
    title: 'Minskad efterfrågan av tilläggstjänster och verksamhetsöverföring av personal',
    description:
      'Minskad efterfrågan av tilläggstjänster och verksamhetsöverföring av personal medför behov av kostnadsanpassningar under 2023 för att fortsatt ekonomi i balans. En ansträngd ekonomi för Göteborgs stad medför att Intraservice påbörjat ett anpassningsprojekt (000 §6).',
    valuations: demoValuation(3, 3, 'Risken beskrivs i månadsrapporten maj 2023 utan värdering.'),
    mitigations: [
      {
        title:
          'Anpassningsprojekt för att anpassa kostnader och redovisa konsekvenser i kommande tjänsteleveranser för 2024',
        status: 'ONGOING',
      },
      {
        title:
          'Konsekvensanalys av begränsade ekonomiska förutsättningar inför 2024; åtgärdsförslag konkretiseras och förankras under kvartal tre',
        dueDate: '2023-09-30',
        status: 'ONGOING',
      },
    ],
    controls: [],
  },
  {
    key: 'styrning-och-ledning',
    orgUnitKey: ORG,
    categoryKey: 'operational',
    title: 'Styrning och ledning',
    description:
      'Riskbedömning för styrning och ledning har sänkts, men förvaltningen har behov av fortsatt utveckling för att upprätthålla en robust och trygg styrning av förvaltningen.',
    valuations: demoValuation(2, 3, 'Dokumentet säger att riskbedömningen "har sänkts".'),
    mitigations: [
      { title: 'Förbättringsarbete för en god systematisk intern styrning och kontroll', status: 'ONGOING' },
    ],
    controls: [
      {
        title: 'Intern revision',
        method: 'Arbetet med intern revision har förenklats och planen uppdateras löpande under året',
        frequency: 'Löpande',
        results: [],
      },
      {
        title: 'Ledningens genomgång med fokus på avvikelse- och riskhantering',
        frequency: 'Juni 2023',
        results: [],
      },
    ],
  },
  {
    key: 'inkop-och-upphandling',
    orgUnitKey: ORG,
    categoryKey: 'operational',
    title: 'Inköp och upphandling',
    description:
      'Förvaltningen upphandlar och avropar varor och tjänster till stora värden. Inköp och upphandling är ett område som värderats högt i övergripande riskbedömningar.',
    valuations: demoValuation(3, 3, 'Dokumentet säger att området "värderats högt i övergripande riskbedömningar".'),
    mitigations: [
      { title: 'Kompetenshöjning inom inköp och upphandling', status: 'PLANNED' },
      { title: 'Förtydligande i rutiner', status: 'PLANNED' },
      {
        title: 'Ny anvisning för operativt inköp som stödjer effektivitet i beställarverksamheten',
        status: 'PLANNED',
      },
      {
        title:
          'Förbättringsarbete inom inköp för att effektivisera rutinerna kring Beställning till betalning under ledning av inköpschef',
        status: 'ONGOING',
      },
    ],
    controls: [
      {
        title: 'Egenkontroller och löpande uppföljning/kontroller inom inköp och upphandling',
        frequency: 'Löpande',
        results: [],
      },
      {
        title: 'Godkännande och attest av inköp',
        method: 'Inköp godkänns och attesteras enligt förvaltningens uppsatta rutiner',
        frequency: 'Löpande',
        results: demoResultsOk([3, 5]),
      },
    ],
  },
  {
    key: 'gdpr-molntjanster',
    orgUnitKey: ORG,
    categoryKey: 'compliance',
    title: 'Informationssäkerhet och behandling av personuppgifter enligt GDPR i molnbaserade tjänster',
    description:
      'Efterlevnad av regler kring informationssäkerhet och behandling av personuppgifter enligt GDPR är ett prioriterat förbättringsprojekt, efter redovisade granskningar. En principiellt viktig fråga är korrekt hantering av personuppgifter i molnbaserade IT-stöd med risk för tredjelandsöverföring av systemdata.',
    valuations: demoValuation(
      3,
      4,
      'Dokumentet kallar efterlevnaden ett prioriterat förbättringsprojekt efter redovisade granskningar.',
    ),
    mitigations: [
      { title: 'Fördjupade riskanalyser av molnbaserade tjänster', status: 'ONGOING' },
      { title: 'Utveckling av kontinuitetsplaner', status: 'ONGOING' },
      { title: 'Avtal som reglerar ansvar mellan leverantörer, förvaltningen och kunder', status: 'ONGOING' },
      {
        title: 'Åtgärdsplaner utifrån rekommendationer i Stadsrevisionens granskning (dataskyddsarbetet)',
        status: 'ONGOING',
      },
    ],
    controls: [],
  },
  {
    key: 'arkivansvar-offentliga-handlingar',
    orgUnitKey: ORG,
    categoryKey: 'compliance',
    title: 'Arkivansvar och tillgänglighet till offentliga handlingar',
    description:
      'Rekommendationer i Stadsrevisionens granskning (beredskap inom IT-säkerhet, dataskyddsarbetet, arkivansvar och säkerställande av tillgänglighet till offentliga handlingar.) (000 §1 och §6)',
    valuations: demoValuation(
      2,
      3,
      'Dokumenten värderar inte risken; den bygger på Stadsrevisionens rekommendationer.',
    ),
    mitigations: [
      {
        title:
          'Åtgärdsplaner har uppdaterats och avhjälpande aktiviteter pågår utifrån rekommendationer i Stadsrevisionens granskning',
        status: 'ONGOING',
      },
      {
        title: 'Arkivorganisation för det reguljära och det tekniska arkivansvaret',
        dueDate: '2023-06-30',
        status: 'ONGOING',
      },
    ],
    controls: [],
  },
  {
    key: 'jav-och-oegentligheter',
    orgUnitKey: ORG,
    categoryKey: 'compliance',
    title: 'Jäv och oegentligheter vid upphandling och avrop',
    description:
      'Förvaltningen har kontinuerligt en hög riskvärdering för jäv och oegentligheter för att prioritera riskminimerande åtgärder.',
    valuations: demoValuation(3, 4, 'Dokumentet säger "kontinuerligt en hög riskvärdering".'),
    mitigations: [
      {
        title:
          'Breddutbildning om jäv och närståenderisker till chefer och beställare som upphandlar och avropar varor och tjänster',
        status: 'PLANNED',
      },
      { title: 'Uppdatering av anvisningar och hänvisningar till gällande regelverk', status: 'ONGOING' },
    ],
    controls: [],
  },
  {
    key: 'ny-styrmodell',
    orgUnitKey: ORG,
    categoryKey: 'city-deliveries',
    title: 'Ny riktlinje med ny styrmiljö och ny finansieringsmodell',
    description:
      'Förvaltningen har förberett sig för ny riktlinje med ny styrmiljö och ny finansieringsmodell, men lyfter risken för felhantering vid förändrade roller, ansvar och kontaktytor mot kunder och förankringsforum i Göteborgs stad.',
    valuations: demoValuation(2, 3, 'Dokumentet lyfter risken för felhantering utan att värdera den.'),
    mitigations: [
      { title: 'En nära dialog med Stadsledningskontor och kunder för riskminimering', status: 'ONGOING' },
      {
        title: 'Förtydliga nyckelroller utifrån nya styrmodellen som gäller från årsskiftet',
        status: 'ONGOING',
      },
    ],
    controls: [],
  },
];
