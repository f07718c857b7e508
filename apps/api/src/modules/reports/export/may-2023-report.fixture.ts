import { statusFromRule } from '@lagesbild/types';
import type {
  IndicatorDirection,
  IndicatorUnit,
  ReportContent,
  ReportGoalRow,
  ReportIndicatorRow,
  ReportSectionContent,
} from '../../../generated/resolver-types';

/**
 * The monthly report of May 2023 of Nämnden för Intraservice (source 000), by hand, as the
 * report compiler would fill `ReportContent`: every table of the source with its figures, the
 * red projects with cause and action, and the analysis texts (Markdown headings and lists where
 * the source has sub-headings and bullets).
 *
 * What the source does not state in words, because its symbols did not survive the text
 * extraction, is marked where it is set: the goals' fulfilment (the source says only
 * "oförändrad måluppfyllelse jämfört med delårsrapport mars"), the activities' status, and the
 * indicators' status, which is derived here by the status rule from the figures. §6 of the source
 * has no risk table; the risks are those of the demo data's risk register for Intraservice
 * (prisma/seed/demo/risks.ts) with its demo valuations. The charts draw figures of the tables and
 * of the analysis texts.
 */

const INTRASERVICE = 'Nämnden för Intraservice';

function section(
  fields: Pick<ReportSectionContent, 'id' | 'kind' | 'title'> & Partial<ReportSectionContent>,
): ReportSectionContent {
  return {
    perspectiveName: null,
    analysisText: '',
    analysisUpdatedBy: { id: '3', name: 'Analytiker Demo' },
    analysisUpdatedAt: '2023-06-09T14:12:00.000Z',
    analysisVersion: 1,
    goalSummary: [],
    goals: [],
    indicatorTables: [],
    activities: [],
    assignments: [],
    financialLines: [],
    businessAreaResults: [],
    portfolios: [],
    deviatingProjects: [],
    risks: [],
    charts: [],
    ...fields,
  };
}

let indicatorCount = 0;

/** An indicator row; its status follows the status rule (5 % tolerance) as the compiler derives it. */
function indicator(
  name: string,
  unit: IndicatorUnit,
  direction: IndicatorDirection,
  figures: Partial<Omit<ReportIndicatorRow, 'name' | 'unit' | 'status' | 'indicatorId'>>,
): ReportIndicatorRow {
  const row = {
    previousYearOutcome: null,
    outcome: null,
    periodTarget: null,
    fullYearForecast: null,
    annualTarget: null,
    rolling12: null,
    statusSetByHand: false,
    isGenerated: false,
    previousYearIsGenerated: false,
    ...figures,
  };
  indicatorCount += 1;
  return {
    indicatorId: String(indicatorCount),
    name,
    unit,
    ...row,
    status: statusFromRule({
      direction,
      yellowTolerance: 0.05,
      actual: row.outcome ?? row.fullYearForecast,
      target: row.outcome != null ? (row.periodTarget ?? row.annualTarget) : row.annualTarget,
    }),
  };
}

const COUNCIL = {
  service: 'Vi ska tillhandahålla en god intern service till stadens verksamheter och medarbetare.',
  workEnvironment: 'Arbetsmiljön och arbetsvillkoren för Göteborgs Stads anställda ska förbättras.',
  sickLeave: 'Sjukskrivningarna till följd av arbetsrelaterad ohälsa ska minska.',
  procurement:
    'Göteborg stads inköp- och upphandlingsprocesser ska bli mer effektiva och bidra till att nå samtliga hållbarhetsmål.',
  transparent: 'Göteborgs Stad ska styras transparent och resurseffektivt.',
  equalLiving: 'Livsvillkoren för Göteborgs invånare ska bli mer jämlika.',
  equalCity:
    'Göteborg ska vara en jämlik och jämställd stad där alla bemöts likvärdigt, får sina mänskliga rättigheter tillgodosedda och ges likvärdiga möjligheter oberoende av kön.',
  climate:
    'Göteborgs klimatavtryck ska kraftigt minska för att vara nära noll senast 2030 i linje med Göteborgs Stads miljö- och klimatprogram.',
};

/**
 * The goals of §1 and §2 with a fulfilment per perspective. The source's fulfilment symbols are
 * lost in its text; these are illustrative: the sick-leave and economy goals as in the figures
 * (sick leave above target, a surplus), the others partly fulfilled.
 */
const GOALS: ReportGoalRow[] = [
  { perspectiveName: 'Kund och ägare', councilGoalTitle: null, title: COUNCIL.service, fulfilment: 'PARTLY_FULFILLED' },
  {
    perspectiveName: 'Kund och ägare',
    councilGoalTitle: COUNCIL.service,
    title: 'Vi skall leverera enligt Tjänsteplan 2023 (kommande förvaltnings-/utvecklingsplaner)',
    fulfilment: 'PARTLY_FULFILLED',
  },
  {
    perspectiveName: 'Kund och ägare',
    councilGoalTitle: COUNCIL.service,
    title: 'Vi ska förbättra kundernas upplevelse av kvalitet, service och samarbete',
    fulfilment: 'PARTLY_FULFILLED',
    comment: 'Nöjd Kund Index 66,9 % mot målet 70 %.',
  },
  {
    perspectiveName: 'Medarbetare',
    councilGoalTitle: null,
    title: COUNCIL.workEnvironment,
    fulfilment: 'PARTLY_FULFILLED',
  },
  { perspectiveName: 'Medarbetare', councilGoalTitle: null, title: COUNCIL.sickLeave, fulfilment: 'NOT_FULFILLED' },
  {
    perspectiveName: 'Medarbetare',
    councilGoalTitle: COUNCIL.workEnvironment,
    title: 'Vi ska attrahera, utveckla och behålla medarbetare och chefer',
    fulfilment: 'PARTLY_FULFILLED',
  },
  {
    perspectiveName: 'Medarbetare',
    councilGoalTitle: COUNCIL.workEnvironment,
    title: 'Kompetensförsörjning',
    fulfilment: 'PARTLY_FULFILLED',
  },
  { perspectiveName: 'Process', councilGoalTitle: null, title: COUNCIL.procurement, fulfilment: 'PARTLY_FULFILLED' },
  {
    perspectiveName: 'Process',
    councilGoalTitle: COUNCIL.procurement,
    title: 'Vi ska jobba effektivt tillsammans med leverans av våra tjänster',
    fulfilment: 'FULFILLED',
  },
  { perspectiveName: 'Ekonomi', councilGoalTitle: null, title: COUNCIL.transparent, fulfilment: 'FULFILLED' },
  {
    perspectiveName: 'Ekonomi',
    councilGoalTitle: COUNCIL.transparent,
    title: 'Vi ska ha en ekonomi i balans',
    fulfilment: 'FULFILLED',
    comment: 'Överskott om 12,5 miljoner kronor per maj; nollprognos för helåret.',
  },
  { perspectiveName: 'Hållbarhet', councilGoalTitle: null, title: COUNCIL.equalLiving, fulfilment: 'NOT_ASSESSED' },
  { perspectiveName: 'Hållbarhet', councilGoalTitle: null, title: COUNCIL.equalCity, fulfilment: 'NOT_ASSESSED' },
  { perspectiveName: 'Hållbarhet', councilGoalTitle: null, title: COUNCIL.climate, fulfilment: 'PARTLY_FULFILLED' },
  {
    perspectiveName: 'Hållbarhet',
    councilGoalTitle: COUNCIL.climate,
    title: 'Vi ska inom ramen för vårt uppdrag ta ansvar för en hållbar utveckling',
    fulfilment: 'PARTLY_FULFILLED',
  },
];

