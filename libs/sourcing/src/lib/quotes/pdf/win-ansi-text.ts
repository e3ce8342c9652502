// PDFKit's standard fonts (Helvetica) encode text as WinAnsi: Latin-1 (every Spanish letter, ¿ ¡ ª º °)
// plus a few typographic marks. A character outside it would be written as raw bytes and print as
// garbage, so what a supplier or buyer typed is reduced to what the font can show.

/** The code points above Latin-1 that WinAnsi has (dashes, quotes, bullet, ellipsis, euro, trade mark...). */
const WIN_ANSI_EXTRAS = new Set([
  0x0152, 0x0153, 0x0160, 0x0161, 0x0178, 0x017d, 0x017e, 0x0192, 0x02c6, 0x02dc, 0x2013, 0x2014, 0x2018, 0x2019, 0x201a, 0x201c,
  0x201d, 0x201e, 0x2020, 0x2021, 0x2022, 0x2026, 0x2030, 0x2039, 0x203a, 0x20ac, 0x2122,
]);

const NARROW_NO_BREAK_SPACE = 0x202f;
const NO_BREAK_SPACE = '\u00a0';

/** Text the standard fonts print as written: NFC, Intl's narrow no-break space widened, the rest `?`. */
export function winAnsiText(text: string, keepNewlines = false): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    const code = char.codePointAt(0) ?? 0;
    if (code === 0x0a && keepNewlines) out += '\n';
    else if (code < 0x20 || (code >= 0x7f && code < 0xa0)) out += ' ';
    else if (code <= 0xff || WIN_ANSI_EXTRAS.has(code)) out += char;
    else if (code === NARROW_NO_BREAK_SPACE) out += NO_BREAK_SPACE;
    else out += '?';
  }
  return out;
}
