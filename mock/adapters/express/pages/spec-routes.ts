import type { Request, Response } from 'express';
import type { Contract } from '../../../../spec/contract';
import { originOf } from '../origin';
import { servedDocument } from '../../../core/admin/served-spec';

/** Rendered YAML by origin: a few at most (the origins a mock is reached by), bounded anyway. */
const yamlCache = new Map<string, string>();
const YAML_CACHE_SIZE = 8;

/** Spec documents are public: any page (a codegen tool, an editor on another origin) may read them. */
function specHeaders(res: Response, type: string): void {
  res.setHeader('Content-Type', type);
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Cache-Control', 'no-cache');
}

/** `GET /openapi.json`: spec/openapi.yaml, with this mock as its first server. */
export function specJson(contract: Contract) {
  return (req: Request, res: Response): void => {
    specHeaders(res, 'application/json; charset=utf-8');
    res.send(JSON.stringify(servedDocument(contract, originOf(req))));
  };
}

/** `GET /openapi.yaml`: the same document as YAML. */
export function specYaml(contract: Contract) {
  return (req: Request, res: Response): void => {
    const origin = originOf(req);
    let text = yamlCache.get(`${contract.file}\n${origin}`);
    if (text === undefined) {
      // yaml is loaded on first use: a built mock does not need it to start.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      text = (require('yaml') as typeof import('yaml')).stringify(servedDocument(contract, origin), { lineWidth: 0 });
      if (yamlCache.size >= YAML_CACHE_SIZE) yamlCache.clear();
      yamlCache.set(`${contract.file}\n${origin}`, text);
    }
    specHeaders(res, 'application/yaml; charset=utf-8');
    res.send(text);
  };
}
