/** The answer of the preview and import endpoints, as the browser checks it (browser-safe). */
import { z } from 'zod';

const ZCounts = z.object({ site: z.number(), unit: z.number(), asset: z.number(), signal: z.number() });

export const ZImportAnswer = z.object({
  imported: z.boolean().optional(),
  summary: z.object({
    rows: z.number(),
    invalidRows: z.number(),
    create: ZCounts,
    update: ZCounts,
    unchanged: ZCounts,
  }),
  rows: z.array(
    z.object({
      file: z.string(),
      row: z.number(),
      record: z.string(),
      key: z.string(),
      nameAr: z.string(),
      nameEn: z.string(),
      action: z.enum(['create', 'update', 'unchanged']).nullable(),
    }),
  ),
  issues: z.array(
    z.object({
      file: z.string(),
      row: z.number(),
      column: z.string().nullable(),
      message: z.string(),
      params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
      detail: z.string(),
    }),
  ),
});
export type ImportAnswer = z.infer<typeof ZImportAnswer>;
export type PreviewRowView = ImportAnswer['rows'][number];
export type IssueView = ImportAnswer['issues'][number];
