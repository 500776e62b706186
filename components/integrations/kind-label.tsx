'use client';

import { useTranslations } from 'next-intl';
import type { IntegrationKind } from './integration-requests';

/** One small outline icon per kind (decorative: the label says the kind). */
const ICONS: Record<IntegrationKind, string> = {
  // a tree of nodes: OPC UA's address space
  opcua: 'M12 4v5M12 9H6v4M12 9h6v4M4 13h4v5H4zM16 13h4v5h-4zM10 2h4v3h-4z',
  // a broadcast: MQTT's publish/subscribe
  mqtt: 'M5 12a7 7 0 0 1 7-7M8.5 12A3.5 3.5 0 0 1 12 8.5M12 12h.01M19 12a7 7 0 0 1-7 7M15.5 12a3.5 3.5 0 0 1-3.5 3.5',
  // a database cylinder: the SQL historian
  sql_historian:
    'M4 6c0-1.7 3.6-3 8-3s8 1.3 8 3-3.6 3-8 3-8-1.3-8-3zM4 6v12c0 1.7 3.6 3 8 3s8-1.3 8-3V6M4 12c0 1.7 3.6 3 8 3s8-1.3 8-3',
  // an arrow into a box: pushed over HTTP
  rest_push: 'M12 3v11M8 10l4 4 4-4M4 15v4h16v-4',
  // a sheet: CSV upload
  csv: 'M6 3h8l4 4v14H6zM14 3v4h4M9 12h6M9 16h6',
  // a play button: the demo replay
  demo: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM10 8.5v7l6-3.5z',
};

export function KindIcon({ kind, className = 'size-4' }: { kind: IntegrationKind; className?: string }) {
  return (
    <svg
      aria-hidden
      viewBox="0 0 24 24"
      className={className}
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={ICONS[kind] ?? ICONS.rest_push} />
    </svg>
  );
}

/** An integration's kind as its icon and localized name. */
export function KindLabel({ kind }: { kind: IntegrationKind }) {
  const t = useTranslations('integrationsUi.kinds');
  return (
    <span className="inline-flex items-center gap-1.5 text-slate-700" data-testid="integration-kind" data-kind={kind}>
      <KindIcon kind={kind} />
      {t(`${kind}.name`)}
    </span>
  );
}
