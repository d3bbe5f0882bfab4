import Link from "next/link";
import { RANGES, type RangeKey } from "@/lib/debt/range";

const LABEL: Record<RangeKey, string> = { "4w": "4 weeks", "12w": "12 weeks", "26w": "26 weeks", "52w": "52 weeks", all: "All" };

/** Time range as links, so the view lives in the URL and can be shared. */
export function RangePicker({ current, hrefFor }: { current: RangeKey; hrefFor: (range: RangeKey) => string }) {
  return (
    <div role="group" aria-label="Time range" className="no-print inline-flex overflow-hidden rounded border border-zinc-300 text-sm dark:border-zinc-700">
      {RANGES.map((r) => (
        <Link
          key={r}
          href={hrefFor(r)}
          aria-current={r === current ? "true" : undefined}
          className={`px-3 py-1 ${r === current ? "bg-zinc-900 text-white dark:bg-zinc-100 dark:text-zinc-900" : "hover:bg-zinc-100 dark:hover:bg-zinc-800"}`}
        >
          {LABEL[r]}
        </Link>
      ))}
    </div>
  );
}
