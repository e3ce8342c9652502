import { Anchor, Button, Card, Center, Group, Loader, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconArrowLeft, IconCheck } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import {
  reviewsControllerApprove,
  reviewsControllerAssign,
  reviewsControllerGet,
  reviewsControllerReasons,
  reviewsControllerReject,
  reviewsControllerRequestChanges,
  type ReviewItemDetailResponse,
  type ReviewReasonResponse,
  type ReasonedDecisionDto as RejectDto,
} from '../api/api-client';
import { ClaimComparisonTable } from '../components/claim-comparison-table';
import { ErrorAlert, fieldError } from '../components/error-alert';
import { ReviewComparisonTable } from '../components/review-comparison-table';
import { ReviewStateBadge } from '../components/review-state-badge';
import { useAction } from '../components/use-action';
import { formatDateTime } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { useSession } from '../session/session';

const NOTE_MAX = 2000;
type ReasonCode = RejectDto['reasonCode'];

/** One review: the subject published beside proposed, and the admin's assign and decision buttons. */
export function AdminReviewPage() {
  const { t } = useTranslation('reviews');
  const { id = '' } = useParams();
  const { me, run } = useSession();
  const timeZone = me?.user.timeZone;
  const [detail, setDetail] = useState<ReviewItemDetailResponse | null>(null);
  const [reasons, setReasons] = useState<ReviewReasonResponse[]>([]);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [reasonCode, setReasonCode] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const action = useAction();

  const load = useCallback(async () => {
    setLoadError(null);
    try {
      const [loaded, list] = await Promise.all([run(() => reviewsControllerGet({ path: { id } })), run(() => reviewsControllerReasons())]);
      setDetail(loaded);
      setReasons(list.data);
    } catch (caught) {
      setLoadError(caught);
    }
  }, [id, run]);

  useEffect(() => {
    void load();
  }, [load]);

  if (loadError) return <ErrorAlert error={loadError} />;
  if (!detail)
    return (
      <Center h={160}>
        <Loader aria-label={t('item.loading')} />
      </Center>
    );

  const { item, comparison } = detail;
  const language = currentLanguage();
  const reasonText = (code: string | null) => reasons.find((reason) => reason.code === code)?.[language] ?? code ?? '';
  const open = item.state === 'open';
  // A listing claim compares the listing with the claimant, and has no draft to send back for changes.
  const claim = item.kind === 'listing_claim';

  const assign = () => action.perform(async () => {
    const updated = await run(() => reviewsControllerAssign({ path: { id } }));
    setDetail({ ...detail, item: updated });
  });

  const decide = (kind: 'approve' | 'reject' | 'requestChanges') => {
    if (kind !== 'approve' && !reasonCode) {
      setReasonMissing(true);
      return;
    }
    setReasonMissing(false);
    const trimmed = note.trim();
    void action.perform(async () => {
      const noteField = trimmed ? { note: trimmed } : {};
      const updated =
        kind === 'approve'
          ? await run(() => reviewsControllerApprove({ path: { id }, body: noteField }))
          : kind === 'reject'
            ? await run(() => reviewsControllerReject({ path: { id }, body: { reasonCode: reasonCode as ReasonCode, ...noteField } }))
            : await run(() => reviewsControllerRequestChanges({ path: { id }, body: { reasonCode: reasonCode as ReasonCode, ...noteField } }));
      setDetail({ item: updated, comparison: null });
    });
  };

  const reasonError = reasonMissing ? t('item.reasonRequired') : fieldError(action.error, 'reasonCode');

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/admin/reviews" size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden />
          {t('item.back')}
        </Group>
      </Anchor>
      <Stack gap={4}>
        <Group gap="sm">
          <Title order={1}>{t(claim ? 'claim.title' : 'item.title', { organization: item.organizationName ?? item.organizationId })}</Title>
          <ReviewStateBadge state={item.state} />
        </Group>
        <Text c="dimmed">
          {t(`kinds.${item.kind}`)} · {t('item.submitted', { date: formatDateTime(item.createdAt, timeZone) })} ·{' '}
          {t('item.assignee', { name: item.assigneeName ?? t('queue.unassigned') })}
        </Text>
      </Stack>

      <Stack gap="xs">
        <Title order={2} size="h3">
          {t(claim ? 'claim.comparison' : 'item.comparison')}
        </Title>
        {comparison ? (
          <>
            <Text size="sm" c="dimmed">
              {t(claim ? 'claim.comparisonHelp' : 'item.comparisonHelp')}
            </Text>
            {claim ? (
              // Admins read any organization's document through the supplier route; its id only gates the public case.
              <ClaimComparisonTable rows={comparison} documentRoute={item.subjectId} />
            ) : (
              <ReviewComparisonTable rows={comparison} />
            )}
          </>
        ) : (
          <Text c="dimmed">{t(claim ? 'claim.noComparison' : 'item.noComparison')}</Text>
        )}
      </Stack>

      <ErrorAlert error={action.error} />

      {open ? (
        <Card withBorder padding="lg">
          <Stack gap="md">
            <Group justify="space-between">
              <Title order={2} size="h3">
                {t('item.decision')}
              </Title>
              {item.assigneeUserId !== me?.user.id && (
                <Button variant="default" onClick={() => void assign()} loading={action.busy}>
                  {t('item.assignToMe')}
                </Button>
              )}
            </Group>
            <Select
              label={t('item.reason')}
              placeholder={t('item.reasonPlaceholder')}
              data={reasons.map((reason) => ({ value: reason.code, label: reason[language] }))}
              value={reasonCode}
              onChange={(value) => {
                setReasonCode(value);
                setReasonMissing(false);
              }}
              error={reasonError}
              clearable
            />
            <Textarea
              label={t('item.note')}
              description={t('item.noteHelp')}
              value={note}
              onChange={(event) => setNote(event.currentTarget.value)}
              maxLength={NOTE_MAX}
              autosize
              minRows={3}
              error={fieldError(action.error, 'note')}
            />
            <Group>
              <Button leftSection={<IconCheck size={16} aria-hidden />} loading={action.busy} onClick={() => decide('approve')}>
                {t('item.approve')}
              </Button>
              {!claim && (
                <Button variant="default" loading={action.busy} onClick={() => decide('requestChanges')}>
                  {t('item.requestChanges')}
                </Button>
              )}
              <Button color="red.9" loading={action.busy} onClick={() => decide('reject')}>
                {t('item.reject')}
              </Button>
            </Group>
          </Stack>
        </Card>
      ) : (
        <Card withBorder padding="lg" role="status" data-testid="review-decision">
          <Stack gap={4}>
            <Title order={2} size="h3">
              {t('item.decision')}
            </Title>
            <Text size="sm">{t('item.done', { state: t(`states.${item.state}`) })}</Text>
            {item.reasonCode && (
              <Text size="sm">
                {t('item.reason')}: {reasonText(item.reasonCode)}
              </Text>
            )}
            {item.note && (
              <Text size="sm">
                {t('item.note')}: {item.note}
              </Text>
            )}
            {item.decidedAt && <Text size="sm">{t('item.decidedAt', { date: formatDateTime(item.decidedAt, timeZone) })}</Text>}
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
