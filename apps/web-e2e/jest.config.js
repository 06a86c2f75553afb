// Browser tests: start the real API (embedded PostgreSQL, demo data) on free ports and drive Debian's
// Chromium with playwright-core against the built web app (the e2e target builds it first). In band.
import preset from '../../jest.preset.js';

export default {
  ...preset,
  displayName: 'web-e2e',
  rootDir: import.meta.dirname,
  testMatch: ['<rootDir>/src/**/*.e2e.ts'],
  globalSetup: '<rootDir>/global-setup.js',
  globalTeardown: '<rootDir>/global-teardown.js',
  testTimeout: 180_000,
  maxWorkers: 1,
};
