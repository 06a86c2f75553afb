// Browser tests: build the web app, start the real API (embedded PostgreSQL, demo data) on free
// ports, drive Debian's Chromium with playwright-core. Run in band, with long timeouts.
import path from 'node:path';
import preset from '../../jest.preset.js';

const root = path.resolve(import.meta.dirname, '../..');

export default {
  ...preset,
  displayName: 'web-e2e',
  rootDir: root,
  roots: ['<rootDir>/apps/web-e2e/src'],
  testMatch: ['**/*.e2e.ts'],
  testEnvironment: 'node',
  globalSetup: '<rootDir>/apps/web-e2e/global-setup.js',
  globalTeardown: '<rootDir>/apps/web-e2e/global-teardown.js',
  testTimeout: 180_000,
  maxWorkers: 1,
};
