import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'errors' });
  return { title: t('notFoundTitle') };
}

// Unknown paths inside a locale render that locale's not-found page.
export default function CatchAll() {
  notFound();
}
