import type { RequestContext } from '../../context';
import { requireId } from '../../errors';

/** The unit owning a portfolio, which the portfolio office's access rules are checked against. */
export async function orgUnitOfPortfolio(portfolioId: number, { loaders }: RequestContext): Promise<number | null> {
  return (await loaders.portfolioById.load(portfolioId))?.orgUnitId ?? null;
}

/** The unit owning a project's portfolio today. */
export async function orgUnitOfProject(projectId: number, context: RequestContext): Promise<number | null> {
  const project = await context.loaders.projectById.load(projectId);
  return project ? orgUnitOfPortfolio(project.portfolioId, context) : null;
}

/** The id a mutation's input points at, checked before the access rule looks it up. */
export const inputId = (args: Record<string, unknown>, field: string): number =>
  requireId((args.input as Record<string, unknown> | undefined)?.[field], `input.${field}`);
