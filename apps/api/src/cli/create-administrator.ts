/**
 * `pnpm admin:create --email ADDRESS --name "NAME" [--city "Göteborgs Stad"]`: makes an
 * administrator of the root unit, in the database the server uses (DATA_DIR or
 * DATABASE_URL). An empty data folder or database is migrated first and given its root unit
 * and the default perspectives, so a new installation can be entered without the first-run
 * page. The password is read from a prompt or standard input (read-password.ts).
 */
import { parseArgs } from 'node:util';
import { DatabaseConfigError, hashPassword, openDatabase } from '@lagesbild/db';
import type { Database } from '@lagesbild/db';
import { prepareDatabase } from '@lagesbild/db/prepare';
import { DEFAULT_CITY_NAME, firstAdministratorSchema, nameSchema } from '@lagesbild/types';
import { ConfigError, readConfig } from '../env';
import { createAdministrator } from '../modules/access';
import { runAudited, withAuditedWrites } from '../modules/audit';
import { readPassword } from './read-password';

const USAGE = 'usage: pnpm admin:create --email ADDRESS --name "NAME" [--city "CITY"]; the password is asked for';

/** A refusal the person at the terminal can act on: one line, exit code 1. */
class Refusal extends Error {}

function readArguments(argv: string[]): { email: string; name: string; city: string } {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { email: { type: 'string' }, name: { type: 'string' }, city: { type: 'string' } },
      strict: true,
    }));
  } catch (error) {
    throw new Refusal(`${(error as Error).message}; ${USAGE}`);
  }
  const { email, name, city } = values;
  if (typeof email !== 'string' || typeof name !== 'string')
    throw new Refusal(`--email and --name are needed; ${USAGE}`);
  return { email, name, city: typeof city === 'string' ? city : DEFAULT_CITY_NAME };
}

const FIELD_NAMES: Record<string, string> = {
  email: '--email',
  name: '--name',
  password: 'the password',
  city: '--city',
};
const PROBLEMS: Record<string, string> = {
  required: 'is empty',
  invalidEmail: 'is not an email address',
  passwordTooShort: 'is shorter than 10 characters',
  tooLong: 'is too long',
  invalidCharacters: 'holds characters that cannot be stored',
};

function explainIssues(issues: readonly { path: PropertyKey[]; message: string }[], field?: string): string {
  return issues
    .map((issue) => `${FIELD_NAMES[field ?? String(issue.path[0])]} ${PROBLEMS[issue.message] ?? issue.message}`)
    .join('; ');
}

async function main(): Promise<void> {
  const config = readConfig();
  const args = readArguments(process.argv.slice(2));
  const city = nameSchema.safeParse(args.city);
  if (!city.success) throw new Refusal(`Refused: ${explainIssues(city.error.issues, 'city')}`);
  const password = await readPassword('Password for the administrator (at least 10 characters): ').catch(() => {
    throw new Refusal('Cancelled; nothing was created');
  });
  if (password === '') throw new Refusal('No password given: type it at the prompt or send it on standard input');
  const parsed = firstAdministratorSchema.safeParse({ email: args.email, name: args.name, password });
  if (!parsed.success) throw new Refusal(`Refused: ${explainIssues(parsed.error.issues)}`);

  let database: Database | undefined;
  try {
    database = await openDatabase(config.database);
    const { appliedMigrations } = await prepareDatabase(database, { seedDemoDataIfEmpty: false });
    if (appliedMigrations.length > 0) {
      console.log(`Applied ${appliedMigrations.length} migration(s) to ${database.description}.`);
    }
    const passwordHash = await hashPassword(parsed.data.password);
    const created = await runAudited(withAuditedWrites(database.prisma), 'admin:create', null, (tx) =>
      createAdministrator(
        tx,
        { ...parsed.data, passwordHash, cityName: city.data },
        { onlyIntoEmptyInstallation: false },
      ),
    );
    if (created.kind !== 'created') {
      throw new Refusal(
        `Refused: a user with the email ${parsed.data.email} exists already; an administrator gives them the role on Användare`,
      );
    }
    if (created.createdRootUnit) console.log(`Created the root unit ${created.rootUnit.name}.`);
    if (created.createdPerspectives > 0)
      console.log(`Created the ${created.createdPerspectives} default perspectives.`);
    if (created.createdRiskCategories > 0)
      console.log(`Created the ${created.createdRiskCategories} default risk categories.`);
    console.log(
      `${created.user.name} <${created.user.email}> is an administrator of ${created.rootUnit.name} in ${database.description}.`,
    );
  } finally {
    await database?.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof Refusal || error instanceof DatabaseConfigError || error instanceof ConfigError) {
    console.error(error instanceof Refusal ? error.message : `Error: ${error.message}`);
  } else {
    console.error(error);
  }
  process.exitCode = 1;
});
