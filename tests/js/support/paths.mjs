// Where the tests find the repository's files and builds, whatever the cwd.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../..', import.meta.url));
export const fixturesDir = join(root, 'tests/fixtures');
export const examplesDir = join(root, 'examples/tenders');
export const nativeCli = process.env.SVCALC_CLI ?? join(root, 'build/native/core/svcalc');
export const jsCli = join(root, 'js/bin/svcalc.mjs');
/** shared/ (the spec and its worked example): beside the checkout, or as CMake finds it. */
export const sharedDir =
  process.env.SVCALC_SHARED_DIR ??
  [join(root, '../shared'), '/work/shared'].find((dir) => existsSync(join(dir, 'spec/scoring.md'))) ??
  join(root, '../shared');

/** Every tender the suites run: fixtures (valid and invalid) and examples. */
export function allTenderFiles() {
  const fixtures = readdirSync(fixturesDir)
    .filter((name) => name.endsWith('.tender.json') || name.endsWith('.invalid.json'))
    .map((name) => join(fixturesDir, name));
  const examples = readdirSync(examplesDir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => join(examplesDir, name));
  return [...fixtures, ...examples].sort();
}
