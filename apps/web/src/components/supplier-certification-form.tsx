import { Button, Card, Checkbox, Group, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SupplierCertificationDto, CertificationResponse, DocumentResponse } from '../api/api-client';
import { ErrorAlert, fieldError } from './error-alert';
import type { Action } from './use-action';
import type { Lang, VocabularyNode } from './vocabulary-types';

/** Add or edit one certification: type from the vocabulary, issuer, number, scope, dates, the certificate. */
export function SupplierCertificationForm({
  certification,
  types,
  documents,
  language,
  action,
  onSave,
  onCancel,
}: {
  certification?: CertificationResponse;
  types: VocabularyNode[];
  documents: DocumentResponse[];
  language: Lang;
  action: Action;
  onSave: (body: SupplierCertificationDto) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('suppliers');
  const [type, setType] = useState<string | null>(certification?.type ?? null);
  const [issuer, setIssuer] = useState(certification?.issuer ?? '');
  const [number, setNumber] = useState(certification?.number ?? '');
  const [scope, setScope] = useState(certification?.scope ?? '');
  const [validFrom, setValidFrom] = useState(certification?.validFrom ?? '');
  const [validUntil, setValidUntil] = useState(certification?.validUntil ?? '');
  const [documentId, setDocumentId] = useState<string | null>(certification?.documentId ?? null);
  const [shown, setShown] = useState(certification?.public ?? true);
  const error = action.error;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!type || !issuer.trim()) return;
    onSave({
      type,
      issuer: issuer.trim(),
      number: number.trim() || undefined,
      scope: scope.trim() || undefined,
      validFrom: validFrom || undefined,
      validUntil: validUntil || undefined,
      documentId: documentId ?? undefined,
      public: shown,
    });
  };

  return (
    <Card withBorder padding="md" component="form" onSubmit={submit} aria-label={certification ? t('certifications.editTitle') : t('certifications.addTitle')}>
      <Stack gap="sm">
        <Select
          label={t('certifications.type')}
          data={[...types].sort((a, b) => a.name[language].localeCompare(b.name[language], language)).map((node) => ({ value: node.code, label: node.name[language] }))}
          value={type}
          onChange={setType}
          searchable
          required
          error={fieldError(error, 'type')}
        />
        <TextInput label={t('certifications.issuer')} value={issuer} onChange={(event) => setIssuer(event.currentTarget.value)} maxLength={200} required error={fieldError(error, 'issuer')} />
        <TextInput label={t('certifications.number')} value={number} onChange={(event) => setNumber(event.currentTarget.value)} maxLength={100} error={fieldError(error, 'number')} />
        <Textarea label={t('certifications.scope')} value={scope} onChange={(event) => setScope(event.currentTarget.value)} maxLength={1000} autosize minRows={2} error={fieldError(error, 'scope')} />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <TextInput type="date" label={t('certifications.validFrom')} value={validFrom} onChange={(event) => setValidFrom(event.currentTarget.value)} error={fieldError(error, 'validFrom')} />
          <TextInput type="date" label={t('certifications.validUntil')} value={validUntil} onChange={(event) => setValidUntil(event.currentTarget.value)} error={fieldError(error, 'validUntil')} />
        </SimpleGrid>
        <Select
          label={t('certifications.document')}
          description={t('certifications.documentHint')}
          data={documents.filter((document) => document.kind === 'certificate').map((document) => ({ value: document.id, label: document.name }))}
          value={documentId}
          onChange={setDocumentId}
          clearable
          error={fieldError(error, 'documentId')}
        />
        <Checkbox label={t('certifications.public')} checked={shown} onChange={(event) => setShown(event.currentTarget.checked)} />
        <ErrorAlert error={error} />
        <Group>
          <Button type="submit" loading={action.busy} disabled={!type || !issuer.trim()}>
            {t('certifications.save')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('cancel')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
