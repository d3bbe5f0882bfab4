import { expect } from "vitest";
import { DEFAULT_DEBT_MODEL } from "@/lib/debt/schema";
import { ingestScan } from "@/lib/ingest/mutations";
import { sampleScanDocument } from "@/lib/ingest/sample-document";
import { scanDocumentSchema } from "@/lib/ingest/schema";
import { formatWeek, weekOf } from "@/lib/review/week";
import { MEMBERS_READ, type PageEntry, type RouteCase } from "../types";
import { PERSONAS, type Persona, type World } from "../world";

// The weekly review: members (any role) read the pages and download their exports; anonymous
// downloads get 401 (a file, not a page), other tenants 404. The API takes only a project token
// and answers for the token's project.

const WEEK = "2026-W47"; // the sample document's scannedAt, 16 Nov 2026
// The world's running sprint is dated around today, so the team export asks for this week.
const THIS_WEEK = formatWeek(weekOf(new Date()));

const scanBoth = async (w: World) => {
  const doc = scanDocumentSchema.parse(sampleScanDocument());
  await ingestScan({ orgId: w.acme.id, projectId: w.shop.id }, doc, DEFAULT_DEBT_MODEL);
  await ingestScan({ orgId: w.other.id, projectId: w.web.id }, doc, DEFAULT_DEBT_MODEL);
};

const projectExport = async (org: string, project: string, query = `?week=${WEEK}&format=csv`) =>
  (await import("@/app/orgs/[org]/projects/[project]/review/export/route")).GET(
    new Request(`http://paydown.test/orgs/${org}/projects/${project}/review/export${query}`),
    { params: Promise.resolve({ org, project }) },
  );

const teamExport = async (org: string, team: string, query = `?week=${THIS_WEEK}&format=md`) =>
  (await import("@/app/orgs/[org]/teams/[team]/review/export/route")).GET(new Request(`http://paydown.test/orgs/${org}/teams/${team}/review/export${query}`), {
    params: Promise.resolve({ org, team }),
  });

const api = async (token?: string, query = `?week=${WEEK}&format=csv`) =>
  (await import("@/app/api/v1/review/route")).GET(
    new Request(`http://paydown.test/api/v1/review${query}`, {
      headers: { "x-forwarded-for": "203.0.113.5", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    }),
  );

const expected: Record<Persona, number> = { anonymous: 401, viewer: 200, member: 200, admin: 200, outsider: 404 };
const filename = (res: Response) => /filename="([^"]+)"/.exec(res.headers.get("content-disposition") ?? "")?.[1];

/** Every persona downloads after both projects were scanned; the check runs on the 200s. */
const memberCases = (what: string, run: () => Promise<Response>, check: (res: Response) => Promise<void>): RouteCase[] =>
  PERSONAS.map((p) => ({
    name: `${p} exports ${what}`,
    as: p === "anonymous" ? undefined : p,
    run: async (w: World) => {
      await scanBoth(w);
      return run();
    },
    status: expected[p],
    check: expected[p] === 200 ? (_w: World, res: Response) => check(res) : undefined,
  }));

export const routes: Record<string, RouteCase[]> = {
  "app/orgs/[org]/projects/[project]/review/export/route.ts GET": [
    ...memberCases("acme's shop review", () => projectExport("acme", "shop"), async (res) => {
      expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      expect(filename(res)).toBe(`acme-shop-review-${WEEK}.csv`);
      const modules = new Set((await res.text()).trimEnd().split("\r\n").slice(1).map((l) => l.split(",")[0]));
      expect([...modules].sort()).toEqual(["api", "billing"]);
    }),
    { name: "the outsider cannot reach acme's project through its own org", as: "outsider", run: () => projectExport("other", "shop"), status: 404 },
    { name: "a bad format is 400", as: "viewer", run: () => projectExport("acme", "shop", `?week=${WEEK}&format=xlsx`), status: 400 },
  ],
  "app/orgs/[org]/teams/[team]/review/export/route.ts GET": [
    ...memberCases("the platform team's review", () => teamExport("acme", "platform"), async (res) => {
      expect(res.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
      expect(filename(res)).toBe(`acme-platform-review-${THIS_WEEK}.md`);
      const md = await res.text();
      expect(md).toContain(`# Weekly review: Platform, ${THIS_WEEK}`);
      expect(md).toContain("| Platform | Sprint 14 |");
      expect(md).not.toContain("Web team");
    }),
    { name: "another org's team is 404", as: "admin", run: () => teamExport("acme", "web-team"), status: 404 },
  ],
  // Project tokens, not sessions: a signed-in admin without a token gets 401.
  "app/api/v1/review/route.ts GET": [
    ...PERSONAS.map((p) => ({ name: `${p} session without token`, as: p, run: () => api(), status: 401 })),
    { name: "revoked token", run: (w) => api(w.revokedToken.token), status: 401 },
    { name: "unknown token", run: () => api("pd_00000000000000000000000000000000"), status: 401 },
    {
      name: "the project's token reads its own project",
      run: async (w) => {
        await scanBoth(w);
        return api(w.shopToken.token);
      },
      status: 200,
      check: async (_w, res) => expect(filename(res)).toBe(`acme-shop-review-${WEEK}.csv`),
    },
    {
      name: "another org's token reads only its own project",
      run: async (w) => {
        await scanBoth(w);
        return api(w.webToken.token, `?week=${WEEK}&format=md`);
      },
      status: 200,
      check: async (_w, res) => {
        expect(filename(res)).toBe(`other-web-review-${WEEK}.md`);
        expect(await res.text()).toContain("# Weekly review: Web, 2026-W47");
      },
    },
    {
      name: "a malformed week is 400 invalid_week",
      run: (w) => api(w.shopToken.token, "?week=2026-W99"),
      status: 400,
      check: async (_w, res) => expect((await res.json()).error.code).toBe("invalid_week"),
    },
    {
      name: "an unknown format is 400 invalid_format",
      run: (w) => api(w.shopToken.token, `?week=${WEEK}&format=pdf`),
      status: 400,
      check: async (_w, res) => expect((await res.json()).error.code).toBe("invalid_format"),
    },
  ],
};

export const pages: Record<string, PageEntry> = {
  "app/orgs/[org]/projects/[project]/review/page.tsx": {
    params: () => ({ org: "acme", project: "shop" }),
    searchParams: () => ({ week: WEEK }),
    expect: MEMBERS_READ,
  },
  "app/orgs/[org]/teams/[team]/review/page.tsx": {
    params: () => ({ org: "acme", team: "platform" }),
    expect: MEMBERS_READ,
  },
};
