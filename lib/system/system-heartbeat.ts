import { db } from '../db/client';
import { WORKER_HEARTBEAT } from './heartbeat-names';

export async function beat(name = WORKER_HEARTBEAT, details: Record<string, string | number> = {}) {
  const beatAt = new Date();
  await db().systemHeartbeat.upsert({
    where: { name },
    update: { beatAt, details },
    create: { name, beatAt, details },
  });
}
