/**
 * Counts by year as a bar chart with labelled axes and the count over each bar, and the
 * same figures as a table for screen readers and for anyone who wants the numbers
 * (DESIGN.md: a legend before the data; one colour meaning one thing).
 */
import { t } from '../../shared/ui/i18n';
import { formatNumber } from './format';

export interface ChartSeries {
  label: string;
  /** A class giving the bar its colour: side-dprk, side-prc, side-both, or accent. */
  className: string;
}

interface Props {
  id: string;
  caption: string;
  /** The vertical axis' label ("Exchanges"). */
  unit: string;
  series: ChartSeries[];
  /** One entry per year, every year of the span, with one value per series. */
  data: { year: number; values: number[] }[];
}

const SLOT = 38;
const PLOT_HEIGHT = 120;
const LEFT = 44;
const TOP = 20;
const BOTTOM = 40;

/** 0, then a round step so that about four gridlines cover the maximum. */
function ticks(max: number): number[] {
  if (max <= 0) return [0];
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? power * 10);
  const out: number[] = [];
  for (let v = 0; v <= max + step - 1 && out.length < 8; v += step) out.push(v);
  return out;
}

export function YearChart({ id, caption, unit, series, data }: Props) {
  const totals = data.map((d) => d.values.reduce((a, b) => a + b, 0));
  const axis = ticks(Math.max(0, ...totals));
  const top = axis.at(-1) || 1;
  const y = (v: number) => TOP + PLOT_HEIGHT - (v / top) * PLOT_HEIGHT;
  const width = LEFT + data.length * SLOT + 8;
  const height = TOP + PLOT_HEIGHT + BOTTOM;
  const spoken = data.flatMap((d, i) => (totals[i] ? [`${d.year}: ${formatNumber(totals[i])}`] : []));
  return (
    <figure class="year-chart" aria-labelledby={`${id}-caption`} data-testid={`${id}-chart`}>
      <figcaption id={`${id}-caption`}>{caption}</figcaption>
      {series.length > 1 && (
        <ul class="ex-legend" aria-label={t('explorerLegend')}>
          {series.map((s) => (
            <li key={s.label}>
              <span class={`ex-swatch ${s.className}`} aria-hidden="true" /> {s.label}
            </li>
          ))}
        </ul>
      )}
      <div class="chart-scroll">
        <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${caption}. ${spoken.join(', ') || t('explorerChartEmpty')}`}>
          <text class="axis-label" x={4} y={12}>{unit}</text>
          {axis.map((v) => (
            <g key={v}>
              <line class="grid" x1={LEFT} x2={width - 4} y1={y(v)} y2={y(v)} />
              <text class="tick" x={LEFT - 6} y={y(v) + 4} text-anchor="end">{formatNumber(v)}</text>
            </g>
          ))}
          {data.map((d, i) => {
            const x = LEFT + i * SLOT + 6;
            let base = 0;
            return (
              <g key={d.year}>
                {d.values.map((v, s) => {
                  if (!v) return null;
                  const from = base;
                  base += v;
                  return <rect key={s} class={`bar ${series[s]?.className ?? ''}`} x={x} width={SLOT - 12} y={y(base)} height={y(from) - y(base)} />;
                })}
                {totals[i]! > 0 && <text class="ex-count" x={x + (SLOT - 12) / 2} y={y(totals[i]!) - 4} text-anchor="middle">{formatNumber(totals[i]!)}</text>}
                <text class="tick" x={x + (SLOT - 12) / 2} y={TOP + PLOT_HEIGHT + 16} text-anchor="middle">{String(d.year)}</text>
              </g>
            );
          })}
          <line class="axis" x1={LEFT} x2={width - 4} y1={TOP + PLOT_HEIGHT} y2={TOP + PLOT_HEIGHT} />
          <text class="axis-label" x={LEFT + (width - LEFT) / 2} y={height - 4} text-anchor="middle">{t('explorerAxisYear')}</text>
        </svg>
      </div>
      <details class="chart-table">
        <summary>{t('explorerChartAsTable')}</summary>
        <table data-testid={`${id}-table`}>
          <caption class="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('explorerAxisYear')}</th>
              {series.length > 1 && series.map((s) => <th scope="col" key={s.label}>{s.label}</th>)}
              <th scope="col">{unit}</th>
            </tr>
          </thead>
          <tbody>
            {data.map((d, i) => (
              <tr key={d.year}>
                <th scope="row">{d.year}</th>
                {series.length > 1 && d.values.map((v, s) => <td key={s}>{formatNumber(v)}</td>)}
                <td>{formatNumber(totals[i]!)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
