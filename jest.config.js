/** Unit tests sit beside the code they test; integration and browser tests live in tests/. */
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json' }];

module.exports = {
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      transform: { '^.+\\.tsx?$': tsJest },
      testMatch: ['<rootDir>/{api,graph,import,bench}/**/*.test.ts'],
      setupFiles: ['reflect-metadata'],
    },
    {
      // One shared Neo4j: these files run serially (see tests/serial-runner.js).
      displayName: 'integration',
      testEnvironment: 'node',
      transform: { '^.+\\.tsx?$': tsJest },
      testMatch: ['<rootDir>/tests/**/*.test.ts'],
      setupFiles: ['reflect-metadata'],
      setupFilesAfterEnv: ['<rootDir>/tests/timeout.js'],
      runner: '<rootDir>/tests/serial-runner.js',
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
