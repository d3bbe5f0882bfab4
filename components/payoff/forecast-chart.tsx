"use client";

import { CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatDay } from "@/components/charts/format";
import type { ForecastChartRow } from "@/lib/payoff/forecast";

const ACTUAL = "#2563eb";
const FITTED = "#9333ea";
const TARGET = "#16a34a";

/** A module's metric at each sprint end, the fitted trend extended to the target, and the target level. */
export function ForecastChart({ data, label }: { data: ForecastChartRow[]; label: string }) {
  return (
    <div className="h-64 w-full" role="img" aria-label={`${label} at each sprint end, its trend and the target`}>
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
          <CartesianGrid stroke="var(--chart-grid)" strokeDasharray="3 3" />
          <XAxis dataKey="t" type="number" scale="time" domain={["dataMin", "dataMax"]} tickFormatter={formatDay} stroke="var(--chart-axis)" fontSize={11} />
          <YAxis stroke="var(--chart-axis)" fontSize={11} domain={["auto", "auto"]} label={{ value: label, angle: -90, position: "insideLeft", fill: "var(--chart-axis)", fontSize: 11 }} />
          <Tooltip contentStyle={{ background: "var(--chart-tooltip-bg)", borderColor: "var(--chart-grid)", fontSize: 12 }} labelFormatter={(t) => formatDay(Number(t))} />
          <Legend verticalAlign="top" height={24} wrapperStyle={{ fontSize: 12 }} />
          <Line dataKey="actual" name="At sprint end" stroke={ACTUAL} connectNulls={false} isAnimationActive={false} />
          <Line dataKey="fitted" name="Trend" stroke={FITTED} strokeDasharray="6 4" dot={false} connectNulls isAnimationActive={false} />
          <Line dataKey="target" name="Target" stroke={TARGET} dot={false} isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
