import type { PlanSeed } from './dataset-types';

/**
 * The 2023 operational plan of every committee of the demo, adopted.
 *
 * Source 001 (Intraservice's verksamhetsplan 2023) says the committee decides the plan
 * ("När nämnden fattat beslut om verksamhetsplan …", 001 §1) but gives neither the date of
 * the decision nor its case number, and no source gives them for Kommunstyrelsen's plan
 * either. The dates and case numbers below are therefore DEMO VALUES: a plausible December
 * meeting before the year, and case numbers that say "DEMO" so no one takes them for a
 * real registry entry.
 */
export const plans: PlanSeed[] = [
  { orgUnitKey: 'intraservice', year: 2023, decisionDate: '2022-12-13', caseNumber: 'DEMO-2022-0001' },
  { orgUnitKey: 'kommunstyrelsen', year: 2023, decisionDate: '2022-12-07', caseNumber: 'DEMO-2022-0002' },
];
