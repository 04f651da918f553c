/** Jest runs the unit and HTTP suites; the contract layers run as separate npm scripts, in order. */
const ESM_ONLY = ['rettime', 'until-async', '@open-draft/deferred-promise'];

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: { isolatedModules: true } }],
    // msw 2.x (the MSW adapter's tests) needs three ESM-only packages, which jest's CommonJS runtime cannot
    // require before Node 24.9: they are compiled to CommonJS, and nothing else in node_modules is.
    [`/node_modules/(${ESM_ONLY.join('|')})/.+\\.m?js$`]: ['ts-jest', { tsconfig: { isolatedModules: true, allowJs: true } }],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY.join('|')})/)`],
  testMatch: ['<rootDir>/{spec,mock,fixtures,contracts,seed,bench,project}/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/dist-bench/', '\\.pact\\.test\\.ts$', '\\.prism\\.test\\.ts$', '\\.pack\\.test\\.ts$'],
  testTimeout: 30000,
  // spec/embedded.ts loads the build's generated module (dist/spec/compiled/embedded.js); npm test builds first.
  moduleNameMapper: {
    '^\\./compiled/embedded\\.js$': '<rootDir>/dist/spec/compiled/embedded.js',
    // The documented examples import the kit by its package name, as a consumer would.
    '^monaco-opportunities-mock$': '<rootDir>/index.ts',
    '^monaco-opportunities-mock/(testing|fetch|msw)$': '<rootDir>/$1.ts',
    '^monaco-opportunities-mock/contracts$': '<rootDir>/contracts/index.ts',
  },
};
