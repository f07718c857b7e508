import type { ActivitySeed } from './dataset-types';

/**
 * Activities of 000 §3 (månadsrapport maj 2023), all with end date 2023-12-31. The comments are
 * the month-5 2023 updates.
 *
 * The status column of 000 §3 is a symbol that did not survive the text extraction, so no document
 * states a status in words. An update (which needs a status) is recorded only where there is a
 * comment, with status ONGOING inferred from the comment's wording ("Arbete pågår", "pågår",
 * "påbörjat", "kommer att skickas ut"); activities without a comment have no update.
 *
 * The goal of each activity follows the document's grouping: in 000 §3.1 and 001 §7.1.2 the Kund
 * och ägare activities stand in two tables, the first under "Vi skall leverera enligt Tjänsteplan
 * 2023", the second under "Vi ska förbättra kundernas upplevelse av kvalitet, service och samarbete".
 *
 * 001 (verksamhetsplan 2023) lists the same activities (its "Informationsförvaltning
 * (livscykelhantering)" and "Säkra intäkter och ta betalt" are 000's "Informationsförvaltning
 * (tekniskt arkivansvar)" and "Säkra intäkter och ta rätt betalt"); it adds none, while 000 adds
 * "Utveckla arbetssätt och analys - Dimios och Pios".
 */

const END = '2023-12-31';
const ORG = 'intraservice';

const ongoing = (comment: string): ActivitySeed['updates'] => [{ year: 2023, month: 5, status: 'ONGOING', comment }];

