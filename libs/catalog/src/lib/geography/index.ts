export type {
  LandPort,
  LatLon,
  MunicipalityPointSource,
  MxLocality,
  MxMunicipality,
  MxState,
  UsZip,
} from './geography.types';
export { loadMxStates } from './mx-states.loader';
export { loadMxMunicipalities } from './mx-municipalities.loader';
export { loadMxLocalities } from './mx-localities.loader';
export { loadUsZips, findUsZip } from './us-zips.loader';
export { loadLandPorts, findLandPort } from './land-ports.loader';
export { resolveMxState } from './resolve-mx-state';
export { haversineKm } from './haversine-km';
export { normalizeName } from './normalize-name';
export { geocodeMexicanAddress } from './geocode-mexican-address';
export type { GeocodePrecision, MexicanAddressQuery, MexicanGeocode } from './geocode-mexican-address';
export { estimateTransit, DEFAULT_TRANSIT_ASSUMPTIONS } from './estimate-transit';
export type { TransitAssumptions, TransitEstimate, TransitQuery, TransitViaPort } from './estimate-transit';
export { parseCsvRecords } from './csv-parser';
export { searchMxPlaces, MX_PLACE_SEARCH_DEFAULT_LIMIT, MX_PLACE_SEARCH_MAX_LIMIT } from './search-mx-places';
export type { MxPlaceKind, MxPlaceMatch, MxPlaceSuggestion, SearchMxPlacesOptions } from './search-mx-places';
