/**
 * Every audit action and target type the code records has a label in both languages, so the audit
 * page never shows a raw code such as `site.create`. Collected from the source: action literals
 * (`action: 'x.y'`, `auditPlant(actor, 'x.y', …)`) and target types (`targetType: 'x'`,
 * `{ type: 'x', id }`).
 */
import fs from 'node:fs';
import path from 'node:path';
import ar from '../../messages/ar.json';
import en from '../../messages/en.json';

const ROOT = process.cwd();

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sources(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const code = [...sources(path.join(ROOT, 'lib')), ...sources(path.join(ROOT, 'app'))]
  .map((f) => fs.readFileSync(f, 'utf8'))
  .join('\n');
const found = (pattern: RegExp, text = code) => [...new Set([...text.matchAll(pattern)].map((m) => m[1]!))].sort();

// Lines that name an audit action (`action: …`, `auditPlant(…)`, `const actionOf = … =>`) and the
// line after one that ends in `=>`, where a computed action's values are written.
const lines = code.split('\n');
const actionLines = lines.filter(
  (line, i) =>
    /\baction\b|auditPlant\(/i.test(line) || (/action\w*\s*=.*=>\s*$/i.test(lines[i - 1] ?? '') && line.trim() !== ''),
);
const actions = found(/'([a-z_]+\.[a-z_]+)'/g, actionLines.join('\n'));
const targets = found(/(?:\btargetType:\s*|\{\s*type:\s*)'([a-z_]+)'(?=[^}]*\bid\b|,\s*targetId)/g);

describe('audit labels', () => {
  it('finds the recorded actions and targets', () => {
    expect(actions).toEqual(expect.arrayContaining(['user.create', 'site.create', 'asset.retire', 'api_key.revoke']));
    expect(targets).toEqual(expect.arrayContaining(['user', 'tenant', 'site', 'asset_link']));
  });

  it.each([
    ['en', en],
    ['ar', ar],
  ] as const)('every action and target has a %s label', (_lang, messages) => {
    const labels = messages.auditLog as { actions: Record<string, string>; targets: Record<string, string> };
    expect(actions.filter((a) => !labels.actions[a.replace(/\./g, '_')])).toEqual([]);
    expect(targets.filter((t) => !labels.targets[t])).toEqual([]);
  });
});
