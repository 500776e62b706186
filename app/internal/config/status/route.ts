import { withApi } from '@/lib/http/with-api';
import { configStatus } from '@/lib/system/system-status';

// platform_owner only; everyone else (signed in or not) gets 404.
export const GET = withApi({ permission: 'platform.status.read', hidden: true }, async () => configStatus());
