import { defineNotificationType } from '../notification-type';

/** Roles as the sentences "as {{role}}" / "como {{role}}" and "you are now {{role}}" / "ahora eres {{role}}" need them. */
const ROLE_AS = {
  owner: { en: 'an owner', es: 'propietario' },
  member: { en: 'a member', es: 'miembro' },
};

/**
 * Not a security notice, yet e-mail only: the invitee has no account, so there is no in-app inbox
 * and no preference to honour. Wording from the hand-written identity e-mail.
 */
export const teamInvitation = defineNotificationType({
  type: 'team.invitation',
  security: false,
  channels: ['email'],
  defaultDelivery: 'email',
  params: { organizationName: 'text', inviterName: 'text', role: 'text', acceptUrl: 'url', validDays: 'number' },
  link: '{{acceptUrl}}',
  labels: { role: ROLE_AS },
  copy: {
    en: {
      subject: 'Invitation to {{organizationName}} on Puente',
      title: 'Invitation to {{organizationName}}',
      greeting: 'Hello,',
      body: ['{{inviterName}} invited you to join {{organizationName}} on Puente as {{role}}.', 'The invitation expires in {{validDays}} days.'],
      action: 'Accept the invitation',
    },
    es: {
      subject: 'Invitación a {{organizationName}} en Puente',
      title: 'Invitación a {{organizationName}}',
      greeting: 'Hola:',
      body: ['{{inviterName}} te invitó a unirte a {{organizationName}} en Puente como {{role}}.', 'La invitación vence en {{validDays}} días.'],
      action: 'Aceptar la invitación',
    },
  },
});

export const teamMemberJoined = defineNotificationType({
  type: 'team.member-joined',
  security: false,
  channels: ['in_app', 'email'],
  defaultDelivery: 'in_app',
  params: { memberName: 'text', organizationName: 'text', role: 'text' },
  link: '/team',
  labels: { role: ROLE_AS },
  copy: {
    en: {
      subject: '{{memberName}} joined {{organizationName}} on Puente',
      title: '{{memberName}} joined your team',
      body: ['{{memberName}} accepted the invitation and joined {{organizationName}} as {{role}}.'],
      action: 'See your team',
    },
    es: {
      subject: '{{memberName}} se unió a {{organizationName}} en Puente',
      title: '{{memberName}} se unió a tu equipo',
      body: ['{{memberName}} aceptó la invitación y se unió a {{organizationName}} como {{role}}.'],
      action: 'Ver tu equipo',
    },
  },
});

export const teamRoleChanged = defineNotificationType({
  type: 'team.role-changed',
  security: false,
  channels: ['in_app', 'email'],
  defaultDelivery: 'in_app',
  params: { organizationName: 'text', role: 'text', changedBy: 'text' },
  link: '/team',
  labels: { role: ROLE_AS },
  copy: {
    en: {
      subject: 'Your role in {{organizationName}} changed',
      title: 'Your role changed',
      body: ['{{changedBy}} changed your role in {{organizationName}}: you are now {{role}}.'],
      action: 'See your team',
    },
    es: {
      subject: 'Cambió tu rol en {{organizationName}}',
      title: 'Cambió tu rol',
      body: ['{{changedBy}} cambió tu rol en {{organizationName}}: ahora eres {{role}}.'],
      action: 'Ver tu equipo',
    },
  },
});
