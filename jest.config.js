/** Jest runs the unit and HTTP suites; the contract layers run as separate npm scripts, in order. */
module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: { isolatedModules: true } }],
  },
  testMatch: ['<rootDir>/{spec,mock,fixtures,contracts,seed,bench,project}/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/dist-bench/', '\\.pact\\.test\\.ts$', '\\.prism\\.test\\.ts$', '\\.pack\\.test\\.ts$'],
  testTimeout: 30000,
};
