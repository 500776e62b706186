import type { NextRequest } from 'next/server';
import { handlers } from '@/lib/auth/auth';
import { requestIdFrom, runInRequestScope } from '@/lib/http/request-scope';

/** Auth.js's endpoints, each inside a request scope so its log lines carry the request id. */
const scoped = (handler: (request: NextRequest) => Promise<Response>) => (request: NextRequest) =>
  runInRequestScope(requestIdFrom(request.headers), () => handler(request));

export const GET = scoped(handlers.GET);
export const POST = scoped(handlers.POST);
