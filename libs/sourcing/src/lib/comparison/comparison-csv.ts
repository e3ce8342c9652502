import type { Language } from '@puente/platform';
import { stringify } from 'csv-stringify/sync';
import type { ComparisonEntryView, RfqComparisonView } from './comparison-views';

type Column = { en: string; es: string; value: (row: CsvRow, language: Language) => string | number | null };

interface CsvRow {
  position: number;
  partName: string;
  quantity: number;
  entry: ComparisonEntryView;
  comparison: RfqComparisonView;
}

// Money as plain decimals (no symbol, no thousands separator, "." as the decimal point) so a spreadsheet
// reads numbers in either language; the header names the currency.
const YES_NO = { en: ['yes', 'no'], es: ['sí', 'no'] } as const;

const COLUMNS: Column[] = [
  { en: 'Line', es: 'Partida', value: (row) => row.position },
  { en: 'Part', es: 'Pieza', value: (row) => row.partName },
  { en: 'Quantity', es: 'Cantidad', value: (row) => row.quantity },
  { en: 'Supplier', es: 'Proveedor', value: (row) => row.entry.supplier.name },
  { en: 'Verification level', es: 'Nivel de verificación', value: (row) => row.entry.supplier.verificationLevel },
  { en: 'Certifications valid on need-by date', es: 'Certificaciones vigentes a la fecha requerida', value: (row) => row.entry.certifications.map((item) => item.type).join(' ') },
  // The track record as read when the file was made (live, like the page), not as of the freeze.
  { en: 'Overall rating (1-5)', es: 'Calificación general (1-5)', value: (row) => row.entry.trackRecord.rating.overall },
  { en: 'Ratings', es: 'Calificaciones', value: (row) => row.entry.trackRecord.rating.count },
  { en: 'Response rate (0-1)', es: 'Tasa de respuesta (0-1)', value: (row) => row.entry.trackRecord.responseStats?.responseRate ?? null },
  { en: 'Quote currency', es: 'Moneda de la cotización', value: (row) => row.entry.currency },
  { en: 'Quoted unit price', es: 'Precio unitario cotizado', value: (row) => row.entry.unitPrice },
  { en: 'Declined', es: 'Declinada', value: (row) => row.entry.declineReason },
  { en: 'Incoterm', es: 'Incoterm', value: (row) => row.entry.incoterm },
  { en: 'Incoterm place', es: 'Lugar del Incoterm', value: (row) => row.entry.place },
  { en: 'Exchange rate (MXN per USD)', es: 'Tipo de cambio (MXN por USD)', value: (row) => (row.entry.currency === 'MXN' ? (row.comparison.fxRate?.mxnPerUsd ?? null) : null) },
  { en: 'Exchange rate date', es: 'Fecha del tipo de cambio', value: (row) => (row.entry.currency === 'MXN' ? (row.comparison.fxRate?.rateDate ?? null) : null) },
  { en: 'Unit price (USD)', es: 'Precio unitario (USD)', value: (row) => row.entry.landed?.unitPrice.usd ?? null },
  { en: 'Freight per unit (USD)', es: 'Flete por unidad (USD)', value: (row) => row.entry.landed?.freight.perUnit ?? null },
  { en: 'Duty per unit (USD)', es: 'Arancel por unidad (USD)', value: (row) => row.entry.landed?.duty.applied.perUnit ?? null },
  { en: 'Processing fee per unit (USD)', es: 'Cuota de procesamiento por unidad (USD)', value: (row) => row.entry.landed?.mpf.perUnit ?? null },
  { en: 'Tooling per unit (USD)', es: 'Herramental por unidad (USD)', value: (row) => row.entry.landed?.tooling.perUnit ?? null },
  { en: 'Landed cost per unit (USD)', es: 'Costo puesto en destino por unidad (USD)', value: (row) => row.entry.landedPerUnitUsd },
  { en: 'Landed cost for the quantity (USD)', es: 'Costo puesto en destino por la cantidad (USD)', value: (row) => row.entry.landed?.total.forQuantity ?? null },
  { en: 'Landed cost per unit without USMCA (USD)', es: 'Costo puesto en destino por unidad sin T-MEC (USD)', value: (row) => row.entry.landed?.total.withoutUsmcaPerUnit ?? null },
  { en: 'USMCA applies', es: 'Aplica T-MEC', value: (row, language) => (row.entry.landed ? YES_NO[language][row.entry.landed.duty.usmcaApplies ? 0 : 1] : null) },
  { en: 'Lead time (days)', es: 'Tiempo de entrega de fabricación (días)', value: (row) => row.entry.daysToDelivery?.leadTimeDays ?? null },
  { en: 'Days to delivery (low)', es: 'Días a la entrega (mínimo)', value: (row) => row.entry.daysToDelivery?.low ?? null },
  { en: 'Days to delivery (high)', es: 'Días a la entrega (máximo)', value: (row) => row.entry.daysToDelivery?.high ?? null },
  { en: 'Not computed because', es: 'No calculado porque', value: (row) => (row.entry.unavailable ? `${row.entry.unavailable.field}: ${row.entry.unavailable.message}` : null) },
];

/** One row per quote x line x break, headers in `language`; UTF-8 with a BOM so Excel reads the accents. */
export function comparisonCsv(comparison: RfqComparisonView, language: Language): Buffer {
  const rows = comparison.lines.flatMap((line) =>
    line.breaks.flatMap((item) => item.entries.map((entry) => ({ position: line.position, partName: line.partName, quantity: item.quantity, entry, comparison }))),
  );
  const text = stringify([COLUMNS.map((column) => column[language]), ...rows.map((row) => COLUMNS.map((column) => column.value(row, language) ?? ''))], { record_delimiter: '\r\n' });
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}

/** `comparison-<first 8 of the RFQ id>.csv` */
export function comparisonCsvFileName(rfqId: string): string {
  return `comparison-${rfqId.slice(0, 8)}.csv`;
}
