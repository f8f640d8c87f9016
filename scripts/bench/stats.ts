/** Medians and spreads of repeated measurements, and the timers that take them. */

export interface Summary {
  median: number;
  q1: number;
  q3: number;
  min: number;
  max: number;
  n: number;
}

/** Linear interpolation between order statistics (the usual "type 7" quantile). */
function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

export function summarize(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), q1: quantile(sorted, 0.25), q3: quantile(sorted, 0.75), min: sorted[0] ?? NaN, max: sorted.at(-1) ?? NaN, n: sorted.length };
}

export const median = (values: readonly number[]): number => summarize(values).median;

/** Digits that keep about three significant figures for times from microseconds to seconds. */
export function num(x: number): string {
  if (!Number.isFinite(x)) return '–';
  const a = Math.abs(x);
  const digits = a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : 3;
  return x.toFixed(digits);
}

/** "median [q1–q3]": every figure in the report carries its spread. */
export const fmt = (s: Summary): string => (s.n > 1 ? `${num(s.median)} [${num(s.q1)}–${num(s.q3)}]` : num(s.median));

/** Times `fn` `runs` times after `warmup` untimed calls; milliseconds per call. */
export function timeSync(fn: () => unknown, runs: number, warmup = 3): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return out;
}
