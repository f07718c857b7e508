import { isStandbyRead } from './read-replicas';

/** Which raw statements go to a read replica: a hot standby refuses anything that locks or writes. */
describe('a raw statement a read replica answers', () => {
  it.each([
    ['a SELECT', 'SELECT "id" FROM "Plan" WHERE "year" IN ($1)'],
    ['a WITH … SELECT', 'WITH RECURSIVE subtree AS (SELECT "id" FROM "OrgUnit") SELECT * FROM subtree'],
    ['a SELECT in parentheses', '(SELECT 1) UNION (SELECT 2)'],
  ])('is %s', (_name, sql) => {
    expect(isStandbyRead(sql)).toBe(true);
  });

  it.each([
    ['a row lock', 'SELECT "orgUnitId" FROM "Plan" WHERE "year" IN ($1) FOR SHARE'],
    ['a row lock for update', 'SELECT "id" FROM "Risk" WHERE "id" = $1 FOR NO KEY UPDATE'],
    ['a write in a CTE', 'WITH moved AS (UPDATE "Project" SET "portfolioId" = $1 RETURNING *) SELECT * FROM moved'],
    ['an advisory lock', 'SELECT pg_advisory_xact_lock($1)'],
    ['a sequence', 'SELECT nextval(\'"Report_id_seq"\')'],
    ['a write', 'INSERT INTO "AuditEvent" ("operation") VALUES ($1)'],
  ])('is not %s', (_name, sql) => {
    expect(isStandbyRead(sql)).toBe(false);
  });
});
