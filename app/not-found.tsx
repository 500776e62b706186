import type { Metadata } from 'next';
import Link from 'next/link';
import './globals.css';

export const metadata: Metadata = { title: 'الصفحة غير موجودة · Page not found · OPTRIA IQ' };

// Requests outside any locale route (rare: the proxy routes almost everything) get a bilingual page.
export default function GlobalNotFound() {
  return (
    <html lang="ar" dir="rtl">
      <body className="grid min-h-screen place-items-center bg-slate-50 p-6 text-center text-slate-800">
        <main>
          <h1 className="text-2xl font-semibold">الصفحة غير موجودة</h1>
          <p lang="en" dir="ltr" className="mt-2 text-slate-600">
            Page not found
          </p>
          <Link className="mt-4 inline-block text-brand-600 underline" href="/">
            OPTRIA IQ
          </Link>
        </main>
      </body>
    </html>
  );
}
