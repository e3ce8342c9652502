import type { LandPort, MxState } from '../geography/geography.types';
import { loadLandPorts } from '../geography/land-ports.loader';
import { loadMxStates } from '../geography/mx-states.loader';
import { referenceTable } from './reference-table';

/** Places: the catalog's geography loaders, column by column. */

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
