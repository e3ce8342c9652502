#!/usr/bin/env python3
"""Rebuild the trimmed geography CSVs from ../shared/data (the full sources are not in the repo).

Run from the repo root: python3 libs/catalog/data/geography/trim-sources.py ../shared/data
"""
import csv
import os
import sys

SRC = sys.argv[1] if len(sys.argv) > 1 else '../shared/data'
OUT = os.path.dirname(os.path.abspath(__file__))


def trim(name, columns, keep=lambda row: True, extra=None):
    with open(os.path.join(SRC, name), newline='', encoding='utf-8') as f:
        rows = [r for r in csv.DictReader(f) if keep(r)]
    with open(os.path.join(OUT, name), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(columns + (list(extra) if extra else []))
        for r in rows:
            w.writerow([r[c] for c in columns] + ([f(r) for f in extra.values()] if extra else []))
    print(name, len(rows))


CROSSINGS = {
    'Laredo': 'World Trade Bridge;Colombia Solidarity Bridge',
    'Hidalgo': 'Pharr-Reynosa International Bridge',
    'El Paso': 'Bridge of the Americas (BOTA)',
    'Nogales': 'Mariposa',
}

trim('mx_states_inegi.csv', ['cve_ent', 'nom_ent', 'nom_abr_ent', 'pop_weighted_centroid_lat',
                             'pop_weighted_centroid_lon', 'capital_name', 'capital_lat', 'capital_lon'])
trim('mx_municipalities_inegi.csv', ['cve_ent', 'cve_mun', 'nom_mun', 'cve_cabecera', 'nom_cabecera',
                                     'cabecera_lat', 'cabecera_lon', 'polygon_centroid_lat', 'polygon_centroid_lon'])
trim('mx_localities_1000plus_inegi.csv', ['cve_entidad', 'cve_municipio', 'cve_localidad', 'nom_localidad',
                                          'latitud', 'longitud', 'poblacion_total'])
trim('us_zip_centroids_zipcodes_npm.csv', ['zip', 'city', 'state', 'latitude', 'longitude'])
# Commercial truck ports only: a numeric 2021 truck count, plus Otay Mesa whose 2021 figure is partial
# (11 months) but which is the Tijuana commercial crossing. San Ysidro has no trucks.
trim('us_mx_land_ports_bts.csv', ['port_code', 'port_name', 'us_state', 'latitude', 'longitude', 'trucks_2021'],
     lambda r: r['trucks_2021'].isdigit() or r['port_name'] == 'Otay Mesa',
     # Named crossings a BTS port aggregates (from the source's notes column and DOMAIN.md), so a user who
     # types "Pharr" or "World Trade Bridge" finds the port that carries its figures.
     {'crossings': lambda r: CROSSINGS.get(r['port_name'], '')})
