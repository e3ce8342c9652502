import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  supplierProfileControllerAddPlant,
  supplierProfileControllerRemovePlant,
  supplierProfileControllerUpdatePlant,
  type OwnProfileResponse,
  type SupplierPlantDto,
} from '../api/api-client';
import { useSession } from '../session/session';
import { ErrorAlert } from './error-alert';
import { SupplierPlantCard } from './supplier-plant-card';
import { SupplierPlantForm } from './supplier-plant-form';
import { useAction } from './use-action';

/** The draft's plants: add, edit, remove; each located by the API with its nearest crossings. */
export function SupplierPlantsSection({ profile, onSaved }: { profile: OwnProfileResponse; onSaved: (profile: OwnProfileResponse) => void }) {
  const { t } = useTranslation('suppliers');
  const { run } = useSession();
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const save = useAction();
  const remove = useAction();

  const onSave = (id: string | 'new', body: SupplierPlantDto) =>
    void save.perform(async () => {
      const saved = await run(() =>
        id === 'new' ? supplierProfileControllerAddPlant({ body }) : supplierProfileControllerUpdatePlant({ path: { plantId: id }, body }),
      );
      onSaved(saved);
      setEditing(null);
    });
  const open = (id: string | 'new' | null) => {
    save.setError(null);
    setEditing(id);
  };

  return (
    <Stack gap="md">
      {profile.draft.plants.length === 0 && editing !== 'new' && <Text c="dimmed">{t('plants.none')}</Text>}
      {profile.draft.plants.map((plant) =>
        editing === plant.id ? (
          <SupplierPlantForm key={plant.id} plant={plant} action={save} onSave={(body) => onSave(plant.id, body)} onCancel={() => open(null)} />
        ) : (
          <Card key={plant.id} withBorder padding="md">
            <SupplierPlantCard
              plant={plant}
              actions={
                <Group gap="xs">
                  <Button size="xs" variant="default" onClick={() => open(plant.id)} aria-label={t('plants.editOne', { name: plant.name })}>
                    {t('edit')}
                  </Button>
                  <Button
                    size="xs"
                    variant="outline"
                    color="red.9"
                    loading={remove.busy}
                    aria-label={t('plants.removeOne', { name: plant.name })}
                    onClick={() => void remove.perform(async () => onSaved(await run(() => supplierProfileControllerRemovePlant({ path: { plantId: plant.id } }))))}
                  >
                    {t('remove')}
                  </Button>
                </Group>
              }
            />
          </Card>
        ),
      )}
      <ErrorAlert error={remove.error} />
      {editing === 'new' ? (
        <SupplierPlantForm action={save} onSave={(body) => onSave('new', body)} onCancel={() => open(null)} />
      ) : (
        <Group>
          <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => open('new')}>
            {t('plants.add')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
