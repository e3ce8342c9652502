import { Title } from '@mantine/core';

/** Placeholder: built by the screens work. */
export function TeamPage() {
  return <Title order={1}>Team</Title>;
}
