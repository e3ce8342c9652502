import {
  loadHsTables,
  loadLandPorts,
  loadMxLocalities,
  loadMxMunicipalities,
  loadMxStates,
  loadNaics,
  loadScian,
  loadScianNaicsCrosswalk,
  loadUsZips,
  referenceDataChanges,
  scianClassVocabularyMap,
  syncReferenceData,
  vocabulary,
  type ReferenceDataCounts,
} from '@puente/catalog';
import { dataSourceOptions } from '@puente/platform';
import { suiteDatabase, type SuiteDatabase } from '@puente/testing';
import { DataSource } from 'typeorm';

/** What the loaders hold: the tables must hold exactly as many rows. */
function expectedCounts(): Record<string, number> {
  const hs = loadHsTables();
  return {
    catalog_vocabulary: vocabulary().entries.length,
    catalog_land_ports: loadLandPorts().length,
    catalog_mx_states: loadMxStates().length,
    catalog_mx_municipalities: loadMxMunicipalities().length,
    catalog_mx_localities: loadMxLocalities().length,
    catalog_us_zips: loadUsZips().size,
    catalog_scian: loadScian().size,
    catalog_naics: loadNaics().size,
    catalog_scian_naics: loadScianNaicsCrosswalk().length,
    catalog_scian_vocabulary: [...scianClassVocabularyMap().values()].reduce((sum, matches) => sum + matches.length, 0),
    catalog_hs_sections: hs.sections.size,
    catalog_hs_chapters: hs.chapters.size,
    catalog_hs_subheadings: hs.subheadings.size,
  };
}

/** Only the tables where the sync did something, so a failure shows what changed. */
function changedTables(counts: ReferenceDataCounts): Record<string, { inserted: number; updated: number; deleted: number }> {
  return Object.fromEntries(
    Object.entries(counts)
      .filter(([, table]) => table.inserted + table.updated + table.deleted > 0)
      .map(([name, { inserted, updated, deleted }]) => [name, { inserted, updated, deleted }]),
  );
}

