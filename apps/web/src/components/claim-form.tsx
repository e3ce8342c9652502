import { Alert, Button, Group, Radio, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { IconCheck, IconSend } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentResponse } from '../api/api-client';
import { createClaim, type ClaimBody, type ClaimView } from '../api/claims';
import { useSession } from '../session/session';
import { domainsMatch, emailDomain, websiteHost } from './claim-domains';
import { DocumentUploader } from './document-uploader';
import { ErrorAlert, fieldError } from './error-alert';
import { useAction } from './use-action';

const EVIDENCE = ['email_domain', 'rfc', 'document'] as const;
type Evidence = (typeof EVIDENCE)[number];
const NOTE_MAX = 1000;

/** The claim form: one kind of evidence (e-mail domain, RFC or an uploaded document) and an optional note. */
export function ClaimForm({ supplierId, website, onClaimed }: { supplierId: string; website: string | null; onClaimed: (claim: ClaimView) => void }) {
  const { t } = useTranslation('directory');
  const { me, run } = useSession();
  const [evidence, setEvidence] = useState<Evidence>('document');
  const [rfc, setRfc] = useState('');
  const [document, setDocument] = useState<DocumentResponse | null>(null);
  const [documentMissing, setDocumentMissing] = useState(false);
  const [note, setNote] = useState('');
  const send = useAction();

  const domain = me ? emailDomain(me.user.email) : '';
  const host = websiteHost(website);
  const domainVerdict = !host ? 'domainNoWebsite' : domainsMatch(domain, host) ? 'domainMatch' : 'domainMismatch';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (evidence === 'document' && !document) {
      setDocumentMissing(true);
      return;
    }
    const trimmedNote = note.trim();
    const body: ClaimBody = {
      evidence,
      ...(evidence === 'rfc' ? { rfc: rfc.trim() } : {}),
      ...(evidence === 'document' && document ? { documentId: document.id } : {}),
      ...(trimmedNote ? { note: trimmedNote } : {}),
    };
    void send.perform(async () => onClaimed(await run(() => createClaim(supplierId, body))));
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="claim-title">
      <Stack gap="md">
      <Radio.Group
        label={t('claim.evidence')}
        description={t('claim.evidenceHelp')}
        value={evidence}
        onChange={(value) => {
          setEvidence(EVIDENCE.find((candidate) => candidate === value) ?? 'document');
          send.setError(null);
        }}
        error={fieldError(send.error, 'evidence')}
      >
        <Stack gap="xs" mt="xs">
          {EVIDENCE.map((kind) => (
            <Radio key={kind} value={kind} label={t(`claim.kinds.${kind}`)} />
          ))}
        </Stack>
      </Radio.Group>

      {evidence === 'email_domain' && (
        <Stack gap="xs" data-testid="claim-domains">
          <Table fz="sm" withRowBorders maw={520}>
            <Table.Tbody>
              <Table.Tr>
                <Table.Th scope="row" w="50%">
                  {t('claim.yourDomain')}
                </Table.Th>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{domain}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th scope="row">{t('claim.websiteHost')}</Table.Th>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{host ?? t('claim.noWebsite')}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
          {domainVerdict === 'domainMatch' ? (
            <Group gap={4} c="brand.8" wrap="nowrap">
              <IconCheck size={18} aria-hidden />
              <Text size="sm" fw={600}>
                {t('claim.domainMatch')}
              </Text>
            </Group>
          ) : (
            <Alert color="orange" role="status">
              <Text size="sm">{t(`claim.${domainVerdict}`)}</Text>
            </Alert>
          )}
        </Stack>
      )}

      {evidence === 'rfc' && (
        <TextInput
          label={t('claim.rfc')}
          description={t('claim.rfcHelp')}
          value={rfc}
          onChange={(event) => {
            setRfc(event.currentTarget.value.toUpperCase());
            send.setError(null);
          }}
          maxLength={13}
          required
          autoComplete="off"
          error={fieldError(send.error, 'rfc')}
          maw={320}
        />
      )}

      {evidence === 'document' && (
        <Stack gap="xs">
          <Text size="sm" c="dimmed">
            {t('claim.documentHelp')}
          </Text>
          <DocumentUploader
            kinds={['other']}
            fileLabel={t('claim.document')}
            fileError={documentMissing ? t('claim.documentMissing') : fieldError(send.error, 'documentId')}
            onUploaded={(uploaded) => {
              setDocument(uploaded);
              setDocumentMissing(false);
              send.setError(null);
            }}
          />
          {document && (
            <Group gap={4} c="brand.8" wrap="nowrap" role="status">
              <IconCheck size={18} aria-hidden />
              <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                {t('claim.documentUploaded', { name: document.name })}
              </Text>
            </Group>
          )}
        </Stack>
      )}

      <Textarea
        label={t('claim.note')}
        description={t('claim.noteHelp')}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
        maxLength={NOTE_MAX}
        autosize
        minRows={2}
        error={fieldError(send.error, 'note')}
      />
      <ErrorAlert error={send.error} />
      <Group>
        <Button type="submit" leftSection={<IconSend size={16} aria-hidden />} loading={send.busy}>
          {t('claim.submit')}
        </Button>
      </Group>
      </Stack>
    </form>
  );
}