const goalsOf = (perspectiveName: string) => GOALS.filter((goal) => goal.perspectiveName === perspectiveName);

const SUMMARY_TEXT = `Förvaltningen redovisar oförändrad måluppfyllelse jämfört med delårsrapport mars.

Dialogen med kunderna fortsätter för att få påskrivna avtal för 2023.

Personalomsättning för april månad 2023 har gått ner. Prognos för antal anställda för 2023 sänks, främst på grund av verksamhetsöverföring under året. Sjukfrånvaron ökar något till 5,9% på grund av något ökad långtidssjukfrånvaro.

Våra avtalsleverantörer är påverkade med ökad inflationstakt, ofördelaktiga valutakurser som i sin tur påverkar förvaltningens kostnader på inköpta varor & tjänster.

Utfallet för maj visar på ett **överskott om totalt 12,5 miljoner kronor**. Jämfört med ursprunglig budget visas ett överskott om 25,4 miljoner kronor, varav 28,5 miljoner kronor är positiv budgetavvikelse för förvaltning och 3,1 miljoner kronor är negativ för utveckling. Prognosen för helåret har uppdaterats per maj, med en nollprognos efter sänkning av fakturering utifrån förväntat överskott i marsprognosen.

Kopplingen hållbarhet och digitalisering har förtydligats. Förvaltningen har fått en utmärkelse som mest cykelvänliga arbetsplats.

Åtgärdsplaner har uppdaterats och avhjälpande aktiviteter pågår utifrån rekommendationer i Stadsrevisionens granskning (beredskap inom IT-säkerhet, dataskyddsarbetet, arkivansvar och säkerställande av tillgänglighet till offentliga handlingar.)

Förvaltningen arbetar aktivt med konsekvensanalys av begränsade ekonomiska förutsättningar inför 2024. Åtgärdsförslag konkretiseras och förankras under kvartal tre.`;

const CUSTOMER_TEXT = `Dialogen med kunderna fortsätter för att få påskrivna avtal för 2023. Utifrån inkomna synpunkter från förvaltningar och bolag har avtalet reviderats och den nya versionen av avtalet kommer skickas ut under juni månad.

Dialog med Stadsledningskontoret och strategisk samordningsgrupp sker för att få full följsamhet till årlig analys. Stadsledningskontoret anordnar workshop med serviceleverantörerna under maj och juni för erfarenhetsutbyte och utveckling av arbetsformerna.

Budgetförutsättningar för 2024 skapar nya förutsättningar och kundkommunikation är planerad för att beskriva förvaltningens anpassningsarbete till de ekonomiska ramar som föreslås för 2024. Anpassningar kommer ske i dialog med kunder för att göra rätt prioriteringar utifrån Göteborgs Stads bästa.`;

const EMPLOYEE_TEXT = `Personalomsättning för april månad 2023 har gått ner 1%-enhet i jämförelse med april förra året. För 2021 var personalomsättningen i april 2,7%, 2022 5,5% och 2023 4,5%. Staden räknar lägst värde av totalt antal avgångar och totalt antal rekryteringar, vilket i verkligheten innebär ersatt personal. I siffrorna ingår bara personal som är tillsvidareanställda och inte avgångar och rekryteringar som skett internt, inom Intraservice.

För personalomsättning 2021 räknade man på avgångar, 2022 på rekryteringar och 2023 på avgångar.

Antal rekryteringar har stadigt ökat under åren, medan avgångar ökade 2022 för att sedan minska igen 2023.

Sett till all rörlighet på förvaltningen, både externt och internt, så ser vi liknande trender som med den externa personalomsättningen. Rekryteringarna ökar från år till år, avgångarna ökade 2022 för att sedan minska 2023.

Överlag så skriver vi ner bemanningen något utifrån budget i majprognosen på våra verksamheter. Avdelningen Uppdrag skriver dock upp sin prognos något. Detta beror troligtvis på att man behöver bemanna upp den relativt nya enheten Kompetenscenter. Ekonomi och inköp skriver ner sin personalprognos rejält tack vare verksamhetsöverföringar i staden. Hur det hade sett ut om dessa inte skulle utföras är svårt att säga något om.

För 2023 har man budgeterat för totalt 756,98 årsarbetare. I majprognosen skrevs det ner till 660,49 årsarbetare.

Den totala sjukfrånvaron på förvaltningen går upp något 2023. 2021 var ackumulerad sjukfrånvaro i april 5,6%, motsvarande siffra 2022 var 5,5% och 2023 5,9%. Det är långtidsfrånvaron, 15 dagar eller fler, som står för ökningen 2023. Trenden för korttidsfrånvaro är nedåtgående, från 2,2% 2022 till 1,7% 2023.`;

