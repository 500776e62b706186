/**
 * Pages and components format dates only through next-intl (which carries the tenant's time zone,
 * lib/i18n/request.ts) or lib/time/day-bounds.ts. `toLocale*String`, a bare `Intl.DateTimeFormat`
 * and local Date getters use the zone of the machine running them — the browser's or the server's —
 * so the same instant would read differently per reader. A line that must do so on purpose says
 * why with a `zone-ok:` comment.
 */
import fs from 'node:fs';
import path from 'node:path';

const ROOT = process.cwd();
const FORBIDDEN = [
  /\.toLocale(?:Date|Time)?String\(/,
  /\bIntl\.DateTimeFormat\b/,
  /\.get(?:FullYear|Month|Date|Day|Hours|Minutes|Seconds)\(\)/,
  /\.set(?:FullYear|Month|Date|Hours|Minutes|Seconds)\(/,
];

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** `file:line: text` for every forbidden call outside a `zone-ok:` line. */
function zoneUnsafeLines(files: { name: string; text: string }[]): string[] {
  return files.flatMap(({ name, text }) =>
    text
      .split('\n')
      .map((line, i) => ({ line, n: i + 1 }))
      .filter(({ line }) => FORBIDDEN.some((p) => p.test(line)) && !line.includes('zone-ok:'))
      .map(({ line, n }) => `${name}:${n}: ${line.trim()}`),
  );
}

describe('dates in app/ and components/ are formatted in the tenant zone', () => {
  it('finds machine-zone formatting in a snippet (the check works)', () => {
    const snippet = [
      'const a = d.toLocaleString();',
      'const b = new Intl.DateTimeFormat("ar").format(d);',
      'const c = `${d.getFullYear()}-${d.getMonth() + 1}`;',
      'const ok = d.getUTCHours(); // UTC getters are zone-free',
      'const fine = d.getHours(); // zone-ok: a stopwatch, not a time of day',
    ].join('\n');
    expect(zoneUnsafeLines([{ name: 'x.tsx', text: snippet }])).toEqual([
      'x.tsx:1: const a = d.toLocaleString();',
      'x.tsx:2: const b = new Intl.DateTimeFormat("ar").format(d);',
      'x.tsx:3: const c = `${d.getFullYear()}-${d.getMonth() + 1}`;',
    ]);
  });

  it('none in the code', () => {
    const files = [...sources(path.join(ROOT, 'app')), ...sources(path.join(ROOT, 'components'))].map((f) => ({
      name: path.relative(ROOT, f),
      text: fs.readFileSync(f, 'utf8'),
    }));
    expect(zoneUnsafeLines(files)).toEqual([]);
  });
});
