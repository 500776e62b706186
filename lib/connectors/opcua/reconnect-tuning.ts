/** How fast a running OPC UA session retries (opcua-session.ts); tests pass shorter delays. */
export interface OpcuaReconnectTuning {
  /** node-opcua's first connect retry delay, and the first wait after a failed attempt; doubles up to maxDelayMs */
  initialDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RECONNECT: OpcuaReconnectTuning = { initialDelayMs: 500, maxDelayMs: 20_000 };
