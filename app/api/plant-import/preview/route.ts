import { withApi } from '@/lib/http/with-api';
import { checkImport } from '@/lib/plant-import/check-import';
import { importResponse } from '@/lib/plant-import/import-response';
import { readUpload } from '@/lib/plant-import/read-upload';

/** Checks CSV files without writing: every row's action (create/update/unchanged) or its issues. */
export const POST = withApi({ permission: 'assets.manage' }, async ({ ctx, request, locale }) => {
  const { files } = await readUpload(request);
  return importResponse(await checkImport(ctx, files), locale);
});
