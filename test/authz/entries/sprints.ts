import { expect } from "vitest";
import { prisma } from "@/lib/db/client";
import { generateToken } from "@/lib/auth/tokens";
import { PERSONAS, type World } from "../world";
import { ADMIN_ONLY, ADMIN_ONLY_PAGE, MEMBER_WRITE, MEMBERS_READ, type ActionEntry, type PageEntry, type RouteCase } from "../types";

// Teams, sprints and work items (issue 4, part A): admins manage teams, members plan sprints, viewers read.

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const sprintRef = (w: World, org = "acme") => ({ org, team: "platform", sprint: w.sprint.id });

export const actions: Record<string, ActionEntry> = {
  "lib/teams/actions.ts#createTeamAction": {
    input: (_w, p) => ({ org: "acme", slug: `team-${p}`, name: `Team ${p}`, budgetTarget: "25", projects: "shop" }),
    expect: ADMIN_ONLY,
    audit: "team.create",
  },
  "lib/teams/actions.ts#updateTeamAction": {
    input: () => ({ org: "acme", team: "platform", slug: "platform", name: "Platform team", budgetTarget: "15", projects: "shop" }),
    expect: { ...ADMIN_ONLY, admin: "redirect:/orgs/acme/teams/platform" },
    crossTenant: () => ({ org: "other", team: "platform", slug: "platform", name: "Stolen", budgetTarget: "15", projects: "" }),
    audit: "team.update",
  },
  "lib/sprints/actions.ts#createSprintAction": {
    input: (_w, p) => ({ org: "acme", team: "platform", name: `Sprint of ${p}`, startDate: day(14), endDate: day(27), capacity: "30", unit: "points", budgetTarget: "20" }),
    expect: { ...MEMBER_WRITE, member: "redirect:/orgs/acme/teams/platform", admin: "redirect:/orgs/acme/teams/platform" },
    crossTenant: () => ({ org: "other", team: "platform", name: "Sneaky", startDate: day(0), endDate: day(9) }),
  },
  "lib/sprints/actions.ts#updateSprintAction": {
    input: (w) => ({ ...sprintRef(w), name: "Sprint 14", startDate: day(-3), endDate: day(11), capacity: "42", unit: "points", budgetTarget: "20" }),
    expect: MEMBER_WRITE,
    crossTenant: (w) => ({ ...sprintRef(w, "other"), name: "Sprint 14", startDate: day(-3), endDate: day(11) }),
  },
  "lib/sprints/actions.ts#addItemAction": {
    input: (w, p) => ({ ...sprintRef(w), title: `Cover billing (${p})`, estimate: "2", type: "debt", category: "test", status: "planned" }),
    expect: MEMBER_WRITE,
    crossTenant: (w) => ({ ...sprintRef(w, "other"), title: "x" }),
  },
  "lib/sprints/actions.ts#updateItemProgressAction": {
    input: (w) => ({ ...sprintRef(w), itemId: w.workItem.id, status: "done", estimate: "3" }),
    expect: MEMBER_WRITE,
    crossTenant: (w) => ({ ...sprintRef(w, "other"), itemId: w.workItem.id, status: "dropped", estimate: "" }),
  },
  "lib/sprints/actions.ts#deleteItemAction": {
    input: (w) => ({ ...sprintRef(w), itemId: w.workItem.id }),
    expect: MEMBER_WRITE,
    crossTenant: (w) => ({ ...sprintRef(w, "other"), itemId: w.workItem.id }),
  },
  "lib/sprints/actions.ts#importItemsAction": {
    input: (w) => ({ ...sprintRef(w), csv: "Issue key,Summary,Status,Story Points,Labels\nPAY-20,Cover checkout,To Do,2,debt:test\n" }),
    expect: MEMBER_WRITE,
    crossTenant: (w) => ({ ...sprintRef(w, "other"), csv: "Key,Summary\nX-1,x\n" }),
  },
};

