import { accessSv } from '../features/access/i18n/sv';
import { assignmentsSv } from '../features/assignments/i18n/sv';
import { auditSv } from '../features/audit/i18n/sv';
import { dataEntrySv } from '../features/data-entry/i18n/sv';
import { economySv } from '../features/economy/i18n/sv';
import { exportSv } from '../features/export/i18n/sv';
import { firstRunSv } from '../features/first-run/i18n/sv';
import { forecastsSv } from '../features/forecasts/i18n/sv';
import { goalsSv } from '../features/goals/i18n/sv';
import { indicatorLibrarySv } from '../features/indicator-library/i18n/sv';
import { perspectivesSv } from '../features/perspectives/i18n/sv';
import { toDoSv } from '../features/to-do/i18n/sv';
import { reportingCalendarSv } from '../features/reporting-calendar/i18n/sv';
import { remindersSv } from '../features/reminders/i18n/sv';
import { reportingDisciplineSv } from '../features/reporting-discipline/i18n/sv';
import { indicatorsSv } from '../features/indicators/i18n/sv';
import { organisationSv } from '../features/organisation/i18n/sv';
import { planningSv } from '../features/planning/i18n/sv';
import { overviewSv } from '../features/overview/i18n/sv';
import { portfolioSv } from '../features/portfolio/i18n/sv';
import { projectLineageSv } from '../features/portfolio/i18n/lineage-sv';
import { reportsSv } from '../features/reports/i18n/sv';
import { risksSv } from '../features/risks/i18n/sv';
import { usersSv } from '../features/users/i18n/sv';
import { targetsSv } from '../features/targets/i18n/sv';
import { valueImportSv } from '../features/value-import/i18n/sv';
import { combineTranslations } from './combine-translations';

/**
 * Swedish, the default language. English (en.ts) must have the same keys. The strings here are
 * the ones several features share: the shell, the pickers and states of src/components, the
 * server's error keys and the domain's vocabulary; each feature keeps its own beside its code.
 */
