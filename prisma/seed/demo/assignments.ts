import type { AssignmentSeed } from './dataset-types';

/**
 * Assignments (uppdrag).
 *
 * Intraservice, 000 §4 "Centrala uppdrag" (May 2023): status Pågående = ONGOING, Ej påbörjad =
 * NOT_STARTED; deadline = Slutdatum. The report does not say where each assignment comes from;
 * the source below is judged from the wording: "Kommunstyrelsen hemställer …" → EXECUTIVE_BOARD;
 * the general "Alla nämnder och styrelser får i uppdrag …" assignments → COUNCIL_BUDGET; the
 * Navet assignment (own deadline 2023-11-24) and the one "utifrån rapporten" → COUNCIL_OTHER.
 *
 * Kommunstyrelsen, 003 §4.1 (delårsrapport augusti 2024): the section gives the source
 * (4.1.1 kommunfullmäktiges budget → COUNCIL_BUDGET, 4.1.2 kommunfullmäktige utanför budget →
 * COUNCIL_OTHER, 4.1.3 kommunstyrelsen → EXECUTIVE_BOARD); the subsection gives the status
 * (x.1 "föreslår kommunstyrelsen som nämnd att förklara fullgjorda" → PROPOSED_COMPLETE,
 * x.2 "delrapporterar" → ONGOING). The plan year is the year of the decision that gave it (the
 * budget year, or the KF/KS date in the heading); Intraservice's are those of its 2023 plan. Titles are the assignment headings without the case number,
 * which is in caseNumber. A deadline is set only where the document states one ("senast").
 */

const INTRA = 'intraservice';
const KS = 'kommunstyrelsen';

const may2023 = (status: AssignmentSeed['updates'][number]['status'], comment?: string): AssignmentSeed['updates'] => [
  { year: 2023, month: 5, status, ...(comment ? { comment } : {}) },
];
const aug2024 = (status: AssignmentSeed['updates'][number]['status'], comment: string): AssignmentSeed['updates'] => [
  { year: 2024, month: 8, status, comment },
];

const intraservice: AssignmentSeed[] = [
  {
    key: 'is-navet-hemtagning',
    year: 2023,
    orgUnitKey: INTRA,
    source: 'COUNCIL_OTHER',
    title:
      'Nämnden för Intraservice får i uppdrag att se över möjligheterna att starta en hemtagning av Skatteverkets uppgifter i Navet till en server inom Göteborgs Stad och sedan möjliggöra för förvaltningar och bolag att beställa utdrag ur innehållet.',
    deadline: '2023-11-24',
    updates: may2023('ONGOING'),
  },
  {
    key: 'is-forsta-linjens-chefer',
    year: 2023,
    orgUnitKey: INTRA,
    source: 'COUNCIL_BUDGET',
    title:
      'Alla nämnder och styrelser får i uppdrag att stärka de organisatoriska förutsättningarna för första linjens chefer och genomföra utbildningar om tillitsbaserat ledarskap.',
    deadline: '2023-12-31',
    updates: may2023('ONGOING'),
  },
  {
    key: 'is-timanstallda-fem-procent',
    year: 2023,
    orgUnitKey: INTRA,
    source: 'COUNCIL_BUDGET',
    title:
      'Alla nämnder och styrelser får i uppdrag att arbeta för att andelen arbetade timmar som utförs av timanställda inte överstiger fem procent.',
    deadline: '2023-12-31',
    updates: may2023('NOT_STARTED'),
  },
  {
    key: 'is-minska-administrationen',
    year: 2023,
    orgUnitKey: INTRA,
    source: 'COUNCIL_OTHER',
    title:
      'Samtliga nämnder och bolag får i uppdrag att, utifrån rapporten, ta fram konkreta åtgärder i syfte att minska administrationen. Uppdraget ska återredovisas i respektive nämnd/bolag.',
    deadline: '2023-12-31',
    updates: may2023('ONGOING'),
  },
  {
    key: 'is-kriget-i-ukraina',
    year: 2023,
    orgUnitKey: INTRA,
    source: 'EXECUTIVE_BOARD',
    title:
      'Kommunstyrelsen hemställer till samtliga nämnder och bolag att sammanställa vilka verksamhetsmässiga eller affärsmässiga konsekvenser som kriget i Ukraina och tillhörande effekter har inneburit för verksamheterna. Samtliga nämnder och bolag ska även redovisa verksamheternas prognoser på kostnadsutvecklingen för direkta kostnader som är kopplade till flyktingmottagandet. Uppföljningen ska redovisas i samband med delårsrapport per mars för Staden.',
    deadline: '2023-12-31',
    updates: may2023('ONGOING'),
  },
  {
    key: 'is-hallbarhetsperspektiv-budget',
    year: 2023,
    orgUnitKey: INTRA,
    source: 'COUNCIL_BUDGET',
    title:
      'Alla nämnder och styrelser får i uppdrag att aktivt arbeta med hållbarhetsperspektiven i budget- och uppföljningsprocesser. Detta gäller även jämställdhetsperspektivet och framför allt i investeringsbudgetar.',
    deadline: '2023-12-31',
    updates: may2023('ONGOING'),
  },
  {
    key: 'is-klimateffekter',
    year: 2023,
    orgUnitKey: INTRA,
    source: 'COUNCIL_BUDGET',
    title:
      'Göteborgs Stads nämnder och styrelser får i uppdrag att analysera klimateffekternas påverkan och konsekvenser för sin verksamhet, samt identifiera och nominera åtgärdsbehov till stadens kommande klimatanpassningsplan. Uppdraget ska återrapporteras till kommunstyrelsen senast kvartal 3 2023.',
    deadline: '2023-12-31',
    updates: may2023('NOT_STARTED'),
  },
];

