/** parse-prefer-header (the RFC 7240 parser Prism uses) ships no types. */
declare module 'parse-prefer-header' {
  /** Preferences by camel-cased token; a token without a value is `true`. */
  export default function parsePreferHeader(prefer: string | string[] | undefined): Record<string, string | true>;
}
