import { Title } from '@mantine/core';

/** Placeholder: built by the screens work. */
export function VerifyEmailPage() {
  return <Title order={1}>VerifyEmail</Title>;
}
