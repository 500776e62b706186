/** CSV upload (kind `csv`): nothing to configure — files are uploaded for backfill. */
import { z } from 'zod';

export const ZCsvConfig = z.strictObject({}, { error: 'integrations.config.unknownField' });
export type CsvConfig = z.infer<typeof ZCsvConfig>;
export const ZCsvSecrets = z.strictObject({}, { error: 'integrations.config.unknownField' });
export type CsvSecrets = z.infer<typeof ZCsvSecrets>;