const kommunstyrelsen: AssignmentSeed[] = [
  // 4.1.1.1 Budget, föreslås förklaras fullgjort
  {
    key: 'ks-samverkanslokaler',
    year: 2023,
    orgUnitKey: KS,
    source: 'COUNCIL_BUDGET',
    caseNumber: 'SLK-2022-01441',
    title:
      'Kommunstyrelsen får i uppdrag att i samverkan med socialnämnd centrum upprätta fler samverkanslokaler för poliser, ordningsvakter, fältassistenter och trygghetsvärdar - Budget 2023',
    updates: aug2024(
      'PROPOSED_COMPLETE',
      'Socialförvaltning Centrum har fått tillgång till en lokal som lämpar sig för ändamålet. Den nya samverkanslokalen kommer ligga på Drottningtorget som tidigare var Västtrafiks lokal för biljettförsäljning. Västtrafik överlåter lokalen till Göteborgs Stad för trygghetsskapande samverkan med bland annat polisen och står för anpassningskostnader och lokalhyra under två års tid. Socialförvaltning centrum kommer ha kostnader som omfattar personella resurser, möbler och teknikutrustning. Samverkanslokalen ska fungera som ett nav där verksamheter möts, delar lägesbilder, metoder och perspektiv för att synkronisera arbetet och nå önskad effekt för trygghet och minskad brottslighet i centrala delarna av staden. På sikt kan samverkanslokalen också fungera som ett nav för att kunna bedriva aktiviteter för platsaktivering i centrala delarna av staden. Inflyttning och invigning skedde i början på september 2024.',
    ),
  },
  // 4.1.1.2 Budget, delrapport
  {
    key: 'ks-manskliga-rattigheter-samordning',
    year: 2024,
    orgUnitKey: KS,
    source: 'COUNCIL_BUDGET',
    caseNumber: 'SLK-2023-01044',
    title:
      'Kommunstyrelsen får i uppdrag ge förslag på hur ansvaret för Göteborgs Stads arbete med mänskliga rättigheter kan samordnas och tydliggöras organisatoriskt – Budget 2024',
    updates: aug2024(
      'ONGOING',
      'Stadsledningskontoret arbetar med ett antal uppdrag som på olika sätt syftar till att säkerställa att mänskliga rättigheter omhändertas som en del av nämnders och bolagsstyrelser grunduppdrag och ansvarsområden samt identifierar behov av särskilda insatser. Ambitionen är att styrningen ska få bättre förutsättningar att få genomslag än vad de nu gällande planerna för mänskliga rättigheter har fått. Hur arbetet med mänskliga rättigheter kan samordnas och tydliggöras organisatoriskt till stöd för nämnderna är i synnerhet kopplat till kommunstyrelsen uppdrag att ta fram förslag på en riktlinje för stadens arbete med mänskliga rättigheter och likvärdig service. Detta för att stadsledningskontoret bedömer det som mest verkningsfullt att samordningen får en central roll i att stödja implementering av den stadigvarande styrningen som riktlinjen ger uttryck åt. Riktlinjen ska innehålla bestämmelser om hur ordinarie arbete i förvaltningar och bolag stärks för att tillgodose rättigheter och erbjuda likvärdig service. I och med att bestämmelserna utformas, till exempelvis krav på systematik, analys, rapportering och agerande vid brister, tar också uppdragsbilden för den centralt organiserade samordningen form. Därför håller stadsledningskontoret ihop dessa två uppdrag tillsammans med uppdraget om att föreslå hur ett normmedvetet arbetssätt kan tillämpas, vilket rapporterades i delårsrapport mars 2024. Nära anknutna är också de två uppdragen om revidering av planen för stärkta insatser mot rasism och en ny hbtqi-plan. Uppdragens resultat kan också få påverkan på uppdraget om Agenda 2030-funktionen. Stadsledningskontoret avser att ta upp ärendena till kommunstyrelsen i december 2024 för ställningstagande inför remittering till nämnder och bolagsstyrelser.',
    ),
  },
  // 4.1.2.1 KF utanför budget, föreslås förklaras fullgjorda
  {
    key: 'ks-dataskydd-organisation',
    year: 2023,
    orgUnitKey: KS,
    source: 'COUNCIL_OTHER',
    caseNumber: 'SLK-2023-01137',
    title:
      'Kommunstyrelsen och nämnden för Intraservice får i uppdrag att genomföra förslag till ny organisation och ansvarsfördelning för det stadengemensamma dataskyddsarbetet, i enlighet med vad som framgår av stadsledningskontorets tjänsteutlåtande, KF 2023-12-07 § 85, punkt 2',
    updates: aug2024(
      'PROPOSED_COMPLETE',
      'Stadsledningskontoret och Intraservice har under våren 2024 bildat en förvaltningsövergripande samverkansgrupp (FÖS) med anledning av kommunfullmäktiges beslut och tre tjänster har förts över från Intraservice till stadsledningskontoret från och med den 1 september 2024. De ekonomiska konsekvenserna av förändringen hanterades i kompletteringsbudgeten kommunstyrelsen fattade beslut om 2024-06-12 § 566. Den nya funktionen på SLK startar arbetet den 1 september 2024. Medarbetare och chefer på Intraservice och stadsledningskontoret arbetar gemensamt med ansvarsfördelningen mellan dataskyddsenheten (Intraservice) och dataskyddsfunktionen (stadsledningskontoret).',
    ),
  },
  {
    key: 'ks-dataskydd-riskbedomning',
    year: 2023,
    orgUnitKey: KS,
    source: 'COUNCIL_OTHER',
    caseNumber: 'SLK-2023-01138',
    title:
      'Kommunstyrelsen och nämnden för Intraservice får i uppdrag att i nära samverkan med berörda parter genomföra en riskbedömning utifrån säkerhet och arbetsmiljö i samband med beslutet om organisering av dataskydd och vid behov återkomma till kommunstyrelsen med förslag på åtgärder, KF 2023-12-07 § 85, punkt 3',
    updates: aug2024(
      'PROPOSED_COMPLETE',
      'Både Intraservice och stadsledningskontoret har genomfört riskbedömningar utifrån beslutet om organisering av dataskydd. Riskbedömningarna har hanterats inom ramen för skyddskommittén i den förvaltningsövergripande samverkansgrupp (FÖS) som fanns under våren. Respektive förvaltning kommer följa upp riskbedömningarna i lokala samverkansgrupper (LSG). De risker som identifierats avseende ansvarsfördelningen i respektive förvaltnings riskbedömning åtgärdas genom det gemensamma arbetet mellan de båda förvaltningarna som redan pågår och som kommer att fortsätta även efter den 1 september 2024.',
    ),
  },
  {
    key: 'ks-samutnyttjande-kommunikation',
    year: 2024,
    orgUnitKey: KS,
    source: 'COUNCIL_OTHER',
    caseNumber: 'SLK-2024-00548',
    title:
      'Samtliga nämnder och styrelser i Göteborgs Stad får i uppdrag att aktivt överväga möjligheter till ökat samutnyttjande av resurser inom kommunikationsområdet - KF 2024-04-05',
    updates: aug2024(
      'PROPOSED_COMPLETE',
      'Ansvar för förvaltningsintern kommunikation ligger på verksamhetsansvariga chefer och kontoret har inte någon inrättad tjänst som kommunikatör för uppdraget. Den förvaltningsinterna kommunikationen har fokus på att öka sammanhållningen inom organisationen och stärka organisationskultur genom att bland annat tydliggöra kontorets uppdrag och målsättningar, skapa sammanhang och förståelse för kontorets breda uppdrag. De kontorsinterna funktionerna har en resurs för arbetet i en del av en tjänst, men ser att ett samarbete med annan förvaltning i form av stöd och hjälp inom professionen kommunikation skulle kunna vara utvecklande. Exempelvis vad gäller långsiktig inriktning och upplägg för ökad effektivitet och genomslagskraft av information och budskap. Utöver förvaltningens interna funktion för kommunikation har stadsledningskontoret kommunikationsresurser utifrån uppdraget att leda, samordna och följa upp stadens kommunikationsarbete samt utifrån ansvaret för stadens kriskommunikation, stadens gemensamma prioriterade kanaler och grafiska profil.',
    ),
  },
  // 4.1.2.2 KF utanför budget, delrapport
  {
    key: 'ks-valhallabadet',
    year: 2023,
    orgUnitKey: KS,
    source: 'COUNCIL_OTHER',
    caseNumber: 'SLK-2023-00638',
    title:
      'Kommunstyrelsen får i uppdrag att ta fram förslag på åtgärder för att omhänderta Valhallabadets kulturhistoriska värden, KF 2023-06-08 § 159',
    updates: aug2024(
      'ONGOING',
      'Utredningens huvudfokus är att beskriva hur ingående nämnder och styrelser över tid kan bidra till att materiella värden till exempel byggnadsdelar, konstnärlig utsmyckning eller installationer återskapas i nytt centralbad eller i nya arenakroppar. Dessa kommer dock att behöva värderas i ett nytt ljus med anledning av att de flyttas från sitt historiska sammanhang till en ny kontext. Likväl behöver ett arbete genomföras så att de immateriella värdarna kopplat till Valhallabadet omhändertas. Utredningen syftar till att utgöra underlag för kommande prövning av ett omhändertagande av kulturhistoriskt värdefulla byggnadsdelar, konstnärlig utsmyckning och installationer som identifierats. En prövning kommer att ske inom ramen för den fortsatta planeringen och genomförandet av nytt centralbad, ny arena och stadsutveckling inom evenemangsområdet. Inom ramen för utredningen förs dialoger med berörda förvaltningar, bolag, utifrån respektive linjeansvar, och akademin. Resultatet av utredningen kommer också att utgöra ett kunskapsunderlag, vilket ger berörda förvaltningar och bolag en samlad bild över vilken dokumentation samt värderande analyser som så långt finns tillgängligt om kulturhistoriska värden kopplat till badet. Utifrån detta kan berörda nämnder och styrelser ta frågorna vidare i sina respektive processer. Återrapportering av uppdraget görs i samband med det kommande inriktningsbeslutet om ny arena och stadsutveckling i evenemangsområdet, under kvartal 1, 2025.',
    ),
  },
  {
    key: 'ks-granskning-karlastaden',
    year: 2024,
    orgUnitKey: KS,
    source: 'COUNCIL_OTHER',
    caseNumber: 'SLK-2024-00819',
    title:
      'Kommunstyrelsen får i uppdrag att genomföra en oberoende extern granskning av Förvaltnings AB Framtidens affär i Karlastaden med avseende på informationsprocessen och om ärendet är av sådan betydelse eller vikt att det borde lyftas till kommunfullmäktige för beslut - KF 2024-05-23 § 214, punkt 1',
    deadline: '2024-09-12',
    updates: aug2024(
      'ONGOING',
      'Stadsledningskontoret gick med anledning av detta uppdrag ut med en förnyad konkurrensutsättning den 31 maj inom ramavtalsområde ”Revision och andra oberoende granskningar/utredningar” för att upphandla en extern granskning. Inga anbud inkom och den förnyade konkurrensutsättningen avbröts. Det enda skäl som lämnades från en av ramavtalsleverantörerna var att det var för kort om tid under sommaren. Stadsledningskontoret gick därefter ut med en ny förnyad konkurrensutsättning den 14 augusti med sista anbudsdag den 1 september. Inga anbud inkom varför den förnyade konkurrensutsättningen avbröts den 2 september. Stadsledningskontoret har därför kontaktat samtliga leverantörer och efterfrågat skälen för uteblivna anbud. I några fall hänvisar leverantörerna till oberoendeskäl, till exempel att de har varit rådgivare i aktuell affär eller att de är revisorer i stadens bolag. Några leverantörer hänvisar till att det inte finns tillgängliga resurser för uppdraget. Besluten om att avbryta den förnyade konkurrensutsättningen innebär att tidplanen för återredovisning av uppdraget behöver förskjutas. Stadsledningskontoret har sett över alternativ för den fortsatta hanteringen och bedömt att det bästa alternativet för att kunna teckna avtal med en leverantör som kan åta sig uppdraget är att byta ramavtal till juridiska tjänster. Med anledning av de förändrade förutsättningarna kommer uppdraget inte att kunna återredovisas förrän efter årsskiftet.',
    ),
  },
  // 4.1.3.1 Kommunstyrelsen, föreslås förklaras fullgjorda
  {
    key: 'ks-kameror-polisen',
    year: 2023,
    orgUnitKey: KS,
    source: 'EXECUTIVE_BOARD',
    caseNumber: 'SLK-2023-00866',
    title:
      'Stadsledningskontoret får i uppdrag att i samverkan med stadsmiljönämnden förstärka samarbetet med Polismyndigheten för att effektivisera processen kring uppförandet av kameror på prioriterade platser där dessa behövs i brottsförebyggande och brottsuppklarande syfte, KS 2023-11-08 § 771',
    updates: aug2024(
      'PROPOSED_COMPLETE',
      'Stadsledningskontoret och stadsmiljöförvaltningen jobbar med uppdraget. Det förs dialog med polis om vilka platser i staden som polisen ser behov av kamerabevakning. Polisen lämnar löpande förfrågning till staden på specifika platser där Polisen har behov av kamerabevakning. Stadsmiljöförvaltningen är behjälplig att identifiera platserna och möjlighet till samordning av installationer etc. med stadens förvaltningar och bolag. Ett nätverk med personer från stadens förvaltningar har startat där möjligheten till att använda kamera i det brottsförebyggande och trygghetsskapande arbetet diskuteras. Staden har under året ökat antalet kameror som används som brottsförebyggande och trygghetsskapande verktyg. På sex pendelparkeringar, Delsjön, Eriksdal, Klareberg, Olofstorp, Radiomotet och Storås pågår montering och driftsättning av kameror som beräknas vara klart under september månad.',
    ),
  },
  {
    key: 'ks-stadsvapen-varumarke',
    year: 2022,
    orgUnitKey: KS,
    source: 'EXECUTIVE_BOARD',
    caseNumber: 'SLK-2022-01432',
    title:
      'Stadsledningskontoret får i uppdrag att genom varumärkesregistreringar stärka skyddet för Göteborgs Stads stadsvapen (med och utan ordbild) i syfte att förhindra otillåten användning i Sverige och i EU, KS 2022-12-14 § 974',
    updates: aug2024(
      'PROPOSED_COMPLETE',
      'Stadsledningskontoret har ansökt om varumärkesregistreringar för Göteborgs Stads stadsvapen i olika versioner (med och utan ordbild i liggande och stående format). Ansökningarna registrerades och offentliggjordes av EUIPO – European Union Intellectual Property Office i mars 2024.',
    ),
  },
  {
    key: 'ks-fortroendeskada',
    year: 2024,
    orgUnitKey: KS,
    source: 'EXECUTIVE_BOARD',
    caseNumber: 'SLK-2024-00325',
    title:
      'Stadsledningskontoret får i uppdrag att integrera information om och verktyg för att utreda eventuell förtroendeskada i befintliga processer och stödmaterial till berörda nämnders chefer, KS 2024-02-21',
    updates: aug2024(
      'PROPOSED_COMPLETE',
      'Tjänsteutlåtande (dnr1384/22) innehåller en redogörelse för stadsledningskontorets undersökning av parallella rättssystem. Bland annat ges en beskrivning av parallella rättssystem och vad det finns för risker om medarbetare som arbetar i staden har koppling till parallella rättssystem. Utredningen lyfter fram att det kan vara förtroendeskadligt. Utifrån tjänsteutlåtandet har ett sammanfattande kunskapsunderlag tagits fram som stödmaterial för nämnders chefer och HR-funktioner. Detta stödmaterial tydliggör information om och verktyg för att utreda förtroendeskada. I stödmaterialet lyfts att chefer kan få stöd i bedömning och utredning av förtroendeskada av sin HR-avdelning utifrån sedvanliga principer för arbetsrättslig utredning. Stödmaterialet läggs in under stadens styrande dokument under ”Riktlinjer för representation, gåvor, mutor, jäv och bisyssla” samt under informationsområdet ”Brottsförebyggande och trygghet”. Information om stödmaterialet kommuniceras i olika kanaler till stadens chefer och medarbetare inom HR för anpassning och spridning inom sina respektive verksamheter. Stadens intervjuguide kommer även att utvecklas med syfte att integrera information och frågor som förmedlar stadens värdegrund och ställningstagande i förhållande till välfärdsuppdraget, trygghet och säkerhet. Detta görs inom ramen för tidigare uppdrag till stadsledningskontoret om att komplettera intervjuguiden i Göteborgs Stads HR-process för rekrytering med fördjupade frågor om kandidatens bakgrund för att bedöma lämplighet för tjänsten. Stadsledningskontoret ser att även denna utveckling av intervjuguiden har bäring även på detta uppdrag.',
    ),
  },
  // 4.1.3.2 Kommunstyrelsen, delrapport
  {
    key: 'ks-overenskommelse-civilsamhallet',
    year: 2024,
    orgUnitKey: KS,
    source: 'EXECUTIVE_BOARD',
    caseNumber: 'SLK-2024-00324',
    title:
      'Stadsledningskontoret får i uppdrag att revidera och uppdatera överenskommelsen om samverkan med civilsamhället. Uppdraget ska genomföras i samverkan med socialnämnden Centrum utifrån hemställan samt i linje med kommunfullmäktiges intentioner med överenskommelsen om samverkan med civilsamhället enligt kommunfullmäktiges beslut 2012-05-31 § 14, KS 2024-02-21 § 138',
    updates: aug2024(
      'ONGOING',
      'Stadsledningskontorets arbete med att revidera och uppdatera överenskommelsen om samverkan med civilsamhället pågår, i samverkan med socialförvaltning Centrum utifrån nämndens samordningsansvar, enligt kommunstyrelsens uppdrag. Överenskommelsen gäller för all samverkan mellan staden och civilsamhällets organisationer. Stadens förvaltningar och bolag har genom reglementen och uppdrag ansvar att på olika sätt skapa stödjande strukturer och former för att underlätta samverkan. Det är ett arbete som kontinuerligt utvecklas i dialog och samverkan med civilsamhällets organisationer. Överenskommelsen ska vara ett för parterna tillgängligt och gemensamt dokument att åberopa och ta avstamp i vid olika former av samverkan. Syftet med revideringen är att fortsatt skapa goda möjligheter för staden och civilsamhällets organisationer att samverka och att överenskommelsens innehåll ska överensstämma med nuvarande förutsättningar såväl inom staden som i civilsamhället. I revideringen kommer målsättning, syfte och principer för samverkan sättas i fokus för att lyfta fram den strategiskt övergripande ramen och intentionen på ett tydligare sätt. Inaktuell information och upprepningar kommer genomgående tas bort för att skapa tydlighet. Staden har genomgått större omorganiseringar de senaste åren och vissa arbetssätt som uttrycks i överenskommelsen kommer därför att behöva ses över. Uppdraget omfattar omvärldsbevakning, genomlysning av närliggande uppdrag och dialogtillfällen med representanter från civilsamhälle och de mest centrala förvaltningarna som har uppdrag och samordningsansvar gällande samverkan med civilsamhället. De som inte har möjlighet att delta vid dialogtillfällena ges möjlighet att lämna synpunkter skriftligen. Stadsledningskontoret avser att under hösten i kvartal fyra återkomma med en redovisning av uppdraget.',
    ),
  },
  {
    key: 'ks-personuppgifter-gemensamma-tjanster',
    year: 2024,
    orgUnitKey: KS,
    source: 'EXECUTIVE_BOARD',
    caseNumber: 'SLK-2024-00155',
    title:
      'Stadsledningskontoret får i uppdrag att fördjupa samverkan med förvaltningen för Intraservice kring personuppgiftsbehandlingar i gemensamma tjänster och återkomma till kommunstyrelsen med redovisning av hur arbetet fortlöper, KS 2024-01-10 § 28, punkt 2',
    updates: aug2024(
      'ONGOING',
      'Under våren 2024 påbörjades ett gemensamt arbete mellan stadsledningskontoret och Intraservice med att identifiera fördelningen av personuppgiftsansvaret i stadengemensamma tjänster. Deltagare i arbetet är representanter för stadsledningskontoret, Intraservice samt dataskyddsombud. Arbetet kommer att fortsätta under hösten och vintern 2024 avseende befintliga gemensamma tjänster. Stadsledningskontoret avser att återkomma med en redovisning av uppdraget i kommunstyrelsens årsrapport 2024.',
    ),
  },
  {
    key: 'ks-enskilda-huvudman',
    year: 2023,
    orgUnitKey: KS,
    source: 'EXECUTIVE_BOARD',
    caseNumber: 'SLK-2023-00896',
    title:
      'Stadsledningskontoret får i uppdrag att söka samverkan med polismyndigheten gällande enskilda huvudmän som uppbär kommunal finansiering för välfärdsverksamhet inom förskola, pedagogisk omsorg, grundskola, anpassad grundskola, fritidshem, gymnasieskola, anpassad gymnasieskola, vuxenutbildning, funktionsstöd, äldreomsorg och socialtjänst där risk föreligger att kommunala medel finansierar kriminell verksamhet, KS 2023-11-22',
    updates: aug2024(
      'ONGOING',
      'Stadsledningskontoret har i uppdraget samverkat med polisen och lämpliga myndigheter genom Kunskapscentrum mot organiserad brottslighet. Stadsledningskontoret har även initierat en samordning av nämnda förvaltningar för att utveckla och stärka en gemensam hantering för att identifiera enskilda huvudmän som uppbär kommunal finansiering och där det finns en risk att detta finansierar kriminell verksamhet. Stadsledningskontoret avser att återkomma i årsrapporten om arbetet med att samordna och stärka förvaltningarnas gemensamma förmåga att identifiera huvudmän där det föreligger risk att enskilda huvudmän finansierar kriminell verksamhet med kommunala medel.',
    ),
  },
];

export const assignments: AssignmentSeed[] = [...intraservice, ...kommunstyrelsen];
