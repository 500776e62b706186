/**
 * The configuration form of each integration kind, as data: which fields, in which order, how a
 * field's text becomes the config value the kind's zod schema (lib/connectors/<kind>/config.ts)
 * checks, and which fields are secrets (write-only: sent only when typed, never shown).
 * `key` names the field (id, message key under integrationsUi.fields, error target); `path` is its
 * place in the config object.
 */
import type { IntegrationKind } from '@/lib/connectors/connector';
import { ZMqttPayload } from '@/lib/connectors/mqtt/config';
import { OPCUA_AUTH_KINDS, OPCUA_SECURITY_MODES, OPCUA_SECURITY_POLICIES } from '@/lib/connectors/opcua/config';
import { SQL_HISTORIAN_DEFAULTS } from '@/lib/connectors/sql-historian/config';

export type FieldType = 'text' | 'number' | 'select' | 'checkbox' | 'lines' | 'textarea';
export type FormValues = Record<string, string | boolean>;

export interface ConfigField {
  key: string;
  path: string;
  type: FieldType;
  /** technical text (URLs, topics, NodeIds, column names): typed and shown left to right */
  ltr?: boolean;
  options?: readonly string[];
  /** the value a new integration starts with */
  initial?: string | boolean;
  /** shown (and sent) only when this holds */
  when?: (values: FormValues) => boolean;
  placeholder?: string;
}

export interface KindForm {
  kind: IntegrationKind;
  fields: ConfigField[];
  /** secret names (each is a write-only password-like field) */
  secrets: string[];
  /** whether the kind connects out (test connection, browse) or receives pushes */
  connects: boolean;
  /** whether tags can be listed from the source for mapping */
  browses: boolean;
}

const isJson = (v: FormValues) => v.payloadFormat === 'json';
const isTls = (v: FormValues) => String(v.url ?? '').startsWith('mqtts:');
const byUser = (v: FormValues) => v.auth === 'username';

export const KIND_FORMS: Record<IntegrationKind, KindForm> = {
  mqtt: {
    kind: 'mqtt',
    connects: true,
    browses: true,
    secrets: ['password'],
    fields: [
      { key: 'url', path: 'url', type: 'text', ltr: true, placeholder: 'mqtt://broker.plant.local:1883' },
      { key: 'clientId', path: 'clientId', type: 'text', ltr: true },
      { key: 'username', path: 'username', type: 'text', ltr: true },
      { key: 'topics', path: 'topics', type: 'lines', ltr: true, placeholder: 'plant/+/temperature' },
      {
        key: 'payloadFormat',
        path: 'payload.format',
        type: 'select',
        options: ZMqttPayload.shape.format.options,
        initial: 'json',
      },
      { key: 'valuePath', path: 'payload.valuePath', type: 'text', ltr: true, initial: 'value', when: isJson },
      { key: 'timestampPath', path: 'payload.timestampPath', type: 'text', ltr: true, when: isJson },
      {
        key: 'timestampUnit',
        path: 'payload.timestampUnit',
        type: 'select',
        options: ZMqttPayload.shape.timestampUnit.unwrap().options,
        initial: 'iso',
        when: (v) => isJson(v) && Boolean(v.timestampPath),
      },
      { key: 'rejectUnauthorized', path: 'tls.rejectUnauthorized', type: 'checkbox', initial: true, when: isTls },
      { key: 'ca', path: 'tls.ca', type: 'textarea', ltr: true, when: isTls },
    ],
  },
  opcua: {
    kind: 'opcua',
    connects: true,
    browses: true,
    secrets: ['password'],
    fields: [
      {
        key: 'endpointUrl',
        path: 'endpointUrl',
        type: 'text',
        ltr: true,
        placeholder: 'opc.tcp://scada.plant.local:4840',
      },
      {
        key: 'securityMode',
        path: 'securityMode',
        type: 'select',
        options: OPCUA_SECURITY_MODES,
        initial: 'None',
      },
      {
        key: 'securityPolicy',
        path: 'securityPolicy',
        type: 'select',
        options: OPCUA_SECURITY_POLICIES,
        initial: 'None',
      },
      { key: 'auth', path: 'auth', type: 'select', options: OPCUA_AUTH_KINDS, initial: 'anonymous' },
      { key: 'username', path: 'username', type: 'text', ltr: true, when: byUser },
      { key: 'samplingIntervalMs', path: 'samplingIntervalMs', type: 'number', initial: '1000' },
      { key: 'publishingIntervalMs', path: 'publishingIntervalMs', type: 'number', initial: '1000' },
    ],
  },
  sql_historian: {
    kind: 'sql_historian',
    connects: true,
    browses: true,
    secrets: ['password'],
    fields: [
      { key: 'host', path: 'host', type: 'text', ltr: true, placeholder: 'historian.plant.local' },
      { key: 'port', path: 'port', type: 'number', initial: String(SQL_HISTORIAN_DEFAULTS.port) },
      { key: 'database', path: 'database', type: 'text', ltr: true },
      { key: 'user', path: 'user', type: 'text', ltr: true },
      { key: 'ssl', path: 'ssl', type: 'checkbox', initial: SQL_HISTORIAN_DEFAULTS.ssl },
      { key: 'table', path: 'table', type: 'text', ltr: true, placeholder: 'public.readings' },
      { key: 'tagColumn', path: 'tagColumn', type: 'text', ltr: true, initial: 'tag' },
      { key: 'timeColumn', path: 'timeColumn', type: 'text', ltr: true, initial: 'ts' },
      { key: 'valueColumn', path: 'valueColumn', type: 'text', ltr: true, initial: 'value' },
      { key: 'qualityColumn', path: 'qualityColumn', type: 'text', ltr: true },
      {
        key: 'pollIntervalSeconds',
        path: 'pollIntervalSeconds',
        type: 'number',
        initial: String(SQL_HISTORIAN_DEFAULTS.pollIntervalSeconds),
      },
      { key: 'batchSize', path: 'batchSize', type: 'number', initial: String(SQL_HISTORIAN_DEFAULTS.batchSize) },
      {
        key: 'statementTimeoutMs',
        path: 'statementTimeoutMs',
        type: 'number',
        initial: String(SQL_HISTORIAN_DEFAULTS.statementTimeoutMs),
      },
    ],
  },
  rest_push: { kind: 'rest_push', connects: false, browses: false, secrets: [], fields: [] },
  csv: { kind: 'csv', connects: false, browses: false, secrets: [], fields: [] },
  demo: { kind: 'demo', connects: false, browses: false, secrets: [], fields: [] },
};

