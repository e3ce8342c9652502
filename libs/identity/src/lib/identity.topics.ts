import { defineTopic } from '@puente/platform';

/** Committed requests for e-mails; the worker renders and sends them. */
export const emailVerificationRequested = defineTopic<{ tokenId: string }>('identity.email-verification.requested');
export const passwordResetRequested = defineTopic<{ tokenId: string }>('identity.password-reset.requested');
export const invitationCreated = defineTopic<{ invitationId: string }>('identity.invitation.created');
