import { Button, Card, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MxPlaceSuggestionResponse, SupplierPlantDto, PlantResponse } from '../api/api-client';
import { ErrorAlert, fieldError } from './error-alert';
import { MxPlacePicker } from './mx-place-picker';
import type { Action } from './use-action';

type Location = Pick<SupplierPlantDto, 'state' | 'municipality' | 'locality'>;

function locationOf(place: MxPlaceSuggestionResponse): Location {
  if (place.kind === 'state') return { state: place.state.name };
  if (place.kind === 'municipality') return { state: place.state.name, municipality: place.name };
  return { state: place.state.name, municipality: place.municipality?.name, locality: place.name };
}

const describe = (location: Location) => [location.locality, location.municipality, location.state].filter(Boolean).join(', ');

/** Add or edit one plant: its name, a place from the type-ahead, postal code and street. */
export function SupplierPlantForm({ plant, action, onSave, onCancel }: { plant?: PlantResponse; action: Action; onSave: (body: SupplierPlantDto) => void; onCancel: () => void }) {
  const { t } = useTranslation('suppliers');
  const [name, setName] = useState(plant?.name ?? '');
  const [location, setLocation] = useState<Location | null>(plant ? { state: plant.state, municipality: plant.municipality ?? undefined, locality: plant.locality ?? undefined } : null);
  const [postalCode, setPostalCode] = useState(plant?.postalCode ?? '');
  const [street, setStreet] = useState(plant?.street ?? '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!location || !name.trim()) return;
    onSave({ name: name.trim(), ...location, postalCode: postalCode || undefined, street: street.trim() || undefined });
  };
  const placeError = fieldError(action.error, 'state') ?? fieldError(action.error, 'municipality') ?? fieldError(action.error, 'locality') ?? fieldError(action.error, 'point');

  return (
    <Card withBorder padding="md" component="form" onSubmit={submit} aria-label={plant ? t('plants.editTitle', { name: plant.name }) : t('plants.addTitle')}>
      <Stack gap="sm">
        <TextInput label={t('plants.name')} value={name} onChange={(event) => setName(event.currentTarget.value)} maxLength={200} required error={fieldError(action.error, 'name')} />
        <MxPlacePicker
          label={t('plants.place')}
          description={location ? t('plants.placeNow', { place: describe(location) }) : t('plants.placeHint')}
          onPick={(place) => place && setLocation(locationOf(place))}
        />
        {placeError && (
          <Text size="sm" c="red.8" role="alert">
            {placeError}
          </Text>
        )}
        <Group grow wrap="wrap" align="flex-start">
          <TextInput
            label={t('plants.postalCode')}
            inputMode="numeric"
            maxLength={5}
            value={postalCode}
            onChange={(event) => setPostalCode(event.currentTarget.value.replace(/\D/g, ''))}
            error={fieldError(action.error, 'postalCode')}
            style={{ minWidth: 120 }}
          />
          <TextInput label={t('plants.street')} value={street} onChange={(event) => setStreet(event.currentTarget.value)} maxLength={300} error={fieldError(action.error, 'street')} style={{ minWidth: 180 }} />
        </Group>
        {!placeError && <ErrorAlert error={action.error} />}
        <Group>
          <Button type="submit" loading={action.busy} disabled={!location || !name.trim()}>
            {t('plants.save')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('cancel')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
