import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { standaloneCode } from './ajv';
import { loadContract, referencedDocuments } from './contract';
import { SPEC_FILES } from './paths';
import { artifactPaths, PrecompiledMeta, PRECOMPILED_DIR, sha256 } from './precompiled';

/**
 * Part of `npm run build`: compiles every validator of every spec document to standalone ajv code in
 * dist/spec/compiled/, with the parsed document and the hash of each source, so the mock starts without
 * parsing YAML or compiling schemas. A changed spec makes the artifact stale and the mock compiles again.
 */
export function precompileAll(): string[] {
  mkdirSync(PRECOMPILED_DIR, { recursive: true });
  return Object.values(SPEC_FILES).map((file) => {
    const contract = loadContract(file, { compile: true, emitSource: true });
    contract.compiler.compileAll();
    const referenced = referencedDocuments(contract.document, file);
    const { code, exports } = standaloneCode(contract.compiler);
    const sources: Record<string, string> = {};
    for (const name of [basename(file), ...Object.keys(referenced)]) sources[name] = sha256(readFileSync(join(dirname(file), name), 'utf8'));
    const meta: PrecompiledMeta = { sources, document: contract.document, referenced, exports };
    const paths = artifactPaths(file);
    writeFileSync(paths.code, code);
    writeFileSync(paths.meta, JSON.stringify(meta));
    return `${basename(file)}: ${Object.keys(exports).length} validators`;
  });
}

if (require.main === module) {
  // A build note: stderr, so the stdout of whatever npm script runs after the build stays clean.
  for (const line of precompileAll()) process.stderr.write(`precompiled ${line}\n`);
}
