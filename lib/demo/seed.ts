import "server-only";
import { createProjectWithToken, upsertUserInOrg } from "@/lib/auth/mutations";
import { DEFAULT_DEBT_MODEL } from "@/lib/debt/schema";
import { ingestScan } from "@/lib/ingest/mutations";
import { scanDocumentSchema } from "@/lib/ingest/schema";
import { CLI_ACTOR } from "@/lib/audit/schema";
import { createSprint, upsertItems } from "@/lib/sprints/mutations";
import { findTeam } from "@/lib/teams/data";
import { createTeam } from "@/lib/teams/mutations";
import { DEMO_PROJECTS, demoScans } from "./generate";
import { DEMO_TEAMS, demoSprints } from "./sprints";

export const DEMO_ORG = "demo";
export const DEMO_EMAIL = "demo@paydown.local";
export const DEMO_PASSWORD = "paydown-demo";

/** Loads the labelled demo organization through the real ingest path. */
export async function seedDemo(opts: { weeks?: number; end?: Date; log?: (msg: string) => void } = {}) {
  const weeks = opts.weeks ?? 52;
  const end = opts.end ?? new Date();
  const log = opts.log ?? (() => undefined);
  const { orgId } = await upsertUserInOrg({
    email: DEMO_EMAIL,
    password: DEMO_PASSWORD,
    name: "Demo admin",
    orgSlug: DEMO_ORG,
    orgName: "Demo organization",
    role: "admin",
    isDemo: true,
  });
  for (const spec of DEMO_PROJECTS) {
    const { project } = await createProjectWithToken({ orgId, slug: spec.slug, name: spec.name, isDemo: true });
    for (const doc of demoScans(spec, weeks, end)) {
      await ingestScan({ orgId, projectId: project.id }, scanDocumentSchema.parse(doc), DEFAULT_DEBT_MODEL);
    }
    log(`demo: ${spec.name}: ${weeks} weekly scans`);
  }
  for (const spec of DEMO_TEAMS) {
    const team = await createTeam(CLI_ACTOR, orgId, { slug: spec.slug, name: spec.name, budgetTarget: spec.budgetTarget, projects: spec.projects });
    if (team.status !== "ok") throw new Error(`demo team ${spec.slug}: ${team.status}`);
    const row = await findTeam(orgId, spec.slug);
    if (!row) throw new Error(`demo team ${spec.slug} was not stored`);
    const sprints = demoSprints(spec, end);
    for (const sprint of sprints) {
      const { id } = await createSprint(CLI_ACTOR, orgId, row, { ...sprint, unit: "points", budgetTarget: spec.budgetTarget });
      const result = await upsertItems(CLI_ACTOR, orgId, id, sprint.items, "demo");
      if (!result.ok) throw new Error(`demo sprint ${sprint.name}: ${JSON.stringify(result)}`);
    }
    log(`demo: ${spec.name}: ${sprints.length} sprints`);
  }
}
