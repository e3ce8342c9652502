import { ActionIcon, Group, Stack, Text } from '@mantine/core';
import { IconDownload, IconPaperclip, IconTrash } from '@tabler/icons-react';
import { ErrorAlert } from './error-alert';
import { useAction } from './use-action';

/**
 * A stored file as a list item: its name, a line of details under it, a download button (the download goes
 * with the token, so it is an action, not a link) and, where allowed, a delete button.
 */
export function FileRow({ fileName, details, download, downloadLabel, onDelete, deleteLabel }: { fileName: string; details: string; download: () => Promise<void>; downloadLabel: string; onDelete?: () => void; deleteLabel?: string }) {
  const action = useAction();
  return (
    <Stack gap={2} component="li">
      <Group gap="xs" wrap="nowrap" justify="space-between">
        <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
          <IconPaperclip size={16} aria-hidden style={{ flexShrink: 0 }} />
          <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
            {fileName}
          </Text>
        </Group>
        <Group gap={4} wrap="nowrap">
          <ActionIcon variant="subtle" size="lg" aria-label={downloadLabel} loading={action.busy} onClick={() => void action.perform(download)}>
            <IconDownload size={18} aria-hidden />
          </ActionIcon>
          {onDelete && (
            <ActionIcon variant="subtle" color="red.9" size="lg" aria-label={deleteLabel} onClick={onDelete}>
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          )}
        </Group>
      </Group>
      <Text size="xs" c="dimmed">
        {details}
      </Text>
      <ErrorAlert error={action.error} />
    </Stack>
  );
}
