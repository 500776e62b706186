export const WORKER_HEARTBEAT = 'worker';
/** A worker that has not beaten for this long counts as down (the job runs every 30 s). */
export const HEARTBEAT_STALE_MS = 2 * 60_000;
