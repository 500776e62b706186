/**
 * The web process that `npm start` runs: Next's request handler behind our own HTTP server, so that
 * the client address the app sees is one a client cannot forge. Next keeps an incoming
 * X-Forwarded-For as it is and only fills it in when it is missing, so its leftmost value is
 * whatever the client wrote. Here the address of the peer on the socket is appended, as every
 * proxy does; lib/http/client-ip.ts then reads the chain from the right (TRUSTED_PROXY_HOPS).
 *   HOST, PORT      where to listen        NEXT_HOSTNAME   the name Next is told (see start.ts)
 */
import http from 'node:http';
import next from 'next';

const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 3000);
const app = next({ dev: false, dir: process.cwd(), hostname: process.env.NEXT_HOSTNAME ?? host, port });
const handle = app.getRequestHandler();

await app.prepare();
const server = http.createServer((req, res) => {
  const peer = req.socket.remoteAddress ?? 'unknown';
  const forwarded = req.headers['x-forwarded-for'];
  req.headers['x-forwarded-for'] = forwarded ? `${forwarded}, ${peer}` : peer;
  handle(req, res);
});
// Longer than any client's or load balancer's idle timeout: otherwise a reused keep-alive
// connection can be closed under a request (ECONNRESET). Headers timeout must exceed it.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(port, host, () => console.log(`[optria] web listening on http://${host}:${port}`));

const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
