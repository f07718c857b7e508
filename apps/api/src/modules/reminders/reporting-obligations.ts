import type { ObligationSource } from './reminder-planner';
import { findReportingObligations } from '../to-do';

/** What is due from whom: the shared definition of reporting obligations (the to-do module). */
export const reportingObligations: ObligationSource = (prisma, filter) => findReportingObligations(prisma, filter);
