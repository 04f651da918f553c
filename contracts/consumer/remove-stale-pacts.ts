import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fromRoot } from '../../spec/paths';

/**
 * Jest globalSetup of `npm run contracts:consumer`. pact-js merges interactions into an existing pact file, so
 * an interaction removed from a test would live on in the committed pact: the consumer tests start from none.
 */
export default function removeStalePacts(): void {
  const dir = fromRoot('contracts', 'pacts');
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.json'))) rmSync(join(dir, name));
}
