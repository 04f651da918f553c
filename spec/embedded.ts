import { buildContract, Contract, PrecompiledMeta } from './contract-model';
import { SchemaCompiler, ValidateFunction } from './validators';

/** The build's generated module (dist/spec/compiled/embedded.js, written by spec/precompile.ts). */
interface EmbeddedModule {
  version: string;
  contracts: Record<string, { meta: PrecompiledMeta; validators: Record<string, ValidateFunction> }>;
}

let embedded: EmbeddedModule | undefined;
const contracts = new Map<string, Contract>();

/**
 * The build's output, required on first use: the contracts' documents and precompiled validators as one
 * module, so a bundle for a browser or a worker carries them without a file system (and without ajv's compiler).
 * From the TypeScript sources (jest), the path is mapped to dist/ (jest.config.js), which `npm run build` keeps fresh.
 */
function load(): EmbeddedModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  embedded ??= require('./compiled/embedded.js') as EmbeddedModule;
  return embedded;
}

/** The kit's version, as the build recorded it. */
export function embeddedVersion(): string {
  return load().version;
}

/** A contract (`openapi.yaml`, `admin.yaml`, `fixtures.yaml`) from the build's generated module, built once. */
export function embeddedContract(file: 'openapi.yaml' | 'admin.yaml' | 'fixtures.yaml'): Contract {
  let contract = contracts.get(file);
  if (!contract) {
    const source = load().contracts[file];
    if (!source) throw new Error(`The build's embedded contracts have no ${file}: run npm run build.`);
    const { meta, validators } = source;
    const precompiled = new Map(Object.entries(meta.exports).map(([pointer, name]) => [pointer, validators[name]]));
    const compiler = new SchemaCompiler(meta.document, file, { referenced: meta.referenced, precompiled });
    contract = buildContract(file, meta.document, meta.referenced, compiler);
    contracts.set(file, contract);
  }
  return contract;
}
