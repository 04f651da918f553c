/** Jest for the browser tests (`npm run test:browser`): real Chromium, driven by playwright-core, in band. */
const base = require('../jest.config.js');

module.exports = {
  ...base,
  rootDir: '..',
  testMatch: ['<rootDir>/ui/tests/**/*.browser.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  testTimeout: 60000,
  /* The pages are served from dist/ui: build them from ui/ first (a no-op when nothing changed). */
  globalSetup: '<rootDir>/ui/tests/build-ui.js',
};
