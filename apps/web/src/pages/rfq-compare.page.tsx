import { Alert, Anchor, Card, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ApiRequestError } from '../api/api-client';
import { getAwards, getComparison, type Comparison, type ComparisonEntry, type ComparisonLine, type RfqAwards } from '../api/comparison';
import { AwardDialog } from '../components/award-dialog';
import { ComparisonBreak } from '../components/comparison-break';
import { ComparisonChart } from '../components/comparison-chart';
import { ComparisonHeader } from '../components/comparison-header';
import { ErrorAlert } from '../components/error-alert';
import { RateSupplierActions } from '../components/rate-supplier-actions';
import { useNameOf } from '../components/opportunity-names';
import { RfqStateBadge } from '../components/rfq-state-badge';
import { useVocabulary } from '../components/use-vocabulary';
import { formatNumber } from '../i18n/format';
import { useSession } from '../session/session';

/** The line's outcome: awarded to whom, or closed without award; null while undecided. */
function LineOutcome({ line, awards }: { line: ComparisonLine; awards: RfqAwards }) {
  const { t } = useTranslation('compare');
  const award = awards.awards.find((candidate) => candidate.rfqLineId === line.rfqLineId);
  if (award)
    return (
      <Text fw={700} c="indigo.9" data-testid="line-outcome" style={{ overflowWrap: 'anywhere' }}>
        {t('awardedTo', { supplier: award.supplier.name })}
      </Text>
    );
  if (awards.closedUnawardedLineIds.includes(line.rfqLineId))
    return (
      <Text fw={700} c="gray.8" data-testid="line-outcome">
        {t('closedUnawarded')}
      </Text>
    );
  return null;
}

/**
 * The buyer's comparison of an RFQ's quotes by landed cost (issue 17): per line and quantity break, cheapest
 * first, each with its breakdown on demand; the rate it rests on, a refresh, the CSV; and awarding lines.
 */
export function RfqComparePage() {
  const { t } = useTranslation(['compare', 'rfqs']);
  const { rfqId = '' } = useParams();
  const { run, me } = useSession();
  const { nodes } = useVocabulary();
  const nameOf = useNameOf(nodes);
  const timeZone = me?.user.timeZone;
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [awards, setAwards] = useState<RfqAwards | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [awarding, setAwarding] = useState<{ entry: ComparisonEntry; lineId: string } | null>(null);
  const [awardedTo, setAwardedTo] = useState<string | null>(null);

  useEffect(() => {
    setComparison(null);
    setAwards(null);
    setError(null);
    Promise.all([run(() => getComparison(rfqId)), run(() => getAwards(rfqId))])
      .then(([read, decided]) => {
        setComparison(read);
        setAwards(decided);
      })
      .catch(setError);
  }, [rfqId, run]);

  const back = (
    <Anchor component={Link} to={`/rfqs/${rfqId}`} size="sm">
      {t('back')}
    </Anchor>
  );
  if (error) {
    const fxMissing = error instanceof ApiRequestError && error.error.code === 'FX_RATE_MISSING';
    return (
      <Stack gap="lg" maw={1200}>
        {back}
        <Title order={1}>{t('title')}</Title>
        {fxMissing ? (
          <Alert color="orange" icon={<IconAlertTriangle aria-hidden />} role="alert" data-testid="fx-missing">
            {t('fxMissing')}
          </Alert>
        ) : (
          <ErrorAlert error={error} />
        )}
      </Stack>
    );
  }
  if (!comparison || !awards)
    return (
      <Center h={160}>
        <Loader aria-label={t('loading')} />
      </Center>
    );

  const undecided = (lineId: string) => awards.state === 'closed' && !awards.awards.some((award) => award.rfqLineId === lineId) && !awards.closedUnawardedLineIds.includes(lineId);

  return (
    <Stack gap="lg" maw={1200}>
      {back}
      <Stack gap={6}>
        <Group gap="sm" align="center" wrap="wrap">
          <Title order={1}>{t('title')}</Title>
          <RfqStateBadge state={awards.state} />
        </Group>
        <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
          {comparison.rfqTitle}
        </Text>
        <Text size="sm" c="dimmed">
          {comparison.deliveryZip ? t('intro', { zip: comparison.deliveryZip }) : t('introNoZip')}
        </Text>
      </Stack>
      {awards.state === 'awarded' && (
        <Alert color="indigo" variant="light" data-testid="rfq-awarded">
          {t('rfqAwarded')}
        </Alert>
      )}
      {awardedTo && (
        <Text fw={600} role="status">
          {t('awardDone', { supplier: awardedTo })}
        </Text>
      )}
      <RateSupplierActions rfqId={rfqId} awards={awards} />
      <ComparisonHeader comparison={comparison} onRefreshed={setComparison} timeZone={timeZone} awarded={awards.state === 'awarded'} />
      <ComparisonChart comparison={comparison} />
      {comparison.lines.map((line) => {
        const unit = t(`rfqs:units.${line.unit}`, { defaultValue: line.unit });
        return (
          <Card key={line.rfqLineId} withBorder padding="md" component="section" aria-labelledby={`line-${line.rfqLineId}`} data-testid="comparison-line">
            <Stack gap="md">
              <Group gap="sm" justify="space-between" wrap="wrap">
                <Title order={2} size="h3" id={`line-${line.rfqLineId}`} style={{ overflowWrap: 'anywhere' }}>
                  {t('lineTitle', { position: line.position + 1, part: line.partName })}
                </Title>
                <LineOutcome line={line} awards={awards} />
              </Group>
              {line.breaks.map((item) => (
                <ComparisonBreak
                  key={item.quantity}
                  quantityText={t('breakTitle', { quantity: formatNumber(item.quantity), unit })}
                  entries={item.entries}
                  nameOf={nameOf}
                  onAward={undecided(line.rfqLineId) ? (entry) => setAwarding({ entry, lineId: line.rfqLineId }) : undefined}
                />
              ))}
            </Stack>
          </Card>
        );
      })}
      {awarding && (
        <AwardDialog
          rfqId={rfqId}
          entry={awarding.entry}
          lineId={awarding.lineId}
          lines={comparison.lines}
          awards={awards}
          onClose={() => setAwarding(null)}
          onAwarded={(result) => {
            setAwards(result);
            // The award names the winning organization, as the lines' outcomes do.
            setAwardedTo(result.awards.find((award) => award.rfqLineId === awarding.lineId)?.supplier.name ?? awarding.entry.supplier.name);
            setAwarding(null);
          }}
        />
      )}
    </Stack>
  );
}
