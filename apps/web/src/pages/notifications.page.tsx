import { Title } from '@mantine/core';

/** Placeholder: built by the screens work. */
export function NotificationsPage() {
  return <Title order={1}>Notifications</Title>;
}
