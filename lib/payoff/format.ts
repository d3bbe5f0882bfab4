import { formatMinutes } from "@/lib/debt/model";
import type { Forecast } from "./forecast";
import type { ForecastMetric } from "./schema";

/** A change in debt minutes with its sign: "−1h 10m", "+5m", "0m". */
export function formatNetMinutes(minutes: number): string {
  if (minutes === 0) return "0m";
  return `${minutes < 0 ? "−" : "+"}${formatMinutes(Math.abs(minutes))}`;
}

/** Debt minutes per point or hour, rounded: "150 min/pt". */
export function formatRate(rate: number | null, unit: "points" | "hours"): string {
  if (rate == null) return "—";
  return `${Math.round(rate)} min/${unit === "points" ? "pt" : "h"}`;
}

/** A forecast metric's value as the page shows it (grades are their debt ratio in percent). */
export function formatMetricValue(metric: ForecastMetric, value: number | null): string {
  if (value == null) return "unknown";
  switch (metric) {
    case "coverage":
      return `${value.toFixed(1)}%`;
    case "grade":
      return `${value.toFixed(1)}% debt ratio`;
    case "maxCcn":
      return `CCN ${Math.round(value)}`;
    case "debtMinutes":
      return formatMinutes(value);
  }
}

const day = (t: number) => new Date(t).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** One sentence: met, when it will be met, never at this rate, or why there is no forecast. */
export function describeForecast(f: Forecast, metric: ForecastMetric): string {
  const rate = (perSprint: number) => `${perSprint > 0 ? "+" : ""}${metric === "debtMinutes" ? Math.round(perSprint) + " min" : perSprint.toFixed(2)} per sprint`;
  switch (f.state) {
    case "met":
      return `Met (${formatMetricValue(metric, f.current)}).`;
    case "too_few_points":
      return `No forecast yet: needs ${f.needed} ended sprints with a measurement, has ${f.points}.`;
    case "never":
      return `Never at the current rate (${rate(f.perSprint)}).`;
    case "reaches":
      return `Reached in ${f.sprints} sprint${f.sprints === 1 ? "" : "s"}, around ${day(f.at)} (${rate(f.perSprint)}).`;
  }
}
