import fc from 'fast-check';
import { checkRfc, maskRfc, normalizeRfc, rfcCheckDigit } from './rfc';

// An independent computation of SAT's check digit, written differently from rfc.ts on purpose: the value of
// each character is spelled out, and a persona moral gets the constant 481 (= value of the pad space, 37,
// times the first weight, 13) instead of a padded string.
function expectedCheckDigit(body: string): string {
  const value = (c: string): number => {
    if (c >= '0' && c <= '9') return c.charCodeAt(0) - 48;
    if (c >= 'A' && c <= 'N') return 10 + c.charCodeAt(0) - 65;
    if (c === '&') return 24;
    if (c >= 'O' && c <= 'Z') return 25 + c.charCodeAt(0) - 79;
    if (c === 'Ñ') return 38;
    throw new Error(c);
  };
  let sum = body.length === 11 ? 481 : 0;
  const firstWeight = body.length + 1;
  [...body].forEach((c, i) => (sum += value(c) * (firstWeight - i)));
  const r = 11 - (sum % 11);
  return r === 11 ? '0' : r === 10 ? 'A' : `${r}`;
}

describe('checkRfc', () => {
  // Published RFCs of public bodies and listed companies (on their invoices and SAT's own CFDI data), and
  // SAT's published test-certificate RFCs (EKU..., CACX..., XIQB...).
  it.each([
    ['SAT970701NN3', 'moral'], // Servicio de Administración Tributaria
    ['CFE370814QI0', 'moral'], // Comisión Federal de Electricidad
    ['IMS421231I45', 'moral'], // Instituto Mexicano del Seguro Social
    ['TME840315KT6', 'moral'], // Teléfonos de México
    ['NWM9709244W4', 'moral'], // Nueva Wal-Mart de México
    ['BIM011108DJ5', 'moral'], // Grupo Bimbo
    ['EKU9003173C9', 'moral'], // SAT test certificate
    ['CACX7605101P8', 'fisica'], // SAT test certificate
    ['XIQB891116QE4', 'fisica'], // SAT test certificate
  ])('accepts the real RFC %s as persona %s', (rfc, kind) => {
    expect(checkRfc(rfc)).toEqual({ valid: true, kind, issue: null, normalized: rfc, generic: false });
  });

  it('normalizes case, surrounding and separating whitespace, hyphens and a decomposed Ñ', () => {
    expect(checkRfc('  sat-970701-nn3 ').normalized).toBe('SAT970701NN3');
    expect(checkRfc('  sat-970701-nn3 ').valid).toBe(true);
    expect(normalizeRfc('an\u0303a')).toBe('AÑA');
  });

  it('accepts constructed RFCs of both kinds, with Ñ and &, whose check digit the test computes itself', () => {
    const bodies = ['MAB050315K2', 'ÑAB880101XY', 'A&B991231Z9', 'GOMC861009AB', 'PEÑA000229H1', 'ROAL7512319K'];
    for (const body of bodies) {
      const rfc = body + expectedCheckDigit(body);
      const result = checkRfc(rfc);
      expect({ rfc, ...result }).toMatchObject({ rfc, valid: true, kind: body.length === 11 ? 'moral' : 'fisica' });
    }
  });

  it('maps the check digits 10 and 11 to A and 0', () => {
    const found = { A: '', '0': '' };
    for (let n = 0; n < 400 && (!found.A || !found['0']); n++) {
      const body = `ABC9901${String(n % 28 + 1).padStart(2, '0')}${'0123456789'[n % 10]}${'ABCDEFGHJK'[Math.floor(n / 10) % 10]}`;
      const d = expectedCheckDigit(body);
      if (d === 'A') found.A ||= body;
      if (d === '0') found['0'] ||= body;
    }
    expect(found.A).not.toBe('');
    expect(found['0']).not.toBe('');
    expect(rfcCheckDigit(found.A)).toBe('A');
    expect(rfcCheckDigit(found['0'])).toBe('0');
    expect(checkRfc(`${found.A}A`).valid).toBe(true);
    expect(checkRfc(`${found['0']}0`).valid).toBe(true);
  });

  it('rejects a wrong check digit with issue check_digit, for both kinds', () => {
    expect(checkRfc('SAT970701NN4')).toMatchObject({ valid: false, kind: 'moral', issue: 'check_digit' });
    expect(checkRfc('CACX7605101P9')).toMatchObject({ valid: false, kind: 'fisica', issue: 'check_digit' });
    // A change in the name letters or the date also breaks it: the digit covers every character.
    expect(checkRfc('SAU970701NN3').issue).toBe('check_digit');
    expect(checkRfc('SAT970702NN3').issue).toBe('check_digit');
  });

  it.each([
    ['990230', 'a 30 February'],
    ['010229', '29 February of a non-leap year'],
    ['991301', 'month 13'],
    ['990001', 'month 00'],
    ['990100', 'day 00'],
    ['990431', '31 April'],
    ['991132', 'day 32'],
  ])('rejects the impossible date %s (%s) with issue date, for both kinds', (date) => {
    const moral = `ABC${date}XY`;
    const fisica = `ABCD${date}XY`;
    expect(checkRfc(moral + expectedCheckDigit(moral))).toMatchObject({ valid: false, kind: 'moral', issue: 'date' });
    expect(checkRfc(fisica + expectedCheckDigit(fisica))).toMatchObject({ valid: false, kind: 'fisica', issue: 'date' });
  });

  it('accepts 29 February of a leap year, including 2000 (YY 00)', () => {
    for (const body of ['ABC000229XY', 'ABC960229XY', 'ABCD040229XY']) {
      expect(checkRfc(body + expectedCheckDigit(body)).valid).toBe(true);
    }
  });

  it.each([
    ['', 'empty'],
    ['SAT970701NN', '11 characters'],
    ['SATX9707011NN3', '14 characters'],
    ['S4T970701NN3', 'a digit among the letters'],
    ['SA970701NN3X', 'two letters'],
    ['SAT97O701NN3', 'a letter O in the date'],
    ['SAT970701N-3', 'a hyphen inside the homoclave is removed, leaving 11 characters'],
    ['SAT970701NNB', 'a check digit that is neither 0-9 nor A'],
    ['SAT970701N_3', 'an underscore'],
    ['SAT 970701 NN3 X', 'a trailing extra part'],
  ])('rejects %j (%s) with issue format and no kind', (input) => {
    expect(checkRfc(input)).toMatchObject({ valid: false, kind: null, issue: 'format' });
  });

  it("rejects SAT's generic RFCs as a supplier's own RFC, with issue format and the generic flag", () => {
    expect(checkRfc('XAXX010101000')).toEqual({
      valid: false, kind: 'fisica', issue: 'format', normalized: 'XAXX010101000', generic: true,
    });
    expect(checkRfc('xexx010101000')).toMatchObject({ valid: false, issue: 'format', generic: true });
  });
});

