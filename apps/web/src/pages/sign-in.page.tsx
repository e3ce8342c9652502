import { Title } from '@mantine/core';

/** Placeholder: built by the screens work. */
export function SignInPage() {
  return <Title order={1}>SignIn</Title>;
}
