import { defineNotificationType } from '../notification-type';

/**
 * The supplier profile's review and lifecycle, sent to the organization's owners. The reason is
 * already in the recipient's language: the sender notifies each language group with its own text.
 */
export const supplierProfileApproved = defineNotificationType({
  type: 'supplier.profile-approved',
  security: false,
  channels: ['in_app', 'email'],
  defaultDelivery: 'email',
  params: { organizationName: 'text' },
  link: '/supplier-profile',
  copy: {
    en: {
      subject: 'The profile of {{organizationName}} is published on Puente',
      title: 'Your profile is published',
      body: ['An administrator approved the profile of {{organizationName}}. US buyers can now find it on Puente.'],
      action: 'See your profile',
    },
    es: {
      subject: 'El perfil de {{organizationName}} está publicado en Puente',
      title: 'Tu perfil está publicado',
      body: ['Un administrador aprobó el perfil de {{organizationName}}. Los compradores de Estados Unidos ya pueden encontrarlo en Puente.'],
      action: 'Ver tu perfil',
    },
  },
});

export const supplierProfileRejected = defineNotificationType({
  type: 'supplier.profile-rejected',
  security: false,
  channels: ['in_app', 'email'],
  defaultDelivery: 'email',
  params: { organizationName: 'text', reason: 'text' },
  link: '/supplier-profile',
  copy: {
    en: {
      subject: 'The profile of {{organizationName}} was not approved',
      title: 'Your profile was not approved',
      body: ['An administrator did not approve the profile of {{organizationName}}.', 'Reason: {{reason}}', 'You can correct it and submit it again.'],
      action: 'Edit your profile',
    },
    es: {
      subject: 'El perfil de {{organizationName}} no fue aprobado',
      title: 'Tu perfil no fue aprobado',
      body: ['Un administrador no aprobó el perfil de {{organizationName}}.', 'Motivo: {{reason}}', 'Puedes corregirlo y enviarlo de nuevo.'],
      action: 'Editar tu perfil',
    },
  },
});

export const supplierProfileChangesRequested = defineNotificationType({
  type: 'supplier.profile-changes-requested',
  security: false,
  channels: ['in_app', 'email'],
  defaultDelivery: 'email',
  params: { organizationName: 'text', reason: 'text' },
  link: '/supplier-profile',
  copy: {
    en: {
      subject: 'Changes requested on the profile of {{organizationName}}',
      title: 'Changes requested on your profile',
      body: ['An administrator asked for changes to the profile of {{organizationName}} before publishing it.', 'Reason: {{reason}}'],
      action: 'Edit your profile',
    },
    es: {
      subject: 'Se solicitan cambios en el perfil de {{organizationName}}',
      title: 'Se solicitan cambios en tu perfil',
      body: ['Un administrador pidió cambios en el perfil de {{organizationName}} antes de publicarlo.', 'Motivo: {{reason}}'],
      action: 'Editar tu perfil',
    },
  },
});

export const supplierProfileSuspended = defineNotificationType({
  type: 'supplier.profile-suspended',
  security: false,
  channels: ['in_app', 'email'],
  defaultDelivery: 'email',
  params: { organizationName: 'text' },
  link: '/supplier-profile',
  copy: {
    en: {
      subject: 'The profile of {{organizationName}} is suspended',
      title: 'Your profile is suspended',
      body: ['An administrator suspended the public profile of {{organizationName}}; buyers no longer see it. Contact Puente support to know more.'],
      action: 'See your profile',
    },
    es: {
      subject: 'El perfil de {{organizationName}} está suspendido',
      title: 'Tu perfil está suspendido',
      body: ['Un administrador suspendió el perfil público de {{organizationName}}; los compradores ya no lo ven. Contacta al soporte de Puente para saber más.'],
      action: 'Ver tu perfil',
    },
  },
});

export const supplierProfileUnsuspended = defineNotificationType({
  type: 'supplier.profile-unsuspended',
  security: false,
  channels: ['in_app', 'email'],
  defaultDelivery: 'email',
  params: { organizationName: 'text' },
  link: '/supplier-profile',
  copy: {
    en: {
      subject: 'The profile of {{organizationName}} is public again',
      title: 'Your profile is public again',
      body: ['An administrator lifted the suspension of the profile of {{organizationName}}; buyers see it again.'],
      action: 'See your profile',
    },
    es: {
      subject: 'El perfil de {{organizationName}} es público de nuevo',
      title: 'Tu perfil es público de nuevo',
      body: ['Un administrador levantó la suspensión del perfil de {{organizationName}}; los compradores lo ven de nuevo.'],
      action: 'Ver tu perfil',
    },
  },
});

/** Claims of directory listings, sent to the claimant organization's owners in their language. */
export const supplierClaimApproved = defineNotificationType({
  type: 'supplier.claim-approved',
  security: false,
  channels: ['in_app', 'email'],
  defaultDelivery: 'email',
  params: { organizationName: 'text', listingName: 'text' },
  link: '/supplier-profile',
  copy: {
    en: {
      subject: '{{listingName}} now belongs to {{organizationName}} on Puente',
      title: 'Your claim was approved',
      body: [
        'An administrator approved the claim of {{organizationName}} on the directory listing {{listingName}}.',
        'It is now part of your profile: you can edit it, and buyers see your changes once they are reviewed.',
      ],
      action: 'Edit your profile',
    },
    es: {
      subject: '{{listingName}} ahora pertenece a {{organizationName}} en Puente',
      title: 'Tu reclamación fue aprobada',
      body: [
        'Un administrador aprobó la reclamación de {{organizationName}} sobre el listado del directorio {{listingName}}.',
        'Ahora es parte de tu perfil: puedes editarlo, y los compradores verán tus cambios una vez revisados.',
      ],
      action: 'Editar tu perfil',
    },
  },
});

export const supplierClaimRejected = defineNotificationType({
  type: 'supplier.claim-rejected',
  security: false,
  channels: ['in_app', 'email'],
  defaultDelivery: 'email',
  params: { organizationName: 'text', listingName: 'text', reason: 'text' },
  link: '/supplier-profile',
  copy: {
    en: {
      subject: 'The claim of {{organizationName}} on {{listingName}} was not approved',
      title: 'Your claim was not approved',
      body: ['An administrator did not approve the claim of {{organizationName}} on the directory listing {{listingName}}.', 'Reason: {{reason}}'],
      action: 'See your claims',
    },
    es: {
      subject: 'La reclamación de {{organizationName}} sobre {{listingName}} no fue aprobada',
      title: 'Tu reclamación no fue aprobada',
      body: ['Un administrador no aprobó la reclamación de {{organizationName}} sobre el listado del directorio {{listingName}}.', 'Motivo: {{reason}}'],
      action: 'Ver tus reclamaciones',
    },
  },
});
