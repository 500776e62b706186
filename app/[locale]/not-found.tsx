import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';

export default function NotFound() {
  const t = useTranslations('errors');
  return (
    <main className="grid min-h-[70vh] place-items-center p-6 text-center">
      <div>
        <p className="text-5xl font-semibold text-brand-600">404</p>
        <h1 className="mt-3 text-2xl font-semibold">{t('notFoundTitle')}</h1>
        <p className="mt-2 max-w-md text-slate-600">{t('notFoundBody')}</p>
        <Link href="/" className="mt-6 inline-block rounded-md bg-brand-600 px-4 py-2 text-white hover:bg-brand-700">
          {t('backHome')}
        </Link>
      </div>
    </main>
  );
}
