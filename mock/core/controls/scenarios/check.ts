import type { Contract } from '../../../../spec/contract-model';
import type { ValidationErrorItem } from '../../types';
import { ConfigurationError } from '../../errors';
import { FRAMING_HEADERS } from '../../http/header-rules';
import { isPrototypeName } from '../../names';
import { detailsFromAjv } from '../../pipeline/validation';
import type { ForcedResponse, Latency, Scenario, Stub } from './types';

/**
 * Problems with a scenario or stub, as `details` (`loc`, `msg`, `type`); empty when it can run: its shape
 * against spec/admin.yaml (`admin`), its operations, statuses and examples against spec/openapi.yaml (`api`).
 */
export function scenarioProblems(value: unknown, api: Contract, admin: Contract, schema: 'Scenario' | 'Stub' = 'Scenario'): ValidationErrorItem[] {
  const validate = admin.compiler.schema(schema);
  if (!validate(value)) return detailsFromAjv(validate.errors ?? [], ['body']);
  const problems: ValidationErrorItem[] = [];
  const problem = (loc: (string | number)[], msg: string) => problems.push({ loc: ['body', ...loc], msg, type: 'value_error' });
  const item = value as Scenario & Stub;
  const reserved = (loc: (string | number)[], name: string | undefined) => {
    if (name !== undefined && isPrototypeName(name)) problem(loc, `"${name}" is a reserved name (every JavaScript object has it): choose another`);
  };
  if (schema === 'Scenario') reserved(['name'], item.name);
  const known = [...api.operations.keys()];
  const operations = schema === 'Stub' ? [item.operation] : item.operations ?? known;
  operations.forEach((op, i) => {
    if (!api.operations.has(op)) problem(schema === 'Stub' ? ['operation'] : ['operations', i], `Unknown operation "${op}". Known: ${known.join(', ')}`);
  });
  const valid = operations.filter((op) => api.operations.has(op));
  const checkRespond = (respond: ForcedResponse | undefined, loc: (string | number)[]) => {
    if (!respond) return;
    for (const name of Object.keys(respond.headers ?? {})) {
      if (FRAMING_HEADERS.has(name.toLowerCase())) problem([...loc, 'headers', name], `${name} frames the response: the mock sets it from the body it sends, a stub or scenario may not`);
    }
    reserved([...loc, 'example'], respond.example);
    if (respond.example !== undefined && isPrototypeName(respond.example)) return;
    for (const op of valid) {
      const response = api.operation(op).responses.get(String(respond.status));
      if (!response) {
        const declared = [...api.operation(op).responses.keys()].join(', ');
        problem([...loc, 'status'], `${op} does not declare status ${respond.status} in spec/openapi.yaml. Declared: ${declared}`);
      } else if (respond.example && !Object.hasOwn(response.examples, respond.example)) {
        problem([...loc, 'example'], `${op} has no ${respond.status} example "${respond.example}". Known: ${Object.keys(response.examples).join(', ') || 'none'}`);
      }
    }
  };
  const checkLatency = (latency: Latency | undefined, loc: (string | number)[]) => {
    if (latency?.distribution === 'uniform' && latency.min_ms > latency.max_ms) problem([...loc, 'min_ms'], 'min_ms must not exceed max_ms');
  };
  checkLatency(item.latency, ['latency']);
  if (schema === 'Stub') checkRespond(item.respond, ['respond']);
  item.steps?.forEach((step, i) => {
    checkRespond(step.respond, ['steps', i, 'respond']);
    checkLatency(step.latency, ['steps', i, 'latency']);
  });
  return problems;
}

/** Checks a scenario (schema and spec: operations, statuses, examples); throws a ConfigurationError naming `source` and each problem. */
export function checkScenario(value: unknown, api: Contract, admin: Contract, source: string): Scenario {
  const problems = scenarioProblems(value, api, admin);
  if (problems.length) {
    const lines = problems.map((p) => `  - ${p.loc.slice(1).join('.') || '(root)'}: ${p.msg}`);
    throw new ConfigurationError(`Invalid scenario ${source}:\n${lines.join('\n')}\nFix it so it matches Scenario in spec/admin.yaml.`);
  }
  return value as Scenario;
}
