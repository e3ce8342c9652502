/**
 * A strict little reader of the messages our mailers produce, for the specs only: mailparser is
 * not a dependency, and reading the MIME ourselves checks the bytes a mail client would get.
 * It throws on anything it does not expect instead of guessing.
 */
export interface EmlPart {
  headers: Map<string, string>;
  /** Decoded body, CRLF turned into LF. */
  body: string;
}

export interface ParsedEml {
  /** Lower-cased names; values unfolded but still RFC 2047 encoded. */
  headers: Map<string, string>;
  parts: EmlPart[];
}

export function parseEml(raw: string): ParsedEml {
  if (/(?<!\r)\n/.test(raw)) throw new Error('bare LF: RFC 5322 lines end with CRLF');
  const { headers, body } = splitEntity(raw);
  const contentType = required(headers, 'content-type');
  if (!contentType.startsWith('multipart/alternative;')) throw new Error(`not multipart/alternative: ${contentType}`);
  const boundary = /boundary="?([^";]+)"?/.exec(contentType)?.[1];
  if (!boundary) throw new Error(`no boundary in ${contentType}`);

  const closing = body.indexOf(`\r\n--${boundary}--`);
  if (closing < 0) throw new Error('no closing boundary');
  const segments = body.slice(0, closing).split(`--${boundary}\r\n`);
  // Text before the first boundary is the preamble; a part's trailing CRLF belongs to the next delimiter.
  const parts = segments.slice(1).map((segment) => decodePart(segment.replace(/\r\n$/, '')));
  return { headers, parts };
}

/** RFC 2047 encoded words (UTF-8, Q or B), including a subject folded over several lines. */
export function decodeWords(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_word, charset: string, encoding: string, text: string) => {
      if (charset.toLowerCase() !== 'utf-8') throw new Error(`unexpected charset ${charset}`);
      return encoding.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : qpBytes(text.replace(/_/g, ' ')).toString('utf8');
    });
}

function splitEntity(raw: string): { headers: Map<string, string>; body: string } {
  const end = raw.indexOf('\r\n\r\n');
  if (end < 0) throw new Error('no blank line after the headers');
  const headers = new Map<string, string>();
  for (const line of raw.slice(0, end).replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) throw new Error(`malformed header line: ${line}`);
    const name = line.slice(0, colon).toLowerCase();
    if (headers.has(name)) throw new Error(`header ${name} appears twice`);
    headers.set(name, line.slice(colon + 1).trim());
  }
  return { headers, body: raw.slice(end + 4) };
}

function decodePart(segment: string): EmlPart {
  const { headers, body } = splitEntity(segment);
  const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  const bytes =
    encoding === 'quoted-printable'
      ? qpBytes(body.replace(/=\r\n/g, ''))
      : encoding === 'base64'
        ? Buffer.from(body.replace(/\s+/g, ''), 'base64')
        : Buffer.from(body, 'utf8');
  return { headers, body: bytes.toString('utf8').replace(/\r\n/g, '\n') };
}

function qpBytes(text: string): Buffer {
  const bytes: number[] = [];
  for (let index = 0; index < text.length; index++) {
    if (text[index] === '=') {
      const hex = text.slice(index + 1, index + 3);
      if (!/^[0-9A-F]{2}$/i.test(hex)) throw new Error(`bad quoted-printable escape =${hex}`);
      bytes.push(parseInt(hex, 16));
      index += 2;
    } else {
      const code = text.charCodeAt(index);
      if (code > 0x7e) throw new Error('quoted-printable text must be ASCII');
      bytes.push(code);
    }
  }
  return Buffer.from(bytes);
}

function required(headers: Map<string, string>, name: string): string {
  const value = headers.get(name);
  if (value === undefined) throw new Error(`missing header ${name}`);
  return value;
}
