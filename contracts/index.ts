/**
 * `monaco-opportunities-mock/contracts`: everything for consumer teams. The example client; the Pact consumer
 * kit (interactions, expected answers and provider states derived from the spec); provider verification of
 * any pact against the mock or a deployment; and the static compatibility check against the kit's spec and
 * Monaco's published one. The kit and the verification need @pact-foundation/pact (an optional peer
 * dependency): they say what to install when it is missing. Their folders' index files list the exports.
 */
export * from './client';
export * from './kit';
export { PACT_VERSION, PactMissingError } from './kit/pact';
export { verifyPacts, failureSummary, NoPactsError, UnknownStateError } from './provider/verify';
export type { VerifyOptions } from './provider/verify';
export { stateDocs } from './provider/states';
export type { StateDoc } from './provider/states';
export {
  runCompat,
  checkPacts,
  findPactFiles,
  formatReport,
  loadValidator,
  ValidatorMissingError,
  readDeviations,
  deviationsFile,
  STRICT_OPTIONS,
} from './compat';
export type { CompatOutput, LoadedValidator, PactResult, TargetResult, Validate, Deviations, Verdict, Finding } from './compat';
