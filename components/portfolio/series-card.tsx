import { Card } from "@/components/card";
import { formatDay, formatHours } from "@/components/charts/format";
import { DataTableAlt } from "@/components/data-table-alt";
import { formatMinutes } from "@/lib/debt/model";
import { seriesChartData } from "@/lib/portfolio/forecast";
import type { Bucket } from "@/lib/portfolio/schema";
import type { SeriesTable } from "@/lib/portfolio/tables";
import { CsvLink } from "./csv-link";
import { DebtOverTimeChart } from "./debt-over-time-chart";

const LABEL: Record<Bucket, string> = { week: "week", quarter: "quarter" };

function ForecastSummary({ forecast, bucket }: { forecast: SeriesTable["forecast"]; bucket: Bucket }) {
  if (forecast.status !== "ok") {
    return (
      <p className="text-sm text-zinc-500" data-testid="forecast">
        Forecast: not enough data ({forecast.points} of {forecast.needed} {LABEL[bucket]}s with scans needed).
      </p>
    );
  }
  const rate = forecast.slope;
  const last = forecast.line[forecast.line.length - 1];
  return (
    <p className="text-sm" data-testid="forecast">
      At the current rate ({rate >= 0 ? "+" : "−"}
      {formatMinutes(Math.abs(rate))} per {LABEL[bucket]}), the organization&apos;s debt reaches <strong>{formatMinutes(forecast.end)}</strong> by {last.key}.
    </p>
  );
}

/** Debt minutes over time per bucket, each project carried forward from its latest scan, with the forecast. */
export async function SeriesCard({ data, bucket, csvHref }: { data: Promise<SeriesTable>; bucket: Bucket; csvHref: string }) {
  const { series, forecast } = await data;
  const chart = seriesChartData(series, forecast);
  return (
    <Card title={`Debt over time (per ${LABEL[bucket]})`} actions={<CsvLink href={csvHref} what="the debt over time table" />}>
      <ForecastSummary forecast={forecast} bucket={bucket} />
      {series.every((p) => p.minutes == null) ? (
        <p className="py-8 text-center text-sm text-zinc-500">No scans in this range.</p>
      ) : (
        <>
          <DebtOverTimeChart data={chart} bucketLabel={LABEL[bucket]} />
          <DataTableAlt
            caption={`Organization debt per ${LABEL[bucket]} and the forecast`}
            columns={[LABEL[bucket], "Starting", "Projects scanned", "Debt (hours)", "Forecast (hours)"]}
            rows={chart.map((d) => {
              const p = series.find((s) => s.key === d.key);
              return [d.key, formatDay(d.t), p ? p.projects : "forecast", d.actual == null ? "—" : formatHours(d.actual), d.forecast == null ? "—" : formatHours(d.forecast)];
            })}
          />
        </>
      )}
    </Card>
  );
}
