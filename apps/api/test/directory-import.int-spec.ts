import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { Readable } from 'node:stream';
import { dataSourceOptions } from '@puente/platform';
import { DirectoryFileRefused, DirectoryImportBusy, importDirectory, type ImportDirectoryOptions, type PublishedProfile } from '@puente/suppliers';
import { identityFactory, suiteDatabase, type SuiteDatabase } from '@puente/testing';
import { DataSource } from 'typeorm';
import { denueCsv, retcCsv, type RetcFixtureRow } from './support/directory-csv';

const DATA = resolve(__dirname, '../../../libs/suppliers/data/directory');

describe('importDirectory against PostgreSQL', () => {
  let database: SuiteDatabase;
  let dataSource: DataSource;

  const run = (csv: string, options: Partial<ImportDirectoryOptions> = {}) =>
    importDirectory(dataSource, Readable.from([csv]), { fileName: 'test.csv', ...options });
  const listingOf = async (registry: string, sourceId: string) =>
    (
      await dataSource.query(
        `SELECT p.id, p.state, p.organization_id, p.origin, p.published_data, p.draft_data, p.published_at, s.facts, s.merge, s.removed_at,
                s.plant_id, s.last_changed_at
           FROM directory_sources s JOIN supplier_profiles p ON p.id = s.profile_id
          WHERE s.registry = $1 AND s.source_id = $2`,
        [registry, sourceId],
      )
    )[0];
  /** Every row the import writes, with its xmin: equal snapshots prove nothing was written in between. */
  const snapshot = async () =>
    dataSource.query(`
      SELECT 'p' AS t, id::text AS id, xmin::text AS x FROM supplier_profiles WHERE origin = 'directory'
      UNION ALL SELECT 'l', id::text, xmin::text FROM supplier_plants WHERE organization_id IS NULL
      UNION ALL SELECT 's', registry || '/' || source_id, xmin::text FROM directory_sources
      ORDER BY 1, 2`);
  /** A listing is whole when its profile has its plant and a source; an import never leaves less. */
  const halfWritten = async () =>
    dataSource.query(`
      SELECT p.id FROM supplier_profiles p
       WHERE p.origin = 'directory' AND p.organization_id IS NULL
         AND (NOT EXISTS (SELECT 1 FROM supplier_plants l WHERE l.profile_id = p.id)
              OR NOT EXISTS (SELECT 1 FROM directory_sources s WHERE s.profile_id = p.id))`);

  beforeAll(async () => {
    database = await suiteDatabase();
    dataSource = await new DataSource(dataSourceOptions({ url: database.url, applicationName: 'directory-import-int-spec', entities: [] })).initialize();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('imports the two real registry files, then finds everything unchanged', async () => {
    const retc = await importDirectory(dataSource, createReadStream(`${DATA}/mx_retc_manufacturing_establishments_2013_2022.csv`), { fileName: 'retc.csv' });
    expect(retc).toMatchObject({ registry: 'RETC', format: 'retc', rows: 4455, inserted: 4455, updated: 0, unchanged: 0, removed: 0, merged: 0, bad: 0 });
    const denue = await importDirectory(dataSource, createReadStream(`${DATA}/mx_denue_manufacturing_istmo_oax_ver.csv`), { fileName: 'denue.csv' });
    expect(denue).toMatchObject({ registry: 'DENUE', format: 'denue', rows: 6883, inserted: 6862, merged: 21, bad: 0 });
    const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM supplier_profiles WHERE origin = 'directory' AND state = 'published'`);
    expect(count).toBe(4455 + 6862);
    expect(await halfWritten()).toEqual([]);

    const merged = await dataSource.query(`SELECT merge FROM directory_sources WHERE merge IS NOT NULL`);
    expect(merged).toHaveLength(21);
    for (const { merge } of merged) {
      expect(merge.withRegistry).toBe('RETC');
      expect(merge.distanceMeters).toBeLessThanOrEqual(1000);
      expect(merge.nameSimilarity).toBeGreaterThanOrEqual(0.5);
    }

    const before = await snapshot();
    const again = await importDirectory(dataSource, createReadStream(`${DATA}/mx_denue_manufacturing_istmo_oax_ver.csv`), { fileName: 'denue.csv' });
    expect(again).toMatchObject({ rows: 6883, inserted: 0, updated: 0, unchanged: 6883, removed: 0, merged: 0, bad: 0 });
    expect(await snapshot()).toEqual(before);
    // Three imports of the real files: about 10 s alone, 30 s on this 2-core machine under a full run.
  }, 120_000);

  it('makes each row a published, unclaimed listing with its optional columns mapped (the README example file)', async () => {
    const report = await importDirectory(dataSource, createReadStream(`${DATA}/example-retc.csv`), { fileName: 'example-retc.csv', registry: 'EXAMPLE' });
    expect(report).toMatchObject({ rows: 4, inserted: 4, bad: 0 });
    const listing = await listingOf('EXAMPLE', 'EJM0000001');
    expect(listing).toMatchObject({ state: 'published', organization_id: null, origin: 'directory', merge: null, removed_at: null });
    const published: PublishedProfile = listing.published_data;
    expect(published).toMatchObject({
      legalName: 'Maquinados del Bajío SA de CV',
      tradeName: 'Planta Irapuato',
      rfc: 'MBA980312JK4',
      website: 'https://www.maquinadosbajio.mx',
      yearFounded: 1998,
      languages: ['es'],
      description: { es: 'Maquinado CNC de piezas de aluminio 6061', en: null },
      certifications: [],
      declaredCertifications: ['cert.iso-9001', 'cert.iatf-16949'],
    });
    expect(published.processes).toEqual(expect.arrayContaining(['proc.machining.cnc-machining', 'proc.stamping', 'proc.plastics.injection-molding']));
    expect(published.materials).toEqual(expect.arrayContaining(['mat.aluminum-6061', 'mat.stainless-steel']));
    expect(published.industries).toEqual(expect.arrayContaining(['ind.industrial-machinery', 'ind.automotive']));
    expect(published.plants).toHaveLength(1);
    expect(published.plants[0]).toMatchObject({ id: listing.plant_id, precision: 'point', stateCode: '11', municipalityCode: '017' });
    const { plants: _plants, certifications: _certs, declaredCertifications: _declared, ...fields } = published;
    expect(listing.draft_data).toEqual(fields);
    const [plant] = await dataSource.query(`SELECT profile_id, organization_id, name, precision FROM supplier_plants WHERE id = $1`, [listing.plant_id]);
    expect(plant).toEqual({ profile_id: listing.id, organization_id: null, name: 'Planta Irapuato', precision: 'point' });

    const geocoded = await listingOf('EXAMPLE', 'EJM0000002');
    expect(geocoded.published_data.plants[0]).toMatchObject({ precision: 'municipality', stateCode: '19', municipalityCode: '006' });
    expect(geocoded.published_data.plants[0].nearestPorts.map((port: { portName: string }) => port.portName)).toHaveLength(3);

    const [run] = await dataSource.query(`SELECT status, dry_run, counts FROM directory_imports WHERE id = $1`, [report.importId]);
    expect(run).toMatchObject({ status: 'completed', dry_run: false, counts: { rows: 4, inserted: 4 } });
  });

  it('maps a DENUE file: the employee band from per_ocu, the website from www', async () => {
    const report = await run(
      denueCsv([
        { id: '900001', name: 'TALLER EL TORNO', lat: '20.66', lon: '-101.34', perOcu: '251 y más personas', www: 'WWW.ELTORNO.COM.MX' },
        { id: '900002', name: 'HERRERIA LUNA', legalName: 'HERRERIA LUNA SA DE CV', lat: '20.70', lon: '-101.30', perOcu: '0 a 5 personas', scian: '332320', activity: 'Fabricación de productos de herrería' },
      ]),
      { registry: 'DENUE-T' },
    );
    expect(report).toMatchObject({ format: 'denue', inserted: 2, bad: 0 });
    expect((await listingOf('DENUE-T', '900001')).published_data).toMatchObject({ employeeBand: '201-500', website: 'https://www.eltorno.com.mx', legalName: 'TALLER EL TORNO' });
    expect((await listingOf('DENUE-T', '900002')).published_data).toMatchObject({ employeeBand: '1-10', legalName: 'HERRERIA LUNA SA DE CV', tradeName: 'HERRERIA LUNA' });
  });

  describe('a registry file imported again', () => {
    const rows: RetcFixtureRow[] = [
      { nra: 'IDEM-1', name: 'Idem Uno SA de CV', lat: '20.61', lon: '-101.31' },
      { nra: 'IDEM-2', name: 'Idem Dos SA de CV', lat: '20.62', lon: '-101.32' },
      { nra: 'IDEM-3', name: 'Idem Tres SA de CV', lat: '20.63', lon: '-101.33' },
    ];

    it('writes nothing when nothing changed, updates a row edited upstream, removes and restores rows', async () => {
      expect(await run(retcCsv(rows), { registry: 'IDEM' })).toMatchObject({ inserted: 3 });
      const before = await snapshot();
      expect(await run(retcCsv(rows), { registry: 'IDEM' })).toMatchObject({ rows: 3, inserted: 0, updated: 0, unchanged: 3, removed: 0, merged: 0 });
      expect(await snapshot()).toEqual(before);

      const edited = rows.map((row) => (row.nra === 'IDEM-2' ? { ...row, activity: 'Troquelado de lámina de acero' } : row));
      expect(await run(retcCsv(edited), { registry: 'IDEM' })).toMatchObject({ updated: 1, unchanged: 2 });
      const listing = await listingOf('IDEM', 'IDEM-2');
      expect(listing.published_data.description.es).toBe('Troquelado de lámina de acero');
      expect(listing.published_data.processes).toContain('proc.stamping');
      expect(listing.draft_data.processes).toContain('proc.stamping');
      expect(listing.facts.activityText).toBe('Troquelado de lámina de acero');

      expect(await run(retcCsv(edited.slice(0, 2)), { registry: 'IDEM' })).toMatchObject({ unchanged: 2, removed: 1 });
      const removed = await listingOf('IDEM', 'IDEM-3');
      expect(removed.state).toBe('withdrawn');
      expect(removed.removed_at).not.toBeNull();

      expect(await run(retcCsv(edited), { registry: 'IDEM' })).toMatchObject({ updated: 1, unchanged: 2, removed: 0 });
      const restored = await listingOf('IDEM', 'IDEM-3');
      expect(restored).toMatchObject({ state: 'published', removed_at: null });
    });

    it('never overwrites a claimed listing, but records the new facts on its source', async () => {
      await run(retcCsv(rows), { registry: 'CLAIM' });
      const listing = await listingOf('CLAIM', 'IDEM-1');
      const organization = await identityFactory(dataSource).organization({ kind: 'supplier' });
      const ownerData = { ...listing.published_data, legalName: 'Nombre del Dueño SA de CV', description: { es: 'Texto del dueño', en: null } };
      await dataSource.query(`UPDATE supplier_profiles SET organization_id = $2, published_data = $3, draft_data = $3 WHERE id = $1`, [listing.id, organization.id, ownerData]);
      await dataSource.query(`UPDATE supplier_plants SET organization_id = $2, name = 'Planta del dueño' WHERE id = $1`, [listing.plant_id, organization.id]);

      const changed = rows.map((row) => (row.nra === 'IDEM-1' ? { ...row, name: 'Idem Uno Renombrada SA de CV', activity: 'Fundición de aluminio' } : row));
      expect(await run(retcCsv(changed), { registry: 'CLAIM' })).toMatchObject({ updated: 1, unchanged: 2 });
      const after = await listingOf('CLAIM', 'IDEM-1');
      expect(after.published_data).toEqual(ownerData);
      expect(after.draft_data).toEqual(ownerData);
      expect(after.facts).toMatchObject({ legalName: 'Idem Uno Renombrada SA de CV', activityText: 'Fundición de aluminio' });
      const [plant] = await dataSource.query(`SELECT name FROM supplier_plants WHERE id = $1`, [listing.plant_id]);
      expect(plant.name).toBe('Planta del dueño');

      // Dropped by its registry, a claimed listing stays the owner's and stays published.
      expect(await run(retcCsv(changed.slice(1)), { registry: 'CLAIM' })).toMatchObject({ removed: 1 });
      expect(await listingOf('CLAIM', 'IDEM-1')).toMatchObject({ state: 'published', published_data: ownerData });
    });
  });

  it('skips bad rows, naming line, id, field and reason, and imports the rest', async () => {
    const csv = [
      'nra,razon_social,establecimiento,scian_code,principal_actividad_productiva,latitude,longitude,cve_ent,municipio',
      'BAD-OK,Buena SA de CV,Buena,332710,Maquinado,20.6,-101.3,11,Irapuato',
      ',Sin Clave SA,Sin Clave,332710,Maquinado,20.6,-101.3,11,Irapuato',
      'BAD-COORD,Mala SA,Mala,332710,Maquinado,veinte,-101.3,11,Irapuato',
      'BAD-SCIAN,Otra SA,Otra,999999,Maquinado,20.6,-101.3,11,Irapuato',
      'BAD-COLS,Corta SA,Corta,332710,Maquinado,20.6,-101.3,11',
      '"BAD-MULTI","Varias',
      'líneas SA",Varias,332710,Maquinado,20.6,-101.3,11,Irapuato',
      'BAD-OK,Repetida SA,Repetida,332710,Maquinado,20.6,-101.3,11,Irapuato',
    ].join('\n');
    const report = await run(csv, { registry: 'BAD' });
    expect(report).toMatchObject({ rows: 7, inserted: 2, bad: 5 });
    expect(report.badRows).toEqual([
      { line: 3, sourceId: null, field: 'nra', reason: 'missing_id: the row has no id' },
      { line: 4, sourceId: 'BAD-COORD', field: 'latitude', reason: 'bad_coordinates: latitude "veinte" is not a number' },
      { line: 5, sourceId: 'BAD-SCIAN', field: 'scian_code', reason: 'unknown_scian: "999999" is not a SCIAN 2018 manufacturing class' },
      { line: 6, sourceId: 'BAD-COLS', field: 'row', reason: 'wrong_column_count: expected 9 columns, found 8' },
      { line: 9, sourceId: 'BAD-OK', field: 'nra', reason: 'duplicate_id: the id appears earlier in the file' },
    ]);
    const [stored] = await dataSource.query(`SELECT bad_rows, counts FROM directory_imports WHERE id = $1`, [report.importId]);
    expect(stored.bad_rows).toHaveLength(5);
    expect(stored.counts).toMatchObject({ bad: 5, inserted: 2 });
    // A bad row still names a plant its registry has: the next import does not count it as removed.
    expect(await run(csv, { registry: 'BAD' })).toMatchObject({ unchanged: 2, removed: 0, bad: 5 });
  });

  it('refuses a file with a wrong header before writing anything', async () => {
    const before = await dataSource.query(`SELECT (SELECT count(*) FROM directory_imports) AS imports, (SELECT count(*) FROM directory_sources) AS sources`);
    const wrong = 'nra,razon_social,establecimiento,scian_code,latitude,longitude,cve_ent,municipio,materials\nX1,A,A,332710,20.6,-101.3,11,Irapuato,acero\n';
    await expect(run(wrong, { registry: 'WRONG' })).rejects.toBeInstanceOf(DirectoryFileRefused);
    await expect(run(wrong, { registry: 'WRONG' })).rejects.toThrow(/missing required column\(s\): principal_actividad_productiva; unknown column\(s\): "materials"/);
    await expect(run('id,name\n1,A\n')).rejects.toThrow(/cannot tell the format/);
    await expect(run('')).rejects.toThrow(/the file is empty/);
    await expect(run(denueCsv([]), { format: 'retc' })).rejects.toThrow(/does not fit the retc format/);
    expect(await dataSource.query(`SELECT (SELECT count(*) FROM directory_imports) AS imports, (SELECT count(*) FROM directory_sources) AS sources`)).toEqual(before);
  });

  it('refuses to run beside another import of the same registry, writing nothing', async () => {
    const holder = dataSource.createQueryRunner();
    await holder.connect();
    try {
      await holder.query(`SELECT pg_advisory_lock(hashtext('directory-import:BUSY'))`);
      const csv = retcCsv([{ nra: 'BUSY-1', name: 'Ocupada SA' }]);
      await expect(run(csv, { registry: 'BUSY' })).rejects.toBeInstanceOf(DirectoryImportBusy);
      expect(await dataSource.query(`SELECT 1 FROM directory_imports WHERE registry = 'BUSY'`)).toEqual([]);
      // Another registry is not held up.
      expect(await run(retcCsv([{ nra: 'FREE-1', name: 'Libre SA', lat: '20.2', lon: '-101.2' }]), { registry: 'OTHER-BUSY' })).toMatchObject({ inserted: 1 });
      await holder.query(`SELECT pg_advisory_unlock(hashtext('directory-import:BUSY'))`);
      expect(await run(csv, { registry: 'BUSY' })).toMatchObject({ inserted: 1 });
    } finally {
      await holder.release();
    }
  });

  it('leaves only whole listings when interrupted mid-file, and a re-run completes the import', async () => {
    const rows: RetcFixtureRow[] = Array.from({ length: 7 }, (_, i) => ({ nra: `INT-${i}`, name: `Interrumpida ${i} SA de CV`, lat: `20.6${i}`, lon: '-101.2' }));
    let batches = 0;
    const failing = run(retcCsv(rows), {
      registry: 'INT',
      batchSize: 2,
      onListingsChanged: async (_manager, ids) => {
        batches += 1;
        expect(ids).toHaveLength(2);
        if (batches === 3) throw new Error('the index is down');
      },
    });
    await expect(failing).rejects.toThrow('the index is down');
    const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM directory_sources WHERE registry = 'INT'`);
    expect(count).toBe(4); // two batches committed, the third rolled back with its listings
    expect(await halfWritten()).toEqual([]);
    const [failed] = await dataSource.query(`SELECT status, counts FROM directory_imports WHERE registry = 'INT'`);
    expect(failed).toMatchObject({ status: 'failed', counts: { inserted: 4 } });

    expect(await run(retcCsv(rows), { registry: 'INT', batchSize: 2 })).toMatchObject({ inserted: 3, unchanged: 4, removed: 0 });
    expect(await halfWritten()).toEqual([]);
  });

  describe('the cross-registry merge rule', () => {
    // One RETC-shaped plant in Irapuato; DENUE-shaped rows around it.
    const lat = 20.5;
    const lon = -101.1;
    beforeAll(async () => {
      await run(
        retcCsv([
          { nra: 'MRG-1', name: 'Aceros del Golfo SA de CV', tradeName: 'Aceros del Golfo Planta Irapuato', lat: `${lat}`, lon: `${lon}`, processes: 'soldadura MIG' },
          { nra: 'MRG-2', name: 'Forjas Bajío SA de CV', lat: `${lat + 0.2}`, lon: `${lon}`, rfc: 'MBA980312JK4' },
        ]),
        { registry: 'MRG-A' },
      );
    });

    it('attaches a similar name within 1 km to the listing, with the merge shown and the concepts united', async () => {
      const report = await run(
        denueCsv([
          { id: 'M-NEAR', name: 'ACEROS DEL GOLFO', legalName: 'ACEROS DEL GOLFO S.A. DE C.V.', lat: `${lat + 0.004}`, lon: `${lon}`, activity: 'Troquelado de lámina', perOcu: '51 a 100 personas' },
          { id: 'M-FAR', name: 'ACEROS DEL GOLFO', lat: `${lat + 0.05}`, lon: `${lon}` },
          { id: 'M-OTHER', name: 'PANADERIA LA ESPIGA', lat: `${lat + 0.001}`, lon: `${lon}` },
          { id: 'M-RFC', name: 'FORJAS BAJIO', legalName: 'FORJAS BAJIO SA DE CV', lat: `${lat + 0.2}`, lon: `${lon + 0.001}`, rfc: 'SAT970701NN3' },
        ]),
        { registry: 'MRG-B' },
      );
      expect(report).toMatchObject({ inserted: 3, merged: 1 });
      const retc = await listingOf('MRG-A', 'MRG-1');
      const near = await listingOf('MRG-B', 'M-NEAR');
      expect(near.id).toBe(retc.id);
      expect(near.merge).toEqual({ withRegistry: 'MRG-A', withSourceId: 'MRG-1', nameSimilarity: 1, distanceMeters: 445 });
      expect(near.published_data).toMatchObject({ legalName: 'Aceros del Golfo SA de CV', employeeBand: '51-200' });
      expect(near.published_data.processes).toEqual(expect.arrayContaining(['proc.welding.mig-welding', 'proc.stamping']));
      for (const id of ['M-FAR', 'M-OTHER', 'M-RFC']) expect((await listingOf('MRG-B', id)).id).not.toBe(retc.id);
      expect((await listingOf('MRG-B', 'M-RFC')).id).not.toBe((await listingOf('MRG-A', 'MRG-2')).id);

      // The merged source leaves: the listing keeps only its own registry's concepts.
      expect(await run(denueCsv([]), { registry: 'MRG-B' })).toMatchObject({ removed: 4 });
      const alone = await listingOf('MRG-A', 'MRG-1');
      expect(alone.state).toBe('published');
      expect(alone.published_data.processes).not.toContain('proc.stamping');
      expect(alone.published_data.employeeBand).toBeNull();
    });

    it('never merges two rows of one registry, however alike', async () => {
      const report = await run(
        retcCsv([
          { nra: 'SAME-1', name: 'Tornillos Unidos SA de CV', lat: '20.4', lon: '-101.0' },
          { nra: 'SAME-2', name: 'Tornillos Unidos SA de CV', lat: '20.4001', lon: '-101.0' },
        ]),
        { registry: 'SAME' },
      );
      expect(report).toMatchObject({ inserted: 2, merged: 0 });
      expect((await listingOf('SAME', 'SAME-1')).id).not.toBe((await listingOf('SAME', 'SAME-2')).id);
    });
  });

  it('computes the counts of a dry run and writes nothing but its directory_imports row', async () => {
    await run(retcCsv([{ nra: 'DRY-1', name: 'Seca Uno SA', lat: '20.3', lon: '-101.0' }]), { registry: 'DRY' });
    const before = await snapshot();
    const report = await run(
      retcCsv([
        { nra: 'DRY-2', name: 'Seca Dos SA', lat: '20.31', lon: '-101.0' },
        { nra: 'DRY-3', name: 'Seca Tres SA', lat: '20.32', lon: '-101.0' },
      ]),
      { registry: 'DRY', dryRun: true },
    );
    expect(report).toMatchObject({ dryRun: true, inserted: 2, removed: 1 });
    expect(await snapshot()).toEqual(before);
    const [run_] = await dataSource.query(`SELECT dry_run, status, counts FROM directory_imports WHERE id = $1`, [report.importId]);
    expect(run_).toMatchObject({ dry_run: true, status: 'completed', counts: { inserted: 2, removed: 1 } });
  });
});
