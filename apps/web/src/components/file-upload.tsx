import { Button, FileInput, Group, Progress, Stack } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { ErrorAlert } from './error-alert';
import { useAction } from './use-action';

export interface FileUploadLabels {
  file: string;
  choose: string;
  upload: string;
  progress: (percent: number) => string;
}

/**
 * Choose a file and send it with a progress bar (the caller's `upload` reports 0 to 1 as the bytes leave): the
 * supplier's documents, a claim's evidence and a quote's PDF. `before` sits beside the file input (a kind picker).
 */
export function FileUpload({
  labels,
  accept,
  description,
  fileError,
  before,
  upload,
}: {
  labels: FileUploadLabels;
  accept: string;
  description?: string;
  /** An error about the file from elsewhere (the form it belongs to), shown under the input. */
  fileError?: string;
  before?: ReactNode;
  upload: (file: File, onProgress: (fraction: number) => void) => Promise<void>;
}) {
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const sending = useAction();

  const send = () =>
    file &&
    void sending.perform(async () => {
      setProgress(0);
      try {
        await upload(file, setProgress);
        setFile(null);
      } finally {
        setProgress(null);
      }
    });

  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="sm" wrap="wrap">
        {before}
        <FileInput
          label={labels.file}
          description={description}
          placeholder={labels.choose}
          // Mantine's placeholder grey falls below AA contrast; this one reads as text.
          styles={{ placeholder: { color: 'var(--mantine-color-dimmed)' } }}
          accept={accept}
          value={file}
          onChange={(chosen) => {
            setFile(chosen);
            sending.setError(null);
          }}
          error={fileError}
          clearable
          style={{ flex: '2 1 200px', minWidth: 0 }}
        />
        <Button leftSection={<IconUpload size={16} aria-hidden />} onClick={send} loading={sending.busy} disabled={!file}>
          {labels.upload}
        </Button>
      </Group>
      {progress !== null && <Progress value={Math.round(progress * 100)} aria-label={labels.progress(Math.round(progress * 100))} animated />}
      <ErrorAlert error={sending.error} />
    </Stack>
  );
}
