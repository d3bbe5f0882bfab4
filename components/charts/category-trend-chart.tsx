"use client";

import {
  Area,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { CATEGORY_COLOR, METRIC_COLOR } from "./colors";
import { formatDay, formatHours, formatMetric } from "./format";
import { timeAxisProps } from "./time-axis";
import type { CategoryChartPoint } from "@/lib/debt/chart-data";
import type { Category } from "@/lib/ingest/schema";

/** One category over time: debt hours as an area (left axis), its headline metric as a line (right axis). */
export function CategoryTrendChart({
  data,
  category,
  metricLabel,
  metricUnit,
  fullScale,
}: {
  data: CategoryChartPoint[];
  category: Category;
  metricLabel: string;
  metricUnit: string;
  /** Draw the metric on 0–100 % (coverage), rather than fitted to the data (duplication). */
  fullScale: boolean;
}) {
  const color = CATEGORY_COLOR[category];
  return (
    <div className="h-56 w-full" role="img" aria-label={`${category} debt in hours and ${metricLabel} over time`}>
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 16, left: 8 }}>
          <CartesianGrid stroke="var(--chart-grid)" strokeDasharray="3 3" />
          <XAxis {...timeAxisProps("Scan date")} />
          <YAxis
            yAxisId="debt"
            stroke="var(--chart-axis)"
            fontSize={11}
            tickFormatter={(v: number) => formatHours(v)}
            label={{ value: "Debt (hours)", angle: -90, position: "insideLeft", fill: "var(--chart-axis)", fontSize: 11 }}
          />
          <YAxis
            yAxisId="metric"
            orientation="right"
            stroke="var(--chart-axis)"
            fontSize={11}
            domain={fullScale ? [0, 100] : [0, "auto"]}
            tickFormatter={(v: number) => (metricUnit === "%" ? `${v}%` : String(v))}
            label={{ value: metricUnit === "%" ? "%" : metricUnit, angle: 90, position: "insideRight", fill: "var(--chart-axis)", fontSize: 11 }}
          />
          <Tooltip
            contentStyle={{ background: "var(--chart-tooltip-bg)", borderColor: "var(--chart-grid)", fontSize: 12 }}
            labelFormatter={(t) => formatDay(Number(t))}
            formatter={(value, name) =>
              name === "Debt" ? formatHours(Number(value)) : formatMetric(value == null ? null : Number(value), metricUnit)
            }
          />
          <Legend verticalAlign="top" height={24} wrapperStyle={{ fontSize: 12 }} />
          <Area
            yAxisId="debt"
            type="monotone"
            dataKey="debt"
            name="Debt"
            stroke={color}
            fill={color}
            fillOpacity={0.2}
            isAnimationActive={false}
          />
          <Line
            yAxisId="metric"
            type="monotone"
            dataKey="metric"
            name={metricLabel}
            stroke={METRIC_COLOR}
            dot={false}
            connectNulls={false}
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