const PROCESS_TEXT = `### Göteborg stads inköp- och upphandlingsprocesser ska bli mer effektiva och bidra till att nå samtliga hållbarhetsmål

I en alltmer ansträngd ekonomisk situation i Göteborgs stad så behöver Intraservice som service och tjänsteleverantör beakta detta i kommande upphandlingar samt i förhandlingssituationer så att förvaltningen i möjligaste mån kan minska framtida kostnadshöjningar på inköpta varor och tjänster som negativt påverkar vår totalkostnad gentemot staden.

Vi ser att våra avtalsleverantörer är påverkade med ökad inflationstakt, ofördelaktiga valutakurser som i sin tur påverkar förvaltningens kostnader på inköpta varor & tjänster.

Långa cykler på de av stadengemensamma ramavtalen gör att vi under innevarande år behöver analysera effekterna på förvaltningens inköpskostnader för 2024-25 för att se om kostnaderna kommer att indexregleras eller om de är avtalade fasta under avtalslöptiderna.

Intraservice operativa beställarverksamhet behöver förstärkas och det arbetet är påbörjat och tar avstamp från de aktiviteter som står i plan för hur inköps- och beställarkompetensen i alla stadens nämnder och styrelser kan förstärkas som beslutades i kommunfullmäktige (2021-02-25), aktiviteterna ska vara slutförd under 2023.

En ny anvisning för operativt inköp som stödjer förvaltningens aktiviteter enligt ovan är planerad att införas under hösten, i denna anvisning framkommer hur förvaltningen ska uppnå effektivitet i beställarverksamheten och att de operativa inköpen bedrivs kostnadsmedvetet och att vi uppnår hållbarhetsmålen.

Enligt utförd Spendanalys (Källa KMD/Profinance) köpte förvaltningen in för ca 755 MSEK under 2022. Enligt analysen har förvaltningen uppnått en god avtalsföljsamhet (leverantörstrohet på 99,2% räknat på volymvärdet).

### Kvalitet- och verksamhetsutveckling

Processägarna är nyckelpersoner i processarbetet, vi har hittills under året genomfört sju möten. Processägarna tar stort ansvar för de processer de äger. Vi håller på att starta upp arbetet med den interna portföljen, där bl. a kvarstående aktiviteter utifrån den nya styrmodellen ingår.

Vi kommer bygga vidare på 2022 års färdplanearbete kring förvaltningens egna behov av verksamhetsutveckling. Resultatet håller på att analyseras och uppdateras. Aktiviteter som redan är genomförda har plockats bort och några nya har tillkommit. Beslut om hur vi går vidare med de aktiviteter som ska genomföras kommer att lyftas succesivt och bli en del i portföljen för vår interna verksamhetsutveckling, som håller på att återstartas i samspel med portföljkontoret. I den interna portföljen kommer även en del av de förbättringsförslag vi fått in kring vår egen digitalisering att ingå.

Vi fortsätter stärka tjänsteförvaltningsprocessen där införandeprojektet avslutades i slutet av förra året. Ett utbildningspaket är framtaget med ett antal självstudiekurser som berörda medarbetare och chefer kan delta i när det passar dem. Processföljsamhet är i fokus samt att stödja förvaltningsledarna i sitt arbete. Processens koppling till andra processer ska förtydligas under året samt arbetet med förvaltningsplanerna ska vidareutvecklas. I processen omsättes ca 80-85% av vår budget och den är väsentlig för att vi ska jobba bra och effektivt tillsammans i syfte att kunden ska få de tjänster de efterfrågar.

Vi har vi samlat in förslag på områden för förvaltningens egen digitalisering och effektivisering. Det finns många förslag där digitalisering skulle effektivisera och förenkla våra interna arbetssätt och i förlängningen förenkla för våra chefer. Förslag/en som är tillräckligt beskrivna genomgår en första prioritering, för att succesivt lyftas för fördjupad beredning och eventuellt beslut om genomförande. Resurser och kompetens från olika delar av organisationen kommer att behövas i beredningsarbetet, beroende på vad förslaget omfattar. Några av förslagen är redan pågående eller under uppstart, t ex kring "onboarding och offboarding" av personal och konsulter samt förslag kring att förenkla inköpsprocessen.`;

const ECONOMY_TEXT = `### Resultatutfall

Utfallet för maj visar på ett överskott om totalt 12,5 miljoner kronor. Se nedan för mer information.

Jämfört med ursprunglig budget visas ett överskott om 25,4 miljoner kronor, varav 28,5 miljoner kronor är positiv budgetavvikelse för förvaltning och 3,1 miljoner kronor är negativ för utveckling. Från och med maj månad faktureras lägre intäkter till kund motsvarande den prognostiserade kostnadsminskningen som beslutades i prognos mars för helåret. Detta innebär att både kostnaderna och intäkterna kommer vara lägre från och med maj månad.

### Förvaltning

Budgetöverskottet inom förvaltning visar på minskade kostnader inom framför allt verksamhetsområde Digital infrastruktur om 12,7 miljoner kronor, Dessutom uppkommer positiva budgetavvikelser inom stab samt servicecenter. Här är det framför allt vakanser och rekryteringar som inte skett enligt planerat.

### Utveckling

Avvikelsen på utvecklingsinitiativen om negativt 3,1 miljoner kronor beror på verksamhetsområde kommunikation, ledning och styrning visar underskott inom projektet Digitala navet. De ökade kostnaderna beror på försening i projektet.

### Prognos

Senaste helårsprognos för 2023 beslutats per mars, med en minskning av kostnaderna jämfört med budget med ca 60 miljoner kronor, vara 40 miljoner kronor på förvaltning. Denna tidigareläggning var möjlig då förvaltningen såg att kostnader inom vissa verksamhetsområden redan blivit lägre för helåret samt att vissa budgeterade kostnader framåt inte kommer uppkomma i tid som planerat.

Prognosen för helåret har uppdaterats per maj, med en nollprognos. Förändringarna som uppkommer avser:

- Ökade kostnader för utvecklingsprojekt Digitala navet
- Minskade kostnader för personal, på grund av framföra allt vakanser och senareläggning av rekryteringar

Förvaltningen går in i ett arbete med förberedelser för budget 2024. Detta arbete har startats och innebär att åtgärder kommer identifieras och vidtas så förvaltningen är i fas med att nå ekonomi i balans för helåret 2024. Det kan också innebära att positiva resultat kan uppkomma redan 2023 som ett resultat av sådana åtgärder.`;

const ECONOMY_RESULT_TEXT = `Nedan visas utfallet ackumulerat per maj 2023 per verksamhetsområde jämfört med prognosen för helåret.

Utfallet för maj visar på ett överskott om totalt 12,5 miljoner kronor. Prognosen visar på att kostnadsminskning ska ske med ca 60 miljoner kronor, varav 20 miljoner kronor inom utvecklingen. Som beskrivits i avsnittet ovan om prognos beräknas ökade kostnader för utvecklingsinitiativ kopplat till Digitala navet samt minskade kostnader inom andra områden på grund av vakanser och senarelagda rekryteringar.

Kolumnen ack utfall 2023 nedan avser därför inte budgetavvikelsen, eftersom den nya prognosen per mars och maj ersätter tidigare budget.`;

