import type { Language } from '@puente/platform';
import type { EntityManager } from 'typeorm';

/**
 * A user of Puente, every active member of an organization (resolved when the notice is delivered, so a
 * member who joins or is suspended in between is counted as they are then), or an address with no account
 * yet (an invitee).
 */
export type Recipient =
  | { userId: string }
  | { organizationId: string; roles?: ReadonlyArray<'owner' | 'member'> }
  | { email: string; language: Language; timeZone?: string; name?: string };

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
  /** The organization's members who may receive notices (not suspended, nor in a suspended organization), optionally of some roles only. */
  abstract findOrganizationMembers(manager: EntityManager, organizationId: string, roles?: ReadonlyArray<'owner' | 'member'>): Promise<RecipientContact[]>;
}
