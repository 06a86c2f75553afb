import preset from '../../jest.preset.js';

export default {
  ...preset,
  displayName: 'api',
  rootDir: import.meta.dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
  globalSetup: '<rootDir>/test/global-setup.mjs',
  globalTeardown: '<rootDir>/test/global-teardown.mjs',
};
