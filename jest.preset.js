// Shared Jest settings; each project's jest.config.js spreads one of these and sets displayName and rootDir.
// The code is ESM (NestJS 12 ships ESM only), so Jest runs with --experimental-vm-modules (the `test`
// target in nx.json sets it); SWC compiles TypeScript and keeps decorator metadata for Nest.
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));
const { compilerOptions } = JSON.parse(readFileSync(path.join(root, 'tsconfig.base.json'), 'utf8'));

const moduleNameMapper = {};
for (const [alias, [target]] of Object.entries(compilerOptions.paths)) {
  moduleNameMapper[`^${alias.replace(/\//g, '\\/')}$`] = path.join(root, target);
}

const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true, tsx: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'es6' },
};

/** Node projects: the API libraries and app, the credit engine. */
const preset = {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/**/*.spec.ts', '<rootDir>/**/*.spec.tsx'],
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: { '^.+\\.tsx?$': ['@swc/jest', swc] },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json'],
  moduleNameMapper,
  // integration tests start servers and PostgreSQL databases; property tests run thousands of cases
  testTimeout: 60_000,
};
export default preset;

/** Web projects: jsdom, the few browser APIs it lacks, and CSS imports stubbed out. */
export const webPreset = {
  ...preset,
  testEnvironment: 'jsdom',
  setupFilesAfterEnv: [path.join(root, 'tools/jest/web-setup.js')],
  moduleNameMapper: { ...moduleNameMapper, '\\.css$': path.join(root, 'tools/jest/style-stub.js') },
};
