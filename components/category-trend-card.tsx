import { CategoryTrendChart } from "@/components/charts/category-trend-chart";
import { formatDay, formatHours, formatMetric } from "@/components/charts/format";
import { Suspense } from "react";
import { Card, CardSkeleton } from "@/components/card";
import { DataTableAlt } from "@/components/data-table-alt";
import { categoryChartData, seriesSummary } from "@/lib/debt/chart-data";
import { CATEGORY_LABEL, CATEGORY_METRIC } from "@/lib/debt/metrics";
import type { TrendPoint } from "@/lib/debt/trends";
import { CATEGORIES, type Category } from "@/lib/ingest/schema";

function Change({ value, unit, higherIsBetter }: { value: number | null; unit: string; higherIsBetter: boolean }) {
  if (value == null || Math.abs(value) < 0.05) return <span className="text-zinc-500">no change</span>;
  const good = higherIsBetter ? value > 0 : value < 0;
  const text = unit === "%" ? `${value > 0 ? "+" : ""}${value.toFixed(1)} pt` : `${value > 0 ? "+" : ""}${Math.round(value)}`;
  return <span className={good ? "text-green-700 dark:text-green-400" : "text-red-700 dark:text-red-400"}>{text}</span>;
}

/** A category's trend: debt hours and its headline metric, with the current value and the change over the range. */
export async function CategoryTrendCard({ points, category }: { points: Promise<TrendPoint[]>; category: Category }) {
  const data = categoryChartData(await points, category);
  const meta = CATEGORY_METRIC[category];
  const metric = seriesSummary(data.map((d) => d.metric));
  const debt = seriesSummary(data.map((d) => d.debt));
  return (
    <Card title={`${CATEGORY_LABEL[category]} debt`}>
      <dl className="mb-2 grid grid-cols-2 gap-2 text-sm">
        <div>
          <dt className="text-zinc-500">{meta.label}</dt>
          <dd className="text-lg font-semibold tabular-nums">
            {formatMetric(metric.current, meta.unit)}{" "}
            <span className="text-xs font-normal">
              <Change value={metric.change} unit={meta.unit} higherIsBetter={meta.higherIsBetter} />
            </span>
          </dd>
        </div>
        <div>
          <dt className="text-zinc-500">Debt</dt>
          <dd className="text-lg font-semibold tabular-nums">
            {debt.current == null ? "—" : formatHours(debt.current)}{" "}
            <span className="text-xs font-normal">
              <Change value={debt.change == null ? null : debt.change / 60} unit="h" higherIsBetter={false} />
            </span>
          </dd>
        </div>
      </dl>
      {data.length === 0 ? (
        <p className="py-8 text-center text-sm text-zinc-500">No scans in this range.</p>
      ) : (
        <>
          <CategoryTrendChart data={data} category={category} metricLabel={meta.label} metricUnit={meta.unit} fullScale={meta.unit === "%" && meta.higherIsBetter} />
          <DataTableAlt
            caption={`${CATEGORY_LABEL[category]} debt and ${meta.label} per scan`}
            columns={["Scan date", "Commit", "Debt (hours)", `${meta.label}${meta.unit === "%" ? " (%)" : ""}`]}
            rows={data.map((d) => [formatDay(d.t), d.commit, formatHours(d.debt), formatMetric(d.metric, meta.unit)])}
          />
        </>
      )}
    </Card>
  );
}

/** The four category charts of a project or module, each streaming behind its own Suspense. */
export function CategoryTrendGrid({ points }: { points: Promise<TrendPoint[]> }) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {CATEGORIES.map((c) => (
        <Suspense key={c} fallback={<CardSkeleton title={`${CATEGORY_LABEL[c]} debt`} />}>
          <CategoryTrendCard points={points} category={c} />
        </Suspense>
      ))}
    </div>
  );
}
