/**
 * There is one browser API client. Pages and components that wrap `fetch` themselves (each with
 * its own result type and problem handling) are caught twice: by an ESLint rule, and by a scan of
 * the code, so a fifth copy for the next feature fails the build.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const CLIENT = 'components/api/api-client.ts';

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(rel);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [rel] : [];
  });
}

/** ESLint's output for `code` at `filename`: '' when clean; rejects if ESLint itself fails. */
function lint(filename: string, code: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile('npx', ['eslint', '--stdin', '--stdin-filename', filename], (error, stdout) => {
      if (!error) return resolve('');
      // 1 = lint problems found; anything else is a broken run
      return error.code === 1 ? resolve(String(stdout)) : reject(error);
    });
    child.stdin!.end(code);
  });
}

jest.setTimeout(60_000);

describe('one browser API client', () => {
  it('is the only code under app/ and components/ that calls fetch', () => {
    const callers = [...sourceFiles('app'), ...sourceFiles('components')].filter((file) =>
      /(^|[^\w.]|window\.|globalThis\.|self\.)fetch\s*\(/m.test(fs.readFileSync(path.join(ROOT, file), 'utf8')),
    );
    expect(callers).toEqual([CLIENT]);
  });

  it('refuses fetch in components and pages by lint, except in the client', async () => {
    const snippet = "export const load = () => fetch('/api/assets');\nexport const again = () => window.fetch('/x');\n";
    const [component, page, client] = await Promise.all([
      lint('components/assets/assets-api.ts', snippet),
      lint('app/[locale]/(app)/assets/page.tsx', snippet),
      lint(CLIENT, snippet),
    ]);
    expect(component).toMatch(/no-restricted-globals/);
    expect(component).toMatch(/no-restricted-properties/);
    expect(page).toMatch(/apiFetch/);
    expect(client).toBe('');
  });
});
