import type { Bucket } from "./schema";
import { bucketsAfter, type BucketDef, type SeriesPoint } from "./buckets";

// The organization's debt "at the current rate": an ordinary least-squares line through the
// bucketed series (x = bucket index, so weeks or quarters count equally), drawn over the known
// buckets and a few buckets ahead. Fewer than three known points say "not enough data".

export const MIN_FORECAST_POINTS = 3;
export const FORECAST_HORIZON: Record<Bucket, number> = { week: 8, quarter: 2 };

export interface ForecastPoint extends BucketDef {
  /** Fitted minutes, never below 0 (debt cannot go negative). */
  value: number;
  future: boolean;
}

export type Forecast =
  | { status: "not_enough_data"; points: number; needed: number }
  | {
      status: "ok";
      /** Change in minutes per bucket, the "current rate". */
      slope: number;
      intercept: number;
      /** Fitted value at the last known bucket and at the end of the horizon. */
      now: number;
      end: number;
      line: ForecastPoint[];
    };

/** Least squares y = intercept + slope × x; null for fewer than two distinct x. */
export function leastSquares(points: Array<{ x: number; y: number }>): { slope: number; intercept: number } | null {
  const n = points.length;
  if (n < 2) return null;
  const mx = points.reduce((a, p) => a + p.x, 0) / n;
  const my = points.reduce((a, p) => a + p.y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const p of points) {
    sxy += (p.x - mx) * (p.y - my);
    sxx += (p.x - mx) ** 2;
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  return { slope, intercept: my - slope * mx };
}

/** Fit on the buckets that have a value; project `horizon` buckets past the last bucket. */
export function forecastSeries(series: SeriesPoint[], bucket: Bucket, horizon = FORECAST_HORIZON[bucket]): Forecast {
  const known = series.flatMap((p, x) => (p.minutes == null ? [] : [{ x, y: p.minutes }]));
  if (known.length < MIN_FORECAST_POINTS) return { status: "not_enough_data", points: known.length, needed: MIN_FORECAST_POINTS };
  const fit = leastSquares(known)!;
  const at = (x: number) => Math.max(0, fit.intercept + fit.slope * x);
  const firstX = known[0].x;
  const lastX = series.length - 1;
  const past = series.slice(firstX).map((b, i) => ({ key: b.key, start: b.start, end: b.end, value: at(firstX + i), future: false }));
  const future = bucketsAfter(bucket, series[lastX], horizon).map((b, i) => ({ ...b, value: at(lastX + 1 + i), future: true }));
  return { status: "ok", slope: fit.slope, intercept: fit.intercept, now: at(lastX), end: at(lastX + horizon), line: [...past, ...future] };
}

export interface SeriesChartPoint {
  t: number;
  key: string;
  /** Known organization debt; null in empty and future buckets. */
  actual: number | null;
  forecast: number | null;
}

/** The plain array the over-time chart draws: one row per bucket, future buckets appended. */
export function seriesChartData(series: SeriesPoint[], forecast: Forecast): SeriesChartPoint[] {
  const fitted = new Map(forecast.status === "ok" ? forecast.line.map((p) => [p.key, p.value]) : []);
  const rows: SeriesChartPoint[] = series.map((p) => ({ t: p.start, key: p.key, actual: p.minutes, forecast: fitted.get(p.key) ?? null }));
  if (forecast.status === "ok") {
    for (const p of forecast.line.filter((f) => f.future)) rows.push({ t: p.start, key: p.key, actual: null, forecast: p.value });
  }
  return rows;
}
