export * from './param-kind';
export * from './notification-type';
export * from './notification-param.error';
export * from './render-context';
export * from './render-notification';
export * from './render-digest';
// Importing the catalog registers its types, so `notificationType(name)` finds them.
export * from './types/account.types';
export * from './types/team.types';
export * from './types/supplier.types';
export * from './types/rfq-invitation.types';
export * from './types/rfq.types';
export * from './types/quote.types';
export * from './types/award.types';
export * from './types/rating.types';
