import { ORG_UNIT_KINDS } from './validation/org-unit-schemas';

type OrgUnitKindName = (typeof ORG_UNIT_KINDS)[number];

/**
 * The one layout of an import file of org units, as municipalities export their organisation
 * from an HR system: the columns with the Swedish headers the template writes, and the
 * English names an export may use instead. The template, the server's checks and the dialog's
 * description follow this definition.
 */
export const ORG_UNIT_IMPORT_COLUMNS = [
  { key: 'code', header: 'Enhetskod', aliases: ['code', 'kod'], kind: 'text', required: true },
  { key: 'name', header: 'Namn', aliases: ['name', 'enhetsnamn'], kind: 'text', required: true },
  {
    key: 'parentCode',
    header: 'Överordnad enhetskod',
    aliases: ['parent code', 'parent', 'överordnad'],
    kind: 'text',
    required: true,
  },
  { key: 'kind', header: 'Typ', aliases: ['kind', 'type', 'enhetstyp'], kind: 'text', required: true },
  { key: 'validFrom', header: 'Giltig från', aliases: ['valid from', 'from'], kind: 'text', required: false },
] as const;

export type OrgUnitImportColumnKey = (typeof ORG_UNIT_IMPORT_COLUMNS)[number]['key'];

/**
 * An org unit file has at most this many rows: a large municipality has a few thousand units,
 * and each unit is written through the organisation's own rules, one at a time.
 */
export const MAX_ORG_UNIT_IMPORT_ROWS = 5_000;

/** The kinds as the template writes them (the app's Swedish labels). */
export const ORG_UNIT_KIND_WORDS: Record<OrgUnitKindName, string> = {
  CITY: 'Stad',
  COMMITTEE: 'Nämnd/förvaltning',
  BUSINESS_AREA: 'Verksamhetsområde',
  DEPARTMENT: 'Avdelning',
};

/** Other words an HR export uses for the same kinds, lower case. */
const KIND_SYNONYMS: Record<string, OrgUnitKindName> = {
  stad: 'CITY',
  kommun: 'CITY',
  city: 'CITY',
  nämnd: 'COMMITTEE',
  förvaltning: 'COMMITTEE',
  'nämnd/förvaltning': 'COMMITTEE',
  committee: 'COMMITTEE',
  verksamhetsområde: 'BUSINESS_AREA',
  'business area': 'BUSINESS_AREA',
  avdelning: 'DEPARTMENT',
  enhet: 'DEPARTMENT',
  department: 'DEPARTMENT',
};

/** A kind as a file writes it (`Nämnd`, `Avdelning`, `BUSINESS_AREA`, …); undefined when it is none. */
export function parseOrgUnitKind(text: string): OrgUnitKindName | undefined {
  const word = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const named = ORG_UNIT_KINDS.find((kind) => kind.toLowerCase() === word.replace(/ /g, '_'));
  return named ?? KIND_SYNONYMS[word];
}
