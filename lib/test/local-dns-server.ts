/**
 * A real DNS server on 127.0.0.1 (UDP, the dns2 package) for tests that prove domain claims
 * offline: point SSO_DNS_SERVERS at `address` and publish TXT records with `setTxt`. Names it
 * does not know get NXDOMAIN; names marked with `fail` get SERVFAIL (a broken resolver).
 * Used by the integration tests and, through e2e/support/dns-server.ts, by the e2e run.
 */
import dns2 from 'dns2';

const { Packet } = dns2;

export interface LocalDnsServer {
  port: number;
  /** `127.0.0.1:<port>`, the form SSO_DNS_SERVERS takes */
  address: string;
  /** Publishes the TXT records of a name (replacing any); an empty list: the name exists without TXT. */
  setTxt(name: string, values: string[]): void;
  /** Answers SERVFAIL for this name from now on. */
  fail(name: string): void;
  close(): Promise<void>;
}

export async function startLocalDnsServer(port = 0): Promise<LocalDnsServer> {
  const txt = new Map<string, string[]>();
  const failing = new Set<string>();
  const server = dns2.createServer({
    udp: true,
    handle: (request, send) => {
      const response = Packet.createResponseFromRequest(request);
      const question = request.questions[0];
      const name = question?.name.toLowerCase() ?? '';
      if (failing.has(name)) response.header.rcode = 2;
      else if (!txt.has(name)) response.header.rcode = 3;
      else if (question!.type === Packet.TYPE.TXT) {
        for (const data of txt.get(name)!) {
          const answer = { name: question!.name, type: Packet.TYPE.TXT, class: Packet.CLASS.IN, ttl: 1, data };
          // dns2's typings want a serializable record; a plain one is what its own examples push
          response.answers.push(answer as unknown as (typeof response.answers)[number]);
        }
      }
      void send(response);
    },
  });
  const addresses = await server.listen({ udp: { port, address: '127.0.0.1' } });
  const bound = addresses.udp!.port;
  return {
    port: bound,
    address: `127.0.0.1:${bound}`,
    setTxt: (name, values) => txt.set(name.toLowerCase(), values),
    fail: (name) => failing.add(name.toLowerCase()),
    close: () => server.close(),
  };
}
