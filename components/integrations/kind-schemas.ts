/**
 * Each kind's config schema, as its connector module exports it (lib/connectors/<kind>/config.ts,
 * zod only, safe in the browser). The forms check with the same schema the API checks with; a kind
 * without one here is checked by the API only.
 */
import type { z } from 'zod';
import type { IntegrationKind } from '@/lib/connectors/connector';
import { ZMqttConfig } from '@/lib/connectors/mqtt/config';
import { ZOpcuaConfig } from '@/lib/connectors/opcua/config';
import { ZSqlHistorianConfig } from '@/lib/connectors/sql-historian/config';
import { ZRestPushConfig } from '@/lib/connectors/rest-push/config';
import { ZCsvConfig } from '@/lib/connectors/csv/config';

export const CONFIG_SCHEMAS: Partial<Record<IntegrationKind, z.ZodType>> = {
  mqtt: ZMqttConfig,
  opcua: ZOpcuaConfig,
  sql_historian: ZSqlHistorianConfig,
  rest_push: ZRestPushConfig,
  csv: ZCsvConfig,
};
