/**
 * The benchmark's load generator (a child process, so its CPU is not the consumer's): publishes
 * QoS 1 JSON messages of `points` values each, `devices` topics round robin, at `rate` messages/s
 * for `seconds`. Message n of device d carries ts = t0 + seq (ms), seq = floor(n / devices):
 * every point has its own (tag, ts). Prints `published <count>` once every message was PUBACKed.
 * Usage: tsx bench/mqtt-publisher.ts <url> <rate> <seconds> <devices> <points> <first> <t0>
 */
import mqtt from 'mqtt';

async function main() {
  const [url, rate, seconds, devices, points, first, t0] = process.argv.slice(2);
  const perSecond = Number(rate);
  const total = Math.round(perSecond * Number(seconds));
  const client = await mqtt.connectAsync(url!, { clientId: `bench-publisher-${process.pid}`, protocolVersion: 5 });
  const start = Date.now();
  let sent = 0;
  let acked = 0;
  await new Promise<void>((resolve, reject) => {
    const tick = () => {
      const due = Math.min(total, Math.floor(((Date.now() - start) / 1000) * perSecond) + 1);
      // keep at most 5 000 unacknowledged messages: the broker paces us when the consumer lags
      while (sent < due && sent - acked < 5_000) {
        const n = Number(first) + sent++;
        const device = n % Number(devices);
        const ts = Number(t0) + Math.floor(n / Number(devices));
        const body: Record<string, number> = { ts, value: n % 1000 };
        for (let p = 1; p < Number(points); p++) body[`p${p}`] = (n + p) % 1000;
        client.publish(`bench/dev${device}`, JSON.stringify(body), { qos: 1 }, (error) => {
          if (error) return reject(error);
          if (++acked === total) resolve();
        });
      }
      if (sent < total) setTimeout(tick, 5);
    };
    tick();
  });
  console.error(`# publisher: ${total} messages in ${((Date.now() - start) / 1000).toFixed(2)} s`);
  await client.endAsync();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
