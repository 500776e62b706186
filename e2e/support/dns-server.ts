/**
 * The e2e run's DNS server (lib/test/local-dns-server.ts) on 127.0.0.1:<E2E_PORT + 2000>/udp; the
 * app asks it for domain-proof TXT records (SSO_DNS_SERVERS, set in playwright.config.ts).
 *   npx tsx e2e/support/dns-server.ts
 * An HTTP endpoint on the same port number (TCP) tells Playwright it is up (GET /health) and lets
 * specs publish records: PUT /txt {"name": "_optria-challenge.x.test", "values": ["…"]}.
 */
import http from 'node:http';
import { startLocalDnsServer } from '../../lib/test/local-dns-server';
import { dnsPort } from './sso-idp-config';

async function main() {
  const dns = await startLocalDnsServer(dnsPort());
  const control = http.createServer((req, res) => {
    if (req.method === 'GET' && req.url === '/health') return void res.end('ok');
    if (req.method !== 'PUT' || req.url !== '/txt') return void res.writeHead(404).end();
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const { name, values } = JSON.parse(body) as { name: string; values: string[] };
      dns.setTxt(name, values);
      res.writeHead(204).end();
    });
  });
  control.listen(dnsPort(), '127.0.0.1');
  const stop = () => {
    control.close();
    void dns.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