/** The kinds a tenant admin can add, in the order offered (csv is a backfill upload, not added here). */
export const CREATABLE_KINDS: IntegrationKind[] = ['mqtt', 'opcua', 'sql_historian', 'rest_push', 'demo'];

/** Whether a secret field applies with these values (an OPC UA password only with user/password sign-in). */
export const secretApplies = (kind: IntegrationKind, values: FormValues) => kind !== 'opcua' || byUser(values);

const visible = (field: ConfigField, values: FormValues) => !field.when || field.when(values);

/** A new integration's starting values. */
export function initialValues(kind: IntegrationKind): FormValues {
  return Object.fromEntries(
    KIND_FORMS[kind].fields.map((f) => [f.key, f.initial ?? (f.type === 'checkbox' ? false : '')]),
  );
}

function getPath(source: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), source);
}

function setPath(target: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split('.');
  let node = target;
  for (const k of keys.slice(0, -1)) node = (node[k] ??= {}) as Record<string, unknown>;
  node[keys.at(-1)!] = value;
}

/** A stored config as form values (missing fields keep their starting value). */
export function valuesFromConfig(kind: IntegrationKind, config: unknown): FormValues {
  const values = initialValues(kind);
  for (const f of KIND_FORMS[kind].fields) {
    const v = getPath(config, f.path);
    if (v === undefined || v === null) continue;
    values[f.key] =
      f.type === 'checkbox' ? Boolean(v) : f.type === 'lines' && Array.isArray(v) ? v.join('\n') : String(v);
  }
  return values;
}

/**
 * The config object the form's visible fields describe, for the kind's zod schema to check: empty
 * optional text is left out, numbers are numbers (text that is not one stays text, so the schema
 * names the field), one topic per line.
 */
export function configFromValues(kind: IntegrationKind, values: FormValues): Record<string, unknown> {
  const config: Record<string, unknown> = {};
  for (const f of KIND_FORMS[kind].fields) {
    if (!visible(f, values)) continue;
    const raw = values[f.key];
    if (f.type === 'checkbox') {
      setPath(config, f.path, Boolean(raw));
      continue;
    }
    const text = String(raw ?? '').trim();
    if (f.type === 'lines') {
      setPath(
        config,
        f.path,
        text
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean),
      );
      continue;
    }
    if (text === '') continue;
    if (f.type === 'number') setPath(config, f.path, Number.isFinite(Number(text)) ? Number(text) : text);
    else setPath(config, f.path, text);
  }
  return config;
}

/** The secrets typed in this form (an empty field keeps the stored secret). */
export function secretsFromValues(kind: IntegrationKind, values: FormValues): Record<string, string> {
  if (!secretApplies(kind, values)) return {};
  return Object.fromEntries(
    KIND_FORMS[kind].secrets.map((s) => [s, String(values[`secret.${s}`] ?? '')] as const).filter(([, v]) => v !== ''),
  );
}

/** Field errors' targets: a config path (from the browser's check) or an API path → the field's key. */
export function errorFields(kind: IntegrationKind): Record<string, string> {
  const out: Record<string, string> = { name: 'name', kind: 'kind' };
  for (const f of KIND_FORMS[kind].fields) {
    out[f.path] = f.key;
    out[`config.${f.path}`] = f.key;
  }
  for (const s of KIND_FORMS[kind].secrets) {
    out[`secret.${s}`] = `secret.${s}`;
    out[`secrets.${s}`] = `secret.${s}`;
  }
  return out;
}

export const isVisibleField = visible;
