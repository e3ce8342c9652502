import { geoConicConformal, geoPath } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
// Natural Earth at 1:110m: about 100 KB, plenty for a card-sized map. Loaded only with this module (see plant-map.tsx).
import atlas from 'world-atlas/countries-110m.json';

export const MAP_WIDTH = 320;
export const MAP_HEIGHT = 210;

/** A place to mark, in degrees. */
export interface MapPoint {
  lat: number;
  lon: number;
}

export interface PlantMapShapes {
  mexico: string;
  us: string;
  plant: [number, number] | null;
  ports: Array<[number, number]>;
}

// ISO 3166-1 numeric codes, which world-atlas uses as feature ids.
const MEXICO = '484';
const UNITED_STATES = '840';

// The JSON's inferred literal type is not TopoJSON's; its shape is world-atlas's documented one.
const topology = atlas as unknown as Parameters<typeof feature>[0];
const countries = feature(topology, topology.objects['countries']);
const country = (id: string) => {
  if (!('features' in countries)) throw new Error('world-atlas countries is not a collection');
  const found = countries.features.find((candidate) => String(candidate.id) === id);
  if (!found) throw new Error(`world-atlas has no country ${id}`);
  return found;
};
const mexico = country(MEXICO);
const us = country(UNITED_STATES);

// INEGI's Lambert conformal conic for Mexico (standard parallels 17.5° and 29.5°, central meridian 102° W), so
// the country keeps the shape Mexican readers know. Fitted to Mexico with a wider top margin for the US border region;
// the clip keeps the US outline to what shows, so the path stays small.
const projection = geoConicConformal()
  .parallels([17.5, 29.5])
  .rotate([102, 0])
  .fitExtent(
    [
      [6, 34],
      [MAP_WIDTH - 6, MAP_HEIGHT - 6],
    ],
    mexico,
  )
  .clipExtent([
    [0, 0],
    [MAP_WIDTH, MAP_HEIGHT],
  ]);
const path = geoPath(projection);
// The country outlines do not depend on the plant: draw them once.
const mexicoPath = path(mexico) ?? '';
const usPath = path(us) ?? '';

const project = ({ lat, lon }: MapPoint): [number, number] | null => projection([lon, lat]);

/** The outlines and the screen positions of a plant and its crossings, in a MAP_WIDTH × MAP_HEIGHT box. */
export function plantMapShapes(plant: MapPoint, ports: MapPoint[]): PlantMapShapes {
  return {
    mexico: mexicoPath,
    us: usPath,
    plant: project(plant),
    ports: ports.map(project).filter((point): point is [number, number] => point !== null),
  };
}

export interface ResultsMapShapes {
  mexico: string;
  us: string;
  /** Each result's screen position, in the results' order (null when it has no plant or falls outside the box). */
  hits: Array<[number, number] | null>;
  ports: Array<[number, number] | null>;
  destination: [number, number] | null;
}

/**
 * The search results' map: the same projection as the plant map, fitted to Mexico and to whatever else must
 * show (the ports and the buyer's ZIP, which may lie well north of the border), in a width × height box.
 */
export function resultsMapShapes(width: number, height: number, hits: Array<MapPoint | null>, ports: MapPoint[], destination: MapPoint | null): ResultsMapShapes {
  const extra = [...ports, ...(destination ? [destination] : [])];
  const fitted: FeatureCollection = {
    type: 'FeatureCollection',
    features: [
      mexico,
      ...(extra.length > 0 ? [{ type: 'Feature' as const, properties: {}, geometry: { type: 'MultiPoint' as const, coordinates: extra.map((point) => [point.lon, point.lat]) } }] : []),
    ],
  };
  const results = geoConicConformal()
    .parallels([17.5, 29.5])
    .rotate([102, 0])
    .fitExtent(
      [
        [12, 16],
        [width - 12, height - 12],
      ],
      fitted,
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
  const draw = geoPath(results);
  const at = ({ lat, lon }: MapPoint) => results([lon, lat]);
  return { mexico: draw(mexico) ?? '', us: draw(us) ?? '', hits: hits.map((hit) => (hit ? at(hit) : null)), ports: ports.map(at), destination: destination ? at(destination) : null };
}
