/**
 * Reads a request body up to `maxBytes` and parses it as JSON. Refuses a larger body with 413
 * `payload_too_large` — from Content-Length before reading anything, else as soon as the stream
 * passes the limit (chunked bodies), so an oversized body is never held in memory whole.
 */
import { AppError } from '../http/app-error';

export const payloadTooLarge = (maxBytes: number) =>
  new AppError('payload_too_large', 413, 'ingestApi.errors.payloadTooLarge', { maxBytes });

export async function readLimitedBody(request: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) throw payloadTooLarge(maxBytes);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw payloadTooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** JSON from bytes (UTF-8); 400 `malformed_json` otherwise. */
export function parseJsonBody(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new AppError('malformed_json', 400, 'errors.malformedJson');
  }
}
