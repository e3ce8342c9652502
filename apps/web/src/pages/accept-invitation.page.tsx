import { Title } from '@mantine/core';

/** Placeholder: built by the screens work. */
export function AcceptInvitationPage() {
  return <Title order={1}>AcceptInvitation</Title>;
}
