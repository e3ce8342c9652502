import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LandPortResponse } from '../api/api-client';
import type { SearchHit } from '../api/search';
import type { MapPoint, ResultsMapShapes } from './plant-map-geometry';

const WIDTH = 640;
const HEIGHT = 440;

// The same lazy chunk as the plant map (d3-geo and the atlas), loaded with the first map.
let geometry: Promise<typeof import('./plant-map-geometry')> | null = null;
const loadGeometry = () => (geometry ??= import('./plant-map-geometry'));

export interface MapDestination extends MapPoint {
  zip: string;
}

/**
 * The results on a map of Mexico and the US border, numbered like the list, with the land ports (the ones a
 * result's transit crosses are drawn larger) and the buyer's ZIP. Drawn offline from npm map data; its label
 * says in words what the picture shows.
 */
export function SearchMap({ hits, ports, destination }: { hits: SearchHit[]; ports: LandPortResponse[]; destination: MapDestination | null }) {
  const { t } = useTranslation('search');
  const [shapes, setShapes] = useState<ResultsMapShapes | null>(null);
  const hitKey = hits.map((hit) => (hit.location ? `${hit.location.lat},${hit.location.lon}` : '-')).join(';');
  const portKey = ports.map((port) => port.code).join(',');
  const destinationKey = destination ? `${destination.lat},${destination.lon}` : '';

  useEffect(() => {
    let current = true;
    void loadGeometry().then(({ resultsMapShapes }) => {
      if (current) setShapes(resultsMapShapes(WIDTH, HEIGHT, hits.map((hit) => hit.location), ports, destination));
    });
    return () => {
      current = false;
    };
    // Compared by positions and codes (the keys), not by the arrays' identity.
  }, [hitKey, portKey, destinationKey]);

  const used = new Set(hits.map((hit) => hit.transit?.portCode).filter(Boolean));
  const label = [
    t('map.label', { count: hits.length }),
    hits
      .map((hit, index) => (hit.location ? t('map.hit', { number: index + 1, name: hit.tradeName ?? hit.legalName ?? '', place: hit.location.municipality ?? hit.location.state }) : ''))
      .filter(Boolean)
      .join('; '),
    ports.length > 0 ? t('map.ports', { list: ports.map((port) => port.name).join(', ') }) : t('map.noPorts'),
    destination ? t('map.destination', { zip: destination.zip }) : '',
  ]
    .filter(Boolean)
    .join('. ');

  return (
    <figure style={{ margin: 0 }}>
      <svg role="img" aria-label={label} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" style={{ display: 'block', background: 'var(--mantine-color-blue-0)', borderRadius: 8 }} data-testid="search-map">
        {shapes && (
          <>
            <path d={shapes.us} fill="var(--mantine-color-gray-2)" stroke="var(--mantine-color-gray-6)" strokeWidth={0.8} />
            <path d={shapes.mexico} fill="var(--mantine-color-gray-0)" stroke="var(--mantine-color-gray-7)" strokeWidth={1} />
            {shapes.ports.map((point, index) => {
              const port = ports[index];
              if (!point || !port) return null;
              const crossed = used.has(port.code);
              const size = crossed ? 9 : 6;
              return (
                <g key={port.code}>
                  <rect x={point[0] - size / 2} y={point[1] - size / 2} width={size} height={size} fill="var(--mantine-color-white)" stroke="var(--mantine-color-gray-9)" strokeWidth={crossed ? 2 : 1.2} transform={`rotate(45 ${point[0]} ${point[1]})`} />
                  {crossed && (
                    <text x={point[0] + 8} y={point[1] - 6} fontSize={13} fill="var(--mantine-color-gray-9)" stroke="var(--mantine-color-white)" strokeWidth={3} paintOrder="stroke">
                      {port.name}
                    </text>
                  )}
                </g>
              );
            })}
            {shapes.destination && (
              <g>
                <circle cx={shapes.destination[0]} cy={shapes.destination[1]} r={6} fill="var(--mantine-color-blue-8)" stroke="var(--mantine-color-white)" strokeWidth={2} />
                <text x={shapes.destination[0] + 9} y={shapes.destination[1] + 4} fontSize={13} fontWeight={700} fill="var(--mantine-color-blue-9)" stroke="var(--mantine-color-white)" strokeWidth={3} paintOrder="stroke">
                  {destination?.zip}
                </text>
              </g>
            )}
            {/* Drawn last to first, so number 1 lies on top where dots overlap. */}
            {shapes.hits
              .map((point, index) => ({ point, number: index + 1 }))
              .reverse()
              .map(({ point, number }) =>
                point ? (
                  <g key={number}>
                    <circle cx={point[0]} cy={point[1]} r={10} fill="var(--mantine-color-red-9)" stroke="var(--mantine-color-white)" strokeWidth={1.5} />
                    <text x={point[0]} y={point[1] + 4} textAnchor="middle" fontSize={11} fontWeight={700} fill="var(--mantine-color-white)">
                      {number}
                    </text>
                  </g>
                ) : null,
              )}
          </>
        )}
      </svg>
      <figcaption style={{ fontSize: 'var(--mantine-font-size-xs)', color: 'var(--mantine-color-dimmed)', marginTop: 4 }}>{t('map.legend')}</figcaption>
    </figure>
  );
}
