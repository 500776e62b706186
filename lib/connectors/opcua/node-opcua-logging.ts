/**
 * node-opcua prints its warnings and errors with console.log; route them into the structured
 * logger instead (scope "node-opcua"). Process-wide: node-opcua keeps one logger per process.
 */
import { format } from 'node:util';
import { setErrorLogger, setWarningLogger } from 'node-opcua-client';
import { logger } from '../../log/logger';

let installed = false;

export function routeNodeOpcuaLogs() {
  if (installed) return;
  installed = true;
  const log = () => logger().child({ scope: 'node-opcua' });
  // node-opcua calls these with (context: { filename, callerline }, ...message parts).
  const source = (context: unknown) => (context as { filename?: string } | null)?.filename;
  setWarningLogger((context, ...args) => log().warn({ source: source(context) }, format(...args)));
  setErrorLogger((context, ...args) => log().error({ source: source(context) }, format(...args)));
}
