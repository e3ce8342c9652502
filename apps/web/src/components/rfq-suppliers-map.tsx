import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RfqInvitation } from '../api/rfqs';
import type { MapPoint, ResultsMapShapes } from './plant-map-geometry';

const WIDTH = 640;
const HEIGHT = 440;

// The same lazy chunk as the plant and search maps (d3-geo and the atlas).
let geometry: Promise<typeof import('./plant-map-geometry')> | null = null;
const loadGeometry = () => (geometry ??= import('./plant-map-geometry'));

/**
 * The invited suppliers' plants, numbered like the list, and the RFQ's delivery ZIP, on the search map's
 * projection. Its label says in words what the picture shows.
 */
export function RfqSuppliersMap({ invitations, destination }: { invitations: RfqInvitation[]; destination: (MapPoint & { zip: string }) | null }) {
  const { t } = useTranslation('rfqs');
  const [shapes, setShapes] = useState<ResultsMapShapes | null>(null);
  const pointKey = invitations.map((invitation) => (invitation.supplier.location ? `${invitation.supplier.location.lat},${invitation.supplier.location.lon}` : '-')).join(';');
  const destinationKey = destination ? `${destination.lat},${destination.lon}` : '';

  useEffect(() => {
    let current = true;
    void loadGeometry().then(({ resultsMapShapes }) => {
      if (current) setShapes(resultsMapShapes(WIDTH, HEIGHT, invitations.map((invitation) => invitation.supplier.location), [], destination));
    });
    return () => {
      current = false;
    };
    // Compared by positions (the keys), not by the arrays' identity.
  }, [pointKey, destinationKey]);

  const label = [
    t('invitations.mapLabel', { count: invitations.length }),
    invitations
      .map((invitation, index) => {
        const { location } = invitation.supplier;
        return location ? t('invitations.mapPoint', { number: index + 1, name: invitation.supplier.tradeName ?? invitation.supplier.legalName ?? '', place: location.municipality ?? location.state }) : '';
      })
      .filter(Boolean)
      .join('; '),
    destination ? t('invitations.mapDestination', { zip: destination.zip }) : '',
  ]
    .filter(Boolean)
    .join('. ');

  return (
    <figure style={{ margin: 0 }}>
      <svg role="img" aria-label={label} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" style={{ display: 'block', background: 'var(--mantine-color-blue-0)', borderRadius: 8 }} data-testid="rfq-suppliers-map">
        {shapes && (
          <>
            <path d={shapes.us} fill="var(--mantine-color-gray-2)" stroke="var(--mantine-color-gray-6)" strokeWidth={0.8} />
            <path d={shapes.mexico} fill="var(--mantine-color-gray-0)" stroke="var(--mantine-color-gray-7)" strokeWidth={1} />
            {shapes.destination && (
              <g>
                <circle cx={shapes.destination[0]} cy={shapes.destination[1]} r={6} fill="var(--mantine-color-blue-8)" stroke="var(--mantine-color-white)" strokeWidth={2} />
                <text x={shapes.destination[0] + 9} y={shapes.destination[1] + 4} fontSize={13} fontWeight={700} fill="var(--mantine-color-blue-9)" stroke="var(--mantine-color-white)" strokeWidth={3} paintOrder="stroke">
                  {destination?.zip}
                </text>
              </g>
            )}
            {/* Last to first, so number 1 lies on top where plants overlap. */}
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
      <figcaption style={{ fontSize: 'var(--mantine-font-size-xs)', color: 'var(--mantine-color-dimmed)', marginTop: 4 }}>{t('invitations.mapLegend')}</figcaption>
    </figure>
  );
}
