import { Alert, Anchor, Button, Center, Group, Loader, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconArrowLeft, IconInfoCircle, IconRefresh, IconSend } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ApiRequestError, supplierProfileControllerGet } from '../api/api-client';
import { readRfq, type SupplierRfq } from '../api/opportunities';
import { readOwnQuote, sendQuote, type Quote, type QuoteBody } from '../api/quotes';
import { ErrorAlert } from '../components/error-alert';
import { stateName } from '../components/mx-states';
import { OpportunityDeadline } from '../components/opportunity-deadline';
import { SupplierEditorCard } from '../components/supplier-editor-card';
import { draftProblems, emptyQuoteDraft, quoteBodyFrom, quoteDraftFrom, type PlantChoice, type QuoteDraft } from '../components/quote-draft';
import { FormProblems, problemsAsError, useFormErrors } from '../components/quote-form-errors';
import { QuoteDocuments } from '../components/quote-documents';
import { QuotePricesGrid } from '../components/quote-prices-grid';
import { QuoteDelivery, QuoteLeadTime, QuoteOrigin } from '../components/quote-terms';
import { QuoteTooling } from '../components/quote-tooling';
import { useAction } from '../components/use-action';
import { useSession } from '../session/session';

interface Loaded {
  rfq: SupplierRfq;
  quote: Quote | null;
  plants: PlantChoice[];
}

/**
 * `/opportunities/:rfqId/quote`: a supplier writes its quote, or its next revision, on a phone first. The grid of
 * lines × quantity breaks with the extended prices as typed, tooling, lead time and validity, delivery from one of
 * its plants, origin, notes and its own PDF. Sent with the revision it revises; a stale one is said plainly.
 */
