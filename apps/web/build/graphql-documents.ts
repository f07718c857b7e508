import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const GENERATED = fileURLToPath(new URL('../src/generated/', import.meta.url));
const MODULE_PREFIX = 'virtual:graphql-document/';
const RESOLVED_PREFIX = `\0${MODULE_PREFIX}`;

/** A `graphql(`…`)` call of the client preset, with the document's source (no interpolation). */
const GRAPHQL_CALL = /\bgraphql\(\s*`((?:[^`\\$]|\$(?!\{))*)`\s*\)/g;
const GRAPHQL_IMPORT = /^import \{ graphql \} from '(\.\.\/)+generated';\n/m;

/**
 * The client preset's `graphql()` looks each document up in one map of every document in the
 * app (src/generated/gql.ts), and all documents live in one module (src/generated/graphql.ts),
 * so whichever page loads first gets every page's documents (about 20 KB gzipped). In the
 * build, each call becomes an import of a module holding only its own document (the same
 * object codegen wrote, fragments included), so each document travels with the chunk that
 * uses it, as the preset's Babel plugin would arrange. Tests and the dev server keep the
 * preset's runtime lookup: the document is the same.
 */
export function graphqlDocuments(): Plugin {
  let sources = new Map<string, string>();
  let documents = new Map<string, string>();
  return {
    name: 'lagesbild:graphql-documents',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      sources = readDocumentMap(readFileSync(`${GENERATED}gql.ts`, 'utf8'));
      documents = readDocuments(readFileSync(`${GENERATED}graphql.ts`, 'utf8'));
    },
    resolveId(id) {
      return id.startsWith(MODULE_PREFIX) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(RESOLVED_PREFIX)) return null;
      const literal = documents.get(id.slice(RESOLVED_PREFIX.length));
      if (!literal) throw new Error(`${id}: no such document in src/generated/graphql.ts.`);
      return `export default ${literal};\n`;
    },
    transform(code, id) {
      if (id.startsWith(GENERATED) || !/\.tsx?$/.test(id) || !code.includes('graphql(')) return null;
      const imports = new Map<string, string>();
      const replaced = code.replace(GRAPHQL_CALL, (_call, source: string) => {
        const exported = sources.get(source);
        // Generated code out of date: codegen first, or the page would get an empty document.
        if (!exported) throw new Error(`${id}: a graphql() document codegen does not know; run pnpm codegen.`);
        const local = `__document_${exported}`;
        imports.set(exported, local);
        return local;
      });
      if (imports.size === 0) return null;
      // Without this import the map of every document is not loaded at all.
      const withoutMap = replaced.replace(GRAPHQL_IMPORT, '');
      if (/\bgraphql\(/.test(withoutMap)) throw new Error(`${id}: a graphql() call this build step cannot replace.`);
      const importLines = [...imports].map(
        ([exported, local]) => `import ${local} from ${JSON.stringify(MODULE_PREFIX + exported)};\n`,
      );
      return { code: importLines.join('') + withoutMap, map: null };
    },
  };
}

/** gql.ts's `const documents = { '<source>': types.<Export>, … }` (double quotes where the source has a single one), as source → export name. */
export function readDocumentMap(gqlSource: string): Map<string, string> {
  const start = gqlSource.indexOf('const documents');
  const block = gqlSource.slice(start, gqlSource.indexOf('\n};', start));
  const documents = new Map<string, string>();
  for (const [, , literal, exported] of block.matchAll(/(['"])((?:(?!\1)[^\\]|\\.)*)\1:\s*types\.(\w+),/g)) {
    documents.set(unquote(literal!), exported!);
  }
  if (documents.size === 0) throw new Error('No documents found in src/generated/gql.ts.');
  return documents;
}

/** graphql.ts's `export const X = { … } as unknown as DocumentNode<…>;`, as X → the object literal. */
export function readDocuments(graphqlSource: string): Map<string, string> {
  const documents = new Map<string, string>();
  for (const [, exported, literal] of graphqlSource.matchAll(
    /^export const (\w+) = (\{\n[\s\S]*?\n\}) as unknown as DocumentNode</gm,
  )) {
    documents.set(exported!, literal!);
  }
  return documents;
}

/** The value of a quoted JavaScript string literal's body, as codegen writes them. */
function unquote(body: string): string {
  return body.replace(/\\(.)/g, (_escape, char: string) => (char === 'n' ? '\n' : char === 't' ? '\t' : char));
}