const api = (token: string | undefined, method: string, body?: unknown) =>
  new Request("http://paydown.test/api/v1/sprints", {
    method,
    headers: { "content-type": "application/json", "x-forwarded-for": "203.0.113.7", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
const params = (id: string) => ({ params: Promise.resolve({ id }) });
const postSprint = async (token: string | undefined, body: unknown) => (await import("@/app/api/v1/sprints/route")).POST(api(token, "POST", body));
const postItems = async (token: string | undefined, id: string, body: unknown) => (await import("@/app/api/v1/sprints/[id]/items/route")).POST(api(token, "POST", body), params(id));
const getBudget = async (token: string | undefined, id: string) => (await import("@/app/api/v1/sprints/[id]/budget/route")).GET(api(token, "GET"), params(id));

const SPRINT = { name: "Sprint 15", startDate: "2026-11-16", endDate: "2026-11-27", capacity: 40, unit: "points", budgetTarget: 0.2 };
const ITEMS = { items: [{ title: "Split parse_config", estimate: 3, type: "debt", category: "complexity", status: "done", externalKey: "PAY-12" }] };

/** Another project of acme, with a token and a team of its own (and a sprint of that team). */
async function apiProject(w: World) {
  const project = await prisma.project.create({ data: { orgId: w.acme.id, slug: "api", name: "API" } });
  const t = generateToken();
  await prisma.projectToken.create({ data: { orgId: w.acme.id, projectId: project.id, name: "ci", prefix: t.prefix, tokenHash: t.hash } });
  return { project, token: t.token };
}

async function errorCode(res: Response) {
  return ((await res.json()) as { error: { code: string; message: string } }).error;
}

export const routes: Record<string, RouteCase[]> = {
  "app/api/v1/sprints/route.ts POST": [
    ...PERSONAS.map((p) => ({ name: `${p} session without token`, as: p, run: () => postSprint(undefined, SPRINT), status: 401 })),
    {
      name: "the project's only team gets the sprint",
      run: (w) => postSprint(w.shopToken.token, SPRINT),
      status: 201,
      check: async (w, res) => {
        const body = await res.json();
        expect(body).toMatchObject({ id: expect.any(String), team: "platform", name: "Sprint 15", budgetTarget: 0.2, created: true });
        expect(await prisma.sprint.count({ where: { orgId: w.acme.id, teamId: w.platform.id } })).toBe(2);
      },
    },
    {
      name: "the same team and name again answers the existing sprint",
      run: async (w) => {
        await postSprint(w.shopToken.token, SPRINT);
        return postSprint(w.shopToken.token, { ...SPRINT, capacity: 10 });
      },
      status: 200,
      check: async (w, res) => {
        expect(await res.json()).toMatchObject({ created: false, capacity: 40 });
        expect(await prisma.sprint.count({ where: { orgId: w.acme.id, name: "Sprint 15" } })).toBe(1);
      },
    },
    {
      name: "a project no team works on: 409 no_team",
      run: async (w) => postSprint((await apiProject(w)).token, SPRINT),
      status: 409,
      check: async (_w, res) => expect(await errorCode(res)).toMatchObject({ code: "no_team", message: expect.stringContaining("/teams") }),
    },
    {
      name: "several teams and none named: 400",
      run: async (w) => {
        await prisma.team.create({ data: { orgId: w.acme.id, slug: "growth", name: "Growth", projects: { create: { orgId: w.acme.id, projectId: w.shop.id } } } });
        return postSprint(w.shopToken.token, SPRINT);
      },
      status: 400,
      check: async (_w, res) => expect((await errorCode(res)).code).toBe("team_required"),
    },
    { name: "a team of another org named: 404", run: (w) => postSprint(w.shopToken.token, { ...SPRINT, team: "web-team" }), status: 404 },
    { name: "invalid dates: 400", run: (w) => postSprint(w.shopToken.token, { ...SPRINT, endDate: "2026-11-01" }), status: 400 },
    {
      name: "another org's token writes only to its own team",
      run: (w) => postSprint(w.webToken.token, SPRINT),
      status: 201,
      check: async (w) => {
        expect(await prisma.sprint.count({ where: { orgId: w.acme.id, name: "Sprint 15" } })).toBe(0);
        expect(await prisma.sprint.count({ where: { orgId: w.other.id, teamId: w.webTeam.id, name: "Sprint 15" } })).toBe(1);
      },
    },
  ],
  "app/api/v1/sprints/[id]/items/route.ts POST": [
    { name: "no token", as: "admin", run: (w) => postItems(undefined, w.sprint.id, ITEMS), status: 401 },
    {
      name: "an existing key is updated, not duplicated",
      run: (w) => postItems(w.shopToken.token, w.sprint.id, ITEMS),
      status: 200,
      check: async (w, res) => {
        expect(await res.json()).toMatchObject({ created: 0, updated: 1 });
        expect(await prisma.workItem.findMany({ where: { orgId: w.acme.id }, select: { externalKey: true, status: true } })).toEqual([{ externalKey: "PAY-12", status: "done" }]);
      },
    },
    {
      name: "new items are created",
      run: (w) => postItems(w.shopToken.token, w.sprint.id, { items: [{ title: "Checkout coupons", estimate: 5, externalKey: "PAY-13" }] }),
      status: 201,
    },
    {
      name: "an unknown module refuses the whole batch",
      run: (w) => postItems(w.shopToken.token, w.sprint.id, { items: [{ title: "ok", externalKey: "PAY-30" }, { title: "bad", modules: ["nowhere"] }] }),
      status: 400,
      check: async (w, res) => {
        expect(await errorCode(res)).toMatchObject({ code: "invalid_items", message: expect.stringContaining('"nowhere"') });
        expect(await prisma.workItem.count({ where: { orgId: w.acme.id } })).toBe(1);
      },
    },
    { name: "another org's sprint: 404", run: (w) => postItems(w.shopToken.token, w.otherSprint.id, ITEMS), status: 404 },
    { name: "another org's token on this sprint: 404", run: (w) => postItems(w.webToken.token, w.sprint.id, ITEMS), status: 404 },
    {
      name: "a project whose team does not plan this sprint: 404",
      run: async (w) => {
        const { project, token } = await apiProject(w);
        await prisma.team.create({ data: { orgId: w.acme.id, slug: "api-team", name: "API team", projects: { create: { orgId: w.acme.id, projectId: project.id } } } });
        return postItems(token, w.sprint.id, ITEMS);
      },
      status: 404,
    },
  ],
  "app/api/v1/sprints/[id]/budget/route.ts GET": [
    { name: "no token", as: "member", run: (w) => getBudget(undefined, w.sprint.id), status: 401 },
    {
      name: "the sprint's budget",
      run: (w) => getBudget(w.shopToken.token, w.sprint.id),
      status: 200,
      check: async (_w, res) =>
        expect(await res.json()).toMatchObject({ target: 0.2, planned: { debtShare: 1, debt: 3, total: 3 }, done: { debtShare: null }, status: "above_target" }),
    },
    { name: "another org's token: 404", run: (w) => getBudget(w.webToken.token, w.sprint.id), status: 404 },
    { name: "an unknown sprint: 404", run: (w) => getBudget(w.shopToken.token, "nope"), status: 404 },
  ],
};

const teamParams = () => ({ org: "acme", team: "platform" });
const sprintParams = (w: World) => ({ ...teamParams(), sprint: w.sprint.id });

export const pages: Record<string, PageEntry> = {
  "app/orgs/[org]/teams/page.tsx": { params: () => ({ org: "acme" }), expect: MEMBERS_READ },
  "app/orgs/[org]/teams/[team]/page.tsx": { params: teamParams, searchParams: () => ({ last: "12" }), expect: MEMBERS_READ },
  "app/orgs/[org]/teams/[team]/settings/page.tsx": { params: teamParams, expect: ADMIN_ONLY_PAGE },
  "app/orgs/[org]/teams/[team]/sprints/new/page.tsx": { params: teamParams, expect: MEMBER_WRITE },
  "app/orgs/[org]/teams/[team]/sprints/[sprint]/page.tsx": { params: sprintParams, expect: MEMBERS_READ },
  "app/orgs/[org]/teams/[team]/sprints/[sprint]/import/page.tsx": { params: sprintParams, expect: MEMBER_WRITE },
};
