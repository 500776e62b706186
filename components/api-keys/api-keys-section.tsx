import { Card } from '@/components/ui/card';
import { QueryPagination } from '@/components/audit/query-pagination';
import { listApiKeys } from '@/lib/api-keys/list-api-keys';
import type { TenantScope } from '@/lib/db/tenant-db';
import type { Pagination as Page } from '@/lib/http/pagination';
import { ApiKeyList } from './api-key-list';
import { ApiKeysEmpty } from './api-keys-empty';

/** Loads and shows one page of the tenant's keys (streamed inside a Suspense boundary). */
export async function ApiKeysSection({ ctx, page }: { ctx: TenantScope; page: Page }) {
  const result = await listApiKeys(ctx, page);
  return (
    <Card testId="api-keys">
      {result.total === 0 ? <ApiKeysEmpty /> : result.items.length > 0 && <ApiKeyList items={result.items} />}
      {result.total > 0 && (
        <QueryPagination
          basePath="/settings/api-keys"
          page={result.page}
          pageCount={result.pageCount}
          total={result.total}
        />
      )}
    </Card>
  );
}
