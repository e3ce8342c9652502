import { Title } from '@mantine/core';

/** Placeholder: built by the screens work. */
export function LandingPage() {
  return <Title order={1}>Landing</Title>;
}
