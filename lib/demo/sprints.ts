import type { WorkItemInput } from "@/lib/sprints/schema";
import { DEMO_PROJECTS, prng } from "./generate";

// Demo teams plan two-week sprints against the demo projects' real (demo) modules, so the
// planning, review, payoff and portfolio pages have something to show on first start.

export interface DemoTeamSpec {
  slug: string;
  name: string;
  projects: string[];
  /** Fraction of 1. */
  budgetTarget: number;
}

export const DEMO_TEAMS: DemoTeamSpec[] = [
  { slug: "shop-team", name: "Shop team (demo)", projects: ["storefront", "billing-service"], budgetTarget: 0.2 },
  { slug: "data-team", name: "Data team (demo)", projects: ["data-pipeline"], budgetTarget: 0.2 },
];

export interface DemoSprint {
  name: string;
  startDate: string;
  endDate: string;
  capacity: number;
  items: WorkItemInput[];
}

const CATEGORIES = ["test", "docs", "complexity", "duplication"] as const;
const FEATURES = ["Saved carts", "Gift cards", "Invoice PDF export", "Faster search facets", "Refund flow", "Partner API keys", "CSV import", "Audit trail", "Dark mode", "Bulk edit"];
const BUGS = ["Rounding error in totals", "Timeout on large exports", "Duplicate webhook delivery", "Broken pagination", "Stale cache after update"];
const DEBT_VERB: Record<(typeof CATEGORIES)[number], string> = {
  test: "Cover",
  docs: "Document the public API of",
  complexity: "Split the largest functions in",
  duplication: "Fold copy-pasted code in",
};
const POINTS = [1, 2, 3, 5, 8];

const iso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

/** Monday (UTC) of the week holding `d`. */
function mondayOf(d: Date): Date {
  const day = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  return addDays(day, -((day.getUTCDay() + 6) % 7));
}

/**
 * `past` finished two-week sprints (Monday to the second Friday) and the one running at `end`
 * (over a weekend between sprints: the next one, not started yet, all planned),
 * deterministic for a team. Past sprints are mostly done with a few items dropped or carried;
 * the running one is part done, part planned.
 */
export function demoSprints(team: DemoTeamSpec, end: Date, past = 8, seed = 11): DemoSprint[] {
  const rand = prng(seed + [...team.slug].reduce((h, c) => h * 31 + c.charCodeAt(0), 0) % 100_003);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const modules = DEMO_PROJECTS.filter((p) => team.projects.includes(p.slug)).flatMap((p) => p.modules.map((m) => m.name));
  // Sprint starts fall on every other Monday since the epoch, whatever `end` is.
  let currentStart = addDays(mondayOf(end), -7 * (Math.floor(mondayOf(end).getTime() / (7 * 86_400_000)) % 2));
  if (end.getTime() >= addDays(currentStart, 12).getTime()) currentStart = addDays(currentStart, 14);
  const upcoming = end.getTime() < currentStart.getTime();
  const sprints: DemoSprint[] = [];
  for (let k = past; k >= 0; k--) {
    const start = addDays(currentStart, -14 * k);
    const running = k === 0;
    const number = 30 - k;
    const items: WorkItemInput[] = [];
    // The debt share wanders around the 20% target: some sprints starve it, some catch up.
    const debtItems = 1 + Math.floor(rand() * 3);
    const otherItems = 5 + Math.floor(rand() * 4);
    const status = (): WorkItemInput["status"] => {
      if (running) return upcoming ? "planned" : pick(["done", "in_progress", "planned", "planned"] as const);
      const r = rand();
      return r < 0.8 ? "done" : r < 0.9 ? "dropped" : "in_progress";
    };
    for (let i = 0; i < debtItems; i++) {
      const category = pick(CATEGORIES);
      const target = pick(modules);
      items.push({
        title: `${DEBT_VERB[category]} ${target}`,
        externalKey: `${team.slug === "shop-team" ? "SHOP" : "DATA"}-${number * 20 + i}`,
        url: null,
        estimate: pick(POINTS.slice(0, 4)),
        type: "debt",
        category,
        status: status(),
        modules: [target],
      });
    }
    for (let i = 0; i < otherItems; i++) {
      const bug = rand() < 0.25;
      items.push({
        title: bug ? pick(BUGS) : pick(FEATURES),
        externalKey: `${team.slug === "shop-team" ? "SHOP" : "DATA"}-${number * 20 + debtItems + i}`,
        url: null,
        estimate: pick(POINTS),
        type: bug ? "bug" : "feature",
        category: null,
        status: status(),
        modules: [],
      });
    }
    sprints.push({ name: `Sprint ${number}`, startDate: iso(start), endDate: iso(addDays(start, 11)), capacity: 40, items });
  }
  return sprints;
}
