/** Where the plant's objects are shown. Every link to an asset goes through assetHref. */
export const siteHref = (id: string) => `/sites/${encodeURIComponent(id)}`;
export const unitHref = (id: string) => `/units/${encodeURIComponent(id)}`;

/** An asset's page (register data, health, signals, trends, links). */
export const assetHref = (asset: { id: string }) => `/assets/${encodeURIComponent(asset.id)}`;
