"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { CATEGORY_COLOR } from "@/components/charts/colors";
import { CATEGORY_LABEL } from "@/lib/debt/metrics";
import { CATEGORIES } from "@/lib/ingest/schema";
import type { MixChartPoint } from "@/lib/portfolio/chart-data";

/** Each project's debt split by category, as stacked percentages so projects of any size compare. */
export function CategoryMixChart({ data }: { data: MixChartPoint[] }) {
  const height = Math.max(160, 48 + data.length * 32);
  return (
    <div className="w-full" style={{ height }} role="img" aria-label="Share of each debt category per project, in percent">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid stroke="var(--chart-grid)" strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" domain={[0, 100]} tickFormatter={(v: number) => `${v}%`} stroke="var(--chart-axis)" fontSize={11} />
          <YAxis type="category" dataKey="name" width={110} stroke="var(--chart-axis)" fontSize={11} />
          <Tooltip
            contentStyle={{ background: "var(--chart-tooltip-bg)", borderColor: "var(--chart-grid)", fontSize: 12 }}
            formatter={(value) => `${Number(value).toFixed(1)}%`}
          />
          <Legend verticalAlign="top" height={24} wrapperStyle={{ fontSize: 12 }} />
          {CATEGORIES.map((c) => (
            <Bar key={c} dataKey={c} name={CATEGORY_LABEL[c]} stackId="mix" fill={CATEGORY_COLOR[c]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
