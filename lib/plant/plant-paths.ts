/**
 * Where the plant's objects are shown. Every link to an asset goes through assetHref, so the asset
 * page (when it lands) replaces its context in the unit page by changing this one function.
 */
export const siteHref = (id: string) => `/sites/${encodeURIComponent(id)}`;
export const unitHref = (id: string) => `/units/${encodeURIComponent(id)}`;

/** An asset's context: its unit's page with the asset chosen (signals, links, actions). */
export const assetHref = (asset: { id: string; unitId: string }) =>
  `${unitHref(asset.unitId)}?asset=${encodeURIComponent(asset.id)}`;
