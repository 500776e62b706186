/**
 * Links in the repository's markdown stay inside the repository and point at something that exists,
 * as a person who clones the project sees it: every relative link (and image) of every tracked or
 * new, not ignored *.md file must resolve to a file or folder of the repository, and a `#fragment`
 * into a markdown file must name one of its headings. External URLs are not fetched.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = process.cwd();

/** Files a clone has (tracked) or will have once committed (new and not ignored). */
const repoFiles = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
  cwd: ROOT,
  encoding: 'utf8',
})
  .split('\0')
  .filter((f) => f && fs.existsSync(path.join(ROOT, f)));
const fileSet = new Set(repoFiles);
const dirSet = new Set(
  repoFiles.flatMap((f) =>
    f
      .split('/')
      .slice(0, -1)
      .map((_, i, parts) => parts.slice(0, i + 1).join('/')),
  ),
);
const markdown = repoFiles.filter((f) => f.endsWith('.md'));

/** Markdown without fenced code blocks and inline code, where link syntax is only text. */
function prose(text: string): string {
  return text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, '');
}

/** Targets of inline links/images `[x](target "title")` and reference definitions `[x]: target`. */
function linkTargets(text: string): string[] {
  const body = prose(text);
  const inline = [...body.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]!);
  const refs = [...body.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+.*)?$/gm)].map((m) => m[1]!);
  return [...inline, ...refs];
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
function anchors(text: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const [, heading] of prose(text).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const slug = heading!
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    out.add(n ? `${slug}-${n}` : slug);
  }
  return out;
}

/** The problem with one link of `file`, or null when it is fine. */
function linkProblem(file: string, target: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return null; // https:, mailto:, …: not checked here
  const [rawPath = '', fragment] = target.split('#');
  const decoded = decodeURIComponent(rawPath);
  if (decoded.startsWith('/')) return 'absolute path (use a path relative to this file)';
  const resolved = decoded ? path.posix.normalize(path.posix.join(path.posix.dirname(file), decoded)) : file;
  if (resolved === '..' || resolved.startsWith('../')) return 'points outside the repository';
  const clean = resolved.replace(/\/$/, '');
  if (!fileSet.has(clean) && !dirSet.has(clean)) return 'no such file in the repository';
  if (fragment && clean.endsWith('.md') && !anchors(fs.readFileSync(path.join(ROOT, clean), 'utf8')).has(fragment))
    return `no heading #${fragment} in ${clean}`;
  return null;
}

describe('markdown links', () => {
  it('finds the markdown files (README and docs)', () => {
    expect(markdown).toEqual(expect.arrayContaining(['README.md', 'docs/architecture.md']));
  });

  it('every relative link resolves inside the repository', () => {
    const broken = markdown.flatMap((file) =>
      linkTargets(fs.readFileSync(path.join(ROOT, file), 'utf8'))
        .map((target) => ({ target, problem: linkProblem(file, target) }))
        .filter((l) => l.problem)
        .map((l) => `${file}: ${l.target} — ${l.problem}`),
    );
    expect(broken).toEqual([]);
  });

  it('the checker itself tells good links from bad ones', () => {
    expect(linkTargets('See [a](docs/api.md), ![i](x.png "t"), `[no](code.md)`\n[ref]: ../out.md\n')).toEqual([
      'docs/api.md',
      'x.png',
      '../out.md',
    ]);
    expect(linkProblem('README.md', '../shared/ARCHITECTURE.md')).toBe('points outside the repository');
    expect(linkProblem('docs/api.md', '../../x.md')).toBe('points outside the repository');
    expect(linkProblem('README.md', 'docs/nothing-here.md')).toBe('no such file in the repository');
    expect(linkProblem('README.md', '/etc/passwd')).toMatch(/absolute path/);
    expect(linkProblem('docs/api.md', '../README.md')).toBeNull();
    expect(linkProblem('docs/api.md', '../lib/db/')).toBeNull();
    expect(linkProblem('README.md', 'https://example.com/x')).toBeNull();
    expect(linkProblem('docs/api.md', 'sso.md#no-such-heading')).toMatch(/no heading/);
  });
});
