// Compiles the database package to one CommonJS file, dist/db.js, that the compiled API loads
// (`pnpm start` runs `node dist/main.js`, not a TypeScript loader, so that it starts in a
// fraction of the time). The package's own commands (migrate, seed, reset) and the tests keep
// running the TypeScript.
//
// One file for both entries ("." and "./prepare") so that the server holds one copy of the
// generated Prisma client. The configuration ("./config", dist/config.js) is a file of its own
// that db.js requires: it has no dependencies, so a process can read and check its
// configuration without loading the database's (main.ts starts its API processes first).
// Both live in dist/, one level below the package as src/ is, so the paths the code computes
// from __dirname (schema.prisma, migrations/, the default data folder) point where they do
// under src/. Dependencies stay in node_modules: they resolve from this
// package's folder, as they do for the TypeScript.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const packageDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

const configSource = path.join(packageDir, 'src', 'database-config.ts');
await build({
  entryPoints: [configSource],
  outfile: path.join(packageDir, 'dist', 'config.js'),
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'warning',
});

/** db.js requires dist/config.js rather than holding a second copy (DatabaseConfigError is one class). */
const configFromItsOwnFile = {
  name: 'config-from-its-own-file',
  setup(builder) {
    builder.onResolve({ filter: /\/database-config$/ }, (args) =>
      path.resolve(args.resolveDir, `${args.path}.ts`) === configSource
        ? { path: './config.js', external: true }
        : undefined,
    );
  },
};

await build({
  plugins: [configFromItsOwnFile],
  stdin: {
    contents: "export * from './src/index';\nexport * from './src/prepare-database';\n",
    resolveDir: packageDir,
    sourcefile: 'compiled-entry.ts',
    loader: 'ts',
  },
  outfile: path.join(packageDir, 'dist', 'db.js'),
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'warning',
});

// The demo database image that a fresh embedded database starts from (src/demo-image.ts): made
// from the code just compiled, and again only when that code, the migrations or the year change.
const { writeDemoImage } = createRequire(import.meta.url)(path.join(packageDir, 'dist', 'db.js'));
if ((await writeDemoImage()) === 'written') console.log('Made the demo database image (dist/demo-database.tar.gz).');
