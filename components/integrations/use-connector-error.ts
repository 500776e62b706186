'use client';

import { useCallback } from 'react';
import { useTranslations } from 'next-intl';

/**
 * The localized sentence for a connector error code (lib/connectors/connector.ts ConnectorErrorCode,
 * or an API problem code of a mapped tag): `integrations.errors.<code>` where the API defines it,
 * else this page's own wording, else a generic sentence naming nothing technical.
 */
export function useConnectorError() {
  const t = useTranslations();
  return useCallback(
    (code: string) => {
      for (const key of [`integrations.errors.${code}`, `integrationsUi.connectorErrors.${code}`])
        if (t.has(key)) return t(key);
      return t('integrationsUi.connectorErrors.unknown');
    },
    [t],
  );
}
