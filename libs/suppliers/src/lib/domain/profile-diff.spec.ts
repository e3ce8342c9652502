import { diffProfiles, jsonEqual } from './profile-diff';

describe('diffProfiles', () => {
  const published = {
    legalName: 'Maquinados del Bajío S.A. de C.V.',
    processes: ['proc.machining.cnc-machining', 'proc.stamping'],
    capacity: { monthly: 20000, unit: 'pieces', leadTimeDays: 15 },
    website: 'https://example.mx',
  };

  it('marks changed fields by deep equality, the proposed order first, then removed fields', () => {
    const proposed = {
      legalName: 'Maquinados del Bajío S.A. de C.V.',
      capacity: { unit: 'pieces', leadTimeDays: 10, monthly: 20000 },
      processes: ['proc.machining.cnc-machining', 'proc.stamping'],
      tradeName: 'MdB',
    };
    expect(diffProfiles(published, proposed)).toEqual([
      { field: 'legalName', published: published.legalName, proposed: proposed.legalName, changed: false },
      { field: 'capacity', published: published.capacity, proposed: proposed.capacity, changed: true },
      { field: 'processes', published: published.processes, proposed: proposed.processes, changed: false },
      { field: 'tradeName', published: null, proposed: 'MdB', changed: true },
      { field: 'website', published: 'https://example.mx', proposed: null, changed: true },
    ]);
  });

  it('ignores key order inside objects but not element order in arrays', () => {
    const rows = diffProfiles(published, { ...published, capacity: { leadTimeDays: 15, unit: 'pieces', monthly: 20000 }, processes: ['proc.stamping', 'proc.machining.cnc-machining'] });
    expect(rows.find((r) => r.field === 'capacity')?.changed).toBe(false);
    expect(rows.find((r) => r.field === 'processes')?.changed).toBe(true);
  });

  it('sees a change deep inside nested arrays of objects (a plant moved)', () => {
    const plants = [{ name: 'Celaya', point: { lat: 20.52, lon: -100.81 }, ports: [{ code: '2305', km: 839.8 }] }];
    const moved = [{ name: 'Celaya', point: { lat: 20.52, lon: -100.81 }, ports: [{ code: '2305', km: 839.9 }] }];
    expect(diffProfiles({ plants }, { plants: structuredClone(plants) })[0].changed).toBe(false);
    expect(diffProfiles({ plants }, { plants: moved })[0].changed).toBe(true);
  });

  it('treats missing, undefined and null as empty, and undefined-valued keys inside objects as absent', () => {
    const rows = diffProfiles({ website: null, capacity: { shifts: 2 } }, { website: undefined, tradeName: null, capacity: { shifts: 2, notes: undefined } });
    expect(rows.map((r) => [r.field, r.changed])).toEqual([
      ['website', false],
      ['tradeName', false],
      ['capacity', false],
    ]);
  });

  it('with nothing published, every non-empty proposed field is a change', () => {
    expect(diffProfiles(null, { legalName: 'Nueva S.A.', website: null })).toEqual([
      { field: 'legalName', published: null, proposed: 'Nueva S.A.', changed: true },
      { field: 'website', published: null, proposed: null, changed: false },
    ]);
  });

  it('distinguishes types JSON distinguishes', () => {
    expect(jsonEqual(0, '0')).toBe(false);
    expect(jsonEqual([], {})).toBe(false);
    expect(jsonEqual(false, null)).toBe(false);
    expect(jsonEqual([1, 2], [1, 2, 3])).toBe(false);
    expect(jsonEqual(new Date('2026-01-01T00:00:00Z'), new Date('2026-01-01T00:00:00Z'))).toBe(true);
    expect(jsonEqual(new Date('2026-01-01T00:00:00Z'), '2026-01-01T00:00:00.000Z')).toBe(false);
  });
});
