import { Title } from '@mantine/core';

/** Placeholder: built by the screens work. */
export function HomePage() {
  return <Title order={1}>Home</Title>;
}
