/**
 * Acknowledge-after-commit for mqtt.js 5 (pinned: mqtt 5.16.0). mqtt.js sends a message's PUBACK
 * right after emitting it, and its `customHandleAcks` / `handleMessage` hooks stop the client from
 * reading the next packet until the message is acknowledged — one database commit per message.
 * To batch, the PUBACKs mqtt.js would send are swallowed here (the packet pump moves on) and the
 * session sends them itself once the batch is committed (`acknowledge`), in arrival order.
 * A swallowed PUBACK is never sent by mqtt.js later: if the connection drops first, the broker
 * redelivers the message (persistent session). Proven by lib/connectors/mqtt/*.int.test.ts
 * (a failed sink leads to redelivery; a crash before commit loses nothing).
 */
import type { MqttClient, Packet } from 'mqtt';

type SendPacket = (packet: Packet, cb?: (error?: Error) => void, cbStorePut?: unknown, noStore?: boolean) => void;

export interface DeferredPubacks {
  /** Sends the PUBACKs of these QoS 1 message ids (of the current connection), in order. */
  acknowledge(messageIds: number[]): void;
}

export function deferPubacks(client: MqttClient): DeferredPubacks {
  const internals = client as unknown as { _sendPacket: SendPacket };
  if (typeof internals._sendPacket !== 'function') throw new Error('mqtt.js internals changed: no _sendPacket');
  const send = internals._sendPacket.bind(client);
  internals._sendPacket = (packet, cb, cbStorePut, noStore) => {
    if (packet.cmd === 'puback') {
      cb?.(); // let mqtt.js read the next packet; the PUBACK goes out after commit
      return;
    }
    send(packet, cb, cbStorePut, noStore);
  };
  return {
    acknowledge(messageIds) {
      for (const messageId of messageIds) send({ cmd: 'puback', messageId }, undefined, undefined, true);
    },
  };
}
