import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlantResponse } from '../api/api-client';
import { formatNumber } from '../i18n/format';
import { PlantMap } from './plant-map';

// The closest crossings tell the story; the API keeps a few.
const PORTS_SHOWN = 3;

/** One plant: where it is, how precisely it was located, and its nearest land crossings. */
export function SupplierPlantCard({ plant, actions }: { plant: PlantResponse; actions?: ReactNode }) {
  const { t } = useTranslation('suppliers');
  // "Irapuato, Irapuato": a town often shares its municipality's name; say it once.
  const place = [...new Set([plant.street, plant.locality, plant.municipality, plant.state, plant.postalCode].filter(Boolean))].join(', ');
  return (
    <Stack gap="xs" component="article" aria-label={plant.name}>
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text fw={700} style={{ overflowWrap: 'anywhere' }}>
          {plant.name}
        </Text>
        <Badge variant="outline" color="gray.8">
          {t(`plants.precision.${plant.precision}`)}
        </Badge>
      </Group>
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {place}
      </Text>
      <PlantMap plant={plant} />
      {plant.nearestPorts.length > 0 && (
        <Table fz="sm" striped>
          <Table.Caption>{t('plants.portsCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('plants.port')}</Table.Th>
              <Table.Th scope="col">{t('plants.km')}</Table.Th>
              <Table.Th scope="col">{t('plants.days')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {plant.nearestPorts.slice(0, PORTS_SHOWN).map((port) => (
              <Table.Tr key={port.portCode}>
                <Table.Th scope="row">{port.portName}</Table.Th>
                <Table.Td>{formatNumber(Math.round(port.roadKm))}</Table.Td>
                <Table.Td>{formatNumber(port.daysToBorder)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {actions}
    </Stack>
  );
}
