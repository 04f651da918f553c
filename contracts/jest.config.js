/**
 * Jest for the contract layers, each run as its own npm script and in band: the consumer pact tests
 * (`*.pact.test.ts`, which write contracts/pacts/) and the Prism conformance test (`*.prism.test.ts`).
 */
const base = require('../jest.config.js');

/* pact's native core otherwise tries to send usage metrics. */
process.env.PACT_DO_NOT_TRACK ??= 'true';

module.exports = {
  ...base,
  rootDir: '..',
  testMatch: ['<rootDir>/contracts/**/*.pact.test.ts', '<rootDir>/contracts/**/*.prism.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
};
