/** What a tenant administrator may change about their own tenant (shared by the API and the form). */
import { z } from 'zod';
import { ZTimeZone } from '../time/time-zones';

export const ZUpdateTenantSettings = z.object({ timeZone: ZTimeZone });
export type UpdateTenantSettings = z.infer<typeof ZUpdateTenantSettings>;
