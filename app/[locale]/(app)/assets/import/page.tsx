import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageHeader } from '@/components/ui/card';
import { PlantImport } from '@/components/plant-import/plant-import';
import { guardedTitle } from '@/lib/navigation/page-title';
import { requirePage } from '@/lib/navigation/require-page';
import { isLocale } from '@/lib/i18n/locales';

export const generateMetadata = guardedTitle('plantImport', 'plantImport.title');

/** Bulk import of sites, units, assets and signals from CSV (docs/plant-model.md). */
export default async function PlantImportPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale: raw } = await params;
  setRequestLocale(raw);
  const locale = isLocale(raw) ? raw : 'ar';
  await requirePage('plantImport');
  const t = await getTranslations('plantImport');
  return (
    <div className="mx-auto max-w-5xl">
      <PageHeader title={t('title')} description={t('description')} />
      <PlantImport locale={locale} />
    </div>
  );
}
