/** LIKE wildcards in a search are literal characters, not patterns. */
export const escapeLike = (q: string) => q.replace(/[\\%_]/g, (c) => `\\${c}`);
