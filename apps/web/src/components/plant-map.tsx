import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlantResponse } from '../api/api-client';
import type { MapPoint, PlantMapShapes } from './plant-map-geometry';

// Same numbers as plant-map-geometry's MAP_WIDTH/MAP_HEIGHT; repeated so this file does not pull the atlas into the main bundle.
const WIDTH = 320;
const HEIGHT = 210;

// The atlas and d3-geo load on the first map, in their own chunk, and once for every map on the page.
let geometry: Promise<typeof import('./plant-map-geometry')> | null = null;
const loadGeometry = () => (geometry ??= import('./plant-map-geometry'));

// The API's nearest-port objects carry no coordinates today; a port is drawn only when it has them.
const located = <T extends object>(port: T): port is T & MapPoint =>
  'lat' in port && 'lon' in port && typeof port.lat === 'number' && typeof port.lon === 'number';

/** A small map of Mexico and the US border with the plant, and its nearest crossings when their positions are known. */
export function PlantMap({ plant }: { plant: Pick<PlantResponse, 'name' | 'lat' | 'lon' | 'nearestPorts'> }) {
  const { t } = useTranslation('suppliers');
  const [shapes, setShapes] = useState<PlantMapShapes | null>(null);
  const ports = plant.nearestPorts.filter(located);
  const portKey = ports.map((port) => `${port.lat},${port.lon}`).join(';');

  useEffect(() => {
    let current = true;
    void loadGeometry().then(({ plantMapShapes }) => {
      if (current) setShapes(plantMapShapes(plant, ports));
    });
    return () => {
      current = false;
    };
    // The ports are compared by their positions (portKey), not by the array's identity.
  }, [plant.lat, plant.lon, portKey]);

  const label =
    ports.length > 0
      ? t('plants.mapWithPorts', { name: plant.name, ports: ports.map((port) => port.portName).join(', ') })
      : t('plants.map', { name: plant.name });

  return (
    // Before the atlas arrives the box is already its final size, so nothing below it moves.
    <svg role="img" aria-label={label} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" style={{ maxWidth: WIDTH, display: 'block', background: 'var(--mantine-color-blue-0)', borderRadius: 4 }}>
      {shapes && (
        <>
          <path d={shapes.us} fill="var(--mantine-color-gray-2)" stroke="var(--mantine-color-gray-6)" strokeWidth={0.6} />
          <path d={shapes.mexico} fill="var(--mantine-color-gray-0)" stroke="var(--mantine-color-gray-7)" strokeWidth={0.8} />
          {shapes.ports.map(([x, y]) => (
            <circle key={`${x},${y}`} cx={x} cy={y} r={2.5} fill="var(--mantine-color-white)" stroke="var(--mantine-color-gray-9)" strokeWidth={1.2} />
          ))}
          {shapes.plant && <circle cx={shapes.plant[0]} cy={shapes.plant[1]} r={5} fill="var(--mantine-color-red-8)" stroke="var(--mantine-color-white)" strokeWidth={1.5} />}
        </>
      )}
    </svg>
  );
}
