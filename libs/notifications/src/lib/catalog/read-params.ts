import { CURRENCIES, type Money } from '@puente/platform';
import { isIsoCalendarDate, isIsoTimestamp } from './iso-date';
import { NotificationParamError } from './notification-param.error';
import type { AnyNotificationType } from './notification-type';
import type { ParamKind } from './param-kind';

/**
 * Checks every declared param against its kind (and its labels) and returns them. Params arrive
 * as stored JSON, so nothing about their shape can be assumed. Undeclared extras are ignored: a
 * payload written by an older release may carry fields a type no longer uses.
 */
export function readParams(type: AnyNotificationType, params: Record<string, unknown>): Record<string, string | number | Money> {
  const read: Record<string, string | number | Money> = {};
  for (const [name, kind] of Object.entries(type.params)) {
    const value = params[name];
    const fail = (problem: string): never => {
      throw new NotificationParamError(type.type, name, problem);
    };
    if (value === undefined || value === null) fail(`(${kind}) is missing`);
    read[name] = readParam(kind, value, fail);
    const labels = type.labels?.[name];
    if (labels && !Object.hasOwn(labels, value as string)) {
      fail(`must be one of ${Object.keys(labels).join(', ')}, got ${JSON.stringify(value)}`);
    }
  }
  return read;
}

function readParam(kind: ParamKind, value: unknown, fail: (problem: string) => never): string | number | Money {
  switch (kind) {
    case 'text':
      if (typeof value !== 'string' || value.trim() === '') fail(`must be a non-empty string, got ${describe(value)}`);
      return value as string;
    case 'url':
      if (typeof value !== 'string' || !isWebUrl(value)) fail(`must be an absolute http(s) URL, got ${describe(value)}`);
      return value as string;
    case 'date':
      if (typeof value !== 'string' || !(isIsoCalendarDate(value) || isIsoTimestamp(value))) {
        fail(`must be an ISO 8601 date (2026-03-05) or timestamp with offset, got ${describe(value)}`);
      }
      return value as string;
    case 'datetime':
      if (typeof value !== 'string' || !isIsoTimestamp(value)) fail(`must be an ISO 8601 timestamp with offset (2026-03-05T03:30:00Z), got ${describe(value)}`);
      return value as string;
    case 'money':
      if (!isMoney(value)) fail(`must be money { amountMinor: safe integer, currency: ${CURRENCIES.join(' | ')} }, got ${describe(value)}`);
      return value as Money;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) fail(`must be a finite number, got ${describe(value)}`);
      return value as number;
  }
}

function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

function isMoney(value: unknown): value is Money {
  if (typeof value !== 'object' || value === null) return false;
  const { amountMinor, currency } = value as Record<string, unknown>;
  return Number.isSafeInteger(amountMinor) && (CURRENCIES as readonly unknown[]).includes(currency);
}

function describe(value: unknown): string {
  const json = JSON.stringify(value);
  return json === undefined ? typeof value : json.length > 80 ? `${json.slice(0, 77)}...` : json;
}
