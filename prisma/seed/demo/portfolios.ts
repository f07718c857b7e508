import type { PortfolioSeed, ProjectSeed, ProjectStatusUpdateSeed } from './dataset-types';

/**
 * Development portfolios of Intraservice and their projects.
 *
 * Sources: 000 §5 (månadsrapport maj 2023: portfolios Kommunikation, Ledning och styrning,
 * HR-utveckling, Digital infrastruktur) and 002 (the portfolio period status of 2024: "Digital
 * infrastruktur" and "Gemensamma tjänster", i.e. the portfolios for kommunikation, ledning och
 * styrning, HR and ekonomi). 002 carries no date; it says "Genomföra upphandling av ekonomisystem"
 * was initiated "i slutet av augusti" and that a paused project can resume "under hösten 2024", so
 * it is taken as the status per August 2024 (2024-08-31, month 8).
 *
 * The project tables of 002 (startade / ej startade projekt) were images and did not survive the
 * text extraction; only the projects the text names are here. The "Tillkommande initiativ" 002
 * names as examples (Konsolidering av parkeringsbolaget, Minecraft för skolförvaltningarna, fritt
 * publikt Wi-Fi, Säkerhetsklassningar inom Office, elektrifieringsplanen) are not called projects
 * and are kept in the Digital infrastruktur portfolio's 2024 changes text only.
 *
 * Status updates: made only where a document gives a project's colours (or, for Digital
 * infrastruktur in May 2023, says "Projekten har god status avseende tid, kostnad och resultat").
 * The documents colour only the dimensions that deviate; a dimension they do not mention is set
 * GREEN and the comment says so (the data contract needs all three).
 *
 * Dates of state changes: where a report announces a change without its own date ("är nu
 * avslutat", "har pausats", "har nu startat"), the change is dated at the report's period end
 * (2023-05-31 or 2024-08-31); the reason says which report.
 *
 * A closed or paused project that a report shows running before (Navet, red in May 2023 and closed
 * in 2024; the projects "nu avslutat" in May 2023) has `fromState: 'STARTED'` on that change, so
 * a view of an earlier period shows it started; one without is taken as not started before it.
 *
 * "Upphandla och införa helhetslösning för telefoni" was in the portfolios for kommunikation and
 * ledning och styrning in 2023 (000 names it beside Navet, which is Kommunikation's) and "har
 * flyttats till portföljen för digital infrastruktur" in 2024 (002, undated: 2024-08-31 as above).
 * It is listed in Digital infrastruktur with a dated move from Kommunikation, so the May 2023 views
 * show it in Kommunikation.
 */

const MAY_2023 = '2023-05-31';
const AUG_2024 = '2024-08-31';

const GEMENSAMMA_2024_INTRO = 'Inom portföljerna för gemensamma tjänster finns inga allvarliga avvikelser.';

// ─── Kommunikation ────────────────────────────────────────────────────────────────────────

const KLS_NARRATIVE_2023 =
  'Portföljerna för kommunikation samt ledning och styrning domineras av långvariga och omfattande projekt. "Införa stöd för politisk ärendehantering" samt "Lansera interna navet" utgör både portföljens i särklass största projekt. Det finns utmaningar inom tids- och kostnadsdimensionerna både för "Lansera interna digitala navet" och projektet "Upphandla och införa helhetslösning telefoni"';

const KLS_NARRATIVE_2024 =
  'Portföljerna för kommunikation och ledning och styrning har idag god framfart efter att under perioder haft ett mer utmanande läge sett till kostnader, tid och resultat. Det förbättrade läget kan förklaras av flera faktorer där förbättrad tillgång till personal är en viktig orsak. Området har minskat sitt konsultberoende och istället rekryterat flera fastanställda resurser (bland annat projektledare och delprojektledare) vilket gett en större kontinuitet avseende personal som arbetar i projekten. Vidare har området under året avslutat projektet "Lansera digitala navet" och projektet "Upphandla helhetslösning telefoni" har flyttats till portföljen för digital infrastruktur. Detta har lett till mindre och mer hanterbara portföljer och möjliggjort ett ökat fokus på de återstående projekten.';

