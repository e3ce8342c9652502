import { Button, Card, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogControllerTransit, type MxPlaceSuggestionResponse, type TransitEstimateResponse } from '../api/api-client';
import { ErrorAlert } from '../components/error-alert';
import { MxPlacePicker } from '../components/mx-place-picker';
import { useAction } from '../components/use-action';
import { formatNumber } from '../i18n/format';
import { useSession } from '../session/session';

// The best few crossings tell the story; the API returns every truck port.
const CROSSINGS_SHOWN = 5;

function TransitResult({ estimate, origin }: { estimate: TransitEstimateResponse; origin: string }) {
  const { t } = useTranslation('catalog');
  const { best, destination, assumptions } = estimate;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="transit-result-title" aria-live="polite">
      <Stack gap="sm">
        <Title order={2} size="h3" id="transit-result-title">
          {t('transit.result.title', { origin, city: destination.city, state: destination.state, zip: destination.zip })}
        </Title>
        <Text size="lg" fw={600}>
          {t('transit.result.best', { port: best.port.name, usState: best.port.usState, km: formatNumber(Math.round(best.totalKm)), days: formatNumber(best.transitDays) })}
        </Text>
        {/* Four short columns fit a phone; no horizontal scroll region to reach by keyboard. */}
        <Table striped fz="sm">
          <Table.Caption>{t('transit.result.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('transit.result.port')}</Table.Th>
              <Table.Th scope="col">{t('transit.result.kmMexico')}</Table.Th>
              <Table.Th scope="col">{t('transit.result.kmUs')}</Table.Th>
              <Table.Th scope="col">{t('transit.result.days')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {estimate.candidates.slice(0, CROSSINGS_SHOWN).map((candidate) => (
              <Table.Tr key={candidate.port.code}>
                <Table.Th scope="row">{`${candidate.port.name}, ${candidate.port.usState}`}</Table.Th>
                <Table.Td>{formatNumber(Math.round(candidate.kmMexico))}</Table.Td>
                <Table.Td>{formatNumber(Math.round(candidate.kmUs))}</Table.Td>
                <Table.Td>{formatNumber(candidate.transitDays)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text size="sm" c="dimmed">
          {t('transit.result.assumptions', {
            roadFactor: formatNumber(assumptions.roadFactor),
            kmPerDay: formatNumber(assumptions.kmPerDay),
            crossingDays: formatNumber(assumptions.crossingDays),
          })}
        </Text>
      </Stack>
    </Card>
  );
}

/** Public: from a Mexican place to a US ZIP, the best land crossing and the days a truck needs. */
export function TransitPage() {
  const { t } = useTranslation('catalog');
  const { run } = useSession();
  const [place, setPlace] = useState<MxPlaceSuggestionResponse | null>(null);
  const [zip, setZip] = useState('');
  const { busy: estimating, error, perform } = useAction();
  const [result, setResult] = useState<{ estimate: TransitEstimateResponse; origin: string } | null>(null);
  const zipValid = /^\d{5}$/.test(zip);

  const onEstimate = async (event: FormEvent) => {
    event.preventDefault();
    if (!place || !zipValid) return;
    const estimated = await perform(async () => {
      const estimate = await run(() => catalogControllerTransit({ query: { lat: place.lat, lon: place.lon, zip } }));
      setResult({ estimate, origin: place.name });
    });
    if (!estimated) setResult(null);
  };

  return (
    <Stack gap="lg" maw={880}>
      <Stack gap={4}>
        <Title order={1}>{t('transit.title')}</Title>
        <Text c="dimmed">{t('transit.intro')}</Text>
      </Stack>
      <Card withBorder padding="md">
        <form onSubmit={(event) => void onEstimate(event)}>
          <Group align="flex-end" gap="sm" wrap="wrap">
            <MxPlacePicker onPick={setPlace} />
            <TextInput
              label={t('transit.zip.label')}
              description={t('transit.zip.hint')}
              placeholder="75201"
              inputMode="numeric"
              maxLength={5}
              value={zip}
              onChange={(event) => setZip(event.currentTarget.value.replace(/\D/g, ''))}
              style={{ flex: '0 1 160px' }}
            />
            <Button type="submit" loading={estimating} disabled={!place || !zipValid}>
              {t('transit.submit')}
            </Button>
          </Group>
        </form>
      </Card>
      <ErrorAlert error={error} />
      {result && <TransitResult estimate={result.estimate} origin={result.origin} />}
    </Stack>
  );
}
