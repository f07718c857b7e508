import type { Role } from '../src/generated/prisma/enums';

/**
 * One demo account per role, with published passwords: the sign-in page lists them when
 * the demo dataset is loaded. Never load the demo dataset into a production database.
 */
export interface DemoUser {
  email: string;
  name: string;
  password: string;
  roles: { role: Role; orgUnitKey: string }[];
}

export const DEMO_USERS: DemoUser[] = [
  {
    email: 'forvaltningschef@demo.lagesbild.se',
    name: 'Vera Förvaltningschef',
    password: 'demo-visare',
    // Reads the committee and approves its reports, as a förvaltningschef does; no other write.
    roles: [
      { role: 'VIEWER', orgUnitKey: 'intraservice' },
      { role: 'APPROVER', orgUnitKey: 'intraservice' },
    ],
  },
  {
    email: 'avdelningschef@demo.lagesbild.se',
    name: 'Dag Avdelningschef',
    password: 'demo-avdelning',
    roles: [{ role: 'VIEWER', orgUnitKey: 'digital-infrastruktur' }],
  },
  {
    email: 'analytiker@demo.lagesbild.se',
    name: 'Anna Analytiker',
    password: 'demo-analytiker',
    roles: [{ role: 'ANALYST', orgUnitKey: 'intraservice' }],
  },
  {
    email: 'portfoljkontoret@demo.lagesbild.se',
    name: 'Per Portföljkontoret',
    password: 'demo-portfolj',
    roles: [{ role: 'PORTFOLIO_OFFICE', orgUnitKey: 'intraservice' }],
  },
  {
    email: 'planerare@demo.lagesbild.se',
    name: 'Pia Planerare',
    password: 'demo-planerare',
    roles: [{ role: 'PLANNER', orgUnitKey: 'intraservice' }],
  },
  {
    email: 'administrator@demo.lagesbild.se',
    name: 'Ada Administratör',
    password: 'demo-admin',
    roles: [
      { role: 'ADMIN', orgUnitKey: 'goteborgs-stad' },
      { role: 'ANALYST', orgUnitKey: 'goteborgs-stad' },
      { role: 'PORTFOLIO_OFFICE', orgUnitKey: 'goteborgs-stad' },
    ],
  },
];
