'use client';

import { useId, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { apiFetch, ApiError } from '@/components/api/api-client';
import { Button, buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import type { Locale } from '@/lib/i18n/locales';
import { ZImportAnswer, type ImportAnswer } from '@/lib/plant-import/import-shapes';
import { PreviewTable } from './preview-table';
import { IssueList } from './issue-list';
import { ImportSummary } from './import-summary';

const formOf = (files: File[], mode?: 'all' | 'valid') => {
  const form = new FormData();
  for (const f of files) form.append('file', f, f.name);
  if (mode) form.append('mode', mode);
  return form;
};

/**
 * Upload → check (the server parses and plans, nothing is written) → import all, or only the
 * valid rows. The files stay in the browser between the two calls and are sent again, so the
 * server keeps no state between check and import and checks everything again before writing.
 */
export function PlantImport({ locale }: { locale: Locale }) {
  const t = useTranslations('plantImport');
  const tAll = useTranslations();
  const inputId = useId();
  const [files, setFiles] = useState<File[]>([]);
  const check = useMutation({
    mutationFn: (chosen: File[]) =>
      apiFetch<ImportAnswer>('/api/plant-import/preview', {
        method: 'POST',
        body: formOf(chosen),
        schema: ZImportAnswer,
      }),
  });
  const run = useMutation({
    mutationFn: (mode: 'all' | 'valid') =>
      apiFetch<ImportAnswer>('/api/plant-import', { method: 'POST', body: formOf(files, mode), schema: ZImportAnswer }),
  });
  const preview = check.data;
  const result = run.data;
  const failure = (check.error ?? run.error) as ApiError | null;
  const busy = check.isPending || run.isPending;
  const writable = preview ? preview.summary.rows - preview.summary.invalidRows : 0;

  const choose = (list: FileList | null) => {
    const chosen = Array.from(list ?? []);
    setFiles(chosen);
    run.reset();
    if (chosen.length > 0) check.mutate(chosen);
    else check.reset();
  };

  return (
    <div className="space-y-4">
      <Card>
        <label htmlFor={inputId} className="mb-1 block text-sm font-medium">
          {t('chooseFiles')}
        </label>
        <input
          id={inputId}
          type="file"
          multiple
          accept=".csv,text/csv"
          disabled={busy}
          onChange={(e) => choose(e.target.files)}
          data-testid="import-files"
          className="block w-full text-sm file:me-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm"
        />
        <p className="mt-2 text-xs text-slate-500">{t('chooseHint')}</p>
        <a href="/api/plant-import/template" className={buttonClass('ghost', 'sm') + ' mt-2 -ms-2.5'} download>
          {t('templateLink')}
        </a>
      </Card>

      {busy && (
        <p role="status" className="text-sm text-slate-600" data-testid="import-busy">
          {check.isPending ? t('checking') : t('importing')}
        </p>
      )}
      {failure && (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800" data-testid="import-error">
          {tAll.has(failure.messageKey as never) ? tAll(failure.messageKey as never) : t('requestFailed')}
        </p>
      )}

      {result ? (
        <Card title={t('resultTitle')}>
          <ImportSummary answer={result} done />
        </Card>
      ) : (
        preview && (
          <>
            <Card title={t('summaryTitle')}>
              <ImportSummary answer={preview} done={false} />
              <div className="mt-4 flex flex-wrap gap-2">
                <Button
                  variant="primary"
                  disabled={busy || preview.issues.length > 0 || writable === 0}
                  onClick={() => run.mutate('all')}
                  data-testid="import-all"
                >
                  {t('importAll')}
                </Button>
                {preview.issues.length > 0 && (
                  <Button
                    disabled={busy || writable === 0}
                    onClick={() => run.mutate('valid')}
                    data-testid="import-valid"
                  >
                    {t('importValid')}
                  </Button>
                )}
              </div>
              {writable === 0 && preview.issues.length === 0 && (
                <p className="mt-2 text-sm text-slate-600">{t('nothingToImport')}</p>
              )}
            </Card>
            {preview.issues.length > 0 ? (
              <Card title={`${t('issuesTitle')} (${t('issuesCount', { count: preview.issues.length })})`}>
                <IssueList issues={preview.issues} showFile={files.length > 1} />
              </Card>
            ) : (
              <p className="text-sm text-emerald-700" data-testid="import-all-valid">
                {t('allValid')}
              </p>
            )}
            {preview.rows.length > 0 && <PreviewTable rows={preview.rows} locale={locale} />}
          </>
        )
      )}
    </div>
  );
}
