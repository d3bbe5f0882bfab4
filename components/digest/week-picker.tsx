import Link from "next/link";
import { isoWeekLabel, lastCompleteWeek, weekStartOfLabel } from "@/lib/digest/schedule";

const WEEK_MS = 7 * 86_400_000;

/** Previous/next links around the chosen week; no next past the last complete week. */
export function WeekPicker({ base, week }: { base: string; week: string }) {
  const start = weekStartOfLabel(week)!;
  const prev = isoWeekLabel(new Date(start.getTime() - WEEK_MS));
  const next = isoWeekLabel(new Date(start.getTime() + WEEK_MS));
  const latest = lastCompleteWeek(new Date());
  return (
    <nav aria-label="Week" className="flex items-center gap-3 text-sm">
      <Link href={`${base}?week=${prev}`} className="text-blue-700 hover:underline dark:text-blue-400">
        ← {prev}
      </Link>
      <span className="font-mono font-semibold" data-testid="preview-week">
        {week}
      </span>
      {week < latest ? (
        <Link href={`${base}?week=${next}`} className="text-blue-700 hover:underline dark:text-blue-400">
          {next} →
        </Link>
      ) : null}
    </nav>
  );
}
