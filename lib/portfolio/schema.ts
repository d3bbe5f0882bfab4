import { z } from "zod";
import { RANGES, type RangeKey } from "@/lib/debt/range";

// The portfolio's filters, all from the URL (searchParams), shared by the page and the CSV export.

export const BUCKETS = ["week", "quarter"] as const;
export type Bucket = (typeof BUCKETS)[number];
export const PORTFOLIO_TABLES = ["projects", "modules", "teams", "series"] as const;
export type PortfolioTable = (typeof PORTFOLIO_TABLES)[number];

export const DEFAULT_PORTFOLIO_RANGE: RangeKey = "52w";
export const DEFAULT_SPRINTS = 6;
export const DEFAULT_TREND_WEEKS = 4;
export const TOP_MODULES = 20;

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/);
const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);
/** `?project=a&project=b` and `?project=a,b` both work; invalid slugs are dropped, duplicates folded. */
const slugList = z.preprocess(
  (v) => [...new Set((Array.isArray(v) ? v : v == null ? [] : [v]).flatMap((s) => String(s).split(",")).map((s) => s.trim()).filter(Boolean))],
  z.array(z.string()).transform((list) => list.filter((s) => slug.safeParse(s).success).sort()),
);
const intIn = (min: number, max: number, fallback: number) =>
  z.preprocess(one, z.coerce.number().int().min(min).max(max).catch(fallback)).catch(fallback);

export const portfolioFiltersSchema = z.object({
  bucket: z.preprocess(one, z.enum(BUCKETS).catch("week")).catch("week"),
  range: z.preprocess(one, z.enum(RANGES).catch(DEFAULT_PORTFOLIO_RANGE)).catch(DEFAULT_PORTFOLIO_RANGE),
  /** Project slugs; empty = every project of the organization. */
  project: slugList.catch([]),
  /** A team slug: only its projects, and only it in budget adherence. */
  team: z.preprocess(one, slug.optional().catch(undefined)).catch(undefined),
  /** How many of each team's latest started sprints adherence looks at. */
  sprints: intIn(1, 26, DEFAULT_SPRINTS),
  /** The trend compares now with this many weeks ago. */
  vs: intIn(1, 52, DEFAULT_TREND_WEEKS),
});
export type PortfolioFilters = z.infer<typeof portfolioFiltersSchema>;

/** Filters from searchParams; anything invalid falls back to its default, never an error. */
export function parsePortfolioFilters(sp: Record<string, string | string[] | undefined>): PortfolioFilters {
  return portfolioFiltersSchema.parse({ bucket: sp.bucket, range: sp.range, project: sp.project, team: sp.team, sprints: sp.sprints, vs: sp.vs });
}

/** The filters as URL parameters (defaults left out), so links and CSV downloads keep the view. */
export function filterParams(f: PortfolioFilters): Record<string, string | undefined> {
  return {
    bucket: f.bucket === "week" ? undefined : f.bucket,
    range: f.range === DEFAULT_PORTFOLIO_RANGE ? undefined : f.range,
    project: f.project.length ? f.project.join(",") : undefined,
    team: f.team,
    sprints: f.sprints === DEFAULT_SPRINTS ? undefined : String(f.sprints),
    vs: f.vs === DEFAULT_TREND_WEEKS ? undefined : String(f.vs),
  };
}