// The suite's database is a copy of the template that the real db:migrate loaded once per Jest run.
describe('reference data in PostgreSQL', () => {
  let database: SuiteDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await suiteDatabase();
    dataSource = new DataSource(dataSourceOptions({ url: database.url, applicationName: 'puente-test-reference', poolSize: 2 }));
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  const one = async <T>(sql: string, parameters: unknown[] = []): Promise<T> => ((await dataSource.query(sql, parameters)) as T[])[0];

  it('holds every row the loaders read, table by table', async () => {
    const expected = expectedCounts();
    const actual: Record<string, number> = {};
    for (const table of Object.keys(expected)) actual[table] = (await one<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).n;
    expect(actual).toEqual(expected);
    expect(actual['catalog_us_zips']).toBeGreaterThan(40_000);
  });

  it('has the known rows', async () => {
    expect(await one(`SELECT city, state, lat, lon FROM catalog_us_zips WHERE zip = '75201'`)).toEqual({ city: 'Dallas', state: 'TX', lat: 32.7904, lon: -96.8044 });
    expect(
      await one(`SELECT m.name, m.seat_name, m.point_source, s.name AS state FROM catalog_mx_municipalities m JOIN catalog_mx_states s ON s.code = m.state_code
                 WHERE m.state_code = '19' AND m.code = '039'`),
    ).toEqual({ name: 'Monterrey', seat_name: 'Monterrey', point_source: 'seat', state: 'Nuevo León' });
    expect(await one(`SELECT name FROM catalog_mx_localities WHERE state_code = '19' AND municipality_code = '039' AND code = '0001'`)).toEqual({ name: 'Monterrey' });
    expect(await one(`SELECT level, parent_code FROM catalog_scian WHERE code = '336370'`)).toEqual({ level: 'clase', parent_code: '33637' });
    expect(
      await dataSource.query(`SELECT x.naics_code, n.title, x.basis FROM catalog_scian_naics x JOIN catalog_naics n ON n.code = x.naics_code WHERE x.scian_code = '336370'`),
    ).toEqual([{ naics_code: '336370', title: 'Motor Vehicle Metal Stamping', basis: 'identical_6digit' }]);
    expect(await dataSource.query(`SELECT naics_code FROM catalog_scian_naics WHERE scian_code = '311110' ORDER BY naics_code`)).toEqual([
      { naics_code: '311111' },
      { naics_code: '311119' },
    ]);
    expect(await one(`SELECT basis, matched FROM catalog_scian_vocabulary WHERE scian_code = '336370' AND vocabulary_code = 'proc.stamping'`)).toEqual({ basis: 'title', matched: ['troqueladas', 'Metal Stamping'] });
    expect(await one(`SELECT basis, matched FROM catalog_scian_vocabulary WHERE scian_code = '311511' AND vocabulary_code = 'ind.food-beverage'`)).toEqual({ basis: 'group', matched: ['311'] });
    expect(
      await one(`SELECT h.description, c.code AS chapter, s.code AS section FROM catalog_hs_subheadings h
                 JOIN catalog_hs_chapters c ON c.code = h.chapter_code JOIN catalog_hs_sections s ON s.code = c.section_code WHERE h.code = '870899'`),
    ).toEqual({ description: 'Vehicle parts and accessories; n.e.c. in heading no. 8708', chapter: '87', section: 'XVII' });
  });

  it('leaves no row pointing at a parent that is not there', async () => {
    const orphans = await one<Record<string, number>>(`SELECT
      (SELECT count(*)::int FROM catalog_mx_localities l WHERE NOT EXISTS (SELECT 1 FROM catalog_mx_municipalities m WHERE (m.state_code, m.code) = (l.state_code, l.municipality_code))) AS localities,
      (SELECT count(*)::int FROM catalog_mx_municipalities m WHERE NOT EXISTS (SELECT 1 FROM catalog_mx_states s WHERE s.code = m.state_code)) AS municipalities,
      (SELECT count(*)::int FROM catalog_scian_naics x WHERE x.scian_code NOT IN (SELECT code FROM catalog_scian) OR x.naics_code NOT IN (SELECT code FROM catalog_naics)) AS crosswalk,
      (SELECT count(*)::int FROM catalog_scian_vocabulary v WHERE v.vocabulary_code NOT IN (SELECT code FROM catalog_vocabulary)) AS vocabulary,
      (SELECT count(*)::int FROM catalog_hs_subheadings h WHERE h.chapter_code NOT IN (SELECT code FROM catalog_hs_chapters)) AS subheadings`);
    expect(orphans).toEqual({ localities: 0, municipalities: 0, crosswalk: 0, vocabulary: 0, subheadings: 0 });
    // The keys are enforced, not just currently true: a dangling locality fails at commit (they are deferred).
    await expect(
      dataSource.transaction((manager) =>
        manager.query(`INSERT INTO catalog_mx_localities (state_code, municipality_code, code, name, lat, lon) VALUES ('19', '999', '0001', 'Nowhere', 25, -100)`),
      ),
    ).rejects.toThrow(/foreign key/);
  });

  /**
   * Where each row version is and which transaction last locked or replaced it. A rewrite moves the row
   * (new ctid) and a lock stamps the locker in xmax, so equal fingerprints mean the run only read.
   */
  const rowVersions = async (): Promise<Record<string, string>> => {
    const versions: Record<string, string> = {};
    for (const table of Object.keys(expectedCounts())) {
      versions[table] = (await one<{ md5: string }>(`SELECT md5(string_agg(ctid::text || ' ' || xmax::text, ',' ORDER BY ctid)) FROM ${table}`)).md5;
    }
    return versions;
  };

  it('changes nothing when run again, not even a row lock', async () => {
    const before = await rowVersions();
    const counts = await syncReferenceData(dataSource);
    expect(changedTables(counts)).toEqual({});
    expect(referenceDataChanges(counts)).toBe(0);
    expect(Object.fromEntries(Object.entries(counts).map(([table, { rows }]) => [table, rows]))).toEqual(expectedCounts());
    expect(await rowVersions()).toEqual(before);
  });

  it('puts back edited and deleted rows and removes rows the files do not have', async () => {
    await dataSource.query(`UPDATE catalog_us_zips SET city = 'Tampered' WHERE zip = '75201'`);
    await dataSource.query(`UPDATE catalog_land_ports SET crossings = '{}' WHERE name = 'Laredo'`);
    await dataSource.query(`UPDATE catalog_mx_localities SET population = NULL WHERE (state_code, municipality_code, code) = ('19', '039', '0001')`);
    await dataSource.query(`DELETE FROM catalog_scian_naics WHERE scian_code = '336370'`);
    await dataSource.query(`INSERT INTO catalog_us_zips (zip, city, state, lat, lon) VALUES ('00000', 'Nowhere', 'TX', 0, 0)`);
    // An extra municipality with a locality of its own: both go, in whichever order (the keys are deferred).
    await dataSource.query(`INSERT INTO catalog_mx_municipalities (state_code, code, name, seat_name) VALUES ('19', '999', 'Extra', 'Extra')`);
    await dataSource.query(`INSERT INTO catalog_mx_localities (state_code, municipality_code, code, name, lat, lon) VALUES ('19', '999', '0001', 'Extra', 25, -100)`);

    const counts = await syncReferenceData(dataSource);

    expect(changedTables(counts)).toEqual({
      catalog_us_zips: { inserted: 0, updated: 1, deleted: 1 },
      catalog_land_ports: { inserted: 0, updated: 1, deleted: 0 },
      catalog_mx_localities: { inserted: 0, updated: 1, deleted: 1 },
      catalog_mx_municipalities: { inserted: 0, updated: 0, deleted: 1 },
      catalog_scian_naics: { inserted: 1, updated: 0, deleted: 0 },
    });
    expect(await one(`SELECT city FROM catalog_us_zips WHERE zip = '75201'`)).toEqual({ city: 'Dallas' });
    expect(await one(`SELECT count(*)::int AS n FROM catalog_us_zips WHERE zip = '00000'`)).toEqual({ n: 0 });
    expect((await one<{ crossings: string[] }>(`SELECT crossings FROM catalog_land_ports WHERE name = 'Laredo'`)).crossings).toContain('World Trade Bridge');
    const monterrey = loadMxLocalities().find((locality) => locality.stateCode === '19' && locality.municipalityCode === '039' && locality.code === '0001');
    expect(await one(`SELECT population FROM catalog_mx_localities WHERE (state_code, municipality_code, code) = ('19', '039', '0001')`)).toEqual({ population: monterrey?.population });
    expect(await one(`SELECT basis FROM catalog_scian_naics WHERE scian_code = '336370'`)).toEqual({ basis: 'identical_6digit' });
    expect(await one(`SELECT count(*)::int AS n FROM catalog_mx_municipalities WHERE code = '999'`)).toEqual({ n: 0 });

    expect(referenceDataChanges(await syncReferenceData(dataSource))).toBe(0);
  });
});