describe('maskRfc', () => {
  it('keeps the letters and the last shownChars characters', () => {
    expect(maskRfc('ABC990101XY1', 3)).toBe('ABC******XY1');
    expect(maskRfc('ABCD990101XY1', 1)).toBe('ABCD********1');
    expect(maskRfc('ABC990101XY1', 0)).toBe('ABC*********');
    expect(maskRfc('AÑB990101XY1', 2)).toBe('AÑB*******Y1');
  });

  it('clamps shownChars to the length and treats nonsense as 0', () => {
    expect(maskRfc('ABC990101XY1', 99)).toBe('ABC990101XY1');
    expect(maskRfc('ABC990101XY1', -2)).toBe('ABC*********');
    expect(maskRfc('ABC990101XY1', Number.NaN)).toBe('ABC*********');
  });

  it('shows no prefix of something that is not RFC-shaped', () => {
    expect(maskRfc('HELLOWORLD', 2)).toBe('********LD');
  });
});

describe('RFC properties', () => {
  const letter = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZÑ&');
  const alnum = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789');
  const body = fc
    .record({
      letters: fc.array(letter, { minLength: 3, maxLength: 4 }),
      date: fc.date({ min: new Date('1930-01-01T00:00:00Z'), max: new Date('2029-12-31T00:00:00Z'), noInvalidDate: true }),
      homoclave: fc.array(alnum, { minLength: 2, maxLength: 2 }),
    })
    .map(({ letters, date, homoclave }) => letters.join('') + date.toISOString().slice(2, 10).replace(/-/g, '') + homoclave.join(''));

  it('every RFC with a real date and the right check digit is valid, of the kind its letter count says', () => {
    fc.assert(
      fc.property(body, (b) => {
        const result = checkRfc(b + expectedCheckDigit(b));
        expect(result).toMatchObject({ valid: true, issue: null, kind: b.length === 11 ? 'moral' : 'fisica' });
      }),
    );
  });

  it('exactly one of the eleven possible check digits is accepted', () => {
    fc.assert(
      fc.property(body, (b) => {
        const accepted = [...'0123456789A'].filter((d) => checkRfc(b + d).valid);
        expect(accepted).toEqual([expectedCheckDigit(b)]);
      }),
    );
  });

  it('the mask never shows the embedded date when at most the homoclave is revealed', () => {
    fc.assert(
      fc.property(body, fc.integer({ min: 0, max: 3 }), (b, shown) => {
        const rfc = b + expectedCheckDigit(b);
        const masked = maskRfc(rfc, shown);
        const letters = rfc.length - 9;
        expect(masked.slice(letters, letters + 6)).toBe('******');
        expect(masked).toHaveLength(rfc.length);
      }),
    );
  });
});
