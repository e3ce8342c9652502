import { Alert, Button, Card, Center, Group, Loader, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconArrowLeft, IconArrowRight, IconCheck, IconDeviceFloppy, IconSend } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { createRfq, getRfq, publishRfq, updateRfq, type Rfq } from '../api/rfqs';
import { ErrorAlert } from '../components/error-alert';
import { RfqAttachments } from '../components/rfq-attachments';
import { RfqDescribeStep } from '../components/rfq-describe-step';
import { bodyFrom, draftFrom, emptyDraft, firstStepWithError, patchFrom, rfqFieldError, type RfqDraft } from '../components/rfq-draft';
import { RfqLinesStep } from '../components/rfq-lines-step';
import { RfqSharingStep } from '../components/rfq-sharing-step';
import { RfqTermsStep } from '../components/rfq-terms-step';
import { browserTimeZone } from '../components/rfq-time';
import { RfqWizardSteps, WIZARD_STEPS } from '../components/rfq-wizard-steps';
import { useAction } from '../components/use-action';
import { useVocabulary } from '../components/use-vocabulary';
import { currentLanguage } from '../i18n/i18n';
import { useSession } from '../session/session';

const LAST = WIZARD_STEPS.length - 1;

/**
 * The RFQ wizard: a new RFQ (`/rfqs/new`), a draft being finished, or an open RFQ being amended
 * (`/rfqs/:rfqId/edit`; the change is a new version with the buyer's note, and invited suppliers are told).
 */
