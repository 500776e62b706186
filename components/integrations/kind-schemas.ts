/**
 * Each kind's config schema, as its connector module exports it (lib/connectors/<kind>/config.ts,
 * zod only, safe in the browser). The forms check with the same schema the API checks with; a kind
 * without one here is checked by the API only.
 */
import type { z } from 'zod';
import type { IntegrationKind } from '@/lib/connectors/connector';

export const CONFIG_SCHEMAS: Partial<Record<IntegrationKind, z.ZodType>> = {};
