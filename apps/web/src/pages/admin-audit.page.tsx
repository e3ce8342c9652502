import { Title } from '@mantine/core';

/** Placeholder: built by the screens work. */
export function AdminAuditPage() {
  return <Title order={1}>AdminAudit</Title>;
}
