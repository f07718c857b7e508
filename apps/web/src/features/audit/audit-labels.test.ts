/**
 * @jest-environment node
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema } from 'graphql';
import { en } from '../../i18n/en';
import { sv } from '../../i18n/sv';
import { codedValueKey, fieldLabelKey, operationLabelKey, SECRET_FIELDS } from './audit-labels';

const ROOT = fileURLToPath(new URL('../../../../../', import.meta.url));
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

const LANGUAGES = { sv, en } as const;

/** The string at a translation key ("auditField.outcome"), or undefined when there is none. */
function stringAt(translations: object, key: string): string | undefined {
  const found = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], translations);
  return typeof found === 'string' ? found : undefined;
}

/** The keys of `keys` without a non-empty string in either language, as "sv: key". */
function unlabelled(keys: readonly string[]): string[] {
  return Object.entries(LANGUAGES).flatMap(([language, translations]) =>
    keys.filter((key) => !stringAt(translations, key)).map((key) => `${language}: ${key}`),
  );
}

/** The names in `const NAME = new Set([...])` of an API source file: what the API audits and hides. */
function apiSet(path: string, name: string): Set<string> {
  const declaration = new RegExp(`const ${name} = new Set\\(\\[([^\\]]*)\\]\\)`).exec(read(path));
  if (!declaration) throw new Error(`${path} no longer declares ${name}`);
  return new Set([...declaration[1]!.matchAll(/'([^']+)'/g)].map((match) => match[1]!));
}

const UNAUDITED_MODELS = apiSet('apps/api/src/modules/audit/audited-writes.ts', 'UNAUDITED_MODELS');
const IGNORED_FIELDS = apiSet('apps/api/src/modules/audit/audit-event.ts', 'IGNORED_FIELDS');
const API_SECRET_FIELDS = apiSet('apps/api/src/modules/audit/audit-event.ts', 'SECRET_FIELDS');

const PRISMA_SCALARS = new Set(['String', 'Int', 'Float', 'Boolean', 'DateTime', 'Decimal', 'BigInt', 'Json', 'Bytes']);

interface ModelField {
  model: string;
  field: string;
  /** The enum's values for a field of an enum type; undefined for a scalar. */
  codes?: string[];
}

/** Every scalar and enum field of every audited model of prisma/schema.prisma, read as text. */
function auditedFields(): ModelField[] {
  const schema = read('prisma/schema.prisma').replace(/\/\/.*$/gm, '');
  const enums = new Map(
    [...schema.matchAll(/^enum (\w+) \{([^}]*)\}/gm)].map(([, name, body]) => [name!, body!.match(/\b[A-Z_0-9]+\b/g)!]),
  );
  return [...schema.matchAll(/^model (\w+) \{([^}]*)\}/gm)]
    .filter(([, model]) => !UNAUDITED_MODELS.has(model!))
    .flatMap(([, model, body]) =>
      body!.split('\n').flatMap((line) => {
        const declared = /^\s*(\w+)\s+(\w+)(\[\])?\??(\s|$)/.exec(line);
        if (!declared) return [];
        const [, field, type] = declared;
        if (field === 'id' || IGNORED_FIELDS.has(field!)) return [];
        if (PRISMA_SCALARS.has(type!)) return [{ model: model!, field: field! }];
        if (enums.has(type!)) return [{ model: model!, field: field!, codes: enums.get(type!)! }];
        return []; // a relation: its foreign key is the scalar field beside it
      }),
    );
}

/** The operation names the API records outside a mutation's resolver's name: runAudited's and mutate's. */
function recordedOperations(folder = join(ROOT, 'apps/api/src')): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : recordedOperations(path);
    if (!/\.ts$/.test(entry.name) || /\.test\.ts$/.test(entry.name)) return [];
    const source = readFileSync(path, 'utf8');
    return [
      ...source.matchAll(/\bmutate\(\s*'([^']+)'/g),
      ...source.matchAll(/\brunAudited\(\s*[^,]+,\s*'([^']+)'/g),
    ].map((match) => match[1]!);
  });
}

describe('the audit log labels everything it shows, in Swedish and English', () => {
  const fields = auditedFields();

  it('reads the models and the fields the API audits', () => {
    expect(UNAUDITED_MODELS).toEqual(
      new Set(['AuditEvent', 'DataVersion', 'Session', 'SignInFailure', 'ValueImport', 'ValueImportRow']),
    );
    expect(IGNORED_FIELDS).toContain('updatedAt');
    expect(fields).toContainEqual({ model: 'StatusDeviation', field: 'actionOwner' });
    expect(fields).toContainEqual({ model: 'StatusDeviation', field: 'dimension', codes: ['TIME', 'COST', 'RESULT'] });
    expect(fields.filter(({ model }) => model === 'User').map(({ field }) => field)).toEqual(
      expect.arrayContaining(['email', 'passwordHash', 'oidcSubject']),
    );
    expect(fields.some(({ model }) => model === 'Session')).toBe(false);
    expect(fields.some(({ field }) => field === 'createdAt' || field === 'id')).toBe(false);
  });

  it('names every field of every audited model', () => {
    expect(unlabelled([...new Set(fields.map(({ model, field }) => fieldLabelKey(model, field)))])).toEqual([]);
  });

  it('names every code of every coded field, without placeholders it has no values for', () => {
    const missing = fields.flatMap(({ model, field, codes = [] }) =>
      codes.flatMap((code) => {
        const key = codedValueKey(model, field, code);
        if (!key) return [`${model}.${field}: ${code} has no label map`];
        return Object.entries(LANGUAGES).flatMap(([language, translations]) => {
          const label = stringAt(translations, key);
          return label && !label.includes('{{') ? [] : [`${language}: ${model}.${field} ${code} (${key})`];
        });
      }),
    );
    expect(missing).toEqual([]);
  });

  it('hides the values of the fields the API hides', () => {
    expect(new Set(SECRET_FIELDS)).toEqual(API_SECRET_FIELDS);
  });

  it('names every mutation of the schema as the operation that made a change', () => {
    const schema = buildSchema(read('packages/types/schema.graphql'));
    const mutations = Object.keys(schema.getMutationType()!.getFields());
    expect(mutations.length).toBeGreaterThan(50);
    expect(unlabelled(mutations.map(operationLabelKey))).toEqual([]);
  });

  it('names every operation the API records, the sign-in, first run and command line included', () => {
    const operations = [...new Set(recordedOperations())];
    expect(operations).toEqual(expect.arrayContaining(['addProjectStatusUpdate', 'linkSingleSignOn', 'admin:create']));
    expect(unlabelled(operations.map(operationLabelKey))).toEqual([]);
  });
});
