"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { AdherenceChartPoint } from "@/lib/portfolio/chart-data";

/** Per team: the share of its last sprints on target, and its mean debt share beside its target. */
export function AdherenceChart({ data }: { data: AdherenceChartPoint[] }) {
  return (
    <div className="h-56 w-full" role="img" aria-label="Per team: percent of sprints on the debt budget target, mean debt share and target">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
          <CartesianGrid stroke="var(--chart-grid)" strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="name" stroke="var(--chart-axis)" fontSize={11} />
          <YAxis domain={[0, 100]} tickFormatter={(v: number) => `${v}%`} stroke="var(--chart-axis)" fontSize={11} />
          <Tooltip
            contentStyle={{ background: "var(--chart-tooltip-bg)", borderColor: "var(--chart-grid)", fontSize: 12 }}
            formatter={(value) => (value == null ? "—" : `${Number(value).toFixed(1)}%`)}
          />
          <Legend verticalAlign="top" height={24} wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey="onTarget" name="Sprints on target" fill="#16a34a" isAnimationActive={false} />
          <Bar dataKey="meanShare" name="Mean debt share" fill="#2563eb" isAnimationActive={false} />
          <Bar dataKey="target" name="Target" fill="#a1a1aa" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
