/** Catalog types with a label of their own; every type a user can set up has one (apps/web/test/notification-type-labels.spec.ts). */
export const TYPE_KEYS: Record<string, string> = {
  'team.member-joined': 'memberJoined',
  'team.role-changed': 'roleChanged',
  'account.password-changed': 'passwordChanged',
  'account.sign-up-attempted': 'signUpAttempted',
  'supplier.profile-approved': 'profileApproved',
  'supplier.profile-rejected': 'profileRejected',
  'supplier.profile-changes-requested': 'profileChangesRequested',
  'supplier.profile-suspended': 'profileSuspended',
  'supplier.profile-unsuspended': 'profileUnsuspended',
  'supplier.claim-approved': 'claimApproved',
  'supplier.claim-rejected': 'claimRejected',
  'rfq.amended': 'rfqAmended',
  'rfq.question-asked': 'rfqQuestionAsked',
  'rfq.question-answered': 'rfqQuestionAnswered',
  'rfq.closed': 'rfqClosed',
  'rfq.cancelled': 'rfqCancelled',
};
