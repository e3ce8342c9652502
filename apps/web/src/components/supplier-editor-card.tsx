import { Card, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** One section of the profile editor, titled for screen readers' heading list. */
export function SupplierEditorCard({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={`${id}-title`}>
      <Stack gap="md">
        <Title order={2} size="h3" id={`${id}-title`}>
          {title}
        </Title>
        {children}
      </Stack>
    </Card>
  );
}