const SUSTAINABILITY_TEXT = `Under maj månad har arbetet med att systematisera den sociala dimensionen på förvaltningen fortsatt. Bland annat har beslut tagits om att "skapa administrativ förenkling genom att införa ett specialistteam för social hållbarhet på förvaltningen", möten med specialistteamet har bokats in för hela året, översyn av planer och program kopplade till sociala dimensionen har påbörjats samt arbetet med att ta fram nyheter på intranätet kopplade till sociala dimensionen över året fortsätter enligt plan.

Kopplingen hållbarhet och digitalisering har förtydligats och planeringen för ett nära samarbete framöver är påbörjat.

23 maj hade förvaltningen besök av kommunalråd Karin Plejer, då hållbarhetsstrateg och miljöspecialist berättade om vårt hållbarhets- och miljöarbete med fokus på vårt pris som cykelvänligaste arbetsplats. Presidiet och ledning var även närvarande.

Inom miljöområdet har en workshop för att analysera klimatrisker för Intraservice genomförts, en del i stadsledningskontorets arbete att ta fram en gemensam klimatanpassningsplan för hela staden. Ett fortsatt arbete med att ta fram åtgärder görs i juni med sikte mot att ta upp ärendet i nämnden i augusti. Förberedande arbete inför höstens miljörevision är påbörjat.

Hållbarhetsnyheterna under månaden har varit kopplade till digitalisering, AI, praktikplatser och fairtrade.`;

const PORTFOLIO_TEXT = `I sammanställningen nedan presenteras portföljernas lägesrapporter och projektens status. Här presenteras samtliga projekt inom ramen för tjänsteplanerna.`;

const RISK_TEXT = `En ansträngd ekonomi för Göteborgs stad medför att Intraservice påbörjat ett anpassningsprojekt för att anpassa kostnader och redovisa konsekvenser i kommande tjänsteleveranser för 2024.

Minskad efterfrågan av tilläggstjänster och verksamhetsöverföring av personal medför behov av kostnadsanpassningar under 2023 för att fortsatt ekonomi i balans.

Förvaltning och nämnd reviderar riskbild för första halvåret. Reviderad riskbild redovisas i delårsrapport augusti då hänsyn tas till ekonomiska förutsättningarna och de granskningsresultat som redovisats från Stadsrevisionen.

Åtgärdsplaner har uppdaterats och avhjälpande aktiviteter pågår utifrån rekommendationer i Stadsrevisionens granskning (beredskap inom IT-säkerhet, dataskyddsarbetet, arkivansvar och säkerställande av tillgänglighet till offentliga handlingar.)`;

const END_OF_YEAR = '2023-12-31';

/** §3: the source's status symbols are lost; an activity with a comment on work under way is ongoing, the rest not reported as started. */
const activity = (perspectiveName: string, title: string, comment: string | null = null) => ({
  perspectiveName,
  title,
  endDate: END_OF_YEAR,
  status: comment ? ('ONGOING' as const) : ('NOT_STARTED' as const),
  comment,
});