export function RfqEditPage() {
  const { t } = useTranslation('rfqs');
  const { rfqId } = useParams();
  const { run, me } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const language = currentLanguage();
  const timeZone = me?.user.timeZone ?? browserTimeZone();
  const vocabulary = useVocabulary();
  const [rfq, setRfq] = useState<Rfq | null>(null);
  const [draft, setDraft] = useState<RfqDraft | null>(rfqId ? null : emptyDraft(language));
  const [loadError, setLoadError] = useState<unknown>(null);
  // A new RFQ's first save moves the address to /rfqs/:id/edit; the step it was saved from comes along.
  const [step, setStep] = useState(() => (location.state as { step?: number } | null)?.step ?? 0);
  const [saved, setSaved] = useState(false);
  const save = useAction();
  const amending = rfq?.state === 'open';

  // By the RFQ's own id when it is in hand: right after a new draft's first save the page can still be the
  // /rfqs/new one, with no id in the address, and an upload then must still read the draft back.
  const reload = useCallback(async (id: string | undefined = rfqId) => {
    if (!id) return;
    const loaded = await run(() => getRfq(id));
    setRfq(loaded);
    return loaded;
  }, [rfqId, run]);

  useEffect(() => {
    // Already in hand when the address just moved from /rfqs/new to this RFQ's own.
    if (!rfqId || rfq?.id === rfqId) return;
    reload()
      .then((loaded) => loaded && setDraft(draftFrom(loaded, timeZone)))
      .catch(setLoadError);
    // The time zone only shapes the first read of the deadline.
  }, [rfqId, reload]);

  if (loadError) return <ErrorAlert error={loadError} />;
  if (!draft || (rfqId && !rfq))
    return (
      <Center h={160}>
        <Loader aria-label={t('states.loading')} />
      </Center>
    );
  if (rfq && rfq.state !== 'draft' && rfq.state !== 'open') {
    return (
      <Stack gap="md" maw={880}>
        <Alert color="gray" title={t('wizard.notEditable')}>
          {t('wizard.notEditableHint', { state: t(`states.${rfq.state}`) })}
        </Alert>
        <Group>
          <Button component={Link} to={`/rfqs/${rfq.id}`} variant="light">
            {t('wizard.backToRfq')}
          </Button>
        </Group>
      </Stack>
    );
  }

  const change = (patch: Partial<RfqDraft>) => {
    setDraft({ ...draft, ...patch });
    setSaved(false);
  };

  /** Creates or updates the draft; an open RFQ is only written by "Publish amendment". */
  const saveDraft = async (stepAfter = step): Promise<Rfq> => {
    const written = rfq ? await run(() => updateRfq(rfq.id, bodyFrom(draft, timeZone, rfq))) : await run(() => createRfq(bodyFrom(draft, timeZone)));
    setRfq(written);
    if (!rfq) navigate(`/rfqs/${written.id}/edit`, { replace: true, state: { step: stepAfter } });
    return written;
  };

  const showErrorStep = (error: unknown) => {
    const at = firstStepWithError(error);
    if (at !== null) setStep(at);
  };

  const onSaveDraft = async () => {
    setSaved(false);
    const ok = await save.perform(async () => {
      await saveDraft();
    });
    if (ok) setSaved(true);
  };

  const onNext = async () => {
    // The last step uploads attachments, which belong to a saved RFQ: a new one is saved as a draft on the way.
    if (step + 1 === LAST && !amending) {
      const ok = await save.perform(async () => {
        await saveDraft(step + 1);
      });
      if (!ok) return;
    }
    setStep(step + 1);
  };

  const onPublish = async () => {
    let published: Rfq | null = null;
    let failure: unknown = null;
    const ok = await save.perform(async () => {
      try {
        if (amending && rfq) {
          published = await run(() => updateRfq(rfq.id, patchFrom(draft, timeZone, true, rfq)));
          return;
        }
        const written = await saveDraft();
        published = await run(() => publishRfq(written.id));
      } catch (caught) {
        failure = caught;
        throw caught;
      }
    });
    if (ok && published) navigate(`/rfqs/${(published as Rfq).id}`);
    else showErrorStep(failure);
  };

  const heading = amending ? t('wizard.amendTitle', { title: rfq?.title }) : rfq ? t('wizard.editTitle') : t('wizard.newTitle');

  return (
    <Stack gap="lg" maw={880}>
      <Stack gap={4}>
        <Title order={1}>{heading}</Title>
        <Text c="dimmed">{amending ? t('wizard.amendIntro') : t('wizard.intro')}</Text>
      </Stack>
      <RfqWizardSteps active={step} onStep={setStep} />
      <Card withBorder padding="md" component="section" aria-labelledby="rfq-step-title">
        <Stack gap="md">
          <Title order={2} size="h3" id="rfq-step-title">
            {t(`wizard.steps.${WIZARD_STEPS[step]}`)}
          </Title>
          {step === 0 && <RfqDescribeStep draft={draft} onChange={change} error={save.error} language={language} nodes={vocabulary.nodes} />}
          {step === 1 && <RfqLinesStep draft={draft} onChange={change} error={save.error} tree={vocabulary.tree} language={language} />}
          {step === 2 && <RfqTermsStep draft={draft} onChange={change} error={save.error} tree={vocabulary.tree} language={language} timeZone={timeZone} />}
          {step === 3 && <RfqSharingStep draft={draft} onChange={change} error={save.error} amending={amending} />}
          {step === LAST && (
            <Stack gap="md">
              {rfq ? <RfqAttachments rfq={rfq} onChanged={async () => void (await reload(rfq.id))} /> : <Text c="dimmed">{t('attachments.saveFirst')}</Text>}
              {amending && (
                <Textarea
                  label={t('fields.amendmentNote')}
                  description={t('fields.amendmentNoteHint')}
                  autosize
                  minRows={2}
                  maxLength={2000}
                  value={draft.amendmentNote}
                  onChange={(event) => change({ amendmentNote: event.currentTarget.value })}
                  error={rfqFieldError(save.error, 'amendmentNote')}
                />
              )}
            </Stack>
          )}
        </Stack>
      </Card>
      <ErrorAlert error={save.error} />
      <Group justify="space-between" gap="sm">
        <Group gap="sm">
          {step > 0 && (
            <Button variant="default" leftSection={<IconArrowLeft size={16} aria-hidden />} onClick={() => setStep(step - 1)}>
              {t('wizard.back')}
            </Button>
          )}
          {step < LAST && (
            <Button variant="light" rightSection={<IconArrowRight size={16} aria-hidden />} onClick={() => void onNext()} loading={save.busy && step + 1 === LAST}>
              {t('wizard.next')}
            </Button>
          )}
        </Group>
        <Group gap="sm">
          {!amending && (
            <Button variant="default" leftSection={<IconDeviceFloppy size={16} aria-hidden />} onClick={() => void onSaveDraft()} loading={save.busy}>
              {t('wizard.saveDraft')}
            </Button>
          )}
          <Button leftSection={<IconSend size={16} aria-hidden />} onClick={() => void onPublish()} loading={save.busy}>
            {amending ? t('wizard.publishAmendment') : t('wizard.publish')}
          </Button>
        </Group>
      </Group>
      {saved && (
        <Group gap={4} c="brand.8" role="status" wrap="nowrap">
          <IconCheck size={18} aria-hidden />
          <Text fw={600}>{t('wizard.saved')}</Text>
        </Group>
      )}
    </Stack>
  );
}
