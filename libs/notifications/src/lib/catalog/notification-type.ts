import type { Language } from '@puente/platform';
import { checkNotificationType } from './check-notification-type';
import type { ParamKind } from './param-kind';

/** How a recipient wants a type delivered: in the app only, an e-mail each time, or in a periodic e-mail digest. */
export type DeliveryPreference = 'in_app' | 'email' | 'digest';

export type NotificationChannel = 'in_app' | 'email';

/** The words of one type in one language; strings hold `{{paramName}}` placeholders. */
export interface NotificationCopy {
  /** E-mail subject. */
  subject: string;
  /** In-app title (short). */
  title: string;
  /**
   * E-mail only, the first line ('Hello {{name}},'). Kept out of `body` because a greeting reads
   * oddly in an in-app list.
   */
  greeting?: string;
  /** Paragraphs: the in-app body (joined by a blank line) and the e-mail's text and HTML. */
  body: string[];
  /** Label of the link or button. */
  action: string;
}

/**
 * Translations of enumerated `text` values, per param: `{ role: { owner: { en: 'an owner', es: 'propietario' } } }`.
 * A value outside the map is refused at render time rather than shown untranslated.
 */
export type ParamLabels<P extends Record<string, ParamKind>> = { [Name in keyof P]?: Record<string, Record<Language, string>> };

export interface NotificationType<P extends Record<string, ParamKind>> {
  /** Dotted lowercase, e.g. 'team.invitation'. Stored with every notification: never rename one in use. */
  type: string;
  /** Security notices cannot be turned off and always go by e-mail immediately. */
  security: boolean;
  /** Channels the type can use at all. An invitation goes to an address with no account yet: e-mail only. */
  channels: NotificationChannel[];
  defaultDelivery: DeliveryPreference;
  /** Declared parameter names and kinds. */
  params: P;
  /** The link into the product: a path starting with '/' (joined to PUBLIC_WEB_URL) or a '{{param}}' of kind url. */
  link: string;
  copy: Record<Language, NotificationCopy>;
  labels?: ParamLabels<P>;
}

/** Any registered type, whatever its params; what the registry hands out. */
export type AnyNotificationType = NotificationType<Record<string, ParamKind>>;

const registry = new Map<string, AnyNotificationType>();

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * Declares a type and registers it, once, at module load. It is checked here (name, link,
 * placeholders, labels, channels) so a broken definition stops the process at boot instead of
 * failing one delivery later. Frozen because every caller shares the same object.
 */
export function defineNotificationType<P extends Record<string, ParamKind>>(definition: NotificationType<P>): NotificationType<P> {
  checkNotificationType(definition);
  if (registry.has(definition.type)) throw new Error(`notification type "${definition.type}" is already defined`);
  registry.set(definition.type, deepFreeze(definition));
  return definition;
}

/** The registered type of that name; throws for an unknown name (e.g. a row written by a newer release). */
export function notificationType(type: string): AnyNotificationType {
  const found = registry.get(type);
  if (!found) throw new Error(`unknown notification type "${type}"`);
  return found;
}

/** Every registered type, sorted by name. */
export function allNotificationTypes(): AnyNotificationType[] {
  return [...registry.values()].sort((a, b) => a.type.localeCompare(b.type));
}

/**
 * Whether the recipient has notification preferences for this type: not for security notices
 * (they cannot be turned off), nor for e-mail-only types, which go to addresses with no account.
 */
export function hasNotificationPreferences(type: AnyNotificationType): boolean {
  return !type.security && type.channels.includes('in_app');
}
