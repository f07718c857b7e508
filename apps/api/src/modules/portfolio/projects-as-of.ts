import { Prisma } from '@lagesbild/db';
import type { PrismaClient, ProjectState, RagStatus } from '@lagesbild/db';
import { endOfMonthIso, fromIsoDate } from '@lagesbild/types';
import type { YearMonth } from '@lagesbild/types';

/** A project as it stood on a date: its state, its portfolio then, and its latest status update by then. */
export interface ProjectAsOfRow {
  id: number;
  name: string;
  state: ProjectState;
  portfolioId: number;
  portfolioName: string;
  orgUnitId: number;
  /** The latest status update up to the date; all null when there was none. */
  statusUpdateId: number | null;
  statusDate: Date | null;
  time: RagStatus | null;
  cost: RagStatus | null;
  result: RagStatus | null;
}

/** Which projects to read: by id, by the portfolio they belonged to then, or by that portfolio's unit. */
export type ProjectsAsOfFilter = { projectIds: number[] } | { portfolioIds: number[] } | { orgUnitIds: number[] };

/** States after which a project is done: it is no longer red, whatever its last status update said. */
export const ENDED_STATES: readonly ProjectState[] = ['CLOSED', 'WILL_NOT_START'];

/** The last day of a month, as the date a period's views read projects as of. */
export const endOfMonthDate = (month: YearMonth): Date => fromIsoDate(endOfMonthIso(month));

/**
 * The projects as they stood at the end of `asOf`, in one SQL statement whatever their number:
 * every view with a period (overview, board, project page, report) reads a project's state,
 * portfolio and latest status update here, so a project closed or moved later shows as it was.
 *
 * - Portfolio: the target of the latest move up to the date; before its first move, the portfolio
 *   that move left; never moved, the one it is in.
 * - State: the outcome of the latest change of state up to the date; before its first change,
 *   the state that change left (not started when it has none); never changed, its state today.
 * - Latest status update: the newest one dated up to the date.
 * - Existence: read by portfolio or unit, a project split or merged from others is left out
 *   before the date it began (read by id, it shows as not started then).
 */
export function findProjectsAsOf(
  prisma: Pick<PrismaClient, '$queryRaw'>,
  asOf: Date,
  filter: ProjectsAsOfFilter,
): Promise<ProjectAsOfRow[]> {
  const which =
    'projectIds' in filter
      ? Prisma.sql`p."id" = ANY(${filter.projectIds}::int[])`
      : 'portfolioIds' in filter
        ? Prisma.sql`placed."portfolioId" = ANY(${filter.portfolioIds}::int[])`
        : Prisma.sql`f."orgUnitId" = ANY(${filter.orgUnitIds}::int[])`;
  // A project split or merged from others begins on that date: before it, no portfolio held it.
  const existed =
    'projectIds' in filter
      ? Prisma.sql`true`
      : Prisma.sql`NOT EXISTS (SELECT 1 FROM "ProjectLineage" l WHERE l."successorId" = placed."id" AND l."occurredOn" > ${asOf})`;
  return prisma.$queryRaw<ProjectAsOfRow[]>`
    WITH placed AS (
      SELECT p."id", p."name",
        COALESCE(
          (SELECT m."toPortfolioId" FROM "ProjectMove" m
            WHERE m."projectId" = p."id" AND m."movedOn" <= ${asOf}
            ORDER BY m."movedOn" DESC, m."id" DESC LIMIT 1),
          (SELECT m."fromPortfolioId" FROM "ProjectMove" m
            WHERE m."projectId" = p."id" AND m."movedOn" > ${asOf}
            ORDER BY m."movedOn", m."id" LIMIT 1),
          p."portfolioId") AS "portfolioId",
        COALESCE(
          (SELECT c."toState"::text FROM "ProjectStateChange" c
            WHERE c."projectId" = p."id" AND c."changedOn" <= ${asOf}
            ORDER BY c."changedOn" DESC, c."id" DESC LIMIT 1),
          (SELECT COALESCE(c."fromState"::text, 'NOT_STARTED') FROM "ProjectStateChange" c
            WHERE c."projectId" = p."id" AND c."changedOn" > ${asOf}
            ORDER BY c."changedOn", c."id" LIMIT 1),
          p."state"::text) AS "state"
      FROM "Project" p
    )
    SELECT placed."id", placed."name", placed."state", placed."portfolioId",
           f."name" AS "portfolioName", f."orgUnitId",
           s."id" AS "statusUpdateId", s."reportDate" AS "statusDate",
           s."time"::text AS "time", s."cost"::text AS "cost", s."result"::text AS "result"
    FROM placed
    JOIN "Project" p ON p."id" = placed."id"
    JOIN "Portfolio" f ON f."id" = placed."portfolioId"
    LEFT JOIN LATERAL (
      SELECT r."id", r."reportDate", r."time", r."cost", r."result" FROM "ProjectStatusReport" r
      WHERE r."projectId" = placed."id" AND r."reportDate" <= ${asOf}
      ORDER BY r."reportDate" DESC, r."id" DESC LIMIT 1
    ) s ON true
    WHERE ${which} AND ${existed}
    ORDER BY placed."name", placed."id"`;
}
