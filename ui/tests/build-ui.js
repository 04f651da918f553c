/**
 * Jest globalSetup of the browser tests: dist/ built from the current sources (the pages in dist/ui, and
 * dist/msw.js with the embedded contracts that the MSW page bundles). Incremental: a no-op when nothing changed.
 */
const { execFileSync } = require('node:child_process');
const { join } = require('node:path');

module.exports = () => {
  execFileSync(process.execPath, [join(__dirname, '..', '..', 'scripts', 'build.mjs'), '--quiet'], { stdio: 'inherit' });
};