const KLS_CHANGES_2024 =
  'Området har under året avslutat projektet "Lansera digitala navet" och projektet "Upphandla helhetslösning telefoni" har flyttats till portföljen för digital infrastruktur.';

const navet2023: ProjectStatusUpdateSeed = {
  statusDate: MAY_2023,
  time: 'RED',
  cost: 'RED',
  result: 'GREEN',
  comment: 'Tid (Röd) och Kostnad (Röd) enligt månadsrapporten maj 2023; resultat anges inte i rapporten.',
  deviations: [
    {
      dimension: 'TIME',
      cause:
        'På grund av oklarheter kring personuppgiftsansvar i Digitala navet, och underliggande tjänster, är införandet ytterligare försenat. Lansering av navet är beroende av att stadens och Intraservice arbete med dataskyddsfrågor löper enligt plan.',
      action:
        'Projektet rymmer inte att lösa ut frågan om informationssäkerhet och dataskydd. Arbetet sker istället utanför projektet - primärt i förvaltningens arbete med informationssäkerhet 2023. Projektet arbetar med att anpassa tidplan till Intraservice arbete med informationssäkerhet 2023.',
    },
    {
      dimension: 'COST',
      cause: 'Längre löptid på grund av ovan nämnt beroende bidrar även till fördyring',
      action:
        'Projektet arbetar med att anpassa tidplan, och därmed kostnadsbild, till Intraservice arbete med informationssäkerhet 2023.',
    },
  ],
};

const kommunikation: PortfolioSeed = {
  key: 'kommunikation',
  orgUnitKey: 'vo-kommunikation-ledning-styrning',
  name: 'Kommunikation',
  statusUpdateIntervalWeeks: 5,
  periodStatuses: [
    {
      year: 2023,
      month: 5,
      narrative: KLS_NARRATIVE_2023,
      changes: 'Projektet "Revidera goteborg.se delleverans 3 och 5" inom kommunikationsportföljen är nu avslutat.',
    },
    {
      year: 2024,
      month: 8,
      narrative: `${GEMENSAMMA_2024_INTRO} ${KLS_NARRATIVE_2024}`,
      changes: KLS_CHANGES_2024,
    },
  ],
  projects: [
    {
      key: 'lansera-digitala-navet',
      name: 'Lansera digitala Navet',
      description:
        'Det interna digitala navet ("Lansera interna navet", "Lansera interna digitala navet"), ett av portföljernas i särklass största projekt. Underskottet inom utveckling för verksamhetsområde kommunikation, ledning och styrning beror på projektet; de ökade kostnaderna beror på försening i projektet (000 §2.4).',
      state: 'CLOSED',
      stateChanges: [
        {
          changedOn: AUG_2024,
          fromState: 'STARTED',
          toState: 'CLOSED',
          reason: 'Området har under året avslutat projektet "Lansera digitala navet" (portföljrapport 2024).',
        },
      ],
      statusUpdates: [navet2023],
    },
    {
      key: 'revidera-goteborg-se',
      name: 'Revidera goteborg.se delleverans 3 och 5',
      state: 'CLOSED',
      stateChanges: [
        {
          changedOn: MAY_2023,
          fromState: 'STARTED',
          toState: 'CLOSED',
          reason:
            'Projektet "Revidera goteborg.se delleverans 3 och 5" inom kommunikationsportföljen är nu avslutat (månadsrapport maj 2023).',
        },
      ],
      statusUpdates: [],
    },
    {
      key: 'ljudbibliotek-mediabank',
      name: 'Ljudbibliotek för enklare film och animation i stadens mediabank',
      description:
        'Portföljrapport 2024: Projektet är något försenat på grund av att den externa leverantören tvingats skjuta på sina leveranser. (Ingen färg eller åtgärd anges.)',
      state: 'STARTED',
      stateChanges: [],
      statusUpdates: [],
    },
  ],
};

