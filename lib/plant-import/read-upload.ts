/**
 * The body of an import request: `multipart/form-data` with one or more `file` parts (and `mode`).
 * withApi's JSON guard does not apply (no body schema), so this is the deliberate check instead:
 * anything but multipart is a 415, a body over the limit a 413 before it is read, and the parts
 * are checked with zod. A cross-site form can send multipart, so withApi's same-origin guard
 * (assertSameOrigin) still runs first for every one of these requests.
 */
import 'server-only';
import { z } from 'zod';
import { AppError } from '../http/app-error';
import { MAX_IMPORT_BYTES } from './csv-layout';
import type { ImportFile } from './check-import';

/** Room for the multipart boundaries and part headers around the files. */
const ENVELOPE_BYTES = 64 * 1024;

const ZUpload = z.object({
  files: z.array(z.instanceof(Blob)).min(1, { error: 'plantImport.errors.noFile' }),
  mode: z.enum(['all', 'valid'], { error: 'plantImport.errors.mode' }).default('all'),
});

/** Files (name and bytes) and the mode. 415 if not multipart, 413 if too large, 400 if malformed. */
export async function readUpload(request: Request): Promise<{ files: ImportFile[]; mode: 'all' | 'valid' }> {
  const mediaType = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  if (mediaType !== 'multipart/form-data') {
    throw new AppError('unsupported_media_type', 415, 'errors.unsupportedMediaType');
  }
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > MAX_IMPORT_BYTES + ENVELOPE_BYTES) {
    throw new AppError('import_too_large', 413, 'plantImport.errors.tooLarge', { maxBytes: MAX_IMPORT_BYTES });
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new AppError('malformed_body', 400, 'plantImport.errors.malformed');
  }
  const mode = form.get('mode');
  const upload = ZUpload.parse({
    files: form.getAll('file'),
    mode: typeof mode === 'string' && mode ? mode : undefined,
  });
  const files = await Promise.all(
    upload.files.map(async (blob, i) => ({
      name: blob instanceof File && blob.name ? blob.name : `file-${i + 1}.csv`,
      bytes: new Uint8Array(await blob.arrayBuffer()),
    })),
  );
  return { files, mode: upload.mode };
}
