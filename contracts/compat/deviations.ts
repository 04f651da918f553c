import { readFileSync } from 'node:fs';
import { apiVersionInfo, type ApiVersion } from '../../spec/api-versions';

/** A whole response (one status of some operations) that differs from Monaco's published spec. */
export interface StatusDeviation {
  status: number;
  operations: string[];
  ours: string;
  published: string;
  reason: string;
}

/** One response property or header the kit's spec declares and Monaco's published spec does not. */
export type Extension = {
  statuses: number[];
  operations: string[];
  ours: string;
  published: string;
  reason: string;
} & (
  | {
      kind: 'response-property';
      /** The object holding it, e.g. `data` or `error`; `data[]` is each item of the `data` list. */
      at: string;
      /** A regex of its name. */
      property: string;
    }
  | { kind: 'response-header'; /** A regex of the header name (matched case-insensitively). */ header: string }
);

/** `spec/monaco-deviations.json`: the one list of known differences from Monaco's published spec. */
export interface Deviations {
  /** Monaco's published document, relative to the repository root. */
  published: string;
  /** Kit paths and the published paths they correspond to. */
  pathMap: Record<string, string>;
  deviations: StatusDeviation[];
  extensions: Extension[];
}

/** The deviations file of an API version (default the newest): spec/monaco-deviations*.json. */
export const deviationsFile = (version?: ApiVersion): string => apiVersionInfo(version).deviations;

/** The objects an extension's `at` names in a response body: `data`, or each item of `data` for `data[]`. */
export function holdersAt(body: unknown, at: string): Record<string, unknown>[] {
  const list = at.endsWith('[]');
  const holder = (body as Record<string, unknown> | undefined)?.[list ? at.slice(0, -2) : at];
  if (list) return Array.isArray(holder) ? (holder as Record<string, unknown>[]) : [];
  return holder && typeof holder === 'object' ? [holder as Record<string, unknown>] : [];
}

/** Reads and checks a deviations file (default the newest version's); a malformed entry fails with its index and what is missing. */
export function readDeviations(file: string = deviationsFile()): Deviations {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Partial<Deviations>;
  const problems: string[] = [];
  if (typeof raw.published !== 'string') problems.push('"published" (the path of Monaco\'s document) is missing');
  if (!raw.pathMap || typeof raw.pathMap !== 'object') problems.push('"pathMap" is missing');
  (raw.deviations ?? []).forEach((d, i) => {
    if (!Number.isInteger(d.status) || !Array.isArray(d.operations) || !d.reason) problems.push(`deviations[${i}] needs status, operations and reason`);
  });
  (raw.extensions ?? []).forEach((e, i) => {
    const target = e.kind === 'response-property' ? e.at && e.property : e.kind === 'response-header' ? e.header : undefined;
    if (!target || !Array.isArray(e.statuses) || !Array.isArray(e.operations) || !e.reason) {
      problems.push(`extensions[${i}] needs kind (response-property with at and property, or response-header with header), statuses, operations and reason`);
    }
  });
  if (problems.length > 0) throw new Error(`Invalid ${file}: ${problems.join('; ')}.`);
  return { published: raw.published!, pathMap: raw.pathMap!, deviations: raw.deviations ?? [], extensions: raw.extensions ?? [] };
}
