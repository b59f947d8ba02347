import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed client documents: each view's GraphQL documents (`ui/src/<view>/<view>.graphql.ts`) are
 * checked against the API's schema and their result and variable types generated into
 * `ui/src/gql/` by `npm run codegen`. A test fails when the generated output is stale.
 */
const config: CodegenConfig = {
  schema: 'api/schema.graphql',
  documents: ['ui/src/**/*.graphql.ts'],
  ignoreNoDocuments: false,
  generates: {
    'ui/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { ID: 'string' },
      },
    },
  },
};

export default config;
