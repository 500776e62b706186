import 'server-only';
import { cookies } from 'next/headers';
import type { CheckedImport } from './check-import';
import { localizeIssues } from './localize-issues';

/** What the preview and the import answer: summary, rows and the issues in the caller's language. */
export async function importResponse(checked: CheckedImport, extra: Record<string, unknown> = {}) {
  const locale = (await cookies()).get('NEXT_LOCALE')?.value === 'en' ? 'en' : 'ar';
  return {
    ...extra,
    summary: checked.summary,
    rows: checked.rows,
    issues: localizeIssues(checked.issues, locale),
  };
}
