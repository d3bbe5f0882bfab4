import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";

// The session lookup is the only stand-in (as in the authz matrix); the clock is pinned so the
// route and the loaders see the same "now" as the fixture's dates.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => session.user }));

const { GET } = await import("@/app/orgs/[org]/portfolio/export/route");
const { prisma } = await import("@/lib/db/client");
const { toCsv } = await import("@/lib/csv/write");
const { NOW, portfolioWorld } = await import("@/test/portfolio-world");
const { modulesCsv, projectsCsv, seriesCsv, teamsCsv } = await import("./csv");
const { parsePortfolioFilters } = await import("./schema");
const loaders = await import("./loaders");

beforeEach(() => {
  vi.useFakeTimers({ now: NOW, toFake: ["Date"] });
});
afterEach(() => {
  vi.useRealTimers();
  session.user = null;
});

function get(org: string, query: string) {
  return GET(new Request(`http://paydown.test/orgs/${org}/portfolio/export?${query}`), { params: Promise.resolve({ org }) });
}

async function signInAs(userId: string) {
  const u = await prisma.user.findUniqueOrThrow({ where: { id: userId } });
  session.user = { id: u.id, email: u.email, name: u.name };
}

describe("GET /orgs/[org]/portfolio/export", () => {
  it("answers each table as CSV equal to what the page's loaders return, with the page's filters", async () => {
    const w = await portfolioWorld();
    await signInAs(w.userId);
    const query = "bucket=quarter&range=all&project=shop,web&sprints=3&vs=2";
    const filters = parsePortfolioFilters(Object.fromEntries(new URLSearchParams(query)));
    const expected = {
      projects: projectsCsv(await loaders.loadPortfolioProjects("acme", filters)),
      modules: modulesCsv(await loaders.loadPortfolioModules("acme", filters)),
      teams: teamsCsv(await loaders.loadPortfolioTeams("acme", filters)),
      series: seriesCsv(await loaders.loadPortfolioSeries("acme", filters)),
    };
    for (const [table, csv] of Object.entries(expected)) {
      const res = await get("acme", `table=${table}&${query}`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      expect(res.headers.get("content-disposition")).toBe(`attachment; filename="acme-portfolio-${table}.csv"`);
      expect(await res.text()).toBe(toCsv(csv.header, csv.rows));
    }
    // And the content is the portfolio's: both filtered projects and the org total.
    const projects = await (await get("acme", `table=projects&${query}`)).text();
    const lines = projects.trimEnd().split("\r\n");
    expect(lines.map((l) => l.split(",")[0])).toEqual(["project", "shop", "web", ""]);
  });

  it("answers 401 without a session and 404 to someone outside the organization", async () => {
    const w = await portfolioWorld();
    expect((await get("acme", "table=projects")).status).toBe(401);
    const outsider = await prisma.membership.findFirstOrThrow({ where: { orgId: w.otherOrgId } });
    await signInAs(outsider.userId);
    const res = await get("acme", "table=projects");
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe("not_found");
  });

  it("answers 404 for an unknown table", async () => {
    const w = await portfolioWorld();
    await signInAs(w.userId);
    const res = await get("acme", "table=secrets");
    expect(res.status).toBe(404);
  });
});
