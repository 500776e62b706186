import type { Locale } from '../i18n/locales';
import type { CheckedImport } from './check-import';
import { localizeIssues } from './localize-issues';

/** What the preview and the import answer: summary, rows and the issues in the caller's language. */
export function importResponse(checked: CheckedImport, locale: Locale, extra: Record<string, unknown> = {}) {
  return {
    ...extra,
    summary: checked.summary,
    rows: checked.rows,
    issues: localizeIssues(checked.issues, locale),
  };
}
