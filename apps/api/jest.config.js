import preset from '../../jest.preset.js';

// Integration tests (test/): the global setup starts one PostgreSQL for the run; each test file clones a database.
export default {
  ...preset,
  displayName: 'api',
  rootDir: import.meta.dirname,
  globalSetup: '<rootDir>/test/global-setup.mjs',
  globalTeardown: '<rootDir>/test/global-teardown.mjs',
  maxWorkers: 2,
};
