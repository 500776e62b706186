/**
 * Fits the turbine degradation model on data/cmapss/train_FD001.txt and writes the shipped
 * coefficients to lib/health/models/turbine-cmapss-fd001.json (what the health job uses and the
 * acceptance test checks). Deterministic: same data, same file. Run: `npm run fit:health`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import { fitDegradation } from '../lib/health/cmapss/fit-degradation';
import { parseCmapssEngines } from '../lib/health/cmapss/cmapss-engines';

async function main() {
  const root = path.join(__dirname, '..');
  const train = parseCmapssEngines(readFileSync(path.join(root, 'data/cmapss/train_FD001.txt'), 'utf8'));
  const model = fitDegradation(train);
  const out = path.join(root, 'lib/health/models/turbine-cmapss-fd001.json');
  // Formatted like the rest of the tree so a refit leaves `prettier --check` green and diffs readable.
  const options = { ...(await resolveConfig(out)), filepath: out };
  writeFileSync(out, await format(JSON.stringify(model), options));
  console.log(`wrote ${path.relative(root, out)} (${model.version}, ${model.features.length} features)`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
