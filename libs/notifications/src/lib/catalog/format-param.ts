import { formatMoney, type Language, type Money } from '@puente/platform';
import { formatDate, formatDateTime } from './format-date';
import { localeOf } from './locale';
import type { ParamKind } from './param-kind';

/** How a checked value reads in the recipient's language and zone. */
export function formatParam(kind: ParamKind, value: string | number | Money, language: Language, timeZone: string): string {
  switch (kind) {
    case 'date':
      return formatDate(value as string, language, timeZone);
    case 'datetime':
      return formatDateTime(value as string, language, timeZone);
    case 'money':
      return formatMoney(value as Money, language);
    case 'number':
      return new Intl.NumberFormat(localeOf(language)).format(value as number);
    case 'text':
    case 'url':
      return value as string;
  }
}
