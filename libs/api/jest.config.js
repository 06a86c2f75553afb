import preset from '../../jest.preset.js';

// Unit tests of the API libraries (pure logic; integration tests live in apps/api/test).
export default {
  ...preset,
  displayName: 'api-libs',
  rootDir: import.meta.dirname,
  testMatch: ['<rootDir>/*/src/**/*.spec.ts'],
};
