import type { ObligationSource } from './reminder-planner';

/**
 * What is due from whom, from the shared definition of reporting obligations (the to-do module).
 * Until that module is merged, no obligations: the reminders then carry only red indicators.
 */
export const reportingObligations: ObligationSource = () => Promise.resolve([]);
