/**
 * OT is read-only (docs/integrations.md → "Read-only toward OT"): this test fails when the code of
 * lib/connectors/** (tests excluded: they play the plant, publishing and inserting test data)
 * contains an OPC UA write or method call, an MQTT publish, or SQL other than reads. It parses
 * each file with the TypeScript compiler, so comments do not count and string literals are seen
 * whole; the fixtures below prove every pattern is caught, so the scan can fail.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** node-opcua ClientSession calls that change the server (writes, method calls, address space edits). */
const OPCUA_WRITES = new Set([
  'write',
  'writeSingleNode',
  'call',
  'callMethod',
  'addNodes',
  'deleteNodes',
  'addReferences',
  'deleteReferences',
  'historyUpdate',
]);
/** mqtt.js calls that send toward the plant. */
const MQTT_WRITES = new Set(['publish', 'publishAsync']);
/** SQL that is not a read, as it appears in a string literal (case-insensitive). */
const SQL_WRITES: [string, RegExp][] = [
  ['INSERT', /\binsert\s+into\b/i],
  ['UPDATE', /\bupdate\s+[\w."]+\s+set\b/i],
  ['DELETE', /\bdelete\s+from\b/i],
  ['MERGE', /\bmerge\s+into\b/i],
  ['TRUNCATE', /\btruncate\s+(?:table\s+)?[\w."]+/i],
  ['COPY … FROM', /\bcopy\s+[\w."]+\s*(?:\([^)]*\)\s*)?from\b/i],
  [
    'CREATE',
    /\bcreate\s+(?:or\s+replace\s+|temp(?:orary)?\s+|unique\s+)*(?:table|index|view|materialized|function|procedure|trigger|schema|sequence|type|role|user|database|extension|rule|policy)\b/i,
  ],
  [
    'ALTER',
    /\balter\s+(?:table|index|view|materialized|function|procedure|trigger|schema|sequence|type|role|user|database|system|default|extension|policy)\b/i,
  ],
  [
    'DROP',
    /\bdrop\s+(?:table|index|view|materialized|function|procedure|trigger|schema|sequence|type|role|user|database|extension|owned|rule|policy)\b/i,
  ],
  ['GRANT', /\bgrant\s+[\w\s,]+?\s+(?:on|to)\s/i],
  ['REVOKE', /\brevoke\s+[\w\s,]+?\s+(?:on|from)\s/i],
  ['SELECT … FOR UPDATE', /\bfor\s+(?:no\s+key\s+)?update\b/i],
  ['SELECT … INTO', /\bselect\b[^;]*?\binto\s+(?:temp(?:orary)?\s+|unlogged\s+)?(?:table\s+)?[\w."]+\s+from\b/i],
];

interface Violation {
  line: number;
  what: string;
}

/** The OT writes in one file's source. OPC UA calls count in files that use node-opcua or live under opcua/. */
function readOnlyViolations(source: string, fileName: string): Violation[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const opcua = /(^|\/)opcua\//.test(fileName) || /from\s+['"]node-opcua/.test(source);
  const found: Violation[] = [];
  const at = (node: ts.Node, what: string) =>
    found.push({ line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1, what });

  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isPropertyAccessExpression(callee)
        ? callee.name.text
        : ts.isElementAccessExpression(callee) && ts.isStringLiteralLike(callee.argumentExpression)
          ? callee.argumentExpression.text
          : null;
      if (name && MQTT_WRITES.has(name)) at(node, `MQTT ${name}`);
      if (name && opcua && OPCUA_WRITES.has(name)) at(node, `OPC UA ${name}`);
    }
    const text = ts.isStringLiteralLike(node)
      ? node.text
      : ts.isTemplateExpression(node)
        ? [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ? ')
        : null;
    if (text !== null) {
      for (const [what, pattern] of SQL_WRITES) if (pattern.test(text)) at(node, `SQL ${what}`);
    }
    if (!ts.isTemplateExpression(node)) ts.forEachChild(node, visit);
    else node.templateSpans.forEach((span) => visit(span.expression));
  };
  visit(file);
  return found;
}

function connectorSources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return connectorSources(full);
    return /\.(ts|tsx|js|mjs|cjs)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe('connectors are read-only toward OT', () => {
  const root = path.join(process.cwd(), 'lib', 'connectors');
  const files = connectorSources(root);

  it('scans the connector modules', () => {
    expect(files.map((f) => path.relative(root, f))).toEqual(expect.arrayContaining(['connector.ts', 'registry.ts']));
  });

  it('finds no OPC UA write or method call, MQTT publish or non-read SQL in lib/connectors', () => {
    const violations = files.flatMap((file) =>
      readOnlyViolations(fs.readFileSync(file, 'utf8'), path.relative(process.cwd(), file)).map(
        (v) => `${path.relative(process.cwd(), file)}:${v.line} ${v.what}`,
      ),
    );
    expect(violations).toEqual([]);
  });
});

describe('the read-only scanner', () => {
  it.each([
    ['await session.write([{ nodeId, attributeId: 13, value }]);', 'OPC UA write'],
    ['await session.writeSingleNode("ns=2;s=Valve", variant);', 'OPC UA writeSingleNode'],
    ['await session.call({ objectId, methodId, inputArguments: [] });', 'OPC UA call'],
    ['await session.callMethod(request);', 'OPC UA callMethod'],
    ['await session.addNodes([]);', 'OPC UA addNodes'],
    ['await session.deleteNodes([]);', 'OPC UA deleteNodes'],
    ['await session["historyUpdate"]([]);', 'OPC UA historyUpdate'],
  ])('flags %s in an OPC UA module', (snippet, what) => {
    const source = `import { OPCUAClient } from 'node-opcua-client';\n${snippet}`;
    expect(readOnlyViolations(source, 'lib/connectors/x/session.ts')).toEqual([{ line: 2, what }]);
  });

  it.each([
    ["client.publish('plant/valve/set', '1');", 'MQTT publish'],
    ["await client.publishAsync('plant/valve/set', '1', { qos: 1 });", 'MQTT publishAsync'],
  ])('flags %s anywhere', (snippet, what) => {
    expect(readOnlyViolations(snippet, 'lib/connectors/mqtt/session.ts')).toEqual([{ line: 1, what }]);
  });

  it.each([
    ["'INSERT INTO tags (name) VALUES ($1)'", 'SQL INSERT'],
    ['`update historian.samples set value = ${v} where tag = $1`', 'SQL UPDATE'],
    ['"DELETE FROM samples WHERE ts < now()"', 'SQL DELETE'],
    ["'MERGE INTO samples s USING x ON true WHEN MATCHED THEN DO NOTHING'", 'SQL MERGE'],
    ["'TRUNCATE TABLE samples'", 'SQL TRUNCATE'],
    ["'COPY samples (tag, ts) FROM STDIN'", 'SQL COPY … FROM'],
    ["'CREATE TEMP TABLE t (x int)'", 'SQL CREATE'],
    ["'create or replace function f() returns int as $$ select 1 $$ language sql'", 'SQL CREATE'],
    ["'ALTER TABLE samples ADD COLUMN x int'", 'SQL ALTER'],
    ["'DROP TABLE samples'", 'SQL DROP'],
    ["'GRANT SELECT, INSERT ON samples TO app'", 'SQL GRANT'],
    ["'REVOKE ALL ON samples FROM app'", 'SQL REVOKE'],
    ["'SELECT * FROM samples FOR UPDATE'", 'SQL SELECT … FOR UPDATE'],
    ["'SELECT tag INTO TEMP copy FROM samples'", 'SQL SELECT … INTO'],
  ])('flags SQL %s in a string literal', (literal, what) => {
    expect(readOnlyViolations(`const sql = ${literal};`, 'lib/connectors/sql/q.ts')).toEqual(
      expect.arrayContaining([{ line: 1, what }]),
    );
  });

  it('leaves reads, comments and ordinary code alone', () => {
    const source = [
      "import { OPCUAClient } from 'node-opcua-client';",
      '// never session.write(...) or client.publish(...); no INSERT INTO here',
      '/* DELETE FROM samples */',
      "const q = 'SELECT tag, ts, value FROM samples WHERE ts > $1 ORDER BY ts LIMIT $2';",
      "await client.query('BEGIN TRANSACTION READ ONLY');",
      "await client.query('SET LOCAL statement_timeout = 5000');",
      'const v = await session.read({ nodeId, attributeId: 13 });',
      "client.subscribe('plant/#', { qos: 1 });",
      "const label = 'Create a mapping, then update the deadband';",
      'stream.write(chunk);',
    ].join('\n');
    expect(readOnlyViolations(source, 'lib/connectors/opcua/read.ts')).toEqual([{ line: 10, what: 'OPC UA write' }]);
    // The same stream write outside OPC UA code is not an OT write.
    expect(readOnlyViolations('stream.write(chunk);', 'lib/connectors/csv/parse.ts')).toEqual([]);
  });
});
