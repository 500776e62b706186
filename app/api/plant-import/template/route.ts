import { withApi } from '@/lib/http/with-api';
import { templateCsv } from '@/lib/plant-import/template-csv';

/** The CSV template (docs/plant-model.md → "Bulk import from CSV"). */
export const GET = withApi({ permission: 'assets.read' }, async () => {
  return new Response(templateCsv(), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="plant-import-template.csv"',
    },
  });
});