// ─── Ledning och styrning ─────────────────────────────────────────────────────────────────

const ledningOchStyrning: PortfolioSeed = {
  key: 'ledning-och-styrning',
  orgUnitKey: 'vo-kommunikation-ledning-styrning',
  name: 'Ledning och styrning',
  statusUpdateIntervalWeeks: 5,
  periodStatuses: [
    { year: 2023, month: 5, narrative: KLS_NARRATIVE_2023 },
    {
      year: 2024,
      month: 8,
      narrative: `${GEMENSAMMA_2024_INTRO} ${KLS_NARRATIVE_2024} Projektet "Införa stöd för dokument och ärendehantering" fortsätter flagga gult för resultat.`,
      changes: KLS_CHANGES_2024,
    },
  ],
  projects: [
    {
      key: 'politisk-arendehantering',
      name: 'Införa stöd för politisk ärendehantering',
      description: 'Ett av portföljernas i särklass största projekt (månadsrapport maj 2023).',
      state: 'STARTED',
      stateChanges: [],
      statusUpdates: [],
    },
    {
      key: 'dokument-och-arendehantering',
      name: 'Införa stöd för dokument och ärendehantering',
      state: 'STARTED',
      stateChanges: [],
      statusUpdates: [
        {
          statusDate: AUG_2024,
          time: 'GREEN',
          cost: 'GREEN',
          result: 'YELLOW',
          comment:
            'Projektet "Införa stöd för dokument och ärendehantering" fortsätter flagga gult för resultat. Tid och kostnad anges inte; inga avvikelser rapporteras för dem.',
          deviations: [
            {
              dimension: 'RESULT',
              cause:
                'Ej stabilt system samt låg kunskap hos vissa användare gör att projektets resultat avviker negativt.',
              action:
                'Projektet prioriterar rättningar av systemet hos leverantören hänvisar kunder till utbildningar samt avser satsa mer på förändringsledningsarbete. Även en strategisk leverantörsdialog har inletts där förvaltningsdirektör involverats',
            },
          ],
        },
      ],
    },
  ],
};

// ─── HR-utveckling ────────────────────────────────────────────────────────────────────────

