#!/usr/bin/env python3
"""Rebuild the trimmed industry-code CSVs from ../shared/data (the full sources are not in the repo).

Run from the repo root: python3 libs/catalog/data/industry-codes/trim-sources.py ../shared/data
"""
import csv
import os
import sys

SRC = sys.argv[1] if len(sys.argv) > 1 else '../shared/data'
OUT = os.path.dirname(os.path.abspath(__file__))


def trim(name, columns, keep=lambda row: True):
    with open(os.path.join(SRC, name), newline='', encoding='utf-8') as f:
        rows = [r for r in csv.DictReader(f) if keep(r)]
    with open(os.path.join(OUT, name), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(columns)
        for r in rows:
            w.writerow([r[c] for c in columns])
    print(name, len(rows))


# The whole SCIAN hierarchy is small (2,119 rows); the long NAICS descriptions are dropped, and only the
# manufacturing sectors 31-33 of NAICS are kept (the crosswalk covers manufacturing only).
trim('scian2018_catalog_es.csv', ['scian_code', 'level', 'titulo_es', 'parent_code'])
trim('naics_2017_codes_descriptions.csv', ['naics_code', 'title'],
     keep=lambda r: r['naics_code'][:2] in ('31', '32', '33'))
trim('scian2018_naics2017_manufacturing_crosswalk_derived.csv', ['scian2018_code', 'naics2017_code', 'match_basis'])
