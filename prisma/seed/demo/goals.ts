import type { GoalAssessmentSeed, GoalSeed } from './dataset-types';

/**
 * Goals 2023 of Intraservice.
 *
 * COUNCIL: the "Centrala mål" column of 000 (månadsrapport maj 2023, §1 and §2.1–2.5), which are
 * the goals of Göteborgs Stads budget 2023 (001 §6). They belong to the city org unit.
 * "Vi ska tillhandahålla en god intern service till stadens verksamheter och medarbetare." is
 * written with "Vi" but stands in the Centrala mål column of 000 §2.1 and 001 §7.1.2, so it is
 * kept as a council goal (001 §2.1: "Övriga verksamhetsmål är de mål som kommunfullmäktige
 * riktat specifikt till nämnden").
 * 000 §1 lists "Arbetsmiljön och arbetsvillkoren …" and "Sjukskrivningarna till följd av …" as two
 * separate statements (001 §6.4 prints them in one paragraph); they are two goals here so the
 * sick-leave indicator can link to its own goal.
 * 001 §6.2 "Göteborg ska vara en säker och trygg stad." has no perspective in the documents and no
 * committee goal under it, so it is left out.
 *
 * COMMITTEE: the "Mål/delmål" column (nämndmål) of 000 §2 and 001 §7.1. 001 §7.1.1 adds three goals
 * under "Göteborg Stads Budget 2023" ("Nämnden ska bidra …") that carry no perspective in the
 * document; their perspective below is a judgement from their wording.
 */
