import { Container, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** The frame of the sign-in, sign-up, reset and invitation pages: a narrow card under a centred heading. */
export function AuthFrame({ title, intro, children, footer }: { title: string; intro?: ReactNode; children: ReactNode; footer?: ReactNode }) {
  return (
    <Container size="xs" px={0} py="xl">
      <Stack gap="lg">
        <Stack gap={4} align="center" ta="center">
          <Title order={1}>{title}</Title>
          {intro && <Text c="dimmed">{intro}</Text>}
        </Stack>
        <Paper withBorder p={{ base: 'lg', sm: 'xl' }} radius="md">
          {children}
        </Paper>
        {footer}
      </Stack>
    </Container>
  );
}
