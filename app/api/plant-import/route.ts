import { withApi } from '@/lib/http/with-api';
import { importResponse } from '@/lib/plant-import/import-response';
import { readUpload } from '@/lib/plant-import/read-upload';
import { runImport } from '@/lib/plant-import/run-import';

/** Imports CSV files in one transaction: `mode=all` (default) only when every row is valid, `mode=valid` the valid rows. */
export const POST = withApi({ permission: 'assets.manage' }, async ({ ctx, request, locale }) => {
  const { files, mode } = await readUpload(request);
  const result = await runImport(ctx, files, mode);
  return importResponse(result, locale, { imported: result.imported, mode });
});
