// A small flow layout over PDFKit: headings, label/value rows, paragraphs and tables that break across
// pages (a table repeats its header on the new page), then "n / N" footers once every page exists.
import { winAnsiText } from './win-ansi-text';

const REGULAR = 'Helvetica';
const BOLD = 'Helvetica-Bold';
const BODY_SIZE = 9;
const CELL_PADDING = 4;
const INK = '#1a1a1a';
const MUTED = '#5c5c5c';
const RULE = '#c8c8c8';
const HEADER_FILL = '#ececec';
const BANNER_FILL = '#b3261e';

/** US Letter (the buyer's paper) with 0.75 in margins. */
export const PAGE_OPTIONS = { size: 'LETTER', margins: { top: 54, bottom: 54, left: 54, right: 54 } } as const;

export interface TableColumn {
  header: string;
  width: number;
  align?: 'left' | 'right';
}

export interface TableRow {
  cells: string[];
  strong?: boolean;
  muted?: boolean;
}

export class PdfLayout {
  constructor(private readonly doc: PDFKit.PDFDocument) {
    doc.font(REGULAR).fontSize(BODY_SIZE).fillColor(INK);
  }

  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  private get left(): number {
    return this.doc.page.margins.left;
  }

  private get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  /** Starts a new page unless `height` more points fit on this one. */
  ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  gap(points = 8): void {
    this.doc.y += points;
  }

  /** The top line: the brand on the left, the document's name on the right. */
  masthead(brand: string, title: string): void {
    const top = this.doc.y;
    this.doc.font(BOLD).fontSize(18).fillColor(INK).text(winAnsiText(brand), this.left, top, { width: this.width, lineBreak: false });
    this.doc.font(REGULAR).fontSize(14).fillColor(MUTED).text(winAnsiText(title), this.left, top + 3, { width: this.width, align: 'right', lineBreak: false });
    this.doc.y = top + 26;
    this.rule();
    this.gap(10);
  }

  title(text: string): void {
    this.doc.font(BOLD).fontSize(13).fillColor(INK).text(winAnsiText(text), this.left, this.doc.y, { width: this.width });
    this.gap(6);
  }

  /** A section heading, kept with at least `keepWith` points of what follows. */
  heading(text: string, keepWith = 40): void {
    this.gap(6);
    this.ensureSpace(20 + keepWith);
    this.doc.font(BOLD).fontSize(11).fillColor(INK).text(winAnsiText(text), this.left, this.doc.y, { width: this.width });
    this.gap(4);
  }

  subheading(text: string, keepWith = 40): void {
    this.ensureSpace(16 + keepWith);
    this.doc.font(BOLD).fontSize(BODY_SIZE + 1).fillColor(INK).text(winAnsiText(text), this.left, this.doc.y, { width: this.width });
    this.gap(3);
  }

  /** Wrapped text; a long one flows onto the next pages. */
  paragraph(text: string, options: { muted?: boolean; size?: number } = {}): void {
    this.doc
      .font(REGULAR)
      .fontSize(options.size ?? BODY_SIZE)
      .fillColor(options.muted ? MUTED : INK)
      .text(winAnsiText(text, true), this.left, this.doc.y, { width: this.width });
    this.doc.fillColor(INK);
    this.gap(4);
  }

  /** White on red across the page: a state the reader must not miss. */
  banner(text: string): void {
    const content = winAnsiText(text);
    this.doc.font(BOLD).fontSize(11);
    const height = this.doc.heightOfString(content, { width: this.width - 2 * CELL_PADDING }) + 2 * CELL_PADDING;
    this.ensureSpace(height);
    const top = this.doc.y;
    this.doc.rect(this.left, top, this.width, height).fill(BANNER_FILL);
    this.doc.fillColor('#ffffff').text(content, this.left + CELL_PADDING, top + CELL_PADDING, { width: this.width - 2 * CELL_PADDING });
    this.doc.fillColor(INK);
    this.doc.y = top + height + 6;
  }

