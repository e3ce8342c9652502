import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  supplierProfileControllerAddCertification,
  supplierProfileControllerRemoveCertification,
  supplierProfileControllerUpdateCertification,
  type SupplierCertificationDto,
  type OwnProfileResponse,
} from '../api/api-client';
import { formatDate } from '../i18n/format';
import { useSession } from '../session/session';
import { CertificationStatusBadge, certificationWarning } from './certification-status';
import { ErrorAlert } from './error-alert';
import { SupplierCertificationForm } from './supplier-certification-form';
import { useAction } from './use-action';
import type { Lang, VocabularyNode } from './vocabulary-types';

/** The draft's certifications: add, edit, remove, with a warning on expired and soon-expiring ones. */
export function SupplierCertificationsSection({
  profile,
  types,
  nodes,
  language,
  onSaved,
}: {
  profile: OwnProfileResponse;
  types: VocabularyNode[];
  nodes: Map<string, VocabularyNode>;
  language: Lang;
  onSaved: (profile: OwnProfileResponse) => void;
}) {
  const { t } = useTranslation('suppliers');
  const { run } = useSession();
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const save = useAction();
  const remove = useAction();
  const open = (id: string | 'new' | null) => {
    save.setError(null);
    setEditing(id);
  };
  const onSave = (id: string | 'new', body: SupplierCertificationDto) =>
    void save.perform(async () => {
      onSaved(
        await run(() =>
          id === 'new'
            ? supplierProfileControllerAddCertification({ body })
            : supplierProfileControllerUpdateCertification({ path: { certificationId: id }, body }),
        ),
      );
      setEditing(null);
    });
  const form = (id: string | 'new') => (
    <SupplierCertificationForm
      key={id}
      certification={profile.draft.certifications.find((certification) => certification.id === id)}
      types={types}
      documents={profile.documents}
      language={language}
      action={save}
      onSave={(body) => onSave(id, body)}
      onCancel={() => open(null)}
    />
  );

  return (
    <Stack gap="md">
      {profile.draft.certifications.length === 0 && editing !== 'new' && <Text c="dimmed">{t('certifications.none')}</Text>}
      {profile.draft.certifications.map((certification) => {
        if (editing === certification.id) return form(certification.id);
        const name = nodes.get(certification.type)?.name[language] ?? certification.type;
        const warning = certificationWarning(certification);
        return (
          <Card key={certification.id} withBorder padding="md" component="article" aria-label={name}>
            <Stack gap={4}>
              <Group justify="space-between" gap="xs" wrap="wrap">
                <Text fw={700}>{name}</Text>
                <CertificationStatusBadge certification={certification} />
              </Group>
              <Text size="sm">
                {[certification.issuer, certification.number].filter(Boolean).join(' · ')}
              </Text>
              {certification.validUntil && <Text size="sm">{t('certifications.validUntilOn', { date: formatDate(certification.validUntil, 'UTC') })}</Text>}
              {(warning === 'expired' || warning === 'expiring') && (
                <Text size="sm" fw={600} c={warning === 'expired' ? 'red.9' : 'orange.9'}>
                  {t(`certifications.warning.${warning}`)}
                </Text>
              )}
              {!certification.public && (
                <Text size="sm" c="dimmed">
                  {t('certifications.private')}
                </Text>
              )}
              <Group gap="xs" mt={4}>
                <Button size="xs" variant="default" onClick={() => open(certification.id)} aria-label={t('certifications.editOne', { name })}>
                  {t('edit')}
                </Button>
                <Button
                  size="xs"
                  variant="outline"
                  color="red.9"
                  loading={remove.busy}
                  aria-label={t('certifications.removeOne', { name })}
                  onClick={() => void remove.perform(async () => onSaved(await run(() => supplierProfileControllerRemoveCertification({ path: { certificationId: certification.id } }))))}
                >
                  {t('remove')}
                </Button>
              </Group>
            </Stack>
          </Card>
        );
      })}
      <ErrorAlert error={remove.error} />
      {editing === 'new' ? (
        form('new')
      ) : (
        <Group>
          <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => open('new')}>
            {t('certifications.add')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
