/** Unit tests sit beside the code they test; integration and browser tests live in tests/. */
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json' }];

module.exports = {
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      transform: { '^.+\\.tsx?$': tsJest },
      testMatch: ['<rootDir>/{api,graph,import,bench}/**/*.test.ts', '<rootDir>/tests/**/*.test.ts'],
      setupFiles: ['reflect-metadata'],
    },
    {
      displayName: 'ui',
      testEnvironment: 'jsdom',
      transform: { '^.+\\.tsx?$': tsJest },
      testMatch: ['<rootDir>/ui/**/*.test.tsx', '<rootDir>/ui/**/*.test.ts'],
      setupFilesAfterEnv: ['@testing-library/jest-dom'],
      moduleNameMapper: { '\\.css$': '<rootDir>/ui/test/styleStub.js' },
    },
  ],
};