  /** Label and value pairs, the labels in a column of their own. */
  fields(pairs: ReadonlyArray<readonly [string, string]>, labelWidth = 150): void {
    const valueWidth = this.width - labelWidth;
    for (const [label, value] of pairs) {
      const labelText = winAnsiText(label);
      const valueText = winAnsiText(value);
      this.doc.fontSize(BODY_SIZE);
      const height = Math.max(
        this.doc.font(BOLD).heightOfString(labelText, { width: labelWidth - CELL_PADDING }),
        this.doc.font(REGULAR).heightOfString(valueText, { width: valueWidth }),
      );
      this.ensureSpace(height);
      const top = this.doc.y;
      this.doc.font(BOLD).fillColor(MUTED).text(labelText, this.left, top, { width: labelWidth - CELL_PADDING });
      this.doc.font(REGULAR).fillColor(INK).text(valueText, this.left + labelWidth, top, { width: valueWidth });
      this.doc.y = top + height + 2;
    }
  }

  /** A table whose rows never split; a row that does not fit moves to a new page under a repeated header. */
  table(columns: readonly TableColumn[], rows: readonly TableRow[]): void {
    const header: TableRow = { cells: columns.map((column) => column.header), strong: true };
    const drawHeader = () => this.tableRow(columns, header, HEADER_FILL);
    this.ensureSpace(this.rowHeight(columns, header) + (rows[0] ? this.rowHeight(columns, rows[0]) : 0));
    drawHeader();
    for (const row of rows) {
      if (this.doc.y + this.rowHeight(columns, row) > this.bottom) {
        this.doc.addPage();
        drawHeader();
      }
      this.tableRow(columns, row);
    }
    this.doc.x = this.left;
    this.gap(6);
  }

  /** Writes `left` and "n / N" at the foot of every page; call once, after the last page. */
  footers(left: string, pageLabel: (page: number, pages: number) => string): void {
    const { start, count } = this.doc.bufferedPageRange();
    for (let index = 0; index < count; index++) {
      this.doc.switchToPage(start + index);
      const page = this.doc.page;
      const bottomMargin = page.margins.bottom;
      // The footer sits inside the bottom margin: without lifting it PDFKit would start yet another page.
      page.margins.bottom = 0;
      const y = page.height - bottomMargin + 18;
      this.doc.font(REGULAR).fontSize(8).fillColor(MUTED);
      this.doc.text(winAnsiText(left), page.margins.left, y, { width: this.width, lineBreak: false });
      this.doc.text(winAnsiText(pageLabel(index + 1, count)), page.margins.left, y, { width: this.width, align: 'right', lineBreak: false });
      page.margins.bottom = bottomMargin;
    }
    this.doc.fillColor(INK);
  }

  private rule(): void {
    const y = this.doc.y;
    this.doc.moveTo(this.left, y).lineTo(this.left + this.width, y).lineWidth(0.75).strokeColor(RULE).stroke();
  }

  private cellFont(row: TableRow): string {
    return row.strong ? BOLD : REGULAR;
  }

  private rowHeight(columns: readonly TableColumn[], row: TableRow): number {
    this.doc.font(this.cellFont(row)).fontSize(BODY_SIZE);
    const heights = columns.map((column, index) =>
      this.doc.heightOfString(winAnsiText(row.cells[index] ?? '', true), { width: column.width - 2 * CELL_PADDING }),
    );
    return Math.max(...heights) + 2 * CELL_PADDING;
  }

  private tableRow(columns: readonly TableColumn[], row: TableRow, fill?: string): void {
    const top = this.doc.y;
    const height = this.rowHeight(columns, row);
    const tableWidth = columns.reduce((sum, column) => sum + column.width, 0);
    if (fill) this.doc.rect(this.left, top, tableWidth, height).fill(fill);
    this.doc.font(this.cellFont(row)).fontSize(BODY_SIZE).fillColor(row.muted ? MUTED : INK);
    let x = this.left;
    columns.forEach((column, index) => {
      this.doc.text(winAnsiText(row.cells[index] ?? '', true), x + CELL_PADDING, top + CELL_PADDING, {
        width: column.width - 2 * CELL_PADDING,
        align: column.align ?? 'left',
      });
      x += column.width;
    });
    this.doc
      .moveTo(this.left, top + height)
      .lineTo(this.left + tableWidth, top + height)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
    this.doc.fillColor(INK);
    this.doc.y = top + height;
  }
}