const hr: PortfolioSeed = {
  key: 'hr-utveckling',
  orgUnitKey: 'vo-hr',
  name: 'HR-utveckling',
  statusUpdateIntervalWeeks: 5,
  periodStatuses: [
    {
      year: 2023,
      month: 5,
      narrative:
        'Portföljen för HR-utveckling består av många mindre projekt. Förstudier och efterföljande upphandlingsprojekt för systemlösningar där avtal löper ut dominerar portföljen.',
      changes:
        'Projektet Förstudie IT-stöd för löneanalys är avslutat. Projekt Översyn IT-stöd inom lön och HR är avslutat och har resulterat i en rapport som är presenterad för verksamhetsområdesledningsgrupp (VLG) inom HR.',
    },
    {
      year: 2024,
      month: 8,
      narrative: `${GEMENSAMMA_2024_INTRO} Projekten inom HR-portföljen har generellt god framfart och låg riskbild. Detta kommer av att området i stort arbetar med projekt i syfte att upphandla och införa IT-stöd som finns på marknaden. HR-området arbetar till stor del med kända lösningar riktat mot väldefinierade och lagstyrda processer - Detta ger en låg grad av osäkerhet och möjlighet till god framfart. Goda relationer med HR-chefer samt stadsledningskontoret underlättar även framfarten i portföljen.`,
      changes:
        'Projektet Införa digitala anställningsavtal är uppstartat i förtid. Projektet hade ursprungligen planerad start 2025 men HR-området har möjlighet att starta redan nu. Projektet inleds med en längre planerings och beredningsfas och genomförandefasen förväntas starta tidigt 2025. I den tidigare planeringen för årets utveckling behandlades upphandlingen av IT-stöd för rekrytering och rehabilitering som ett enda projekt. Inom HR-avdelningen har vi nu fattat beslutet att dela upp detta i två separata projekt: "Upphandla och implementera IT-stöd för rehabilitering" och "Upphandla och implementera IT-stöd för rekrytering". "Upphandla och införa IT-stöd för rekrytering" har nu startat. Projektet har föregåtts av en förstudie där kravbild och marknadsläge har kartlagts.',
    },
  ],
  projects: [
    {
      key: 'forstudie-it-stod-loneanalys',
      name: 'Förstudie IT-stöd för löneanalys',
      description:
        'Projektet har resulterat i att utveckling skett av rapporterna "Löneanalys underlag" och "Lönekartläggning". De nya rapporterna bedöms innebära betydande tidsbesparande och effektivare arbetssätt med högre kvalitet för lönekartläggning av likvärdiga arbeten inom och mellan förvaltningar samt ett verktyg att fortsätta arbetet med jämställda löner',
      phase: 'INITIATION',
      state: 'CLOSED',
      stateChanges: [
        {
          changedOn: MAY_2023,
          fromState: 'STARTED',
          toState: 'CLOSED',
          reason: 'Projektet Förstudie IT-stöd för löneanalys är avslutat (månadsrapport maj 2023).',
        },
      ],
      statusUpdates: [],
    },
    {
      key: 'oversyn-it-stod-lon-hr',
      name: 'Översyn IT-stöd inom lön och HR',
      description: 'Har resulterat i en rapport som är presenterad för verksamhetsområdesledningsgrupp (VLG) inom HR.',
      state: 'CLOSED',
      stateChanges: [
        {
          changedOn: MAY_2023,
          fromState: 'STARTED',
          toState: 'CLOSED',
          reason:
            'Projekt Översyn IT-stöd inom lön och HR är avslutat och har resulterat i en rapport som är presenterad för verksamhetsområdesledningsgrupp (VLG) inom HR (månadsrapport maj 2023).',
        },
      ],
      statusUpdates: [],
    },
    {
      key: 'formansportal-2024',
      name: 'Införande av förmånsportal 2024',
      description:
        'Portföljrapport 2024: Projektet uppvisar en mindre tidsavvikelse, där implementeringen av ny funktionalitet har försenats. Orsaken är att delar av stadens förmånspolicy behöver förtydligas för att möjliggöra en korrekt konfiguration av förmånsportalen. (Ingen färg eller åtgärd anges.)',
      state: 'STARTED',
      stateChanges: [],
      statusUpdates: [],
    },
    {
      key: 'personalanteckningar',
      name: 'Införa stöd för personalanteckningar',
      description:
        'Arbetet stannade upp under våren 2024 i avvaktan på en utredning om juridiska frågor och stadens viljeinriktning. Denna utredning, som leds av stadsledningskontoret, är nu nästan färdigställd. Dessutom har en lämplig systemlösning identifierats, och det finns goda förutsättningar för att projektet kan återupptas under hösten 2024.',
      state: 'PAUSED',
      stateChanges: [],
      statusUpdates: [],
    },
    {
      key: 'digitala-anstallningsavtal',
      name: 'Införa digitala anställningsavtal',
      description: 'Projektet hade ursprungligen planerad start 2025 men HR-området har möjlighet att starta redan nu.',
      phase: 'PLANNING',
      state: 'STARTED',
      stateChanges: [
        {
          changedOn: AUG_2024,
          toState: 'STARTED',
          reason:
            'Projektet Införa digitala anställningsavtal är uppstartat i förtid. Projektet inleds med en längre planerings och beredningsfas och genomförandefasen förväntas starta tidigt 2025 (portföljrapport 2024).',
        },
      ],
      statusUpdates: [],
    },
    {
      key: 'it-stod-rehabilitering',
      name: 'Upphandla och implementera IT-stöd för rehabilitering',
      description:
        'Utbrutet ur det tidigare gemensamma projektet för upphandling av IT-stöd för rekrytering och rehabilitering (portföljrapport 2024).',
      state: 'NOT_STARTED',
      stateChanges: [],
      statusUpdates: [],
    },
    {
      key: 'it-stod-rekrytering',
      name: 'Upphandla och införa IT-stöd för rekrytering',
      description:
        'Kallas även "Upphandla och implementera IT-stöd för rekrytering". Utbrutet ur det tidigare gemensamma projektet för rekrytering och rehabilitering. Projektet har föregåtts av en förstudie där kravbild och marknadsläge har kartlagts.',
      state: 'STARTED',
      stateChanges: [
        {
          changedOn: AUG_2024,
          toState: 'STARTED',
          reason: '"Upphandla och införa IT-stöd för rekrytering" har nu startat (portföljrapport 2024).',
        },
      ],
      statusUpdates: [],
    },
  ],
};

