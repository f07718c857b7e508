/**
 * The API's module boundaries, checked by `pnpm lint` (dependency-cruiser):
 * - a module is reached only through its public face, `modules/<module>/index.ts`;
 * - no import cycle, even through types, except through the request context and the generated
 *   resolver types, which name every module by design (and are imported by modules for types only).
 * The shared kernel (errors/, validation/, authorization/, context.ts) sits outside the modules.
 */
const api = '^apps/api/src/';
const modules = `${api}modules/`;

module.exports = {
  forbidden: [
    {
      name: 'no-deep-import-into-another-module',
      comment: "Another module's files are its internals: import what it offers from its index.ts, or add it there.",
      severity: 'error',
      from: { path: `${modules}([^/]+)/` },
      to: { path: modules, pathNot: [`${modules}$1/`, `${modules}[^/]+/index\\.ts$`] },
    },
    {
      name: 'no-deep-import-from-outside-the-modules',
      comment: "Code outside the modules (server, context, schema, tests' helpers) uses a module's index.ts too.",
      severity: 'error',
      // The generated resolver types map GraphQL types to the rows services return; codegen writes them.
      from: { path: api, pathNot: [modules, `${api}generated/`] },
      to: { path: `${modules}[^/]+/.+`, pathNot: `${modules}[^/]+/index\\.ts$` },
    },
    {
      name: 'no-cycle',
      comment:
        'Modules depend on each other in one direction, even through types; a cycle means a concept sits in the wrong module.',
      severity: 'error',
      from: { path: api },
      to: { circular: true },
    },
    {
      name: 'context-only-for-its-types',
      comment:
        'The request context names every module (its loaders), so a module takes a context or a factory of one as an argument instead of importing it.',
      severity: 'error',
      from: { path: modules, pathNot: '\\.test\\.ts$' },
      to: { path: `${api}context\\.ts$`, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'document-libraries-loaded-on-demand',
      comment:
        'The PDF, Word and Excel libraries take half a second to load: the server loads their renderers and readers when a document is asked for (import()), and only the thread that reads uploads loads exceljs.',
      severity: 'error',
      from: {
        path: api,
        pathNot: [
          '\\.test\\.ts$',
          `${modules}reports/export/write-sample-`,
          `${modules}value-import/import-file-worker\\.ts$`,
        ],
      },
      to: {
        path: `${modules}(reports/export/report-(pdf|docx)|value-import/import-file)\\.ts$`,
        dependencyTypesNot: ['type-only', 'dynamic-import'],
      },
    },
  ],
  options: {
    // The context and the generated resolver types name every module by design (loaders, rows):
    // imports of them are checked, imports from them are not followed into cycles.
    doNotFollow: { path: ['node_modules', `${api}context\\.ts$`, `${api}generated/`] },
    tsPreCompilationDeps: true,

    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
