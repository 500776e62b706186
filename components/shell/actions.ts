'use server';

import { signOut } from '@/lib/auth/auth';
import { recordAudit } from '@/lib/audit/system-audit';
import { localePath } from '@/lib/i18n/locale-path';
import { isLocale } from '@/lib/i18n/locales';
import { getRequestContext } from '@/lib/tenancy/request-context';

export async function signOutAction(form: FormData) {
  const ctx = await getRequestContext();
  if (ctx) {
    await recordAudit({
      tenantId: ctx.tenantId,
      actorUserId: ctx.userId,
      action: 'auth.sign_out',
      targetType: 'user',
      targetId: ctx.userId,
      requestId: ctx.requestId,
    });
  }
  const locale = form.get('locale');
  await signOut({ redirectTo: localePath(isLocale(locale) ? locale : 'ar', '/login') });
}
