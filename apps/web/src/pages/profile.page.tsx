import { Title } from '@mantine/core';

/** Placeholder: built by the screens work. */
export function ProfilePage() {
  return <Title order={1}>Profile</Title>;
}
