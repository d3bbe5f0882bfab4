/** Dates in UTC so server and browser render the same label. */
export function formatDay(t: number): string {
  return new Date(t).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "2-digit", timeZone: "UTC" });
}

export function formatHours(minutes: number): string {
  const h = minutes / 60;
  return h >= 100 ? `${Math.round(h)}h` : `${Math.round(h * 10) / 10}h`;
}

export function formatMetric(value: number | null | undefined, unit: string): string {
  if (value == null) return "unknown";
  if (unit === "%") return `${value.toFixed(1)}%`;
  return `${Math.round(value)}`;
}