const goals2023: GoalSeed[] = [
  // ── Council goals (centrala mål), Göteborgs Stads budget 2023 ──────────────────────────────
  {
    key: 'kf-god-intern-service',
    title: 'Vi ska tillhandahålla en god intern service till stadens verksamheter och medarbetare.',
    level: 'COUNCIL',
    perspectiveKey: 'kund-och-agare',
    orgUnitKey: 'goteborgs-stad',
    year: 2023,
    parentKeys: [],
    sortOrder: 1,
  },
  {
    key: 'kf-arbetsmiljo',
    title: 'Arbetsmiljön och arbetsvillkoren för Göteborgs Stads anställda ska förbättras.',
    level: 'COUNCIL',
    perspectiveKey: 'medarbetare',
    orgUnitKey: 'goteborgs-stad',
    year: 2023,
    parentKeys: [],
    sortOrder: 2,
  },
  {
    key: 'kf-sjukskrivningar',
    title: 'Sjukskrivningarna till följd av arbetsrelaterad ohälsa ska minska.',
    level: 'COUNCIL',
    perspectiveKey: 'medarbetare',
    orgUnitKey: 'goteborgs-stad',
    year: 2023,
    parentKeys: [],
    sortOrder: 3,
  },
  {
    key: 'kf-inkop-upphandling',
    title:
      'Göteborg stads inköp- och upphandlingsprocesser ska bli mer effektiva och bidra till att nå samtliga hållbarhetsmål.',
    level: 'COUNCIL',
    perspectiveKey: 'process',
    orgUnitKey: 'goteborgs-stad',
    year: 2023,
    parentKeys: [],
    sortOrder: 4,
  },
  {
    key: 'kf-styras-transparent',
    title: 'Göteborgs Stad ska styras transparent och resurseffektivt.',
    level: 'COUNCIL',
    perspectiveKey: 'ekonomi',
    orgUnitKey: 'goteborgs-stad',
    year: 2023,
    parentKeys: [],
    sortOrder: 5,
  },
  {
    key: 'kf-livsvillkor-jamlika',
    title: 'Livsvillkoren för Göteborgs invånare ska bli mer jämlika.',
    level: 'COUNCIL',
    perspectiveKey: 'hallbarhet',
    orgUnitKey: 'goteborgs-stad',
    year: 2023,
    parentKeys: [],
    sortOrder: 6,
  },
  {
    key: 'kf-jamlik-jamstalld',
    title:
      'Göteborg ska vara en jämlik och jämställd stad där alla bemöts likvärdigt, får sina mänskliga rättigheter tillgodosedda och ges likvärdiga möjligheter oberoende av kön.',
    level: 'COUNCIL',
    perspectiveKey: 'hallbarhet',
    orgUnitKey: 'goteborgs-stad',
    year: 2023,
    parentKeys: [],
    sortOrder: 7,
  },
  {
    key: 'kf-klimatavtryck',
    title:
      'Göteborgs klimatavtryck ska kraftigt minska för att vara nära noll senast 2030 i linje med Göteborgs Stads miljö- och klimatprogram.',
    level: 'COUNCIL',
    perspectiveKey: 'hallbarhet',
    orgUnitKey: 'goteborgs-stad',
    year: 2023,
    parentKeys: [],
    sortOrder: 8,
  },

  // ── Committee goals (mål/delmål), Nämnden för Intraservice 2023 ────────────────────────────
  {
    key: 'nm-leverera-tjansteplan',
    title: 'Vi skall leverera enligt Tjänsteplan 2023 (kommande förvaltnings-/utvecklingsplaner)',
    level: 'COMMITTEE',
    perspectiveKey: 'kund-och-agare',
    orgUnitKey: 'intraservice',
    year: 2023,
    parentKeys: ['kf-god-intern-service'],
    sortOrder: 11,
  },
  {
    key: 'nm-kundupplevelse',
    title: 'Vi ska förbättra kundernas upplevelse av kvalitet, service och samarbete',
    level: 'COMMITTEE',
    perspectiveKey: 'kund-och-agare',
    orgUnitKey: 'intraservice',
    year: 2023,
    parentKeys: ['kf-god-intern-service'],
    sortOrder: 12,
  },
  {
    key: 'nm-attrahera-medarbetare',
    title: 'Vi ska attrahera, utveckla och behålla medarbetare och chefer',
    level: 'COMMITTEE',
    perspectiveKey: 'medarbetare',
    orgUnitKey: 'intraservice',
    year: 2023,
    parentKeys: ['kf-arbetsmiljo', 'kf-sjukskrivningar'],
    sortOrder: 13,
  },
  {
    key: 'nm-kompetensforsorjning',
    title: 'Kompetensförsörjning',
    description: 'Delmål under "Vi ska attrahera, utveckla och behålla medarbetare och chefer" (000 §2.2, 001 §7.1.3).',
    level: 'COMMITTEE',
    perspectiveKey: 'medarbetare',
    orgUnitKey: 'intraservice',
    year: 2023,
    parentKeys: ['kf-arbetsmiljo'],
    sortOrder: 14,
  },
  {
    key: 'nm-jobba-effektivt',
    title: 'Vi ska jobba effektivt tillsammans med leverans av våra tjänster',
    level: 'COMMITTEE',
    perspectiveKey: 'process',
    orgUnitKey: 'intraservice',
    year: 2023,
    parentKeys: ['kf-inkop-upphandling'],
    sortOrder: 15,
  },
  {
    key: 'nm-ekonomi-i-balans',
    title: 'Vi ska ha en ekonomi i balans',
    level: 'COMMITTEE',
    perspectiveKey: 'ekonomi',
    orgUnitKey: 'intraservice',
    year: 2023,
    parentKeys: ['kf-styras-transparent'],
    sortOrder: 16,
  },
  {
    key: 'nm-hallbar-utveckling',
    title: 'Vi ska inom ramen för vårt uppdrag ta ansvar för en hållbar utveckling',
    level: 'COMMITTEE',
    perspectiveKey: 'hallbarhet',
    orgUnitKey: 'intraservice',
    year: 2023,
    parentKeys: ['kf-livsvillkor-jamlika', 'kf-jamlik-jamstalld', 'kf-klimatavtryck'],
    sortOrder: 17,
  },
  // 001 §7.1.1 "Göteborg Stads Budget 2023": perspective chosen from the wording (not in the document).
  {
    key: 'nm-bidra-jamlik-stad',
    title: 'Nämnden ska bidra till en jämlik stad med gemenskap och tillit',
    description: '001 §7.1.1 Göteborg Stads Budget 2023.',
    level: 'COMMITTEE',
    perspectiveKey: 'hallbarhet',
    orgUnitKey: 'intraservice',
    year: 2023,
    parentKeys: ['kf-jamlik-jamstalld', 'kf-livsvillkor-jamlika'],
    sortOrder: 18,
  },
  {
    key: 'nm-bidra-attraktiv-arbetsgivare',
    title: 'Nämnden ska bidra till fullmäktiges mål att staden ska vara en attraktiv arbetsgivare.',
    description: '001 §7.1.1 Göteborg Stads Budget 2023.',
    level: 'COMMITTEE',
    perspectiveKey: 'medarbetare',
    orgUnitKey: 'intraservice',
    year: 2023,
    parentKeys: ['kf-arbetsmiljo'],
    sortOrder: 19,
  },
  {
    key: 'nm-bidra-samverkan',
    title: 'Nämnden ska bidra till en god samverkan mellan stad, akademi, civilsamhälle och näringsliv',
    description: '001 §7.1.1 Göteborg Stads Budget 2023. Inget av de centrala målen i dokumenten motsvarar målet.',
    level: 'COMMITTEE',
    perspectiveKey: 'kund-och-agare',
    orgUnitKey: 'intraservice',
    year: 2023,
    parentKeys: [],
    sortOrder: 20,
  },
];

/**
 * No goal assessments: 000 states only "Förvaltningen redovisar oförändrad måluppfyllelse jämfört
 * med delårsrapport mars." — the per-goal fulfilment symbols of the PDF did not survive the text
 * extraction, and no document states a fulfilment in words for a single goal.
 */
/**
 * Council goals 2024 (Göteborgs Stads budget 2024). The sources hold no list of the 2024 budget's
 * goals (003, the executive board's interim report of August 2024, follows them up without naming
 * them), so 2023's council goals stand for 2024's with the same texts, each carrying its 2023 goal
 * forward (lineage). The roll-over of a committee's 2023 plan then re-links its goals to these.
 */
const councilGoals2024: GoalSeed[] = goals2023
  .filter((goal) => goal.level === 'COUNCIL' && goal.year === 2023)
  .map((goal) => ({ ...goal, key: `${goal.key}-2024`, year: 2024, previousKey: goal.key }));
export const goals: GoalSeed[] = [...goals2023, ...councilGoals2024];

export const goalAssessments: GoalAssessmentSeed[] = [];
