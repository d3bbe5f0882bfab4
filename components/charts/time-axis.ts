import type { XAxisProps } from "recharts";
import { formatDay } from "./format";

/** The x axis every over-time chart shares: epoch-ms `t` on a time scale, dated ticks, a caption below. */
export function timeAxisProps(caption: string): XAxisProps {
  return {
    dataKey: "t",
    type: "number",
    scale: "time",
    domain: ["dataMin", "dataMax"],
    tickFormatter: formatDay,
    stroke: "var(--chart-axis)",
    fontSize: 11,
    label: { value: caption, position: "insideBottom", offset: -10, fill: "var(--chart-axis)", fontSize: 11 },
  };
}
