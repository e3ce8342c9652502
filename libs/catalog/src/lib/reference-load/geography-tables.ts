import type { LandPort, MxLocality, MxMunicipality, MxState, UsZip } from '../geography/geography.types';
import { loadLandPorts } from '../geography/land-ports.loader';
import { loadMxLocalities } from '../geography/mx-localities.loader';
import { loadMxMunicipalities } from '../geography/mx-municipalities.loader';
import { loadMxStates } from '../geography/mx-states.loader';
import { loadUsZips } from '../geography/us-zips.loader';
import { referenceTable } from './reference-table';

/** Places: the catalog's geography loaders, column by column. States come before their municipalities. */

export const landPortsTable = referenceTable<LandPort>({
  table: 'catalog_land_ports',
  key: ['code'],
  items: loadLandPorts,
  columns: [
    { name: 'code', type: 'text', value: (port) => port.code },
    { name: 'name', type: 'text', value: (port) => port.name },
    { name: 'us_state', type: 'text', value: (port) => port.usState },
    { name: 'lat', type: 'double precision', value: (port) => port.lat },
    { name: 'lon', type: 'double precision', value: (port) => port.lon },
    { name: 'trucks_2021', type: 'integer', value: (port) => port.trucks2021 },
    { name: 'crossings', type: 'text[]', value: (port) => port.crossings },
  ],
});

export const mxStatesTable = referenceTable<MxState>({
  table: 'catalog_mx_states',
  key: ['code'],
  items: loadMxStates,
  columns: [
    { name: 'code', type: 'text', value: (state) => state.code },
    { name: 'name', type: 'text', value: (state) => state.name },
    { name: 'abbreviation', type: 'text', value: (state) => state.abbreviation },
    { name: 'lat', type: 'double precision', value: (state) => state.centroid.lat },
    { name: 'lon', type: 'double precision', value: (state) => state.centroid.lon },
  ],
});

export const mxMunicipalitiesTable = referenceTable<MxMunicipality>({
  table: 'catalog_mx_municipalities',
  key: ['state_code', 'code'],
  items: loadMxMunicipalities,
  columns: [
    { name: 'state_code', type: 'text', value: (municipality) => municipality.stateCode },
    { name: 'code', type: 'text', value: (municipality) => municipality.code },
    { name: 'name', type: 'text', value: (municipality) => municipality.name },
    { name: 'seat_name', type: 'text', value: (municipality) => municipality.seatName },
    { name: 'lat', type: 'double precision', value: (municipality) => municipality.point?.lat ?? null },
    { name: 'lon', type: 'double precision', value: (municipality) => municipality.point?.lon ?? null },
    { name: 'point_source', type: 'text', value: (municipality) => municipality.pointSource },
  ],
});

export const mxLocalitiesTable = referenceTable<MxLocality>({
  table: 'catalog_mx_localities',
  key: ['state_code', 'municipality_code', 'code'],
  items: loadMxLocalities,
  columns: [
    { name: 'state_code', type: 'text', value: (locality) => locality.stateCode },
    { name: 'municipality_code', type: 'text', value: (locality) => locality.municipalityCode },
    { name: 'code', type: 'text', value: (locality) => locality.code },
    { name: 'name', type: 'text', value: (locality) => locality.name },
    { name: 'lat', type: 'double precision', value: (locality) => locality.lat },
    { name: 'lon', type: 'double precision', value: (locality) => locality.lon },
    { name: 'population', type: 'integer', value: (locality) => locality.population },
  ],
});

export const usZipsTable = referenceTable<UsZip>({
  table: 'catalog_us_zips',
  key: ['zip'],
  items: () => loadUsZips().values(),
  columns: [
    { name: 'zip', type: 'text', value: (zip) => zip.zip },
    { name: 'city', type: 'text', value: (zip) => zip.city },
    { name: 'state', type: 'text', value: (zip) => zip.state },
    { name: 'lat', type: 'double precision', value: (zip) => zip.lat },
    { name: 'lon', type: 'double precision', value: (zip) => zip.lon },
  ],
});
