"use client";

import { Line, LineChart, YAxis } from "recharts";

/** A tiny trend of total debt minutes; its meaning is carried by the cell's aria-label. */
export function Sparkline({ values, label }: { values: number[]; label: string }) {
  if (values.length < 2) return <span className="text-xs text-zinc-400">—</span>;
  const data = values.map((v, i) => ({ i, v }));
  const rising = values[values.length - 1] > values[0];
  return (
    <span role="img" aria-label={label} className="inline-block">
      <LineChart width={96} height={24} data={data}>
        <YAxis hide domain={["dataMin", "dataMax"]} />
        <Line type="monotone" dataKey="v" dot={false} strokeWidth={1.5} stroke={rising ? "#dc2626" : "#16a34a"} isAnimationActive={false} />
      </LineChart>
    </span>
  );
}
