import { translate } from '../http/problem';
import type { ImportIssue } from './parse-csv';

/** An issue with its text in the caller's language (`message` stays the key, for the UI). */
export interface LocalizedIssue extends ImportIssue {
  detail: string;
}

export const localizeIssues = (issues: ImportIssue[], locale: string): LocalizedIssue[] =>
  issues.map((i) => ({ ...i, detail: translate(locale, i.message, i.params) }));
