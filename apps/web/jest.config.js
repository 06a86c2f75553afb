// Component tests of the web app and libs/web (jsdom). Run with NODE_OPTIONS=--experimental-vm-modules.
import path from 'node:path';
import preset from '../../jest.preset.js';

const root = path.resolve(import.meta.dirname, '../..');

export default {
  ...preset,
  displayName: 'web',
  rootDir: root,
  roots: ['<rootDir>/apps/web', '<rootDir>/libs/web'],
  testMatch: ['**/*.spec.ts', '**/*.spec.tsx'],
  testEnvironment: 'jsdom',
  setupFilesAfterEnv: ['<rootDir>/apps/web/test/setup.ts'],
  moduleNameMapper: {
    ...preset.moduleNameMapper,
    '\\.css$': '<rootDir>/apps/web/test/style-stub.js',
  },
};
