import type { OrgUnitSeed } from './dataset-types';

/**
 * The organisation tree of the demo, as the source documents name it.
 *
 * - 000 (månadsrapport maj 2023) §2.4 "Resultat, tkr" names the business areas that carry a result:
 *   Gemensamma tjänster (– Ekonomi, – HR, – Kommunikation, ledning/styrning), Digital infrastruktur,
 *   Avdelningen styr och stöd, Avdelningen Kund och service, Avdelningen Uppdrag.
 *   The text of 000 §2.4/§5 calls Ekonomi, HR and Kommunikation, ledning och styrning
 *   "verksamhetsområde", so they are business areas under Gemensamma tjänster.
 *   Keys of the three areas under Gemensamma tjänster start with "vo-" (verksamhetsområde).
 * - 003 (delårsrapport augusti 2024) is the executive board's own report (Kommunstyrelsen with its
 *   administration Stadsledningskontoret), the second organisation of the demo.
 */
export const orgUnits: OrgUnitSeed[] = [
  { key: 'goteborgs-stad', name: 'Göteborgs Stad', kind: 'CITY' },
  { key: 'intraservice', name: 'Nämnden för Intraservice', kind: 'COMMITTEE', parentKey: 'goteborgs-stad' },
  { key: 'gemensamma-tjanster', name: 'Gemensamma tjänster', kind: 'BUSINESS_AREA', parentKey: 'intraservice' },
  { key: 'vo-ekonomi', name: 'Ekonomi', kind: 'BUSINESS_AREA', parentKey: 'gemensamma-tjanster' },
  { key: 'vo-hr', name: 'HR', kind: 'BUSINESS_AREA', parentKey: 'gemensamma-tjanster' },
  {
    key: 'vo-kommunikation-ledning-styrning',
    name: 'Kommunikation, ledning och styrning',
    kind: 'BUSINESS_AREA',
    parentKey: 'gemensamma-tjanster',
  },
  { key: 'digital-infrastruktur', name: 'Digital infrastruktur', kind: 'BUSINESS_AREA', parentKey: 'intraservice' },
  { key: 'styr-och-stod', name: 'Avdelningen styr och stöd', kind: 'BUSINESS_AREA', parentKey: 'intraservice' },
  { key: 'kund-och-service', name: 'Avdelningen Kund och service', kind: 'BUSINESS_AREA', parentKey: 'intraservice' },
  { key: 'uppdrag', name: 'Avdelningen Uppdrag', kind: 'BUSINESS_AREA', parentKey: 'intraservice' },
  {
    key: 'kommunstyrelsen',
    name: 'Kommunstyrelsen (Stadsledningskontoret)',
    kind: 'COMMITTEE',
    parentKey: 'goteborgs-stad',
  },
];
