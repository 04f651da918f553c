/** Thrown when a spec document can't be read, parsed or compiled. The message says which file and why. */
export class SpecLoadError extends Error {
  override name = 'SpecLoadError';
}
