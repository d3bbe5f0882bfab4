import "server-only";
import { createProjectWithToken, upsertUserInOrg } from "@/lib/auth/mutations";
import { DEFAULT_DEBT_MODEL } from "@/lib/debt/schema";
import { ingestScan } from "@/lib/ingest/mutations";
import { scanDocumentSchema } from "@/lib/ingest/schema";
import { DEMO_PROJECTS, demoScans } from "./generate";

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
}
