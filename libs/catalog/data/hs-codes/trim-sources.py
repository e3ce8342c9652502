#!/usr/bin/env python3
"""Rebuild the trimmed HS 2022 CSVs from ../shared/data (the full sources are not in the repo).

Run from the repo root: python3 libs/catalog/data/hs-codes/trim-sources.py ../shared/data
"""
import csv
import os
import shutil
import sys

SRC = sys.argv[1] if len(sys.argv) > 1 else '../shared/data'
OUT = os.path.dirname(os.path.abspath(__file__))

# Chapters (2 digits) and subheadings (6 digits) only; the parent column is implied by the code.
# Comtrade's "TOTAL" pseudo-section (99 / 9999 / 999999, "not specified according to kind") is not HS.
with open(os.path.join(SRC, 'hs2022_harmonized_system.csv'), newline='', encoding='utf-8') as f:
    rows = [r for r in csv.DictReader(f) if r['section'] != 'TOTAL' and r['level'] in ('2', '6')]
with open(os.path.join(OUT, 'hs2022_harmonized_system.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['hscode', 'section', 'description'])
    for r in rows:
        w.writerow([r['hscode'], r['section'], r['description']])
print('hs2022_harmonized_system.csv', len(rows))

shutil.copyfile(os.path.join(SRC, 'hs2022_sections.csv'), os.path.join(OUT, 'hs2022_sections.csv'))
print('hs2022_sections.csv copied')