export const activities: ActivitySeed[] = [
  // ── 3.1 Kund och ägare ──
  {
    key: 'digitaliseringsplan',
    goalKey: 'nm-leverera-tjansteplan',
    perspectiveKey: 'kund-och-agare',
    orgUnitKey: ORG,
    title: 'Digitaliseringsplan för Intraservice',
    endDate: END,
    updates: ongoing(
      'Förslag till arbetssätt för intern verksamhetsutveckling (intern portfölj) är framtaget och förankrat med chefsarkitekt, huvudprocessägarna och stabschefer. Arbete pågår med att ta fram de mest prioriterade aktiviteterna i färdplan, vissa aktiviteter pågår. Digitaliseringsperspektivet ingår som en del och vårt arbetssätt följer stadens ramverk för arkitektur. Införande sker stegvis och avstämningar pågår med avdelningar för att säkerställa genomförbarhet och resurser för de mest prioriterade initiativen.',
    ),
    sortOrder: 1,
  },
  {
    key: 'trygg-robust-digital-infrastruktur',
    goalKey: 'nm-leverera-tjansteplan',
    perspectiveKey: 'kund-och-agare',
    orgUnitKey: ORG,
    title: 'Trygg och robust digital infrastruktur',
    endDate: END,
    updates: [],
    sortOrder: 2,
  },
  {
    key: 'effektiv-trygg-tjansteleverans',
    goalKey: 'nm-leverera-tjansteplan',
    perspectiveKey: 'kund-och-agare',
    orgUnitKey: ORG,
    title: 'Effektiv och trygg tjänsteleverans av gemensamma tjänster',
    endDate: END,
    updates: [],
    sortOrder: 3,
  },
  {
    key: 'fullgorande-kf-uppdrag',
    goalKey: 'nm-leverera-tjansteplan',
    perspectiveKey: 'kund-och-agare',
    orgUnitKey: ORG,
    title: 'Fullgörande av KF-Uppdrag',
    endDate: END,
    updates: [],
    sortOrder: 4,
  },
  {
    key: 'samordnade-kundprocesser',
    goalKey: 'nm-kundupplevelse',
    perspectiveKey: 'kund-och-agare',
    orgUnitKey: ORG,
    title: 'Samordnade kundprocesser och stärkt kundkultur',
    endDate: END,
    updates: [],
    sortOrder: 5,
  },
  {
    key: 'tydliga-avtal',
    goalKey: 'nm-kundupplevelse',
    perspectiveKey: 'kund-och-agare',
    orgUnitKey: ORG,
    title: 'Tydliga avtal',
    endDate: END,
    updates: ongoing('Revidering av nytt avtal är klart och kommer att skickas ut till kunderna under juni.'),
    sortOrder: 6,
  },

  // ── 3.2 Medarbetare ──
  {
    key: 'kompetensforsorjning',
    goalKey: 'nm-kompetensforsorjning',
    perspectiveKey: 'medarbetare',
    orgUnitKey: ORG,
    title: 'Kompetensförsörjning',
    endDate: END,
    updates: ongoing('HR-stab samordnar förvaltningens utfall analyser och prognoser per verksamhetsområde.'),
    sortOrder: 7,
  },
  {
    key: 'tillitskultur',
    goalKey: 'nm-attrahera-medarbetare',
    perspectiveKey: 'medarbetare',
    orgUnitKey: ORG,
    title: 'Tillitskultur',
    endDate: END,
    updates: [],
    sortOrder: 8,
  },

  // ── 3.3 Process ──
  {
    key: 'informationsforvaltning',
    goalKey: 'nm-jobba-effektivt',
    perspectiveKey: 'process',
    orgUnitKey: ORG,
    // The closing parenthesis is missing in the extracted text ("(tekniskt arkivansvar").
    title: 'Informationsförvaltning (tekniskt arkivansvar)',
    endDate: END,
    updates: ongoing(
      'Arbete med framtagande av arkivorganisation som hanterar både det reguljära arkivansvaret och det tekniska arkivansvaret pågår och beräknas fastställas i juni 2023. Utgångspunkten är två parallella organisationer som omhändertar dels nämndens eget arkivansvar och dels tjänsteleveransens ansvar i förhållande till del kunder som har information lagrad i nämndens IT-stöd. Dessa parallella arkivansvar samlas under ett huvudansvar. Samtidigt pågår arbete med att ta fram mallar, anvisningar och rutiner för arkivhanteringen. Detta omfattar bland annat rollbeskrivningar, Plan för bevarande av digitala handlingar, kravställningar som krävs vid upphandling av IT-stöd med mera. Arbetet hänger tätt ihop med de aktiviteter som sker inom ramen för informationssäkerhet, dataskydd och arkitektur. Detta hänger ihop och från strategisk, taktisk och operativ nivå i organisationen och behöver hanteras genom utveckling av ändamålsenliga formstrukturer. Arbetet är långsiktigt och behöver prioriteras.',
    ),
    sortOrder: 9,
  },
  {
    key: 'effektiv-processtyrning',
    goalKey: 'nm-jobba-effektivt',
    perspectiveKey: 'process',
    orgUnitKey: ORG,
    title: 'Effektiv processtyrning',
    endDate: END,
    updates: ongoing(
      'Regelbundna möten har genomförts med huvudprocessägare under våren, samt med processledare för vissa av våra ITIL-processer för att succesivt stärka olika delar av vår processtyrning i samspel med processägare och processledare. Vi har gjort en nysatsning på utbildning enligt best practice/ITIL för tjänsteleverantörer, där många med processroller har gått grundkursen i den nya versionen av ITIL och/eller köpt in litteratur. Vi satsar på att bygga upp bredd i vår kompetens, för att på bästa sätt kunna införa och anpassa, förenkla utifrån våra förutsättningar. Vi bedömer att vi behöver anpassa utbildningen utifrån Intraservices användning av den nya versionen av ITIL. En satsning planeras bl. a kring utbildning i några av våra ITIL-processer (support mm) till hösten.',
    ),
    sortOrder: 10,
  },
  {
    key: 'tydligt-ledningssystem',
    goalKey: 'nm-jobba-effektivt',
    perspectiveKey: 'process',
    orgUnitKey: ORG,
    title: 'Tydligt ledningssystem',
    endDate: END,
    updates: ongoing(
      'Information kring ledningssystemet är uppdaterad på Intranätet. Intraservices gemensamma mötetsstruktur för berednings/beslutsmöten är framtagen i en första version under våren, fortsatt behov finns att förtydliga möten kring bl. a kring kund/affärstyrning och tjänsteperspektivet. Arbete kring att förtydliga nyckelroller utifrån nya styrmodellen som gäller från årsskiftet är påbörjat. HR håller ihop arbetet. Kvalitetssäkringsprocesserna har setts över och förenklats samt anpassats gentemot stadens vägledning för kvalitetsarbete. Juni månads Ledningens genomgång har fokus på avvikelse- och riskhantering. Där bl. a några avdelningar har kommit igång med nytt arbetssätt i Stratsys. Arbetet med intern revision har förenklats och planen uppdateras löpande under året.',
    ),
    sortOrder: 11,
  },
  {
    key: 'dimios-och-pios',
    goalKey: 'nm-jobba-effektivt',
    perspectiveKey: 'process',
    orgUnitKey: ORG,
    title: 'Utveckla arbetssätt och analys - Dimios och Pios',
    endDate: END,
    updates: [],
    sortOrder: 12,
  },

  // ── 3.4 Ekonomi ──
  {
    key: 'sakra-intakter',
    goalKey: 'nm-ekonomi-i-balans',
    perspectiveKey: 'ekonomi',
    orgUnitKey: ORG,
    title: 'Säkra intäkter och ta rätt betalt',
    endDate: END,
    updates: ongoing(
      'Faktureringsprocessen för 2023 består till största delen av abonnemangsfakturering som sker centralt inom ekonomiavdelningen. I den nya styrmodellen faktureras volymer utifrån prislista. Rutiner och kontroller är uppsatta så fakturering sker månadsvis på ett tillförlitligt sätt. Det pågår ett projekt med att skapa ett förfaktureringssystem i Service Now som ersätter den tillfälliga lösning som är uppsatt nu. Detta projekt löper på ett tillfredsställande sätt. Övrig fakturering, licenser, ströfakturering, mm sker på samma sätt som tidigare år. Fördröjning av kundpåskrift av utskickade avtal kräver extra dialog om kostnadsnivåer och tjänstebeskrivningar.',
    ),
    sortOrder: 13,
  },
  {
    key: 'kostnadskontroll',
    goalKey: 'nm-ekonomi-i-balans',
    perspectiveKey: 'ekonomi',
    orgUnitKey: ORG,
    title: 'Kostnadskontroll och korrekta inköp',
    endDate: END,
    updates: ongoing(
      'Kostnadskontroll sker genom att inköp godkänns och attesteras enligt förvaltningens uppsatta rutiner. Inga förändringar i system eller rutiner mot tidigare år. Det pågår ett förbättringsarbete inom inköp för att effektivisera rutinerna kring Beställning till betalning under ledning av inköpschef. Controllers går igenom resultatuppföljning med chefer månadsvis och då sker övergripande analyser av resultat, intäkter och kostnader.',
    ),
    sortOrder: 14,
  },

  // ── 3.5 Hållbarhet ──
  {
    key: 'cirkulara-losningar',
    goalKey: 'nm-hallbar-utveckling',
    perspectiveKey: 'hallbarhet',
    orgUnitKey: ORG,
    title: 'Höja kunskap och uppföljning med fokus på cirkulära lösningar',
    endDate: END,
    updates: [],
    sortOrder: 15,
  },
];
