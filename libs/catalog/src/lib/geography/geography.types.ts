export interface LatLon {
  lat: number;
  lon: number;
}

export interface MxState {
  /** INEGI two-digit code, e.g. "19". */
  code: string;
  name: string;
  abbreviation: string;
  /** Population-weighted centroid (INEGI-derived): a better "somewhere in this state" than the polygon centre. */
  centroid: LatLon;
  capitalName: string;
  capital: LatLon | null;
}

/** Where a municipality's point came from, best first. */
export type MunicipalityPointSource = 'seat' | 'seat-locality' | 'localities-mean' | 'polygon-centroid';

export interface MxMunicipality {
  stateCode: string;
  /** INEGI three-digit code within the state, e.g. "039". */
  code: string;
  name: string;
  seatName: string;
  /** The seat (cabecera) when known, else derived; null only when nothing is known. */
  point: LatLon | null;
  pointSource: MunicipalityPointSource | null;
}

export interface MxLocality {
  stateCode: string;
  municipalityCode: string;
  code: string;
  name: string;
  lat: number;
  lon: number;
  population: number | null;
}

export interface UsZip {
  zip: string;
  city: string;
  state: string;
  lat: number;
  lon: number;
}

export interface LandPort {
  /** BTS/CBP port code, e.g. "2304". */
  code: string;
  name: string;
  usState: string;
  lat: number;
  lon: number;
  /** Commercial trucks entering in 2021; null when the source figure is partial (Otay Mesa). */
  trucks2021: number | null;
  /** Named bridges the BTS port aggregates, e.g. Hidalgo includes Pharr-Reynosa. */
  crossings: string[];
}
