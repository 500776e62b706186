/**
 * POST /api/v1/ingest: a batch of samples pushed to a `rest_push` integration of the caller's
 * tenant, stored through the one ingest path (ingestReadings: mapping, units, deadband, counters).
 *
 * Order: media type → body size (413) → JSON (400) → envelope (400) → batch length (400
 * `batch_too_large`) → Idempotency-Key (replay / 409) → the integration (404 unknown or another
 * tenant's, 409 not rest_push or disabled) → per-item validation → ingest → 202
 *   { received, accepted, duplicates, rejected, inserted, unmapped, belowDeadband,
 *     errors: [{ index, code, message }] }
 * where received = accepted + duplicates + rejected; accepted = inserted + unmapped (kept as a tag
 * seen, ready to map) + belowDeadband; rejected = bad items + refused by ingest (timestamps,
 * units, unknown signals). `errors` lists each item refused or flagged for its own content.
 */
import crypto from 'node:crypto';
import { env } from '../env';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import { AppError } from '../http/app-error';
import { translate } from '../http/problem';
import { assertJsonBody } from '../http/request-guards';
import { currentRequestId } from '../http/request-scope';
import { tenantDb } from '../db/tenant-db';
import type { RequestContext } from '../tenancy/request-context';
import { ingestReadings } from '../integrations/system-ingest-readings';
import { claimIdempotencyKey, completeIdempotencyKey, releaseIdempotencyKey } from './idempotency';
import { ZIdempotencyKey, ZIngestEnvelope } from './ingest-api-schemas';
import { parseJsonBody, readLimitedBody } from './read-limited-body';
import { validateSamples, type SampleErrorCode } from './validate-samples';

export interface PushLimits {
  maxBodyBytes: number;
  maxSamples: number;
}

export interface PushResponse {
  received: number;
  accepted: number;
  duplicates: number;
  rejected: number;
  inserted: number;
  unmapped: number;
  belowDeadband: number;
  errors: { index: number; code: SampleErrorCode; message: string }[];
}

type PushCaller = Pick<RequestContext, 'tenantId'>;

const ITEM_MESSAGES: Record<SampleErrorCode, string> = {
  invalid_sample: 'ingestApi.items.invalidSample',
  invalid_tag: 'ingestApi.items.invalidTag',
  invalid_timestamp: 'ingestApi.items.invalidTimestamp',
  invalid_value: 'ingestApi.items.invalidValue',
  invalid_quality: 'ingestApi.items.invalidQuality',
  timestamp_in_future: 'ingestApi.items.timestampInFuture',
  timestamp_too_old: 'ingestApi.items.timestampTooOld',
};

export function pushLimits(): PushLimits {
  return { maxBodyBytes: env().INGEST_API_MAX_BODY_BYTES, maxSamples: env().INGEST_API_MAX_SAMPLES };
}

/** Answers the request (202 or a replay); throws AppError / ZodError for withApi to map. */
export async function pushSamples(
  ctx: PushCaller,
  request: Request,
  options: { now?: Date; limits?: PushLimits; locale?: Locale } = {},
): Promise<Response> {
  const limits = options.limits ?? pushLimits();
  assertJsonBody(request);
  const key = idempotencyKeyOf(request);
  const envelope = ZIngestEnvelope.parse(parseJsonBody(await readLimitedBody(request, limits.maxBodyBytes)));
  if (envelope.samples.length > limits.maxSamples) {
    throw new AppError('batch_too_large', 400, 'ingestApi.errors.batchTooLarge', { maxSamples: limits.maxSamples });
  }

  if (key) {
    const claim = await claimIdempotencyKey(ctx, key, requestHash(envelope));
    if (claim.kind === 'replay') return accepted(claim.response, claim.status, true);
  }
  try {
    const body = await ingestBatch(ctx, envelope, options.locale ?? DEFAULT_LOCALE, options.now ?? new Date());
    if (key) await completeIdempotencyKey(ctx, key, 202, body);
    return accepted(body, 202, false);
  } catch (error) {
    if (key) await releaseIdempotencyKey(ctx, key).catch(() => {});
    throw error;
  }
}

async function ingestBatch(
  ctx: PushCaller,
  envelope: { integrationId: string; samples: unknown[] },
  locale: string,
  now: Date,
): Promise<PushResponse> {
  const integration = await tenantDb(ctx).integration.findFirst({
    where: { id: envelope.integrationId },
    select: { id: true, kind: true, enabled: true },
  });
  if (!integration) throw new AppError('integration_not_found', 404, 'ingestApi.errors.integrationNotFound');
  if (integration.kind !== 'rest_push') {
    throw new AppError('integration_not_rest_push', 409, 'ingestApi.errors.integrationNotRestPush');
  }
  if (!integration.enabled) throw new AppError('integration_disabled', 409, 'ingestApi.errors.integrationDisabled');

  const futureToleranceSeconds = env().INGEST_FUTURE_TOLERANCE_SECONDS;
  const batch = validateSamples(envelope.samples, { now, futureToleranceSeconds });
  const result = await ingestReadings({ tenantId: ctx.tenantId!, integrationId: integration.id }, batch.readings, {
    now,
  });
  const accepted = result.inserted + result.unmapped + result.belowDeadband;
  const duplicates = result.duplicates;
  return {
    received: envelope.samples.length,
    accepted,
    duplicates,
    rejected: envelope.samples.length - accepted - duplicates,
    inserted: result.inserted,
    unmapped: result.unmapped,
    belowDeadband: result.belowDeadband,
    errors: batch.errors.map(({ index, code }) => ({ index, code, message: translate(locale, ITEM_MESSAGES[code]) })),
  };
}

function accepted(body: unknown, status: number, replayed: boolean) {
  const headers: Record<string, string> = replayed ? { 'idempotent-replayed': 'true' } : {};
  const requestId = currentRequestId();
  if (requestId) headers['x-request-id'] = requestId;
  return Response.json(body, { status, headers });
}

function idempotencyKeyOf(request: Request): string | null {
  const header = request.headers.get('idempotency-key');
  if (header === null) return null;
  if (!ZIdempotencyKey.safeParse(header).success) {
    throw new AppError('idempotency_key_invalid', 400, 'ingestApi.errors.idempotencyKeyInvalid');
  }
  return header;
}

/** The same integration and samples (whatever the JSON whitespace) hash alike. */
function requestHash(envelope: { integrationId: string; samples: unknown[] }): string {
  const canonical = JSON.stringify({ integrationId: envelope.integrationId.toLowerCase(), samples: envelope.samples });
  return crypto.createHash('sha256').update(canonical).digest('hex');
}
