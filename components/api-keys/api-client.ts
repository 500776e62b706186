/**
 * Calls the API keys endpoints from the browser and turns a problem+json answer into a message in
 * the page's language (through its messageKey, not the server's title, whose language follows a cookie).
 */
export type ApiResult<T> = { ok: true; data: T } | { ok: false; messageKey: string | null };

export async function callApi<T>(path: string, init: { method: 'POST'; body?: unknown }): Promise<ApiResult<T>> {
  try {
    const response = await fetch(path, {
      method: init.method,
      headers: init.body === undefined ? undefined : { 'content-type': 'application/json' },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    const data: unknown = await response.json().catch(() => null);
    if (response.ok) return { ok: true, data: data as T };
    const messageKey = (data as { messageKey?: unknown } | null)?.messageKey;
    return { ok: false, messageKey: typeof messageKey === 'string' ? messageKey : null };
  } catch {
    return { ok: false, messageKey: null };
  }
}