// ─── Ekonomi ──────────────────────────────────────────────────────────────────────────────

const ekonomi: PortfolioSeed = {
  key: 'ekonomi',
  orgUnitKey: 'vo-ekonomi',
  name: 'Ekonomi',
  statusUpdateIntervalWeeks: 5,
  periodStatuses: [
    {
      year: 2024,
      month: 8,
      narrative: `${GEMENSAMMA_2024_INTRO} Inga väsentliga risker rapporteras inom ekonomiportföljen.`,
      changes:
        'Projektet "Förstudie framtida ekonomihantering" är avslutat per maj 2024 och har resulterat i en rapport med rekommendationer om framtida uppsättning för systemstödet inom ekonomiprocesserna. Projektet "Genomföra upphandling av ekonomisystem" initierades i slutet av augusti. Den omedelbara inriktningen är att förbereda för genomförandefasen, inklusive anskaffning av konsulter. Då projektet nyligen startade, finns det ännu ingen lägesrapport att redovisa.',
    },
  ],
  projects: [
    {
      key: 'forstudie-framtida-ekonomihantering',
      name: 'Förstudie framtida ekonomihantering',
      description:
        'Har resulterat i en rapport med rekommendationer om framtida uppsättning för systemstödet inom ekonomiprocesserna.',
      phase: 'INITIATION',
      state: 'CLOSED',
      actualEnd: '2024-05-31',
      stateChanges: [
        {
          changedOn: '2024-05-31',
          fromState: 'STARTED',
          toState: 'CLOSED',
          reason: 'Projektet "Förstudie framtida ekonomihantering" är avslutat per maj 2024.',
        },
      ],
      statusUpdates: [],
    },
    {
      key: 'upphandling-ekonomisystem',
      name: 'Genomföra upphandling av ekonomisystem',
      description:
        'Den omedelbara inriktningen är att förbereda för genomförandefasen, inklusive anskaffning av konsulter. Då projektet nyligen startade, finns det ännu ingen lägesrapport att redovisa.',
      state: 'STARTED',
      stateChanges: [
        {
          changedOn: AUG_2024,
          toState: 'STARTED',
          reason: 'Projektet "Genomföra upphandling av ekonomisystem" initierades i slutet av augusti (2024).',
        },
      ],
      statusUpdates: [],
    },
  ],
};

// ─── Digital infrastruktur ────────────────────────────────────────────────────────────────

