import type { SearchFilters } from '../search-engine';
import { andFilter, conceptExpression, filterExpressions, filterIn, filterString } from './meili-filter';

const NO_FILTERS: SearchFilters = { processes: [], materials: [], industries: [], certifications: [], states: [], verified: false };
const CERTS = new Set(['cert.iatf-16949', 'cert.iso-9001']);

describe('Meilisearch filter expressions', () => {
  it('quotes values, escaping backslashes and double quotes so hostile text stays one literal', () => {
    expect(filterString('proc.casting')).toBe('"proc.casting"');
    expect(filterString('a"b')).toBe('"a\\"b"');
    expect(filterString('back\\slash')).toBe('"back\\\\slash"');
    // A value trying to close the quote and add a clause of its own: every quote it has is escaped.
    const hostile = '19" OR verified = false OR stateCodes = "x\\';
    expect(filterString(hostile)).toBe('"19\\" OR verified = false OR stateCodes = \\"x\\\\"');
    expect(filterIn('stateCodes', ['19', hostile])).toBe(`stateCodes IN ["19", ${filterString(hostile)}]`);
  });

  it('has no expression without filters', () => {
    expect(filterExpressions(NO_FILTERS, '2026-12-07', CERTS)).toEqual([]);
    expect(andFilter([])).toBeUndefined();
  });

  it('requires every listed process (family codes included through processCodes), material and industry', () => {
    const expressions = filterExpressions(
      { ...NO_FILTERS, processes: ['proc.casting', 'proc.machining.cnc-machining'], materials: ['mat.aluminum'], industries: ['ind.automotive'] },
      '2026-12-07',
      CERTS,
    );
    expect(andFilter(expressions ?? [])).toBe(
      'processCodes = "proc.casting" AND processCodes = "proc.machining.cnc-machining" AND materials = "mat.aluminum" AND industries = "ind.automotive"',
    );
  });

  it('requires a certificate valid on asOf in any of its slots, as day numbers', () => {
    const [expression] = filterExpressions({ ...NO_FILTERS, certifications: ['cert.iatf-16949'] }, '2026-12-07', CERTS) ?? [];
    expect(expression).toBe(
      '((certValid_iatf_16949_0_from <= 20261207 AND certValid_iatf_16949_0_until >= 20261207) OR ' +
        '(certValid_iatf_16949_1_from <= 20261207 AND certValid_iatf_16949_1_until >= 20261207) OR ' +
        '(certValid_iatf_16949_2_from <= 20261207 AND certValid_iatf_16949_2_until >= 20261207) OR ' +
        '(certValid_iatf_16949_3_from <= 20261207 AND certValid_iatf_16949_3_until >= 20261207))',
    );
  });

  it('matches nothing (null) for a certification the index has no attribute for, rather than a filter error', () => {
    expect(filterExpressions({ ...NO_FILTERS, certifications: ['cert.iso-9001', 'cert.made-up" OR true'] }, '2026-12-07', CERTS)).toBeNull();
  });

  it('takes any listed state and only verified levels', () => {
    expect(filterExpressions({ ...NO_FILTERS, states: ['19', '05'], verified: true }, '2026-12-07', CERTS)).toEqual(['stateCodes IN ["19", "05"]', 'verified = true']);
  });

  it('lets a document in by any concept or SCIAN class', () => {
    expect(conceptExpression({ concepts: [], scianCodes: [] })).toBeNull();
    expect(conceptExpression({ concepts: ['proc.casting.die-casting', 'mat.aluminum'], scianCodes: [] })).toBe('concepts IN ["proc.casting.die-casting", "mat.aluminum"]');
    expect(conceptExpression({ concepts: ['proc.casting'], scianCodes: ['311110'] })).toBe('(concepts IN ["proc.casting"] OR scianCodes IN ["311110"])');
  });
});
