import { ZDegradationModel, type DegradationModel } from './cmapss/degradation-model';
import turbineFd001 from './models/turbine-cmapss-fd001.json';

/**
 * The learned degradation models the product ships, by asset type. The JSON files are written by
 * `npm run fit:health` and are the exact coefficients bench/health-cmapss.ts evaluates; parsed with zod
 * once so a hand-edited file fails loudly instead of scoring assets with garbage.
 */
let cache: Map<string, DegradationModel> | undefined;

export function degradationModelFor(assetType: string): DegradationModel | null {
  cache ??= new Map([['turbine', ZDegradationModel.parse(turbineFd001)]]);
  return cache.get(assetType) ?? null;
}
