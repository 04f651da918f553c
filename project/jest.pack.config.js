/** Jest for the pack test (project/*.pack.test.ts), run alone and in band by `npm run test:pack`, after the build. */
const base = require('../jest.config.js');

module.exports = {
  ...base,
  rootDir: '..',
  testMatch: ['<rootDir>/project/**/*.pack.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  testTimeout: 120000,
};
