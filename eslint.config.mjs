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
    ignores: ['dist/**', 'node_modules/**', 'graph/neo4j/target/**', 'ui/src/gql/**', 'tests/artifacts/**', '.neo4j/**', 'coverage/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
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
    languageOptions: { globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly', console: 'readonly' } },
  },
  {
    files: ['api/**', 'graph/**', 'import/**', 'ui/**'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.json'] } },
      'boundaries/elements': [
        { type: 'ui', pattern: 'ui/**', mode: 'full' },
        // The bundle's schema and the importer's error type are the vocabulary every layer speaks.
        { type: 'import-contract', pattern: ['import/bundle/schema.ts', 'import/errors.ts'], mode: 'full' },
        // The provenance rules every fact names: read by the importer, the loader and the API alike.
        { type: 'rules', pattern: 'graph/rules.ts', mode: 'full' },
        { type: 'api', pattern: 'api/**', mode: 'full' },
        { type: 'graph', pattern: 'graph/**', mode: 'full' },
        ...importLayers.map((layer) => ({ type: `import-${layer}`, pattern: `import/${layer}/**`, mode: 'full' })),
        { type: 'import-city', pattern: 'import/city/**', mode: 'full' },
        { type: 'import-entry', pattern: 'import/*.ts', mode: 'full' },
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
            { from: { element: { type: 'api' } }, allow: { to: { element: { types: { anyOf: ['api', 'graph', 'rules'] } } } } },
            { from: { element: { types: { anyOf: ['graph', 'import-contract', 'import-entry', ...importLayers.map((l) => `import-${l}`)] } } }, allow: { to: { element: { type: 'rules' } } } },
            { from: { element: { type: 'import-city' } }, allow: { to: { element: { types: { anyOf: ['import-city', 'import-text'] } } } } },
            ...layerPolicies,
            { from: { element: { types: { anyOf: ['import-city', ...importLayers.map((l) => `import-${l}`)] } } }, allow: { to: { element: { type: 'import-contract' } } } },
            { from: { element: { type: 'import-contract' } }, allow: { to: { element: { type: 'import-contract' } } } },
            // City profiles are data every layer after parsing may read.
            { from: { element: { types: { anyOf: importLayers.slice(1).map((l) => `import-${l}`) } } }, allow: { to: { element: { type: 'import-city' } } } },
            { from: { element: { type: 'import-load' } }, allow: { to: { element: { type: 'graph' } } } },
            { from: { element: { type: 'import-entry' } }, allow: { to: { element: { types: { anyOf: ['import-entry', 'import-contract', 'import-city', 'graph', ...importLayers.map((l) => `import-${l}`)] } } } } },
          ],
        },
      ],
    },
  },
);