export const may2023Report: ReportContent = {
  orgUnitName: INTRASERVICE,
  orgUnitCode: 'intraservice',
  type: 'MONTHLY',
  period: { year: 2023, month: 5 },
  compiledAt: '2023-06-12T08:30:00.000Z',
  isFrozen: false,
  sections: [
    section({
      id: 'summary',
      kind: 'SUMMARY',
      title: 'Sammanfattning',
      analysisText: SUMMARY_TEXT,
      goalSummary: GOALS,
    }),
    section({
      id: 'kund-och-agare',
      kind: 'PERSPECTIVE',
      title: 'Kund och ägare',
      perspectiveName: 'Kund och ägare',
      analysisText: CUSTOMER_TEXT,
      goals: goalsOf('Kund och ägare'),
      indicatorTables: [
        {
          periodicity: 'YEAR',
          periodLabel: '2023',
          previousPeriodLabel: '2022',
          hasRolling12: false,
          rows: [
            indicator('Nöjd Kund Index (NKI)', 'PERCENT', 'HIGHER_IS_BETTER', {
              previousYearOutcome: 66.9,
              fullYearForecast: 70,
              annualTarget: 70,
            }),
          ],
        },
        {
          periodicity: 'TERTIAL',
          periodLabel: 'T2 2023',
          previousPeriodLabel: 'T2 2022',
          hasRolling12: false,
          rows: [
            indicator('Pedagogiska datorer', 'COUNT', 'ON_TARGET', {
              previousYearOutcome: 45000,
              outcome: 46000,
              fullYearForecast: 45000,
              annualTarget: 45000,
            }),
            indicator('Administrativa datorer', 'COUNT', 'ON_TARGET', {
              previousYearOutcome: 31176,
              outcome: 24576,
              fullYearForecast: 31000,
              annualTarget: 31000,
            }),
            indicator('Datalagring', 'TERABYTE', 'ON_TARGET', {
              previousYearOutcome: 5272,
              outcome: 5584,
              annualTarget: 8500,
            }),
            indicator('IT-infrastruktur', 'COUNT', 'ON_TARGET', {
              previousYearOutcome: 1449000,
              outcome: 1506000,
              fullYearForecast: 1500000,
              annualTarget: 1500000,
            }),
            indicator('Efterlevnad servicenivå - SLA', 'PERCENT', 'HIGHER_IS_BETTER', {
              previousYearOutcome: 100,
              outcome: 90,
              annualTarget: 100,
            }),
          ],
        },
        {
          periodicity: 'MONTH',
          periodLabel: 'Maj 2023',
          previousPeriodLabel: 'Maj 2022',
          hasRolling12: true,
          rows: [
            indicator('Lönespecifikationer', 'COUNT', 'ON_TARGET', {
              previousYearOutcome: 290808,
              outcome: 307229,
              periodTarget: 291665,
              fullYearForecast: 710000,
              annualTarget: 700000,
              rolling12: 725907,
            }),
            indicator('Löneärenden', 'COUNT', 'ON_TARGET', {
              previousYearOutcome: 29600,
              outcome: 29492,
              periodTarget: 32915,
              fullYearForecast: 79000,
              annualTarget: 79000,
              rolling12: 74899,
            }),
            indicator('Leverantörsfakturor', 'COUNT', 'ON_TARGET', {
              previousYearOutcome: 701494,
              outcome: 790484,
              periodTarget: 687500,
              fullYearForecast: 1650000,
              annualTarget: 1650000,
              rolling12: 1800950,
            }),
            indicator('Kundfakturor', 'COUNT', 'ON_TARGET', {
              previousYearOutcome: 646435,
              outcome: 705794,
              periodTarget: 645831,
              fullYearForecast: 1550000,
              annualTarget: 1550000,
              rolling12: 1576692,
            }),
            indicator('Serviceärenden', 'COUNT', 'ON_TARGET', {
              previousYearOutcome: 159370,
              outcome: 165981,
              periodTarget: 150000,
              fullYearForecast: 380000,
              annualTarget: 360000,
              rolling12: 384350,
            }),
          ],
        },
      ],
    }),
    section({
      id: 'medarbetare',
      kind: 'PERSPECTIVE',
      title: 'Medarbetare',
      perspectiveName: 'Medarbetare',
      analysisText: EMPLOYEE_TEXT,
      goals: goalsOf('Medarbetare'),
      indicatorTables: [
        {
          periodicity: 'MONTH',
          periodLabel: 'Maj 2023',
          previousPeriodLabel: 'Maj 2022',
          hasRolling12: false,
          rows: [
            indicator('Sjukfrånvaro', 'PERCENT', 'LOWER_IS_BETTER', {
              previousYearOutcome: 4.5,
              outcome: 5.9,
              periodTarget: 5,
              fullYearForecast: 5.5,
              annualTarget: 5,
            }),
            indicator('Månadsarbetare (utförd tid och prognos)', 'FTE', 'ON_TARGET', {
              previousYearOutcome: 676,
              outcome: 651.7,
              fullYearForecast: 650,
              annualTarget: 588,
            }),
          ],
        },
      ],
      charts: [
        {
          title: 'Personalomsättning och ackumulerad sjukfrånvaro i april, %',
          kind: 'LINE',
          generatedCategories: [],
          unit: 'PERCENT',
          categories: ['2021', '2022', '2023'],
          series: [
            { name: 'Personalomsättning', values: [2.7, 5.5, 4.5] },
            { name: 'Sjukfrånvaro', values: [5.6, 5.5, 5.9] },
            { name: 'Korttidsfrånvaro', values: [null, 2.2, 1.7] },
          ],
        },
      ],
    }),
    section({
      id: 'process',
      kind: 'PERSPECTIVE',
      title: 'Process',
      perspectiveName: 'Process',
      analysisText: PROCESS_TEXT,
      goals: goalsOf('Process'),
    }),
    section({
      id: 'ekonomi',
      kind: 'PERSPECTIVE',
      title: 'Ekonomi',
      perspectiveName: 'Ekonomi',
      analysisText: ECONOMY_TEXT,
      goals: goalsOf('Ekonomi'),
    }),
    section({
      id: 'hallbarhet',
      kind: 'PERSPECTIVE',
      title: 'Hållbarhet',
      perspectiveName: 'Hållbarhet',
      analysisText: SUSTAINABILITY_TEXT,
      goals: goalsOf('Hållbarhet'),
    }),
    section({
      id: 'activities',
      kind: 'ACTIVITIES',
      title: 'Aktiviteter',
      activities: [
        activity(
          'Kund och ägare',
          'Digitaliseringsplan för Intraservice',
          'Förslag till arbetssätt för intern verksamhetsutveckling (intern portfölj) är framtaget och förankrat med chefsarkitekt, huvudprocessägarna och stabschefer. Arbete pågår med att ta fram de mest prioriterade aktiviteterna i färdplan, vissa aktiviteter pågår. Digitaliseringsperspektivet ingår som en del och vårt arbetssätt följer stadens ramverk för arkitektur. Införande sker stegvis och avstämningar pågår med avdelningar för att säkerställa genomförbarhet och resurser för de mest prioriterade initiativen.',
        ),
        activity('Kund och ägare', 'Trygg och robust digital infrastruktur'),
        activity('Kund och ägare', 'Effektiv och trygg tjänsteleverans av gemensamma tjänster'),
        activity('Kund och ägare', 'Fullgörande av KF-Uppdrag'),
        activity('Kund och ägare', 'Samordnade kundprocesser och stärkt kundkultur'),
        activity(
          'Kund och ägare',
          'Tydliga avtal',
          'Revidering av nytt avtal är klart och kommer att skickas ut till kunderna under juni.',
        ),
        activity(
          'Medarbetare',
          'Kompetensförsörjning',
          'HR-stab samordnar förvaltningens utfall analyser och prognoser per verksamhetsområde.',
        ),
        activity('Medarbetare', 'Tillitskultur'),
        activity(
          'Process',
          'Informationsförvaltning (tekniskt arkivansvar)',
          'Arbete med framtagande av arkivorganisation som hanterar både det reguljära arkivansvaret och det tekniska arkivansvaret pågår och beräknas fastställas i juni 2023. Utgångspunkten är två parallella organisationer som omhändertar dels nämndens eget arkivansvar och dels tjänsteleveransens ansvar i förhållande till del kunder som har information lagrad i nämndens IT-stöd. Dessa parallella arkivansvar samlas under ett huvudansvar. Samtidigt pågår arbete med att ta fram mallar, anvisningar och rutiner för arkivhanteringen. Detta omfattar bland annat rollbeskrivningar, Plan för bevarande av digitala handlingar, kravställningar som krävs vid upphandling av IT-stöd med mera. Arbetet hänger tätt ihop med de aktiviteter som sker inom ramen för informationssäkerhet, dataskydd och arkitektur. Detta hänger ihop och från strategisk, taktisk och operativ nivå i organisationen och behöver hanteras genom utveckling av ändamålsenliga formstrukturer. Arbetet är långsiktigt och behöver prioriteras.',
        ),
        activity(
          'Process',
          'Effektiv processtyrning',
          'Regelbundna möten har genomförts med huvudprocessägare under våren, samt med processledare för vissa av våra ITIL-processer för att succesivt stärka olika delar av vår processtyrning i samspel med processägare och processledare. Vi har gjort en nysatsning på utbildning enligt best practice/ITIL för tjänsteleverantörer, där många med processroller har gått grundkursen i den nya versionen av ITIL och/eller köpt in litteratur. Vi satsar på att bygga upp bredd i vår kompetens, för att på bästa sätt kunna införa och anpassa, förenkla utifrån våra förutsättningar. Vi bedömer att vi behöver anpassa utbildningen utifrån Intraservices användning av den nya versionen av ITIL. En satsning planeras bl. a kring utbildning i några av våra ITIL-processer (support mm) till hösten.',
        ),
        activity(
          'Process',
          'Tydligt ledningssystem',
          'Information kring ledningssystemet är uppdaterad på Intranätet. Intraservices gemensamma mötetsstruktur för berednings/beslutsmöten är framtagen i en första version under våren, fortsatt behov finns att förtydliga möten kring bl. a kring kund/affärstyrning och tjänsteperspektivet. Arbete kring att förtydliga nyckelroller utifrån nya styrmodellen som gäller från årsskiftet är påbörjat. HR håller ihop arbetet. Kvalitetssäkringsprocesserna har setts över och förenklats samt anpassats gentemot stadens vägledning för kvalitetsarbete. Juni månads Ledningens genomgång har fokus på avvikelse- och riskhantering. Där bl. a några avdelningar har kommit igång med nytt arbetssätt i Stratsys. Arbetet med intern revision har förenklats och planen uppdateras löpande under året.',
        ),
        activity('Process', 'Utveckla arbetssätt och analys - Dimios och Pios'),
        activity(
          'Ekonomi',
          'Säkra intäkter och ta rätt betalt',
          'Faktureringsprocessen för 2023 består till största delen av abonnemangsfakturering som sker centralt inom ekonomiavdelningen. I den nya styrmodellen faktureras volymer utifrån prislista. Rutiner och kontroller är uppsatta så fakturering sker månadsvis på ett tillförlitligt sätt. Det pågår ett projekt med att skapa ett förfaktureringssystem i Service Now som ersätter den tillfälliga lösning som är uppsatt nu. Detta projekt löper på ett tillfredsställande sätt. Övrig fakturering, licenser, ströfakturering, mm sker på samma sätt som tidigare år.\nFördröjning av kundpåskrift av utskickade avtal kräver extra dialog om kostnadsnivåer och tjänstebeskrivningar.',
        ),
        activity(
          'Ekonomi',
          'Kostnadskontroll och korrekta inköp',
          'Kostnadskontroll sker genom att inköp godkänns och attesteras enligt förvaltningens uppsatta rutiner. Inga förändringar i system eller rutiner mot tidigare år. Det pågår ett förbättringsarbete inom inköp för att effektivisera rutinerna kring Beställning till betalning under ledning av inköpschef. Controllers går igenom resultatuppföljning med chefer månadsvis och då sker övergripande analyser av resultat, intäkter och kostnader.',
        ),
        activity('Hållbarhet', 'Höja kunskap och uppföljning med fokus på cirkulära lösningar'),
      ],
    }),
    section({
      id: 'assignments',
      kind: 'ASSIGNMENTS',
      title: 'Uppdrag',
      assignments: [
        {
          title:
            'Nämnden för Intraservice får i uppdrag att se över möjligheterna att starta en hemtagning av Skatteverkets uppgifter i Navet till en server inom Göteborgs Stad och sedan möjliggöra för förvaltningar och bolag att beställa utdrag ur innehållet.',
          source: 'COUNCIL_OTHER',
          dueDate: '2023-11-24',
          status: 'ONGOING',
          isOverdue: false,
        },
        {
          title:
            'Alla nämnder och styrelser får i uppdrag att stärka de organisatoriska förutsättningarna för första linjens chefer och genomföra utbildningar om tillitsbaserat ledarskap.',
          source: 'COUNCIL_BUDGET',
          dueDate: END_OF_YEAR,
          status: 'ONGOING',
          isOverdue: false,
        },
        {
          title:
            'Alla nämnder och styrelser får i uppdrag att arbeta för att andelen arbetade timmar som utförs av timanställda inte överstiger fem procent.',
          source: 'COUNCIL_BUDGET',
          dueDate: END_OF_YEAR,
          status: 'NOT_STARTED',
          isOverdue: false,
        },
        {
          title:
            'Samtliga nämnder och bolag får i uppdrag att, utifrån rapporten, ta fram konkreta åtgärder i syfte att minska administrationen. Uppdraget ska återredovisas i respektive nämnd/bolag.',
          source: 'COUNCIL_OTHER',
          dueDate: END_OF_YEAR,
          status: 'ONGOING',
          isOverdue: false,
        },
        {
          title:
            'Kommunstyrelsen hemställer till samtliga nämnder och bolag att sammanställa vilka verksamhetsmässiga eller affärsmässiga konsekvenser som kriget i Ukraina och tillhörande effekter har inneburit för verksamheterna. Samtliga nämnder och bolag ska även redovisa verksamheternas prognoser på kostnadsutvecklingen för direkta kostnader som är kopplade till flyktingmottagandet. Uppföljningen ska redovisas i samband med delårsrapport per mars för Staden.',
          source: 'EXECUTIVE_BOARD',
          dueDate: END_OF_YEAR,
          status: 'ONGOING',
          isOverdue: false,
        },
        {
          title:
            'Alla nämnder och styrelser får i uppdrag att aktivt arbeta med hållbarhetsperspektiven i budget- och uppföljningsprocesser. Detta gäller även jämställdhetsperspektivet och framför allt i investeringsbudgetar.',
          source: 'COUNCIL_BUDGET',
          dueDate: END_OF_YEAR,
          status: 'ONGOING',
          isOverdue: false,
        },
        {
          title:
            'Göteborgs Stads nämnder och styrelser får i uppdrag att analysera klimateffekternas påverkan och konsekvenser för sin verksamhet, samt identifiera och nominera åtgärdsbehov till stadens kommande klimatanpassningsplan. Uppdraget ska återrapporteras till kommunstyrelsen senast kvartal 3 2023.',
          source: 'COUNCIL_BUDGET',
          dueDate: END_OF_YEAR,
          status: 'NOT_STARTED',
          isOverdue: false,
        },
      ],
    }),
    section({
      id: 'economy',
      kind: 'ECONOMY',
      title: 'Ekonomi',
      analysisText: ECONOMY_RESULT_TEXT,
      financialLines: [
        ['Verksamhetens kostnader', 564705, 573791, 616991, 1396706, 1449802],
        ['Personalkostnader', 226154, 225712, 260323, 523792, 597395],
        ['Konsultkostnader', 58089, 48344, 57610, 129708, 137258],
        ['IT-tjänster, IT-program och licenser', 141079, 145623, 150458, 368083, 361101],
        ['Kostnad utvecklingsprojekt', 25819, 38203, 39627, 75510, 91510],
        ['Verksamhetens resultat', 16867, 12490, -12903, 0, 0],
      ].map(([name, previousYearToDate, outcomeToDate, budgetToDate, fullYearForecast, fullYearBudget]) => ({
        name: name as string,
        unit: 'TKR' as const,
        previousYearToDate: previousYearToDate as number,
        outcomeToDate: outcomeToDate as number,
        budgetToDate: budgetToDate as number,
        fullYearForecast: fullYearForecast as number,
        fullYearBudget: fullYearBudget as number,
        rolledUpFrom: [],
      })),
      // The source's two blocks (förvaltning, utveckling) with their sums, then the result.
      businessAreaResults: [
        {
          name: 'Gemensamma tjänster',
          depth: 1,
          isTotal: false,
          resultToDate: null,
          fullYearForecast: null,
          rolledUpFrom: [],
        },
        { name: 'Ekonomi', depth: 2, isTotal: false, resultToDate: -352, fullYearForecast: -2838, rolledUpFrom: [] },
        { name: 'HR', depth: 2, isTotal: false, resultToDate: -544, fullYearForecast: 544, rolledUpFrom: [] },
        {
          name: 'Kommunikation, ledning/styrning',
          depth: 2,
          isTotal: false,
          resultToDate: -2986,
          fullYearForecast: 129,
          rolledUpFrom: [],
        },
        {
          name: 'Digital infrastruktur',
          depth: 1,
          isTotal: false,
          resultToDate: 10534,
          fullYearForecast: 211,
          rolledUpFrom: [],
        },
        {
          name: 'Avdelningen styr och stöd',
          depth: 1,
          isTotal: false,
          resultToDate: 7716,
          fullYearForecast: 3572,
          rolledUpFrom: [],
        },
        {
          name: 'Avdelningen Kund och service',
          depth: 1,
          isTotal: false,
          resultToDate: 2793,
          fullYearForecast: 4695,
          rolledUpFrom: [],
        },
        {
          name: 'Avdelningen Uppdrag',
          depth: 1,
          isTotal: false,
          resultToDate: -109,
          fullYearForecast: -2313,
          rolledUpFrom: [],
        },
        {
          name: 'Summa förvaltning',
          depth: 1,
          isTotal: true,
          resultToDate: 17051,
          fullYearForecast: 4000,
          rolledUpFrom: [],
        },
        {
          name: 'Gemensamma tjänster',
          depth: 1,
          isTotal: false,
          resultToDate: null,
          fullYearForecast: null,
          rolledUpFrom: [],
        },
        { name: 'Ekonomi', depth: 2, isTotal: false, resultToDate: 685, fullYearForecast: 0, rolledUpFrom: [] },
        { name: 'HR', depth: 2, isTotal: false, resultToDate: 2093, fullYearForecast: 0, rolledUpFrom: [] },
        {
          name: 'Kommunikation, ledning/styrning',
          depth: 2,
          isTotal: false,
          resultToDate: -8771,
          fullYearForecast: -4000,
          rolledUpFrom: [],
        },
        {
          name: 'Digital infrastruktur',
          depth: 1,
          isTotal: false,
          resultToDate: 1432,
          fullYearForecast: 0,
          rolledUpFrom: [],
        },
        {
          name: 'Summa utveckling',
          depth: 1,
          isTotal: true,
          resultToDate: -4560,
          fullYearForecast: -4000,
          rolledUpFrom: [],
        },
        { name: 'Resultat, tkr', depth: 0, isTotal: true, resultToDate: 12490, fullYearForecast: 0, rolledUpFrom: [] },
      ],
      charts: [
        {
          title: 'Kostnader ackumulerat per maj, tkr',
          kind: 'BAR',
          generatedCategories: [],
          unit: 'TKR',
          categories: [
            'Personalkostnader',
            'Konsultkostnader',
            'IT-tjänster, IT-program och licenser',
            'Kostnad utvecklingsprojekt',
          ],
          series: [
            { name: 'Utfall ack 2022', values: [226154, 58089, 141079, 25819] },
            { name: 'Utfall ack 2023', values: [225712, 48344, 145623, 38203] },
            { name: 'Budget ack 2023', values: [260323, 57610, 150458, 39627] },
          ],
        },
      ],
    }),
    section({
      id: 'portfolio',
      kind: 'PORTFOLIO',
      title: 'Portfölj och projekt',
      analysisText: PORTFOLIO_TEXT,
      portfolios: [
        {
          name: 'Verksamhetsområde kommunikation, ledning och styrning',
          narrative:
            'Portföljerna för kommunikation samt ledning och styrning domineras av långvariga och omfattande projekt. "Införa stöd för politisk ärendehantering" samt "Lansera interna navet" utgör både portföljens i särklass största projekt.\n\nDet finns utmaningar inom tids- och kostnadsdimensionerna både för "Lansera interna digitala navet" och projektet "Upphandla och införa helhetslösning telefoni".',
          changes: 'Projektet "Revidera goteborg.se delleverans 3 och 5" inom kommunikationsportföljen är nu avslutat.',
        },
        {
          name: 'Verksamhetsområde HR',
          narrative:
            'Portföljen för HR-utveckling består av många mindre projekt. Förstudier och efterföljande upphandlingsprojekt för systemlösningar där avtal löper ut dominerar portföljen.',
          changes:
            'Projektet Förstudie IT-stöd för löneanalys är avslutat. Projektet har resulterat i att utveckling skett av rapporterna "Löneanalys underlag" och "Lönekartläggning". De nya rapporterna bedöms innebära betydande tidsbesparande och effektivare arbetssätt med högre kvalitet för lönekartläggning av likvärdiga arbeten inom och mellan förvaltningar samt ett verktyg att fortsätta arbetet med jämställda löner. Projekt Översyn IT-stöd inom lön och HR är avslutat och har resulterat i en rapport som är presenterad för verksamhetsområdesledningsgrupp (VLG) inom HR.',
        },
        {
          name: 'Digital infrastruktur',
          narrative:
            'Projekten har god status avseende tid, kostnad och resultat. Flera projekt rör sig mot kritiska skeden där införande och lansering närmar sig. En omfördelning av ekonomiska medel har skett inom portföljen för att säkerställa leveransförmåga utifrån projektens förutsättningar avseende resurser och kapacitet inom mottagande förvaltning. För de projekt som etablerar nya tjänster eller tjänsteerbjudanden läggs nu extra fokus på att säkerställa att få in information kring de ekonomiska aspekterna inför höstens budgetarbete. Projekten Etablera tjänst för Data Warehouse och Utveckling och förstärkning av integrationsverktyg är ännu inte uppstartade och planeras för uppstart först efter sommaren.',
          changes:
            'Projektet Införande av virtuell klient är uppstartat och inväntar administrativ åtgärd i Antura vilket sker inom närmaste veckan. Projektet Etablera interna E-tjänster har pausats för att återupptas efter sommaren.',
        },
      ],
      deviatingProjects: [
        {
          portfolioName: 'Ledning och styrning',
          name: 'Upphandla och införa helhetslösning för telefoni',
          state: 'STARTED',
          time: 'RED',
          cost: 'RED',
          result: 'GREEN',
          reportDate: '2023-05-31',
          deviations: [
            {
              dimension: 'TIME',
              status: 'RED',
              cause:
                'Projektet saknar i dagsläget resurser för att säkra projektleverans. Detta ger risk för att tidplan inte kan hållas',
              action:
                'Projektledare har eskalerat fråga till projektägare och arbete pågår med att identifiera och äska resurser',
            },
            {
              dimension: 'COST',
              status: 'RED',
              cause:
                'Kostnader för konsulter och intern personal riskerar öka som resultat av justerad tidplan för upphandling',
              action: 'Eskaleras inom avdelningen',
            },
          ],
        },
        {
          portfolioName: 'Kommunikation',
          name: 'Lansera digitala Navet',
          state: 'STARTED',
          time: 'RED',
          cost: 'RED',
          result: 'GREEN',
          reportDate: '2023-05-31',
          deviations: [
            {
              dimension: 'TIME',
              status: 'RED',
              cause:
                'På grund av oklarheter kring personuppgiftsansvar i Digitala navet, och underliggande tjänster, är införandet ytterligare försenat. Lansering av navet är beroende av att stadens och Intraservice arbete med dataskyddsfrågor löper enligt plan.',
              action:
                'Projektet rymmer inte att lösa ut frågan om informationssäkerhet och dataskydd. Arbetet sker istället utanför projektet - primärt i förvaltningens arbete med informationssäkerhet 2023. Projektet arbetar med att anpassa tidplan till Intraservice arbete med informationssäkerhet 2023.',
            },
            {
              dimension: 'COST',
              status: 'RED',
              cause: 'Längre löptid på grund av ovan nämnt beroende bidrar även till fördyring',
              action:
                'Projektet arbetar med att anpassa tidplan, och därmed kostnadsbild, till Intraservice arbete med informationssäkerhet 2023.',
            },
          ],
        },
      ],
    }),
    section({
      id: 'risks',
      kind: 'RISKS',
      title: 'Risker',
      analysisText: RISK_TEXT,
      risks: [
        {
          title: 'Ökad risk för cyberattacker',
          categoryName: 'Extern',
          probability: 3,
          consequence: 4,
          score: 12,
          isDemoValue: false,
          mitigations: [
            'Fortsatt IT-säkerhetsstärkande investeringar',
            'Åtgärdsplaner och avhjälpande aktiviteter utifrån rekommendationer i Stadsrevisionens granskning (beredskap inom IT-säkerhet)',
          ],
        },
        {
          title: 'Personalomsättning och kompetensförsörjning',
          categoryName: 'Strategisk',
          probability: 3,
          consequence: 3,
          score: 9,
          isDemoValue: false,
          mitigations: [
            'Samlad satsning på kompetensförsörjning för att säkerställa resursplanering med kompetenta medarbetare och stöd från konsulter',
          ],
        },
        {
          title: 'Inflation och ekonomisk obalans',
          categoryName: 'Finansiell',
          probability: 3,
          consequence: 3,
          score: 9,
          isDemoValue: false,
          mitigations: [
            'Extra åtgärder för sänkta kostnader i budget 2023',
            'Säkerställa att fakturering sker enligt ny finansieringsmodell',
            'Beakta den ekonomiska situationen i kommande upphandlingar samt i förhandlingssituationer',
          ],
        },
        {
          title: 'Minskad efterfrågan av tilläggstjänster och verksamhetsöverföring av personal',
          categoryName: 'Finansiell',
          probability: 3,
          consequence: 3,
          score: 9,
          isDemoValue: false,
          mitigations: [
            'Anpassningsprojekt för att anpassa kostnader och redovisa konsekvenser i kommande tjänsteleveranser för 2024',
            'Konsekvensanalys av begränsade ekonomiska förutsättningar inför 2024; åtgärdsförslag konkretiseras och förankras under kvartal tre',
          ],
        },
      ],
    }),
  ],
};

