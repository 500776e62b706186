import { readiness } from '@/lib/system/system-status';

export const dynamic = 'force-dynamic';

export async function GET() {
  const result = await readiness();
  return Response.json(
    { status: result.ready ? 'ready' : 'not_ready', ...result.checks },
    { status: result.ready ? 200 : 503 },
  );
}