export function QuoteFormPage() {
  const { t } = useTranslation('quote');
  const { rfqId = '' } = useParams();
  const { run, me } = useSession();
  const navigate = useNavigate();
  const timeZone = me?.user.timeZone;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [draft, setDraft] = useState<QuoteDraft | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const save = useAction();
  // The body the last refused send carried: an error stays beside its field only while the field still says that.
  const [sentBody, setSentBody] = useState<QuoteBody | null>(null);
  const problemsRef = useRef<HTMLDivElement>(null);

  const load = useCallback(async () => {
    try {
      const [rfq, profile] = await Promise.all([run(() => readRfq(rfqId)), run(() => supplierProfileControllerGet())]);
      // The RFQ view says whether the organization has a quote; its content comes from the quote route.
      const quote = rfq.quote ? await run(() => readOwnQuote(rfqId)) : null;
      const plants = profile.draft.plants.map((plant) => ({ id: plant.id, name: plant.name, municipality: plant.municipality, state: stateName(plant.state) }));
      setLoaded({ rfq, quote, plants });
      // A withdrawn quote comes back from its last revision too: quoting again is a new revision of it.
      setDraft(quote ? quoteDraftFrom(rfq, plants, quote.current) : emptyQuoteDraft(rfq, plants));
      save.setError(null);
      setLoadError(null);
    } catch (caught) {
      setLoadError(caught);
    }
    // save.setError is stable (a state setter).
  }, [run, rfqId]);

  useEffect(() => {
    void load();
  }, [load]);

  const lines = loaded?.rfq.lines ?? [];
  const revises = loaded?.quote?.revision ?? 0;
  const body = useMemo(() => (draft ? quoteBodyFrom(draft, revises) : null), [draft, revises]);
  const errors = useFormErrors(save.error, lines, sentBody, body);

  const back = (
    <Anchor component={Link} to={`/opportunities/${rfqId}`} size="sm" underline="hover">
      <IconArrowLeft size={14} aria-hidden style={{ verticalAlign: 'middle', marginInlineEnd: 4 }} />
      {t('form.back')}
    </Anchor>
  );

  if (!loaded || !draft) {
    return (
      <Stack gap="md" maw={880}>
        {back}
        {loadError ? (
          <ErrorAlert error={loadError} />
        ) : (
          <Center h={120}>
            <Loader aria-label={t('form.loading')} />
          </Center>
        )}
      </Stack>
    );
  }

  const { rfq, quote } = loaded;
  const revising = quote !== null && quote.state === 'active';
  if (rfq.state !== 'open' || rfq.gated) {
    return (
      <Stack gap="md" maw={880}>
        {back}
        <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }}>
          {rfq.title}
        </Title>
        <Alert color="gray" icon={<IconInfoCircle aria-hidden />} title={rfq.gated ? t('form.ndaFirst') : t('form.closed')} />
      </Stack>
    );
  }

  const change = (patch: Partial<QuoteDraft>) => setDraft({ ...draft, ...patch });
  const stale = save.error instanceof ApiRequestError && save.error.error.code === 'QUOTE_VERSION_STALE';

  const submit = async () => {
    const problems = draftProblems(draft);
    setSentBody(body);
    if (problems.length > 0) {
      save.setError(problemsAsError(problems));
      requestAnimationFrame(() => problemsRef.current?.scrollIntoView({ block: 'center' }));
      return;
    }
    let sent: Quote | null = null;
    const ok = await save.perform(async () => {
      sent = await run(() => sendQuote(rfq.id, quoteBodyFrom(draft, revises)));
    });
    if (ok && sent) navigate(`/opportunities/${rfq.id}`, { state: { quoteSent: (sent as Quote).revision } });
    else requestAnimationFrame(() => problemsRef.current?.scrollIntoView({ block: 'center' }));
  };

  return (
    <Stack gap="md" maw={880}>
      {back}
      <Stack gap={6} component="header">
        <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }}>
          {revising ? t('form.reviseTitle', { revision: revises + 1 }) : t('form.title')}
        </Title>
        <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
          {rfq.title}
        </Text>
        <Text c="dimmed">{t('form.for', { buyer: rfq.buyer.name, version: rfq.version })}</Text>
        <OpportunityDeadline deadline={rfq.quoteDeadline} timeZone={timeZone} />
      </Stack>
      {revising && quote.current.rfqVersion < rfq.version && <Alert color="yellow.9" variant="outline" icon={<IconInfoCircle aria-hidden />} title={t('form.rfqChanged', { answered: quote.current.rfqVersion, version: rfq.version })} />}
      <Text size="sm">{t('form.intro')}</Text>

      <SupplierEditorCard id="quote-prices" title={t('sections.prices')}>
        <Radio.Group label={t('form.currency')} description={t('form.currencyHint')} value={draft.currency} onChange={(value) => change({ currency: value === 'MXN' ? 'MXN' : 'USD' })} error={errors.at('currency')}>
          <Group gap="lg" mt={6}>
            <Radio value="MXN" label={t('currencies.MXN')} />
            <Radio value="USD" label={t('currencies.USD')} />
          </Group>
        </Radio.Group>
        <QuotePricesGrid rfqLines={rfq.lines} lines={draft.lines} currency={draft.currency} onLines={(next) => change({ lines: next })} errors={errors} />
      </SupplierEditorCard>

      <SupplierEditorCard id="quote-tooling" title={t('sections.tooling')}>
        <QuoteTooling rfqLines={rfq.lines} tooling={draft.tooling} currency={draft.currency} onTooling={(tooling) => change({ tooling })} errors={errors} />
      </SupplierEditorCard>

      <SupplierEditorCard id="quote-lead-time" title={t('sections.leadTime')}>
        <QuoteLeadTime draft={draft} onChange={change} errors={errors} />
      </SupplierEditorCard>

      <SupplierEditorCard id="quote-delivery" title={t('sections.delivery')}>
        <QuoteDelivery draft={draft} plants={loaded.plants} onChange={change} errors={errors} />
      </SupplierEditorCard>

      <SupplierEditorCard id="quote-origin" title={t('sections.origin')}>
        <QuoteOrigin draft={draft} onChange={change} errors={errors} />
      </SupplierEditorCard>

      <SupplierEditorCard id="quote-notes" title={t('sections.notes')}>
        <Textarea label={t('form.notes')} description={t('form.notesHint')} autosize minRows={3} maxLength={5000} value={draft.notes} onChange={(event) => change({ notes: event.currentTarget.value })} error={errors.at('notes')} />
        <QuoteDocuments rfqId={rfq.id} documents={draft.documents} onDocuments={(documents) => change({ documents })} error={errors.at('attachmentIds')} />
      </SupplierEditorCard>

      <div ref={problemsRef}>
        {stale ? (
          <Alert color="red" icon={<IconRefresh aria-hidden />} title={t('form.staleTitle')} role="alert">
            <Stack gap="sm">
              <Text size="sm">{t('form.stale')}</Text>
              <Group>
                <Button variant="outline" leftSection={<IconRefresh size={16} aria-hidden />} onClick={() => void load()}>
                  {t('form.reload')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        ) : (
          <>
            <FormProblems errors={errors} />
            <ErrorAlert error={errors.general} />
          </>
        )}
      </div>
      <Group gap="sm">
        <Button size="md" leftSection={<IconSend size={18} aria-hidden />} loading={save.busy} onClick={() => void submit()}>
          {revising ? t('form.sendRevision', { revision: revises + 1 }) : t('form.send')}
        </Button>
        <Button size="md" variant="default" component={Link} to={`/opportunities/${rfq.id}`}>
          {t('form.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