const telefoni: ProjectSeed = {
  key: 'telefoni',
  name: 'Upphandla och införa helhetslösning för telefoni',
  description:
    'Låg 2023 i portföljerna för kommunikation samt ledning och styrning; "Upphandla helhetslösning telefoni" har under 2024 flyttats till portföljen för digital infrastruktur (portföljrapport 2024).',
  state: 'STARTED',
  stateChanges: [],
  moves: [
    {
      movedOn: AUG_2024,
      fromPortfolioKey: 'kommunikation',
      reason:
        'Projektet "Upphandla helhetslösning telefoni" har flyttats till portföljen för digital infrastruktur (portföljrapport 2024).',
    },
  ],
  statusUpdates: [
    {
      statusDate: MAY_2023,
      time: 'RED',
      cost: 'RED',
      result: 'GREEN',
      comment: 'Tid (Röd) och Kostnad (Röd) enligt månadsrapporten maj 2023; resultat anges inte i rapporten.',
      deviations: [
        {
          dimension: 'TIME',
          cause:
            'Projektet saknar i dagsläget resurser för att säkra projektleverans. Detta ger risk för att tidplan inte kan hållas',
          action:
            'Projektledare har eskalerat fråga till projektägare och arbete pågår med att identifiera och äska resurser',
        },
        {
          dimension: 'COST',
          cause:
            'Kostnader för konsulter och intern personal riskerar öka som resultat av justerad tidplan för upphandling',
          action: 'Eskaleras inom avdelningen',
        },
      ],
    },
    {
      statusDate: AUG_2024,
      time: 'RED',
      cost: 'GREEN',
      result: 'RED',
      comment: 'Status för tid och resultat: Röd (portföljrapport 2024); kostnad anges inte.',
      deviations: (['TIME', 'RESULT'] as const).map((dimension) => ({
        dimension,
        cause: 'Tidplanen för upphandling och kommande implementering är snäv.',
        action:
          'Projektet har kontinuerlig dialog med projektägare, styrgrupp och referensgrupp. Det har även skett en prioritering av projektet, därmed har resurser frigjorts för arbete med krav och kommunikation samt tillsättning av ytterligare kompetens. Projektet har även förstärkt samarbetet med Inköp- och upphandlingsförvaltningen genom ökad involvering av resurser och bjudit in dem till att delta i projektets styrgrupp.',
      })),
    },
  ],
};

