"use client";

import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { HistoryPoint } from "@/lib/sprints/history";

/** Debt share per sprint, planned and done, against the target line. */
export function SprintHistoryChart({ data }: { data: HistoryPoint[] }) {
  return (
    <div className="h-56 w-full" role="img" aria-label="Debt share per sprint, planned and done, against the target">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
          <CartesianGrid stroke="var(--chart-grid)" strokeDasharray="3 3" />
          <XAxis dataKey="name" stroke="var(--chart-axis)" fontSize={11} />
          <YAxis stroke="var(--chart-axis)" fontSize={11} tickFormatter={(v: number) => `${v}%`} domain={[0, (max: number) => Math.max(40, Math.ceil(max / 10) * 10)]} />
          <Tooltip
            contentStyle={{ background: "var(--chart-tooltip-bg)", borderColor: "var(--chart-grid)", fontSize: 12 }}
            formatter={(value) => (value == null ? "no estimates" : `${value}%`)}
          />
          <Legend verticalAlign="top" height={24} wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey="planned" name="Planned" fill="#a1a1aa" isAnimationActive={false} />
          <Bar dataKey="done" name="Done" fill="#ea580c" isAnimationActive={false} />
          <Line dataKey="target" name="Target" stroke="#16a34a" strokeDasharray="5 3" dot={false} isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
