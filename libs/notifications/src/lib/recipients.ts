import type { Language } from '@puente/platform';
import type { EntityManager } from 'typeorm';

/** A user of Puente, or an address with no account yet (an invitee). */
export type Recipient = { userId: string } | { email: string; language: Language; timeZone?: string; name?: string };

export interface RecipientContact {
  userId: string | null;
  email: string;
  name: string;
  language: Language;
  timeZone: string;
}

/**
 * Where notifications look up a user's address, name, language and time zone. The identity
 * context implements it; this port keeps notifications from depending on identity.
 */
export abstract class RecipientDirectory {
  abstract findUser(manager: EntityManager, userId: string): Promise<RecipientContact | null>;
}
