/**
 * Per-item validation of a pushed batch: each sample becomes a Reading or an error naming its
 * index, so one bad item never sinks the batch. Timestamps the ingest pipeline will refuse
 * (too far in the future, before MINIMUM_SAMPLE_TIME) are flagged here too, with the same clock,
 * but still handed on so the integration's counters count them.
 */
import type { Reading } from '../connectors/connector';
import { MINIMUM_SAMPLE_TIME } from '../ingest/ingest-samples';
import { ZSampleQuality, ZSampleTag, ZSampleTime } from './ingest-api-schemas';

export type SampleErrorCode =
  | 'invalid_sample'
  | 'invalid_tag'
  | 'invalid_timestamp'
  | 'invalid_value'
  | 'invalid_quality'
  | 'timestamp_in_future'
  | 'timestamp_too_old';

export interface SampleError {
  index: number;
  code: SampleErrorCode;
}

export interface ValidatedBatch {
  /** samples with a valid shape, in order (including those flagged for their timestamp) */
  readings: Reading[];
  /** one entry per refused or flagged sample, by index */
  errors: SampleError[];
  /** samples not handed on at all (bad shape) */
  malformed: number;
}

const FIELDS = new Set(['tag', 'ts', 'value', 'quality']);

export function validateSamples(
  samples: readonly unknown[],
  clock: { now: Date; futureToleranceSeconds: number },
): ValidatedBatch {
  const latestAllowed = clock.now.getTime() + clock.futureToleranceSeconds * 1000;
  const readings: Reading[] = [];
  const errors: SampleError[] = [];
  let malformed = 0;
  samples.forEach((sample, index) => {
    const code = shapeError(sample);
    if (code) {
      errors.push({ index, code });
      malformed++;
      return;
    }
    const s = sample as Record<string, unknown>;
    const ts = ZSampleTime.parse(s.ts);
    readings.push({
      externalTag: ZSampleTag.parse(s.tag),
      ts,
      value: s.value as number,
      quality: s.quality === undefined ? 'good' : ZSampleQuality.parse(s.quality),
    });
    if (ts.getTime() > latestAllowed) errors.push({ index, code: 'timestamp_in_future' });
    else if (ts < MINIMUM_SAMPLE_TIME) errors.push({ index, code: 'timestamp_too_old' });
  });
  return { readings, errors, malformed };
}

function shapeError(sample: unknown): SampleErrorCode | null {
  if (typeof sample !== 'object' || sample === null || Array.isArray(sample)) return 'invalid_sample';
  const s = sample as Record<string, unknown>;
  if (Object.keys(s).some((k) => !FIELDS.has(k))) return 'invalid_sample';
  if (!ZSampleTag.safeParse(s.tag).success) return 'invalid_tag';
  if (!ZSampleTime.safeParse(s.ts).success) return 'invalid_timestamp';
  if (typeof s.value !== 'number' || !Number.isFinite(s.value)) return 'invalid_value';
  if (s.quality !== undefined && !ZSampleQuality.safeParse(s.quality).success) return 'invalid_quality';
  return null;
}
