/**
 * The lint rule that keeps the raw Prisma client inside lib/db and system-*.ts files.
 * Runs the project's real ESLint config on a snippet at different paths.
 */
import { execFileSync } from 'node:child_process';

const snippet = "import { db } from '@/lib/db/client';\nexport const count = () => db().user.count();\n";

/** ESLint's output for the snippet at `filename`: '' when clean; throws if ESLint itself fails. */
function lint(filename: string): string {
  try {
    execFileSync('npx', ['eslint', '--stdin', '--stdin-filename', filename], { input: snippet, encoding: 'utf8' });
    return '';
  } catch (error) {
    const { status, stdout } = error as { status?: number; stdout?: string };
    if (status !== 1) throw error; // 1 = lint problems found; anything else is a broken run
    return String(stdout);
  }
}

jest.setTimeout(60_000);

describe('raw Prisma client import rule', () => {
  it('rejects the import in feature code', () => {
    expect(lint('lib/users/count-users.ts')).toMatch(/no-restricted-imports/);
    expect(lint('app/api/x/route.ts')).toMatch(/Use tenantDb\(ctx\)/);
  });
  it('allows it in lib/db and in system-*.ts files', () => {
    expect(lint('lib/db/count-users.ts')).toBe('');
    expect(lint('lib/users/system-count-users.ts')).toBe('');
  });
});
