import { formatMinutes } from "@/lib/debt/model";

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
