import { Title } from '@mantine/core';

/** Placeholder: built by the screens work. */
export function SignUpPage() {
  return <Title order={1}>SignUp</Title>;
}
