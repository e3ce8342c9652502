import { VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, locale } from '../i18n/format';
import { niceTicks } from './chart-ticks';
import { usdUnit } from './comparison-figures';

/** One quote on the chart: its landed cost per unit (USD) and days to delivery (a band when the route is known). */
export interface ScatterPoint {
  id: string;
  supplier: string;
  landedPerUnit: number;
  /** The landed cost as the API wrote it (4 places), shown as is. */
  landedText: string;
  daysLow: number;
  daysHigh: number;
}

/** Drawing sizes: a phone gets a narrower drawing, so its text stays readable once scaled to the screen. */
const WIDE = { width: 640, height: 360, font: 12, margin: { top: 24, right: 32, bottom: 56, left: 88 } };
const NARROW = { width: 360, height: 340, font: 12, margin: { top: 24, right: 16, bottom: 52, left: 76 } };
const CHEAPEST = '#1b5e20';
const FASTEST = '#0b4f8a';
const OTHER = '#495057';

/**
 * Landed cost per unit (USD, vertical) against days to delivery (horizontal) per quote, as an SVG written
 * here (no chart library): each point labelled with its supplier, a whisker over the days band, the cheapest
 * and the fastest marked by colour, shape and words. Screen readers get the title, a description and a
 * visually hidden table with the same figures; the drawing itself is hidden from them.
 */
export function LandedDaysScatter({ points, caption }: { points: ScatterPoint[]; caption: string }) {
  const { t } = useTranslation('compare');
  const id = useId();
  // Tick labels are plain amounts: the axis title says they are USD, and a currency code would crowd a phone.
  const amount = (value: number) => new Intl.NumberFormat(locale(), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
  const narrow = useMediaQuery('(max-width: 40em)', false);
  const { width: WIDTH, height: HEIGHT, font, margin: MARGIN } = narrow ? NARROW : WIDE;
  const cheapest = Math.min(...points.map((p) => p.landedPerUnit));
  const fastest = Math.min(...points.map((p) => p.daysHigh));
  // A tenth of headroom above the dearest and right of the slowest, so no point sits on the frame.
  const yTicks = niceTicks(Math.min(0, ...points.map((p) => p.landedPerUnit)), 1.1 * Math.max(...points.map((p) => p.landedPerUnit)));
  // Both axes start at zero, so distances read as proportions (two quotes a day apart look a day apart); days are whole.
  const xTicks = niceTicks(0, 1.1 * Math.max(...points.map((p) => p.daysHigh)), narrow ? 4 : 5, 1);
  const [yMin, yMax] = [yTicks[0], yTicks[yTicks.length - 1]];
  const [xMin, xMax] = [xTicks[0], xTicks[xTicks.length - 1]];
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (days: number) => MARGIN.left + ((days - xMin) / (xMax - xMin || 1)) * plotW;
  const y = (usd: number) => MARGIN.top + plotH - ((usd - yMin) / (yMax - yMin || 1)) * plotH;
  const notes = (p: ScatterPoint) =>
    [p.landedPerUnit === cheapest ? t('chart.cheapest') : null, p.daysHigh === fastest ? t('chart.fastest') : null].filter(Boolean).join(', ');
  const daysOf = (p: ScatterPoint) => (p.daysLow === p.daysHigh ? t('daysOne', { days: p.daysLow }) : t('days', { low: p.daysLow, high: p.daysHigh }));

  return (
    <figure style={{ margin: 0 }} data-testid="landed-days-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`} style={{ maxWidth: WIDTH, display: 'block', fontFamily: 'inherit' }}>
        <title id={`${id}-title`}>{caption}</title>
        <desc id={`${id}-desc`}>
          {points.map((p) => `${p.supplier}: ${usdUnit(p.landedText)}, ${daysOf(p)}${notes(p) ? ` (${notes(p)})` : ''}`).join('; ')}
        </desc>
        <g aria-hidden="true" fontSize={font} fill="#212529">
          {yTicks.map((tick) => (
            <g key={`y${tick}`}>
              <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} stroke="#dee2e6" />
              <text x={MARGIN.left - 8} y={y(tick) + 4} textAnchor="end">
                {amount(tick)}
              </text>
            </g>
          ))}
          {xTicks.map((tick) => (
            <g key={`x${tick}`}>
              <line x1={x(tick)} x2={x(tick)} y1={MARGIN.top} y2={MARGIN.top + plotH} stroke="#f1f3f5" />
              <text x={x(tick)} y={MARGIN.top + plotH + 18} textAnchor="middle">
                {formatNumber(tick)}
              </text>
            </g>
          ))}
          <line x1={MARGIN.left} x2={MARGIN.left} y1={MARGIN.top} y2={MARGIN.top + plotH} stroke="#495057" />
          <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={MARGIN.top + plotH} y2={MARGIN.top + plotH} stroke="#495057" />
          <text x={MARGIN.left + plotW / 2} y={HEIGHT - 12} textAnchor="middle" fontWeight={600}>
            {t('chart.xAxis')}
          </text>
          <text transform={`translate(18 ${MARGIN.top + plotH / 2}) rotate(-90)`} textAnchor="middle" fontWeight={600}>
            {t('chart.yAxis')}
          </text>
          {points.map((p, index) => {
            const colour = p.landedPerUnit === cheapest ? CHEAPEST : p.daysHigh === fastest ? FASTEST : OTHER;
            const [cx, cy] = [x(p.daysHigh), y(p.landedPerUnit)];
            // Labels alternate above and below so two close quotes stay readable; near the right edge they turn left.
            const anchor = cx > WIDTH / 2 ? 'end' : 'start';
            const dx = anchor === 'end' ? -10 : 10;
            const dy = index % 2 === 0 ? -10 : 18;
            return (
              <g key={p.id} data-testid="chart-point">
                {p.daysLow !== p.daysHigh && <line x1={x(p.daysLow)} x2={cx} y1={cy} y2={cy} stroke={colour} strokeWidth={2} />}
                {p.landedPerUnit === cheapest ? (
                  <rect x={cx - 7} y={cy - 7} width={14} height={14} fill={colour} />
                ) : p.daysHigh === fastest ? (
                  <path d={`M ${cx} ${cy - 8} L ${cx + 8} ${cy + 7} L ${cx - 8} ${cy + 7} Z`} fill={colour} />
                ) : (
                  <circle cx={cx} cy={cy} r={6} fill={colour} />
                )}
                {/* The notes on a line of their own: a long supplier name and both notes do not fit one line on a phone. */}
                <text x={cx + dx} y={cy + dy - (index % 2 === 0 && notes(p) ? 14 : 0)} textAnchor={anchor} fill={colour} fontWeight={600}>
                  <tspan>{p.supplier}</tspan>
                  {notes(p) && (
                    <tspan x={cx + dx} dy={14} fontWeight={400}>
                      {notes(p)}
                    </tspan>
                  )}
                </text>
              </g>
            );
          })}
        </g>
      </svg>
      <figcaption style={{ fontSize: 13, color: '#495057' }}>{t('chart.legend')}</figcaption>
      <VisuallyHidden>
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('columns.supplier')}</th>
              <th scope="col">{t('columns.landedUnit')}</th>
              <th scope="col">{t('columns.days')}</th>
              <th scope="col">{t('chart.notes')}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.supplier}</th>
                <td>{usdUnit(p.landedText)}</td>
                <td>{daysOf(p)}</td>
                <td>{notes(p)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </VisuallyHidden>
    </figure>
  );
}
