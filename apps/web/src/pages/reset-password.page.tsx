import { Title } from '@mantine/core';

/** Placeholder: built by the screens work. */
export function ResetPasswordPage() {
  return <Title order={1}>ResetPassword</Title>;
}
