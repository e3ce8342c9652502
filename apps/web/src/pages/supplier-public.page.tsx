import { Alert, Center, Loader, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router-dom';
import { suppliersControllerGet, type SupplierResponse } from '../api/api-client';
import { getTrackRecord, type TrackRecord } from '../api/track-record';
import { ErrorAlert } from '../components/error-alert';
import { PublicProfileView } from '../components/public-profile-view';
import { SupplierTrackRecord } from '../components/supplier-track-record';
import { useVocabulary } from '../components/use-vocabulary';
import { currentLanguage } from '../i18n/i18n';
import { useSession } from '../session/session';

/**
 * A supplier's public profile, anonymous allowed. The owner's "preview" (?preview=draft) shows the draft
 * laid out as buyers will see it once approved; everyone else sees the published version only.
 */
export function SupplierPublicPage() {
  const { t } = useTranslation('suppliers');
  const { t: tRecord } = useTranslation('track-record');
  const { supplierId = '' } = useParams();
  const [search] = useSearchParams();
  const { run, status } = useSession();
  const { nodes } = useVocabulary();
  const [supplier, setSupplier] = useState<SupplierResponse | null>(null);
  const [error, setError] = useState<unknown>(null);
  // Beside the profile, loaded on its own: a failure here leaves the profile readable.
  const [record, setRecord] = useState<TrackRecord | null>(null);
  const [recordFailed, setRecordFailed] = useState(false);

  useEffect(() => {
    // Wait for the session: a signed-in owner sends the token and gets the draft too.
    if (status === 'loading') return;
    let active = true;
    run(() => suppliersControllerGet({ path: { supplierId } }))
      .then((loaded) => active && setSupplier(loaded))
      .catch((failure: unknown) => active && setError(failure));
    run(() => getTrackRecord(supplierId))
      .then((loaded) => active && setRecord(loaded))
      .catch(() => active && setRecordFailed(true));
    return () => {
      active = false;
    };
  }, [run, supplierId, status]);

  if (error) return <ErrorAlert error={error} />;
  if (!supplier)
    return (
      <Center h={160}>
        <Loader aria-label={t('public.loading')} />
      </Center>
    );

  const preview = search.get('preview') === 'draft' && supplier.internal ? supplier.internal.draft : null;
  const fields = preview ?? supplier.profile;
  return (
    <Stack gap="md">
      {preview && (
        <Alert color="blue" title={t('public.previewTitle')}>
          <Text size="sm">{t('public.previewBody')}</Text>
        </Alert>
      )}
      {fields ? <PublicProfileView
          supplier={supplier}
          fields={fields}
          nodes={nodes}
          language={currentLanguage()}
          listing={supplier.listing}
        /> : <Text>{t('public.notPublished')}</Text>}
      {fields && record && <SupplierTrackRecord record={record} />}
      {fields && recordFailed && <Text c="dimmed">{tRecord('unavailable')}</Text>}
    </Stack>
  );
}
