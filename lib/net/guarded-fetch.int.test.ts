// guardedFetch against real servers on 127.0.0.1: a refused target is never connected to (in any
// spelling, at any port), redirects are not followed out of the policy, the database's port is
// refused even when loopback is allowed, and the name is checked again when the socket opens.
import { startCountingServer, type CountingServer } from '../test/counting-server';
import { createGuardedFetch, guardedFetch } from './guarded-fetch';
import { OutboundAddressRefused, type Lookup } from './outbound-policy';
import type { OutboundSettings } from './outbound-settings';

jest.setTimeout(30_000);

let target: CountingServer;
let redirector: CountingServer;
beforeAll(async () => {
  target = await startCountingServer((req, res) => res.end(`hello from ${req.headers.host}`));
  redirector = await startCountingServer((req, res) => {
    res.writeHead(302, { location: new URL(req.url!, 'http://x').searchParams.get('to')! }).end();
  });
});
afterAll(async () => {
  await target?.close();
  await redirector?.close();
});

const saved = { ...process.env };
afterEach(() => {
  for (const key of ['OUTBOUND_ALLOW_LOOPBACK', 'OUTBOUND_ALLOW_PRIVATE_NETWORKS', 'PORT', 'HOST', 'DATABASE_URL']) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
});

const closed: OutboundSettings = { allowLoopback: false, allowPrivateNetworks: false, platformServices: [] };
const withLoopback: OutboundSettings = { ...closed, allowLoopback: true };

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(OutboundAddressRefused);
  return (error as OutboundAddressRefused).reason;
}

describe('guardedFetch', () => {
  it('never connects to loopback unless the deployment allows it', async () => {
    process.env.OUTBOUND_ALLOW_LOOPBACK = 'false';
    const before = target.connections();
    for (const url of [
      `${target.url}/`,
      `https://127.0.0.1:${target.port}/`,
      `http://localhost:${target.port}/`,
      `http://[::ffff:127.0.0.1]:${target.port}/`,
      `http://[::ffff:7f00:1]:${target.port}/`,
      `http://0x7f.1:${target.port}/`,
      `http://2130706433:${target.port}/`,
    ]) {
      expect(await refusal(guardedFetch(url))).toBe('loopback');
    }
    expect(target.connections()).toBe(before);

    process.env.OUTBOUND_ALLOW_LOOPBACK = 'true';
    const response = await guardedFetch(`${target.url}/hi`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(`hello from 127.0.0.1:${target.port}`);
    expect(target.connections()).toBe(before + 1);
  });

  it('refuses cloud metadata without trying to connect, whatever the settings', async () => {
    const open = createGuardedFetch({ settings: () => ({ ...withLoopback, allowPrivateNetworks: true }) });
    const started = Date.now();
    expect(await refusal(open('http://169.254.169.254/latest/meta-data/'))).toBe('link_local');
    expect(await refusal(open('http://[fd00:ec2::254]/latest/meta-data/'))).toBe('metadata');
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("refuses the database's port and the app's own port even with loopback allowed", async () => {
    const db = new URL(process.env.DATABASE_URL!);
    process.env.OUTBOUND_ALLOW_LOOPBACK = 'true';
    process.env.PORT = String(target.port);
    const before = target.connections();
    expect(await refusal(guardedFetch(`http://127.0.0.1:${db.port}/`))).toBe('platform_service');
    expect(await refusal(guardedFetch(`http://localhost:${db.port}/`))).toBe('platform_service');
    expect(await refusal(guardedFetch(`http://[::ffff:127.0.0.1]:${db.port}/`))).toBe('platform_service');
    expect(await refusal(guardedFetch(`${target.url}/`))).toBe('platform_service');
    expect(target.connections()).toBe(before);
  });

  it('does not follow redirects by default, and follows them only through the policy', async () => {
    // The redirector is allowed; the target is "the app itself" (its PORT), so it is refused.
    process.env.OUTBOUND_ALLOW_LOOPBACK = 'true';
    process.env.PORT = String(target.port);
    const to = `${redirector.url}/?to=${encodeURIComponent(`${target.url}/secret`)}`;
    const before = target.connections();

    const manual = await guardedFetch(to);
    expect(manual.status).toBe(302);
    expect(await refusal(guardedFetch(to, { redirect: 'follow' }))).toBe('platform_service');
    const toMetadata = `${redirector.url}/?to=${encodeURIComponent('http://169.254.169.254/')}`;
    expect(await refusal(guardedFetch(toMetadata, { redirect: 'follow' }))).toBe('link_local');
    expect(target.connections()).toBe(before);

    // An allowed hop is followed.
    delete process.env.PORT;
    const followed = await guardedFetch(to, { redirect: 'follow' });
    expect(await followed.text()).toBe(`hello from 127.0.0.1:${target.port}`);
  });

  it('refuses a name that resolves to a refused address, and checks it again at connect time', async () => {
    const before = target.connections();
    const toLoopback: Lookup = async () => [{ address: '127.0.0.1', family: 4 }];
    const strict = createGuardedFetch({ settings: () => closed, lookup: toLoopback });
    expect(await refusal(strict(`http://idp.customer.test:${target.port}/`))).toBe('loopback');

    // DNS rebinding: a public answer for the check, loopback when the socket is opened.
    let calls = 0;
    const rebinding: Lookup = async () => [{ address: calls++ === 0 ? '93.184.216.34' : '127.0.0.1', family: 4 }];
    const rebound = createGuardedFetch({ settings: () => closed, lookup: rebinding });
    expect(await refusal(rebound(`http://rebind.customer.test:${target.port}/`))).toBe('loopback');
    expect(calls).toBe(2);
    expect(target.connections()).toBe(before);

    // Allowed: the socket goes to the checked address (the name itself exists nowhere).
    const pinned = createGuardedFetch({ settings: () => withLoopback, lookup: toLoopback });
    const response = await pinned(`http://idp.customer.test:${target.port}/`);
    expect(await response.text()).toBe(`hello from idp.customer.test:${target.port}`);
  });

  it('refuses schemes other than http and https', async () => {
    await expect(guardedFetch('file:///etc/passwd')).rejects.toThrow(TypeError);
  });
});
