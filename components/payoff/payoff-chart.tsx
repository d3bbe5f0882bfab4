"use client";

import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { RollupChartRow } from "@/lib/payoff/rollup";

const PAID = "#16a34a";
const ADDED = "#dc2626";
const RATE = "#2563eb";

/** Per ended sprint: debt hours paid and added (bars) and minutes removed per unit of done debt work (line). */
export function PayoffChart({ data, unit }: { data: RollupChartRow[]; unit: "points" | "hours" }) {
  const rateLabel = `min removed per ${unit === "points" ? "point" : "hour"}`;
  return (
    <div className="h-64 w-full" role="img" aria-label={`Debt paid and added per sprint, and ${rateLabel}`}>
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
          <CartesianGrid stroke="var(--chart-grid)" strokeDasharray="3 3" />
          <XAxis dataKey="name" stroke="var(--chart-axis)" fontSize={11} />
          <YAxis yAxisId="hours" stroke="var(--chart-axis)" fontSize={11} label={{ value: "Debt (hours)", angle: -90, position: "insideLeft", fill: "var(--chart-axis)", fontSize: 11 }} />
          <YAxis yAxisId="rate" orientation="right" stroke="var(--chart-axis)" fontSize={11} label={{ value: rateLabel, angle: 90, position: "insideRight", fill: "var(--chart-axis)", fontSize: 11 }} />
          <Tooltip contentStyle={{ background: "var(--chart-tooltip-bg)", borderColor: "var(--chart-grid)", fontSize: 12 }} />
          <Legend verticalAlign="top" height={24} wrapperStyle={{ fontSize: 12 }} />
          <Bar yAxisId="hours" dataKey="paid" name="Paid (h)" fill={PAID} isAnimationActive={false} />
          <Bar yAxisId="hours" dataKey="added" name="Added (h)" fill={ADDED} isAnimationActive={false} />
          <Line yAxisId="rate" type="monotone" dataKey="paidPerUnit" name={rateLabel} stroke={RATE} connectNulls={false} isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
