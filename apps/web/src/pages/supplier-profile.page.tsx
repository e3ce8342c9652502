import { Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { supplierProfileControllerGet, supplierProfileControllerUpdate, type OwnProfileResponse } from '../api/api-client';
import { ApiRequestError } from '../api/api-client';
import { ErrorAlert } from '../components/error-alert';
import { SupplierCapabilitiesSection } from '../components/supplier-capabilities-section';
import { SupplierCapacitySection } from '../components/supplier-capacity-section';
import { SupplierClaimsCard } from '../components/supplier-claims-card';
import { SupplierCertificationsSection } from '../components/supplier-certifications-section';
import { SupplierCompanySection } from '../components/supplier-company-section';
import { SupplierDocumentsSection } from '../components/supplier-documents-section';
import { bodyFrom, draftFrom, type Draft } from '../components/supplier-draft';
import { SupplierEditorCard } from '../components/supplier-editor-card';
import { SupplierExportsSection } from '../components/supplier-exports-section';
import { SupplierPlantsSection } from '../components/supplier-plants-section';
import { SupplierReviewPanel } from '../components/supplier-review-panel';
import { useAction } from '../components/use-action';
import { useVocabulary } from '../components/use-vocabulary';
import { currentLanguage } from '../i18n/i18n';
import { useSession } from '../session/session';

type FieldsSection = 'company' | 'capabilities' | 'capacity' | 'exports';

/** The signed-in supplier's profile editor: one card per section, the review status on top. */
export function SupplierProfilePage() {
  const { t } = useTranslation('suppliers');
  const { run } = useSession();
  const language = currentLanguage();
  const vocabulary = useVocabulary();
  const [profile, setProfile] = useState<OwnProfileResponse | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [savedFrom, setSavedFrom] = useState<FieldsSection | null>(null);
  const [lastSave, setLastSave] = useState<FieldsSection | null>(null);
  const save = useAction();

  const load = useCallback(async () => {
    try {
      const loaded = await run(() => supplierProfileControllerGet());
      setProfile(loaded);
      setDraft((current) => current ?? draftFrom(loaded.draft));
    } catch (caught) {
      setLoadError(caught);
    }
  }, [run]);

  useEffect(() => {
    void load();
  }, [load]);

  if (loadError) return <ErrorAlert error={loadError} />;
  if (!profile || !draft)
    return (
      <Center h={160}>
        <Loader aria-label={t('editor.loading')} />
      </Center>
    );

  const change = (patch: Partial<Draft>) => {
    setDraft({ ...draft, ...patch });
    setSavedFrom(null);
  };
  const saveFields = (section: FieldsSection) => {
    setLastSave(section);
    setSavedFrom(null);
    void save.perform(async () => {
      const saved = await run(() => supplierProfileControllerUpdate({ body: bodyFrom(draft) }));
      setProfile(saved);
      setDraft(draftFrom(saved.draft));
      setSavedFrom(section);
    });
  };
  // Field errors show next to their fields in every section; the summary shows under the button pressed.
  const fieldsCard = (section: FieldsSection, children: ReactNode) => (
    <SupplierEditorCard id={`supplier-${section}`} title={t(`editor.sections.${section}`)}>
      {children}
      {lastSave === section && <ErrorAlert error={save.error} />}
      <Group gap="sm">
        <Button onClick={() => saveFields(section)} loading={save.busy && lastSave === section}>
          {t('editor.save')}
        </Button>
        {savedFrom === section && (
          <Group gap={4} c="brand.8" role="status" wrap="nowrap">
            <IconCheck size={18} aria-hidden />
            <Text fw={600}>{t('editor.saved')}</Text>
          </Group>
        )}
      </Group>
    </SupplierEditorCard>
  );
  const fieldError = save.error instanceof ApiRequestError ? save.error : null;

  return (
    <Stack gap="lg" maw={880}>
      <Stack gap={4}>
        <Title order={1}>{t('editor.title')}</Title>
        <Text c="dimmed">{t('editor.intro')}</Text>
      </Stack>
      <SupplierReviewPanel profile={profile} onSaved={setProfile} />
      <SupplierClaimsCard />
      {fieldsCard('company', <SupplierCompanySection draft={draft} onChange={change} error={fieldError} />)}
      {fieldsCard(
        'capabilities',
        <SupplierCapabilitiesSection draft={draft} onChange={change} error={fieldError} tree={vocabulary.tree} treeError={vocabulary.error} language={language} />,
      )}
      <SupplierEditorCard id="supplier-plants" title={t('editor.sections.plants')}>
        <SupplierPlantsSection profile={profile} onSaved={setProfile} />
      </SupplierEditorCard>
      <SupplierEditorCard id="supplier-certifications" title={t('editor.sections.certifications')}>
        <SupplierCertificationsSection profile={profile} types={vocabulary.tree?.certifications ?? []} nodes={vocabulary.nodes} language={language} onSaved={setProfile} />
      </SupplierEditorCard>
      {fieldsCard('capacity', <SupplierCapacitySection draft={draft} onChange={change} error={fieldError} />)}
      {fieldsCard('exports', <SupplierExportsSection draft={draft} onChange={change} error={fieldError} />)}
      <SupplierEditorCard id="supplier-documents" title={t('editor.sections.documents')}>
        <SupplierDocumentsSection documents={profile.documents} onChanged={load} />
      </SupplierEditorCard>
    </Stack>
  );
}
