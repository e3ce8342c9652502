import { insideMexico } from '../../domain/plant-location';
import { MIN_JITTER_KM, type RealPlace, type RealRetcModel } from './real-retc-model';
import type { SeededRandom } from './seeded-random';

const KM_PER_DEGREE_LAT = 111.32;

/**
 * The `latitude, longitude, coords_valid` of a generated plant: a point drawn uniformly in a disc around
 * the real plant the row's place came from (or another real plant of its municipality, or its seat),
 * whose radius is the municipality's (see loadRealRetcModel). A share `invalidRate` of rows carry what
 * registers really contain instead, with `coords_valid` N, so the importer's geocoding is exercised:
 * no coordinates (the RETC's own failures), latitude and longitude swapped, or 0,0.
 */
export function plantPoint(place: RealPlace, model: RealRetcModel, random: SeededRandom, invalidRate: number): [string, string, string] {
  const municipality = model.municipalities.get(place.cvegeoMun);
  const centre = place.point ?? (municipality && municipality.centres.length > 0 ? random.pick(municipality.centres) : null);
  if (!centre || random.chance(invalidRate)) {
    const roll = random.next();
    if (!centre || roll < 0.6) return ['', '', 'N'];
    if (roll < 0.85) return [centre.lon.toFixed(6), centre.lat.toFixed(6), 'N'];
    return ['0', '0', 'N'];
  }
  const radiusKm = (municipality?.radiusKm ?? MIN_JITTER_KM) * Math.sqrt(random.next());
  const bearing = random.next() * 2 * Math.PI;
  const lat = centre.lat + (radiusKm / KM_PER_DEGREE_LAT) * Math.cos(bearing);
  const lon = centre.lon + (radiusKm / (KM_PER_DEGREE_LAT * Math.cos((centre.lat * Math.PI) / 180))) * Math.sin(bearing);
  // A coastal or border plant's disc can reach past the bounding box; its own point is then used.
  const point = insideMexico({ lat, lon }) ? { lat, lon } : centre;
  return [point.lat.toFixed(6), point.lon.toFixed(6), 'Y'];
}
