import type { ReactNode } from 'react';
import type { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { AuditItem, AuditPerson } from '@/lib/audit/audit-item';
import { auditHref, type AuditQuery } from './audit-query';

type T = Awaited<ReturnType<typeof getTranslations>>;

/** Keeps a name or identifier in its own direction inside a sentence of the other script. */
const isolate = (s: string) => `\u2068${s}\u2069`;

/**
 * How an entry's actor reads: a person (a link that filters by them), "API key <name>
 * (oiq_<prefix>…), created by <person>" (the key links to its filter), or "System (<process>)".
 * `text` is the plain sentence (details dialog), `cell` the table/card content.
 */
export function auditActorView(t: T, query: AuditQuery) {
  const personText = (person: AuditPerson | null) =>
    person?.name ??
    t(person?.kind === 'platform' ? 'auditLog.platformActor' : person ? 'auditLog.unknownActor' : 'auditLog.system');
  const systemText = (name: string | null) => {
    const key = `auditActor.systemNames.${(name ?? 'unknown').replace(/[^a-z0-9_]/g, '_')}`;
    return t('auditActor.system', { name: t.has(key) ? t(key) : isolate(name ?? '') });
  };

  const text = (item: AuditItem): string => {
    const { actor } = item;
    if (actor.type === 'system') return systemText(actor.system);
    if (actor.type === 'api_key' && actor.apiKey) {
      return t('auditActor.apiKeyText', {
        name: isolate(actor.apiKey.name),
        prefix: isolate(`${actor.apiKey.prefix}…`),
        creator: personText(actor.user),
      });
    }
    return personText(actor.user);
  };

  /** A person's name; a link that filters by them when this viewer may see who it is. */
  const person = (p: AuditPerson | null, children: ReactNode = personText(p)): ReactNode =>
    p?.id && p.name ? (
      <Link
        href={auditHref({ ...query, actorUserId: p.id, page: undefined })}
        className="text-brand-700 hover:underline"
        title={t('auditLog.filterByActor', { name: p.name })}
        data-testid="audit-person"
      >
        {children}
      </Link>
    ) : (
      <span className="text-slate-600">{children}</span>
    );

  const cell = (item: AuditItem): ReactNode => {
    const { actor } = item;
    if (actor.type === 'api_key' && actor.apiKey) {
      const key = actor.apiKey;
      return (
        <span data-testid="audit-actor" data-actor-type="api_key">
          <Link
            href={auditHref({ ...query, apiKeyId: key.id, page: undefined })}
            className="text-brand-700 hover:underline"
            title={t('auditActor.filterByApiKey', { name: key.name })}
            data-testid="audit-api-key"
          >
            {t('auditActor.apiKey', { name: isolate(key.name) })}
          </Link>{' '}
          <span className="ltr-isolate font-mono text-xs text-slate-500" data-testid="audit-api-key-prefix">
            {key.prefix}…
          </span>
          <span className="block text-xs text-slate-500">
            {t.rich('auditActor.byCreator', {
              name: personText(actor.user),
              person: (chunks) => person(actor.user, chunks),
            })}
          </span>
        </span>
      );
    }
    if (actor.type === 'system') {
      return (
        <span className="text-slate-600" data-testid="audit-actor" data-actor-type="system">
          {systemText(actor.system)}
        </span>
      );
    }
    return (
      <span data-testid="audit-actor" data-actor-type="user">
        {person(actor.user)}
      </span>
    );
  };

  return { text, cell };
}