const digitalInfrastruktur: PortfolioSeed = {
  key: 'digital-infrastruktur',
  orgUnitKey: 'digital-infrastruktur',
  name: 'Digital infrastruktur',
  statusUpdateIntervalWeeks: 5,
  periodStatuses: [
    {
      year: 2023,
      month: 5,
      narrative:
        'Projekten har god status avseende tid, kostnad och resultat. Flera projekt rör sig mot kritiska skeden där införande och lansering närmar sig. En omfördelning av ekonomiska medel har skett inom portföljen för att säkerställa leveransförmåga utifrån projektens förutsättningar avseende resurser och kapacitet inom mottagande förvaltning. För de projekt som etablerar nya tjänster eller tjänsteerbjudanden läggs nu extra fokus på att säkerställa att få in information kring de ekonomiska aspekterna inför höstens budgetarbete.',
      changes:
        'Projekten Etablera tjänst för Data Warehouse och Utveckling och förstärkning av integrationsverktyg är ännu inte uppstartade och planeras för uppstart först efter sommaren. Projektet Införande av virtuell klient är uppstartat och inväntar administrativ åtgärd i Antura vilket sker inom närmaste veckan. Projektet Etablera interna E-tjänster har pausats för att återupptas efter sommaren.',
    },
    {
      year: 2024,
      month: 8,
      narrative:
        'Portföljens status är överlag god. Några projekt återstår att initiera och dessa har nu en tillsatt projektledare. Ekonomiskt rör sig prognosen i linje med budget och projekten håller hög takt. Ekonomisk påverkan från beslut att pausa projekt rörande Datawarehouse ses över. Beredning av initiativ inför 2025 pågår parallellt med förberedelse för årlig analys 2026.',
      changes:
        'Etablera tjänst för Data Warehouse är i initieringsfas och flaggar för hög resursbelastning för vissa nyckelroller. Projektägare har därför beslutat att projektet kommer pausas till januari 2025, vilket ännu inte syns i bilden ovan. Nyrekrytering av ytterligare resurs för området pågår och återupptagning av projektet planeras ske i samband med tillsättning. Utökad licenshantering: Kommer ej startas som projekt. Initiativet kräver främst resursförstärkning för att svara mot Intraservice budgetuppdrag kopplat till licenskostnader i staden. Då etablerade arbetssätt och strukturer finns på plats inom befintlig tjänst krävs inte projekt som arbetsform. Tillkommande initiativ och projekt: Digital infrastruktur hanterar löpande tillkommande frågor som inkommer från förvaltningar och bolag i staden. Vissa av dessa frågor är till viss del komplexa och kräver tvärfunktionellt samarbete och hanteras då till stor del inom projektportföljen. Exempel på sådana initiativ är Konsolidering av parkeringsbolaget, Tillgängliggörande av Minecraft för skolförvaltningarna, utredning av fritt publikt Wi-Fi, Säkerhetsklassningar inom Office och Intraservice del i Göteborgs Stads elektrifieringsplan.',
    },
  ],
  projects: [
    telefoni,
    {
      key: 'virtuell-klient',
      name: 'Införande av virtuell klient',
      state: 'STARTED',
      stateChanges: [
        {
          changedOn: MAY_2023,
          toState: 'STARTED',
          reason:
            'Projektet Införande av virtuell klient är uppstartat och inväntar administrativ åtgärd i Antura vilket sker inom närmaste veckan (månadsrapport maj 2023).',
        },
      ],
      statusUpdates: [
        {
          statusDate: MAY_2023,
          time: 'GREEN',
          cost: 'GREEN',
          result: 'GREEN',
          comment: 'Digital infrastruktur, maj 2023: "Projekten har god status avseende tid, kostnad och resultat."',
          deviations: [],
        },
      ],
    },
    {
      key: 'interna-e-tjanster',
      name: 'Etablera interna E-tjänster',
      state: 'PAUSED',
      stateChanges: [
        {
          changedOn: MAY_2023,
          fromState: 'STARTED',
          toState: 'PAUSED',
          reason:
            'Projektet Etablera interna E-tjänster har pausats för att återupptas efter sommaren (månadsrapport maj 2023).',
        },
      ],
      statusUpdates: [],
    },
    {
      key: 'data-warehouse',
      name: 'Etablera tjänst för Data Warehouse',
      description:
        'Maj 2023: ännu inte uppstartat, planerat för uppstart först efter sommaren. 2024: i initieringsfas; flaggar för hög resursbelastning för vissa nyckelroller.',
      phase: 'INITIATION',
      state: 'PAUSED',
      pausedUntil: '2025-01-01',
      stateChanges: [
        {
          changedOn: AUG_2024,
          toState: 'PAUSED',
          reason:
            'Projektägare har beslutat att projektet kommer pausas till januari 2025. Nyrekrytering av ytterligare resurs för området pågår och återupptagning av projektet planeras ske i samband med tillsättning (portföljrapport 2024).',
        },
      ],
      statusUpdates: [],
    },
    {
      key: 'integrationsverktyg',
      name: 'Utveckling och förstärkning av integrationsverktyg',
      description:
        'Maj 2023: ännu inte uppstartat, planerat för uppstart först efter sommaren. Nämns inte i portföljrapporten 2024.',
      state: 'NOT_STARTED',
      stateChanges: [],
      statusUpdates: [],
    },
    {
      key: 'utokad-licenshantering',
      name: 'Utökad licenshantering',
      state: 'WILL_NOT_START',
      stateChanges: [
        {
          changedOn: AUG_2024,
          toState: 'WILL_NOT_START',
          reason:
            'Kommer ej startas som projekt. Initiativet kräver främst resursförstärkning för att svara mot Intraservice budgetuppdrag kopplat till licenskostnader i staden. Då etablerade arbetssätt och strukturer finns på plats inom befintlig tjänst krävs inte projekt som arbetsform.',
        },
      ],
      statusUpdates: [],
    },
  ],
};

export const portfolios: PortfolioSeed[] = [kommunikation, ledningOchStyrning, hr, ekonomi, digitalInfrastruktur];
