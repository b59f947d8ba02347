// Lint: type-aware typescript-eslint, and the one direction of flow enforced by boundaries.
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import tseslint from 'typescript-eslint';

/** The importer's layers, earliest first: each may import only from the ones before it. */
const importLayers = ['text', 'parse', 'extract', 'resolve', 'bundle', 'load'];

const layerPolicies = importLayers.map((layer, index) => ({
  from: { element: { type: `import-${layer}` } },
  allow: { to: { element: { types: { anyOf: importLayers.slice(0, index + 1).map((l) => `import-${l}`) } } } },
}));

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'graph/neo4j/target/**',
      'ui/src/gql/**',
      'tests/artifacts/**',
      '.neo4j/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      // codegen.ts runs outside the compiled tree, so it is not in tsconfig.json.
      parserOptions: { projectService: { allowDefaultProject: ['codegen.ts'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
    },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'tests/**', 'bench/**', 'ui/test/**'],
    rules: {
      // Tests and benches read loosely typed JSON responses on purpose.
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        __dirname: 'readonly',
        console: 'readonly',
      },
    },
  },
  {
    // Plain .js files here are CommonJS (the bin, jest's config and runner): require is how they load modules.
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['api/**', 'graph/**', 'import/**', 'ui/**'],
    // Tests and their fixtures may reach across layers to set a case up.
    ignores: ['**/*.test.ts', '**/*.test.tsx', '**/fixtures/**'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.json'] } },
      // Elements are folders matched from the project root; the first that matches a file is its element.
      'boundaries/elements': [
        { type: 'ui', pattern: 'ui', partialMatch: false },
        { type: 'api', pattern: 'api', partialMatch: false },
        { type: 'graph', pattern: 'graph', partialMatch: false },
        ...importLayers.map((layer) => ({ type: `import-${layer}`, pattern: `import/${layer}`, partialMatch: false })),
        { type: 'import-city', pattern: 'import/city', partialMatch: false },
        // The rest of import/ (cli, pipeline, bulk, eval, fuzz) runs the whole importer.
        { type: 'import-entry', pattern: 'import', partialMatch: false },
      ],
      // The bundle's schema, its id builders and the importer's error type are the vocabulary every layer speaks; the
      // provenance rules (graph/rules.ts), how a box's number is kept (graph/box-number.ts) and where the project lives
      // (graph/project-root.ts) are read by the importer, the loader and the API alike.
      'boundaries/files': [
        {
          category: 'import-contract',
          pattern: ['import/bundle/schema.ts', 'import/bundle/ids.ts', 'import/errors.ts'],
        },
        { category: 'shared', pattern: ['graph/rules.ts', 'graph/box-number.ts', 'graph/project-root.ts'] },
      ],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: [
            { from: { element: { type: 'ui' } }, allow: { to: { element: { type: 'ui' } } } },
            { from: { element: { type: 'graph' } }, allow: { to: { element: { type: 'graph' } } } },
            { from: { element: { type: 'api' } }, allow: { to: { element: { types: { anyOf: ['api', 'graph'] } } } } },
            {
              from: { element: { types: { anyOf: ['import-city', ...importLayers.map((l) => `import-${l}`)] } } },
              allow: { to: { file: { categories: 'shared' } } },
            },
            {
              from: { element: { type: 'import-city' } },
              allow: { to: { element: { types: { anyOf: ['import-city', 'import-text'] } } } },
            },
            ...layerPolicies,
            {
              from: { element: { types: { anyOf: ['import-city', ...importLayers.map((l) => `import-${l}`)] } } },
              allow: { to: { file: { categories: 'import-contract' } } },
            },
            // City profiles are data every layer after parsing may read.
            {
              from: { element: { types: { anyOf: importLayers.slice(1).map((l) => `import-${l}`) } } },
              allow: { to: { element: { type: 'import-city' } } },
            },
            { from: { element: { type: 'import-load' } }, allow: { to: { element: { type: 'graph' } } } },
            {
              from: { element: { type: 'import-entry' } },
              allow: {
                to: {
                  element: {
                    types: {
                      anyOf: ['import-entry', 'import-city', 'graph', ...importLayers.map((l) => `import-${l}`)],
                    },
                  },
                },
              },
            },
          ],
        },
      ],
    },
  },
);