const sharedSv = {
  app: {
    name: 'Lägesbild',
    accountOf: 'Konto: {{name}}',
    signOut: 'Logga ut',
    myPage: 'Min sida',
    close: 'Stäng',
    cancel: 'Avbryt',
    save: 'Spara',
    skipToContent: 'Hoppa till innehållet',
    language: 'Språk',
    actions: 'Åtgärder',
  },
  nav: {
    label: 'Huvudmeny',
    overview: 'Översikt',
    toDo: 'Att göra',
    goals: 'Mål och indikatorer',
    // Short: the administrator's fifteen tabs must fit at 1366 px; the page's heading says Verksamhetsplan.
    plan: 'Plan',
    assignments: 'Uppdrag',
    economy: 'Ekonomi',
    portfolio: 'Portfölj',
    risks: 'Risker',
    reports: 'Rapporter',
    auditLog: 'Granskningslogg',
    users: 'Användare',
    organisation: 'Organisation',
    indicatorLibrary: 'Indikatorer',
    perspectives: 'Perspektiv',
    reportingCalendar: 'Rapporteringskalender',
    sendLog: 'Utskick',
    dataEntry: 'Registrera',
    targets: 'Målvärden',
    forecastAccuracy: 'Prognoser',
    reportingDiscipline: 'Inrapportering',
    group: { administration: 'Administration', planning: 'Planering' },
  },
  pickers: {
    chooseOrgUnit: 'Välj organisation',
    unknownUnit: 'Enheten finns inte, eller så har du inte behörighet till den.',
    orgUnit: 'Organisation',
    period: 'Period',
  },
  saveBar: {
    label: 'Spara ändringar',
    unsaved_zero: 'Inga osparade ändringar',
    unsaved_one: '{{count}} osparad ändring',
    unsaved_other: '{{count}} osparade ändringar',
  },
  unsavedChanges: {
    title: 'Lämna sidan utan att spara?',
    body: 'Du har ändringar som inte är sparade. Om du lämnar sidan försvinner de.',
    stay: 'Stanna kvar',
    leave: 'Lämna utan att spara',
  },
  state: {
    loading: 'Hämtar…',
    error: 'Det gick inte att hämta uppgifterna. Försök igen om en stund.',
    retry: 'Försök igen',
    notFound: 'Sidan finns inte.',
  },
  upcoming: {
    title: '{{page}} byggs just nu',
    body: 'Den här vyn kommer i en senare version av Lägesbild. Målen och indikatorerna finns redan under Mål och indikatorer.',
    goToGoals: 'Gå till Mål och indikatorer',
  },
  validation: {
    onlyWhenDeclaredComplete: 'Anges bara när uppdraget förklaras fullgjort.',
    userOrName: 'Ange antingen en användare eller ett namn, inte båda.',
    importFinished: 'Importen är redan sparad eller avbruten.',
    report: {
      alreadyExists: 'Enheten har redan en sådan rapport för perioden.',
      monthDoesNotMatchType:
        'Månaden passar inte rapporttypen (delårsrapport mars: mars, augusti: augusti, årsrapport: december).',
      notDraft: 'Rapporten är inte ett utkast.',
      notSubmitted: 'Rapporten är inte inskickad.',
      approvedIsFrozen: 'Rapporten är fastställd och kan inte ändras.',
    },
    planAdopted: 'Planen är antagen: öppna en ny revision av den för att ändra mål, kopplingar eller målvärden.',
    yearClosed: 'Årsrapporten är fastställd: årets plan ändras inte längre.',
    planAlreadyAdopted: 'Planen är redan antagen.',
    planNotAdopted: 'Planen är inte antagen.',
    beforePreviousDecision: 'Beslutet kan inte vara före beslutet om föregående revision.',
    invalidCaseNumber: 'Skriv diarienumret som registratorn gör, t.ex. N170-0123/22 eller SLK-2022-01441.',
    notInPlan: 'Finns inte i förra årets plan.',
    forecastRoundClosed: 'Årets prognosomgångar är stängda: helårsprognosen kan inte ändras.',
    roundAlreadyOpen: 'En prognosomgång för året är redan öppen. Stäng den först.',
    roundNameTaken: 'Året har redan en prognosomgång med det namnet.',
    roundBeforeLast: 'Datumet ligger före en prognosomgång som redan hållits.',
    roundClosed: 'Prognosomgången är stängd.',
    periodClosed: 'Perioden är stängd: ange ett skäl till rättelsen.',
    periodOpen: 'Perioden är redan öppen.',
    deadlineNotAfterPeriodEnd: 'Sista dagen ska ligga efter periodens slut.',
    deadlineTooLate: 'Sista dagen får ligga högst ett år efter periodens slut.',
    notACity: 'En rapporteringskalender hör till staden, organisationens översta enhet.',
    dateOutsideYear: 'Datumet ska ligga inom året.',
    notANumber: 'Ange ett tal, t.ex. 5,9 eller 1 506 000.',
    duplicateValue: 'Samma indikator och period finns två gånger.',
    invalid: 'Ogiltigt värde.',
    invalidCode: 'Koden får bara innehålla bokstäver, siffror, - _ och . och börja med en bokstav eller siffra.',
    portfolioNameTaken: 'Enheten har redan en portfölj med det namnet.',
    codeTaken: 'Det finns redan en enhet med den koden.',
    parentClosed: 'Enheten är stängd och kan inte få nya underenheter.',
    cycle: 'En enhet kan inte flyttas till sig själv eller till en enhet under den.',
    unitClosed: 'Enheten är stängd.',
    beforeUnitOpened: 'Datumet ligger före enhetens första dag.',
    beforeLatestChange: 'Datumet ligger före enhetens senaste ändring.',
    openChildren: 'Stäng eller flytta först enheterna under den.',
    required: 'Fyll i fältet.',
    tooLong: 'Texten är för lång.',
    invalidEmail: 'Ange en giltig e-postadress.',
    emailTaken: 'Det finns redan ett konto med den e-postadressen.',
    passwordTooShort: 'Lösenordet måste ha minst 10 tecken.',
    outOfRange: 'Värdet ligger utanför det tillåtna intervallet.',
    percentRange: 'En procentsats ligger mellan 0 och 100.',
    notNegative: 'Värdet kan inte vara negativt.',
    invalidPeriod: 'Ange perioden som 2023, 2023-T2 eller 2023-05.',
    periodNotInPeriodicity: 'Perioden passar inte indikatorns periodicitet.',
    invalidId: 'Okänd post.',
    unknownOrgUnit: 'Okänd organisationsenhet.',
    invalidCharacters: 'Texten innehåller otillåtna tecken.',
    tooMany: 'För många.',
    invalidVersion: 'Ogiltig version.',
    causeRequired: 'Ange orsak när statusen är gul eller röd.',
    actionRequired: 'Ange åtgärd när statusen är gul eller röd.',
    invalidDate: 'Ange ett giltigt datum (ÅÅÅÅ-MM-DD).',
    dateInFuture: 'Datumet kan inte ligga i framtiden.',
    endBeforeStart: 'Slutet kan inte ligga före starten.',
    resumeBeforePause: 'Projektet måste återupptas efter att det pausas.',
    actionNotAllowed: 'Ändringen går inte att göra i projektets nuvarande läge.',
    unknownPortfolio: 'Okänd portfölj.',
    portfolioNotAllowed: 'Du får inte flytta projekt till den portföljen.',
    samePortfolio: 'Projektet ligger redan i den portföljen.',
    beforeLatestMove: 'Datumet ligger före projektets senaste flytt.',
    atLeastTwoParts: 'Dela projektet i minst två.',
    tooManyParts: 'Högst 20 nya projekt.',
    nameRepeated: 'Två nya projekt kan inte ha samma namn.',
    projectNameTaken: 'Portföljen har redan ett projekt med det namnet.',
    atLeastTwoProjects: 'Välj minst ett projekt till.',
    tooManyProjects: 'Högst 20 projekt.',
    projectRepeated: 'Samma projekt är valt två gånger.',
    projectEnded: 'Projektet är redan avslutat.',
    beforeProjectStart: 'Datumet ligger före projektets start.',
    beforeLatestStateChange: 'Datumet ligger före projektets senaste lägesändring.',
    unknownProject: 'Okänt projekt.',
    projectNotAllowed: 'Du får inte ändra det projektet.',
    outOfScale: 'Värdet ligger utanför riskskalan.',
    unknownCategory: 'Okänd kategori.',
    riskOfOtherUnit: 'Risken hör till en annan enhet än kontrollmomentet.',
    outcomeWithoutPerformance: 'Ett kontrollmoment som inte utförts har inget resultat.',
    indicatorRetired: 'Indikatorn är avslutad och tar inte emot nya värden.',
    definitionHasValues:
      'Indikatorn har redan värden, så det här kan inte ändras utan att de tolkas om. Avsluta indikatorn och skapa en ny i stället.',
    indicatorCodeTaken: 'Enheten har redan en indikator med den koden.',
    invalidIndicatorCode: 'Koden får bara innehålla bokstäver, siffror och - _ .',
    invalidExternalCode: 'Ange ett Kolada-id: en versal och fem siffror, t.ex. N00945.',
    rollupSumOfLevel: 'En andel eller ett index kan inte summeras mellan enheter: välj medelvärde eller per enhet.',
    redBelowYellow: 'Gränsen för rött får inte ligga före gränsen för gult.',
    unknownUser: 'Okänd eller inaktiv användare.',
    // Goal and activity planning
    councilGoalServesNone: 'Ett centralt mål bidrar inte till andra mål.',
    parentRequired: 'Välj minst ett mål som målet bidrar till.',
    unknownGoal: 'Okänt mål.',
    parentOtherYear: 'Målet kan bara bidra till mål för samma år.',
    parentNotAbove: 'Målet kan bara bidra till mål för enheter ovanför.',
    parentRetired: 'Målet bidrar till ett avslutat mål.',
    oneCommitteeGoalOnly: 'Ett delmål bidrar till ett enda nämndmål och inget annat.',
    councilGoalOfCityOnly: 'Centrala mål sätts för staden.',
    committeeGoalBelowCity: 'Nämndmål sätts för enheter under staden.',
    unknownPerspective: 'Okänt perspektiv.',
    alreadyFirst: 'Målet står redan först.',
    alreadyLast: 'Målet står redan sist.',
    goalRetired: 'Målet är avslutat.',
    servedByGoalsInPlan: 'Andra mål i planen bidrar till målet. Avsluta eller flytta dem först.',
    unknownIndicator: 'Okänd indikator.',
    indicatorOutsideUnit: 'Indikatorn hör inte till målets enhet eller en enhet under den.',
    ownerTwice: 'Välj en användare eller skriv ett namn, inte båda.',
    goalOfOtherUnit: 'Aktiviteten kan bara flyttas till ett mål för samma enhet.',
  },
  apiError: {
    UNAUTHENTICATED: 'Du är inte inloggad.',
    FORBIDDEN: 'Du har inte behörighet till det här.',
    NOT_FOUND: 'Posten finns inte.',
    NETWORK: 'Det gick inte att nå servern.',
  },
  conflict: {
    message: 'Någon annan har sparat en ändring sedan du öppnade formuläret.',
    keepMine: 'Spara mina värden ändå',
  },
  status: {
    GREEN: 'Når målet',
    YELLOW: 'Nära målet',
    RED: 'Når inte målet',
    NOT_ASSESSED: 'Ej bedömt',
  },
  activityStatus: {
    NOT_STARTED: 'Ej påbörjad',
    ONGOING: 'Pågår',
    COMPLETED: 'Klar',
    DELAYED: 'Försenad',
    CANCELLED: 'Avbruten',
  },
  assignmentStatus: {
    NOT_STARTED: 'Ej påbörjat',
    ONGOING: 'Pågående',
    PROPOSED_COMPLETE: 'Föreslås förklaras fullgjort',
    DECLARED_COMPLETE: 'Förklarat fullgjort',
  },
  assignmentSource: {
    COUNCIL_BUDGET: 'Kommunfullmäktiges budget',
    COUNCIL_OTHER: 'Kommunfullmäktige utanför budget',
    EXECUTIVE_BOARD: 'Kommunstyrelsen',
  },
  fulfilment: {
    FULFILLED: 'Uppfyllt',
    PARTLY_FULFILLED: 'Delvis uppfyllt',
    NOT_FULFILLED: 'Ej uppfyllt',
    NOT_ASSESSED: 'Ej bedömt',
  },
  periodicity: {
    YEAR: 'År',
    TERTIAL: 'Tertial',
    MONTH: 'Månad',
  },
  unit: {
    PERCENT: '%',
    COUNT: 'st',
    TKR: 'tkr',
    MNKR: 'mnkr',
    INDEX: '',
    FTE: 'åa',
    TERABYTE: 'TB',
    DAYS: 'dagar',
  },
};

export type SharedTranslations = typeof sharedSv;

export const sv = combineTranslations(
  sharedSv,
  accessSv,
  assignmentsSv,
  auditSv,
  dataEntrySv,
  economySv,
  exportSv,
  firstRunSv,
  forecastsSv,
  goalsSv,
  indicatorsSv,
  organisationSv,
  planningSv,
  overviewSv,
  portfolioSv,
  reportsSv,
  risksSv,
  usersSv,
  indicatorLibrarySv,
  perspectivesSv,
  reportingCalendarSv,
  remindersSv,
  reportingDisciplineSv,
  valueImportSv,
  targetsSv,
  projectLineageSv,
  toDoSv,
);

export type Translations = typeof sv;
