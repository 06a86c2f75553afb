// Every Jest project of the workspace; `npm test` runs them in one Jest process.
export default {
  projects: ['<rootDir>/libs/credit/jest.config.js', '<rootDir>/libs/api/jest.config.js', '<rootDir>/apps/api/jest.config.js', '<rootDir>/apps/web/jest.config.js'],
  // a global option (projects cannot set it): integration tests start servers and PostgreSQL databases
  testTimeout: 60_000,
};
