import { AppError } from './app-error';
import { assertJsonBody, assertSameOrigin } from './request-guards';

const APP = 'http://app.example:3000';

function request(method: string, headers: Record<string, string>) {
  return new Request(`${APP}/api/tenant-users`, { method, headers: { host: 'app.example:3000', ...headers } });
}

function refusal(fn: () => void): { code: string; status: number } | null {
  try {
    fn();
    return null;
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, status: error.status };
    throw error;
  }
}

describe('assertSameOrigin', () => {
  const crossOrigin = { code: 'cross_origin_request', status: 403 };

  it('refuses a cookie write from another site, whatever the content type', () => {
    expect(refusal(() => assertSameOrigin(request('POST', { origin: 'https://evil.example' })))).toEqual(crossOrigin);
    expect(refusal(() => assertSameOrigin(request('PUT', { origin: 'null' })))).toEqual(crossOrigin);
  });

  it('refuses same-site and cross-site fetch metadata (sibling subdomains are same-site)', () => {
    for (const site of ['same-site', 'cross-site', 'none'])
      expect(refusal(() => assertSameOrigin(request('DELETE', { 'sec-fetch-site': site, origin: APP })))).toEqual(
        crossOrigin,
      );
  });

  it('accepts the app itself', () => {
    expect(refusal(() => assertSameOrigin(request('POST', { 'sec-fetch-site': 'same-origin', origin: APP })))).toBe(
      null,
    );
    expect(refusal(() => assertSameOrigin(request('POST', { origin: APP })))).toBe(null);
  });

  it('compares with the origin the browser sees behind a proxy', () => {
    const behindProxy = request('POST', {
      origin: 'https://iq.plant.example',
      'x-forwarded-host': 'iq.plant.example',
      'x-forwarded-proto': 'https',
    });
    expect(refusal(() => assertSameOrigin(behindProxy))).toBe(null);
    const otherScheme = request('POST', {
      origin: 'http://iq.plant.example',
      'x-forwarded-host': 'iq.plant.example',
      'x-forwarded-proto': 'https',
    });
    expect(refusal(() => assertSameOrigin(otherScheme))).toEqual(crossOrigin);
  });

  it('leaves reads, API-key calls and non-browser clients alone', () => {
    expect(refusal(() => assertSameOrigin(request('GET', { origin: 'https://evil.example' })))).toBe(null);
    expect(
      refusal(() =>
        assertSameOrigin(request('POST', { origin: 'https://evil.example', authorization: 'Bearer oiq_x_y' })),
      ),
    ).toBe(null);
    expect(refusal(() => assertSameOrigin(request('POST', {})))).toBe(null);
  });
});

describe('assertJsonBody', () => {
  it.each(['application/json', 'application/json; charset=utf-8', 'Application/JSON', 'application/merge-patch+json'])(
    'accepts %p',
    (type) => expect(refusal(() => assertJsonBody(request('POST', { 'content-type': type })))).toBe(null),
  );

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonp'])(
    'refuses %p with 415',
    (type) =>
      expect(refusal(() => assertJsonBody(request('POST', { 'content-type': type })))).toEqual({
        code: 'unsupported_media_type',
        status: 415,
      }),
  );

  it('refuses a body without a content type', () => {
    expect(refusal(() => assertJsonBody(request('POST', {})))?.status).toBe(415);
  });
});
