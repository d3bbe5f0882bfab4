import Link from "next/link";
import { RangePicker } from "@/components/range-picker";
import { withParams } from "@/lib/http/search-params";
import { BUCKETS, filterParams, type Bucket, type PortfolioFilters } from "@/lib/portfolio/schema";

const BUCKET_LABEL: Record<Bucket, string> = { week: "Weekly", quarter: "Quarterly" };
const field = "rounded border border-zinc-300 bg-white px-2 py-1 text-sm dark:border-zinc-700 dark:bg-zinc-900";

/**
 * Every filter lives in the URL: bucket and range as links, the rest as a plain GET form, so a
 * view can be bookmarked and shared and works without JavaScript.
 */
export function PortfolioFiltersBar({
  path,
  filters,
  options,
}: {
  path: string;
  filters: PortfolioFilters;
  options: { projects: Array<{ slug: string; name: string }>; teams: Array<{ slug: string; name: string }> };
}) {
  const current = filterParams(filters);
  return (
    <div className="no-print space-y-3">
      <div className="flex flex-wrap items-center gap-3">
        <div role="group" aria-label="Bucket" className="inline-flex overflow-hidden rounded border border-zinc-300 text-sm dark:border-zinc-700">
          {BUCKETS.map((b) => (
            <Link
              key={b}
              href={withParams(path, current, { bucket: b === "week" ? undefined : b })}
              aria-current={b === filters.bucket ? "true" : undefined}
              className={`px-3 py-1 ${b === filters.bucket ? "bg-zinc-900 text-white dark:bg-zinc-100 dark:text-zinc-900" : "hover:bg-zinc-100 dark:hover:bg-zinc-800"}`}
            >
              {BUCKET_LABEL[b]}
            </Link>
          ))}
        </div>
        <RangePicker current={filters.range} hrefFor={(r) => withParams(path, current, { range: r })} />
      </div>
      <form method="get" action={path} className="flex flex-wrap items-end gap-3 text-sm" aria-label="Portfolio filters">
        {filters.bucket !== "week" ? <input type="hidden" name="bucket" value={filters.bucket} /> : null}
        {current.range ? <input type="hidden" name="range" value={current.range} /> : null}
        <fieldset className="flex flex-wrap items-center gap-2">
          <legend className="mb-1 text-xs text-zinc-500">Projects (none ticked: all)</legend>
          {options.projects.map((p) => (
            <label key={p.slug} className="inline-flex items-center gap-1">
              <input type="checkbox" name="project" value={p.slug} defaultChecked={filters.project.includes(p.slug)} />
              {p.name}
            </label>
          ))}
        </fieldset>
        <label className="flex flex-col text-xs text-zinc-500">
          Team
          <select name="team" defaultValue={filters.team ?? ""} className={field}>
            <option value="">All teams</option>
            {options.teams.map((t) => (
              <option key={t.slug} value={t.slug}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-xs text-zinc-500">
          Sprints
          <input type="number" name="sprints" min={1} max={26} defaultValue={filters.sprints} className={`${field} w-20`} />
        </label>
        <label className="flex flex-col text-xs text-zinc-500">
          Trend over (weeks)
          <input type="number" name="vs" min={1} max={52} defaultValue={filters.vs} className={`${field} w-20`} />
        </label>
        <button type="submit" className="rounded bg-zinc-900 px-3 py-1 text-white dark:bg-zinc-100 dark:text-zinc-900">
          Apply
        </button>
      </form>
    </div>
  );
}
