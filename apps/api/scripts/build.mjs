// Compiles the API to JavaScript: dist/main.js (the server) and dist/import-file-worker.js (the
// thread that reads uploaded files), so that `pnpm start` runs `node dist/main.js` instead of
// a TypeScript loader. `pnpm dev` and the tests keep running the TypeScript.
//
// The shared vocabulary (@lagesbild/types) is bundled in. The database package is not: it is
// compiled on its own (prisma/scripts/build.mjs), so its dependencies resolve from its own
// folder, and the server loads it through the "lagesbild-compiled" export condition that the
// start script passes to node. Other dependencies stay in node_modules. dist/ is one level
// below the package as src/ is, so the web app's folder computed from __dirname in env.ts is
// the same in both.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const packageDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** Bundles the workspace's shared vocabulary; leaves every other package to node_modules. */
const bundleOnlyTheVocabulary = {
  name: 'bundle-only-the-vocabulary',
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path === '@lagesbild/types' ? undefined : { path: args.path, external: true },
    );
  },
};

await build({
  entryPoints: {
    main: path.join(packageDir, 'src', 'main.ts'),
    'import-file-worker': path.join(packageDir, 'src', 'modules', 'value-import', 'import-file-worker.ts'),
  },
  outdir: path.join(packageDir, 'dist'),
  bundle: true,
  plugins: [bundleOnlyTheVocabulary],
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // The compiled server is the production one. graphql-js reads NODE_ENV when it loads, and in
  // any other mode checks each of the answer's types with a slower instanceof that names a
  // duplicate copy of graphql (about 10 ms of a city's overview); Apollo Server then also turns
  // introspection and the stack traces of errors off. A NODE_ENV set by whoever starts it wins.
  // The banner repeats "use strict" because a statement before esbuild's own would end the
  // directive prologue and leave the bundle in sloppy mode.
  banner: { js: "'use strict';\nprocess.env.NODE_ENV ??= 'production';" },
  logLevel: 'warning',
});
