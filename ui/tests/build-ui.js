/** Jest globalSetup of the browser tests: dist/ui built from the current ui/ sources. */
const { execFileSync } = require('node:child_process');
const { join } = require('node:path');

module.exports = () => {
  execFileSync(process.execPath, [join(__dirname, '..', 'build.mjs')], { stdio: 'inherit' });
};
