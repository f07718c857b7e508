import { yearSchema } from '@lagesbild/types';
import type { Resolvers } from '../../generated/resolver-types';
import type { AccessRules } from '../../authorization/access-rules';
import { parseInput } from '../../errors';
import { findReportingDiscipline } from './reporting-discipline-service';

const disciplineYearSchema = yearSchema();

export const reportingDisciplineResolvers: Resolvers = {
  Query: {
    reportingDiscipline: (_parent, { orgUnitCode, year }, { prisma, access, orgTree }) =>
      findReportingDiscipline(prisma, orgTree, orgUnitCode, parseInput(disciplineYearSchema, year, 'year'), (id) =>
        access.canRead(id),
      ),
  },
};

/** Read access as the overview's: what comes back covers only the units the reader may read. */
export const reportingDisciplineRules: AccessRules = {
  Query: {
    reportingDiscipline: { kind: 'signedIn' },
  },
  types: {
    ReportingDiscipline: { kind: 'orgUnit', orgUnitOf: (row: { orgUnit: { id: number } }) => row.orgUnit.id },
    DisciplineCounts: { kind: 'public', reason: 'bare counts, reached only through a row its unit guards' },
    DisciplinePeriod: { kind: 'orgUnit', orgUnitOf: (row: { orgUnitId: number }) => row.orgUnitId },
    DisciplineCell: { kind: 'orgUnit', orgUnitOf: (row: { orgUnitId: number }) => row.orgUnitId },
    UnitDiscipline: { kind: 'orgUnit', orgUnitOf: (row: { orgUnit: { id: number } }) => row.orgUnit.id },
    OwnerDiscipline: { kind: 'orgUnit', orgUnitOf: (row: { orgUnitId: number }) => row.orgUnitId },
    MissingObligation: { kind: 'orgUnit', orgUnitOf: (row: { orgUnit: { id: number } }) => row.orgUnit.id },
  },
};
