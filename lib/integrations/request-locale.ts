import 'server-only';
import { cookies } from 'next/headers';
import type { NameLocale } from './mappings';

/** The locale names are given in (the same cookie withApi localizes problems by). */
export async function requestLocale(): Promise<NameLocale> {
  return (await cookies()).get('NEXT_LOCALE')?.value === 'en' ? 'en' : 'ar';
}
