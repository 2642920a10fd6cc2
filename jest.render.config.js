/** `npm run test:render`: print checks through LibreOffice (slow; skipped when soffice is absent). */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/render'],
  testMatch: ['**/*.render.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json', isolatedModules: true }],
  },
  testTimeout: 240000,
};