/**
 * The same report as the demo data compiles it where figures are not reported ones: sick leave
 * in May 2023 generated, Lönespecifikationer's May 2022 generated (and 2022 in the chart of
 * Medarbetare), every risk valued for the demo, and the financial table summed from two
 * committees (as for the city).
 */
export const may2023ReportWithMarks: ReportContent = {
  ...may2023Report,
  sections: withIndicatorRows(may2023Report, (row) =>
    row.name === 'Sjukfrånvaro'
      ? { ...row, isGenerated: true }
      : row.name === 'Lönespecifikationer'
        ? { ...row, previousYearIsGenerated: true }
        : row,
  ).sections.map((section) => ({
    ...section,
    financialLines: section.financialLines.map((line) => ({
      ...line,
      rolledUpFrom: ['Nämnden för Intraservice', 'Kommunstyrelsen'],
    })),
    risks: section.risks.map((risk) => ({ ...risk, isDemoValue: true })),
    charts: section.charts.map((chart) =>
      chart.title.startsWith('Personalomsättning') ? { ...chart, generatedCategories: ['2022'] } : chart,
    ),
  })),
};

/** The report with each row of its indicator tables as `change` gives it back. */
export function withIndicatorRows(
  report: ReportContent,
  change: (row: ReportIndicatorRow) => ReportIndicatorRow,
): ReportContent {
  return {
    ...report,
    sections: report.sections.map((section) => ({
      ...section,
      indicatorTables: section.indicatorTables.map((table) => ({ ...table, rows: table.rows.map(change) })),
    })),
  };
}
