"use client";

import { Area, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatDay, formatHours } from "@/components/charts/format";
import { timeAxisProps } from "@/components/charts/time-axis";
import type { SeriesChartPoint } from "@/lib/portfolio/forecast";

const ACTUAL = "#2563eb";
const FORECAST = "#db2777";

/** The organization's debt per bucket (area) and the least-squares forecast (dashed line). */
export function DebtOverTimeChart({ data, bucketLabel }: { data: SeriesChartPoint[]; bucketLabel: string }) {
  const keyOf = new Map(data.map((d) => [d.t, d.key]));
  return (
    <div className="h-64 w-full" role="img" aria-label={`Organization debt in hours per ${bucketLabel}, with a dashed forecast line`}>
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 16, left: 8 }}>
          <CartesianGrid stroke="var(--chart-grid)" strokeDasharray="3 3" />
          <XAxis {...timeAxisProps(`${bucketLabel[0].toUpperCase()}${bucketLabel.slice(1)} starting`)} />
          <YAxis
            stroke="var(--chart-axis)"
            fontSize={11}
            tickFormatter={(v: number) => formatHours(v)}
            label={{ value: "Debt (hours)", angle: -90, position: "insideLeft", fill: "var(--chart-axis)", fontSize: 11 }}
          />
          <Tooltip
            contentStyle={{ background: "var(--chart-tooltip-bg)", borderColor: "var(--chart-grid)", fontSize: 12 }}
            labelFormatter={(t) => `${keyOf.get(Number(t)) ?? ""} (${formatDay(Number(t))})`}
            formatter={(value) => (value == null ? "—" : formatHours(Number(value)))}
          />
          <Legend verticalAlign="top" height={24} wrapperStyle={{ fontSize: 12 }} />
          <Area type="stepAfter" dataKey="actual" name="Debt" stroke={ACTUAL} fill={ACTUAL} fillOpacity={0.2} connectNulls={false} isAnimationActive={false} />
          <Line type="linear" dataKey="forecast" name="Forecast at the current rate" stroke={FORECAST} strokeDasharray="6 4" dot={false} connectNulls={false} isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
