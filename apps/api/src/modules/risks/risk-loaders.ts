import DataLoader from 'dataloader';
import type {
  ControlResultModel,
  InternalControlModel,
  MitigationModel,
  PrismaClient,
  RiskCategoryModel,
  RiskModel,
  RiskValuationModel,
} from '@lagesbild/db';
import { groupRowsByKey, rowByKey } from '../../loaders/group-by-key';

/** A control's results in one year. */
interface ControlInYear {
  id: number;
  year: number;
}

export function createRiskLoaders(prisma: PrismaClient) {
  return {
    riskById: new DataLoader<number, RiskModel | null>(async (ids) =>
      rowByKey(ids, await prisma.risk.findMany({ where: { id: { in: [...ids] } } }), (risk) => risk.id),
    ),
    riskCategoryById: new DataLoader<number, RiskCategoryModel | null>(async (ids) =>
      rowByKey(ids, await prisma.riskCategory.findMany({ where: { id: { in: [...ids] } } }), (row) => row.id),
    ),
    /** How many risks, of every unit, each category holds. */
    riskCountOfCategory: new DataLoader<number, number>(async (categoryIds) => {
      const counts = await prisma.risk.groupBy({
        by: ['categoryId'],
        where: { categoryId: { in: [...categoryIds] } },
        _count: { _all: true },
      });
      const countOf = new Map(counts.map((row) => [row.categoryId, row._count._all]));
      return categoryIds.map((id) => countOf.get(id) ?? 0);
    }),
    /** Every valuation of each risk, oldest first: the history, and the latest up to a month. */
    riskValuations: new DataLoader<number, RiskValuationModel[]>(async (riskIds) =>
      groupRowsByKey(
        riskIds,
        await prisma.riskValuation.findMany({
          where: { riskId: { in: [...riskIds] } },
          orderBy: [{ valuedOn: 'asc' }, { id: 'asc' }],
        }),
        (valuation) => valuation.riskId,
      ),
    ),
    /** Each risk's mitigations: the earliest due first, open-ended last. */
    riskMitigations: new DataLoader<number, MitigationModel[]>(async (riskIds) =>
      groupRowsByKey(
        riskIds,
        await prisma.mitigation.findMany({
          where: { riskId: { in: [...riskIds] } },
          orderBy: [{ dueDate: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
        }),
        (mitigation) => mitigation.riskId,
      ),
    ),
    mitigationById: new DataLoader<number, MitigationModel | null>(async (ids) =>
      rowByKey(ids, await prisma.mitigation.findMany({ where: { id: { in: [...ids] } } }), (row) => row.id),
    ),
    riskControls: new DataLoader<number, InternalControlModel[]>(async (riskIds) =>
      groupRowsByKey(
        riskIds,
        await prisma.internalControl.findMany({
          where: { riskId: { in: [...riskIds] } },
          orderBy: [{ title: 'asc' }, { id: 'asc' }],
        }),
        (control) => control.riskId!,
      ),
    ),
    controlById: new DataLoader<number, InternalControlModel | null>(async (ids) =>
      rowByKey(ids, await prisma.internalControl.findMany({ where: { id: { in: [...ids] } } }), (row) => row.id),
    ),
    /** One query per distinct year asked for, with every control asked for in that year. */
    controlResultsInYear: new DataLoader<ControlInYear, ControlResultModel[], string>(
      async (keys) => {
        const years = [...new Set(keys.map((key) => key.year))];
        const rows = await prisma.controlResult.findMany({
          where: {
            OR: years.map((year) => ({
              year,
              controlId: { in: keys.filter((key) => key.year === year).map((key) => key.id) },
            })),
          },
          orderBy: [{ month: 'asc' }],
        });
        return groupRowsByKey(
          keys.map((key) => `${key.id}@${key.year}`),
          rows,
          (row) => `${row.controlId}@${row.year}`,
        );
      },
      { cacheKeyFn: (key) => `${key.id}@${key.year}` },
    ),
  };
}
