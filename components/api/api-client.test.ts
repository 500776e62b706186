/**
 * The browser API client against a real local HTTP server whose error bodies come from the
 * server's own problemResponse(): problem+json parsing, network failure, 401 → sign-in.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { AppError, notFound, unauthenticated } from '@/lib/http/app-error';
import { problemResponse, validationProblem, type FieldError } from '@/lib/http/problem';
import { ApiError, createApiClient, signInPath } from './api-client';

type Handler = (req: http.IncomingMessage, body: string) => Promise<Response> | Response;

const problem = (error: AppError, errors?: FieldError[]) =>
  problemResponse(error, { locale: 'en', requestId: 'req-1', errors });

const routes: Record<string, Handler> = {
  '/echo': (req, body) =>
    Response.json({ method: req.method, url: req.url, contentType: req.headers['content-type'] ?? null, body }),
  '/taken': () => problem(new AppError('email_taken', 409, 'users.errors.emailTaken', { field: 'email' })),
  '/domains': () => problem(new AppError('sso_domain_taken', 409, 'sso.errors.domainTaken', { domains: ['a.test'] })),
  '/invalid': () => {
    const parsed = z.object({ name: z.string().min(1, 'users.validation.nameRequired') }).safeParse({ name: '' });
    const { appError, errors } = validationProblem(parsed.error!, 'en');
    return problem(appError, errors);
  },
  '/missing': () => problem(notFound()),
  '/signed-out': () => problem(unauthenticated()),
  '/gateway': () => new Response('<html>Bad gateway</html>', { status: 502, headers: { 'content-type': 'text/html' } }),
  '/not-json': () => new Response('hello', { status: 200 }),
  '/empty': () => new Response(null, { status: 204 }),
  '/slow': () => new Promise<Response>((resolve) => setTimeout(() => resolve(Response.json({})), 2_000).unref()),
};

let server: http.Server;
let baseUrl: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', async () => {
      const route = routes[new URL(req.url!, 'http://x').pathname];
      const response = route ? await route(req, body) : new Response('no route', { status: 500 });
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(Buffer.from(await response.arrayBuffer()));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** The rejection of a call, which must be an ApiError. */
async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => new Error('the call succeeded'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('apiFetch', () => {
  const signIns: number[] = [];
  const client = () => createApiClient({ baseUrl, onUnauthenticated: () => signIns.push(Date.now()) });

  it('sends JSON and a query without empty values, and resolves with the answer', async () => {
    const answer = await client()<{ method: string; url: string; contentType: string; body: string }>('/echo', {
      method: 'PUT',
      body: { name: 'Layla' },
      query: { q: 'a b', role: undefined, status: '', page: 2, tenant_id: null },
    });
    expect(answer).toEqual({
      method: 'PUT',
      url: '/echo?q=a+b&page=2',
      contentType: 'application/json',
      body: '{"name":"Layla"}',
    });
  });

  it('sends a FormData as multipart/form-data with its boundary, not as JSON', async () => {
    const form = new FormData();
    form.append('file', new Blob(['record,site_code\n'], { type: 'text/csv' }), 'plant.csv');
    const answer = await client()<{ contentType: string; body: string }>('/echo', { method: 'POST', body: form });
    expect(answer.contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(answer.body).toContain('filename="plant.csv"');
    expect(answer.body).toContain('record,site_code');
  });

  it('checks the answer with a schema when given one', async () => {
    const ok = await client()('/echo', { schema: z.object({ method: z.literal('GET') }) });
    expect(ok).toEqual({ method: 'GET' });
    const error = await failure(client()('/echo', { schema: z.object({ method: z.literal('POST') }) }));
    expect(error).toMatchObject({ code: 'bad_response', messageKey: 'api.errors.generic' });
  });

  it('answers undefined for 204', async () => {
    await expect(client()('/empty', { method: 'POST' })).resolves.toBeUndefined();
  });

  it('turns a rule problem into status, code, message key and its field', async () => {
    const error = await failure(client()('/taken', { method: 'POST', body: {} }));
    expect(error).toMatchObject({ status: 409, code: 'email_taken', messageKey: 'users.errors.emailTaken' });
    expect(error.field).toBe('email');
    expect(error.errors).toEqual([]);
  });

  it('keeps the zod issues of a validation problem', async () => {
    const error = await failure(client()('/invalid', { method: 'POST', body: {} }));
    expect(error).toMatchObject({ status: 400, code: 'validation_failed', messageKey: 'errors.validation' });
    expect(error.errors).toEqual([{ path: 'name', message: 'users.validation.nameRequired' }]);
  });

  it("keeps a problem's extra members as details, not the envelope", async () => {
    const error = await failure(client()('/domains', { method: 'PUT', body: {} }));
    expect(error.details).toEqual({ domains: ['a.test'] });
  });

  it('gives a generic message for an answer that is not problem+json, and for unreadable JSON', async () => {
    expect(await failure(client()('/gateway'))).toMatchObject({
      status: 502,
      code: 'http_error',
      messageKey: 'api.errors.generic',
    });
    expect(await failure(client()('/not-json'))).toMatchObject({ code: 'bad_response' });
    expect(await failure(client()('/missing'))).toMatchObject({ status: 404, messageKey: 'errors.notFound' });
  });

  it('reports a server that cannot be reached as a network error', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const offline = createApiClient({ baseUrl: `http://127.0.0.1:${port}` });
    expect(await failure(offline('/echo'))).toMatchObject({
      status: 0,
      code: 'network',
      messageKey: 'api.errors.network',
    });
  });

  it('lets a cancelled call reject with the abort itself (not an error to show)', async () => {
    const controller = new AbortController();
    const call = client()('/slow', { signal: controller.signal });
    controller.abort();
    const error = await call.catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(ApiError);
    expect((error as Error).name).toBe('AbortError');
  });

  it('sends the page to sign-in on 401, and still rejects', async () => {
    signIns.length = 0;
    const error = await failure(client()('/signed-out'));
    expect(error).toMatchObject({ status: 401, code: 'unauthenticated' });
    expect(signIns).toHaveLength(1);
    await failure(client()('/missing'));
    expect(signIns).toHaveLength(1);
  });
});

describe('signInPath', () => {
  it('keeps the language and comes back to the page afterwards', () => {
    expect(signInPath('/users', '?q=la&page=2')).toBe('/login?next=%2Fusers%3Fq%3Dla%26page%3D2&reason=session_ended');
    expect(signInPath('/en/users')).toBe('/en/login?next=%2Fusers&reason=session_ended');
    expect(signInPath('/en')).toBe('/en/login?reason=session_ended');
    expect(signInPath('/')).toBe('/login?reason=session_ended');
  });
});
