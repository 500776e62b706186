/**
 * A real HTTP server on 127.0.0.1 (a free port) that counts the TCP connections it receives, for
 * tests that must show a refused address was never connected to.
 *   const server = await startCountingServer((req, res) => res.end('ok'));
 *   server.url, server.port, server.connections(), await server.close()
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CountingServer {
  port: number;
  /** http://127.0.0.1:<port> */
  url: string;
  connections: () => number;
  close: () => Promise<void>;
}

export async function startCountingServer(handler: http.RequestListener = (_req, res) => res.end('ok')) {
  let connections = 0;
  const server = http.createServer(handler);
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    connections: () => connections,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  } satisfies CountingServer;
}
