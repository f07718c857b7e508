import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Merges the modules' SDL (apps/api/src/modules/<module>/<module>.graphql) into
 * schema.graphql: the committed contract that the server loads and the web app builds against.
 */
const config: CodegenConfig = {
  overwrite: true,
  schema: '../../apps/api/src/modules/**/*.graphql',
  generates: {
    'schema.graphql': { plugins: ['schema-ast'], config: { includeDirectives: true, sort: false } },
  },
};

export default config;
