import { ApiError, validationError } from "@/lib/api/errors";
import { handle, json } from "@/lib/api/respond";
import { authenticateProjectToken } from "@/lib/auth/api-auth";
import { resolveDebtModel } from "@/lib/debt/model";
import { shapeBaseline, utcDay } from "@/lib/gate/baseline";
import { findBranchBaseline, findCurrentPlans, findGateProject } from "@/lib/gate/data";
import { baselineQuerySchema } from "@/lib/gate/schema";

export const dynamic = "force-dynamic";

/** The latest scan of a branch with what `paydown gate` compares a change against. */
export const GET = handle(async (req: Request) => {
  const ctx = await authenticateProjectToken(req);
  const url = new URL(req.url);
  const parsed = baselineQuerySchema.safeParse({ branch: url.searchParams.get("branch") ?? "" });
  if (!parsed.success) throw validationError(parsed.error, "query");
  const { branch } = parsed.data;
  const [project, scan, plans] = await Promise.all([
    findGateProject(ctx.orgId, ctx.projectId),
    findBranchBaseline(ctx.orgId, ctx.projectId, branch),
    findCurrentPlans(ctx.orgId, ctx.projectId, utcDay(new Date())),
  ]);
  if (!scan || !project) {
    throw new ApiError(
      404,
      "no_baseline",
      `No scan of branch "${branch}" for this project yet: run \`paydown scan --upload\` on ${branch} first (docs/ci.md).`,
    );
  }
  const origin = process.env.NEXTAUTH_URL?.replace(/\/$/, "") ?? url.origin;
  return json(
    shapeBaseline({
      scan,
      project: { orgSlug: project.org.slug, slug: project.slug, coverageMinimum: project.coverageMinimum, projectId: ctx.projectId },
      teams: plans.teams,
      linkedModules: plans.moduleNames,
      model: resolveDebtModel(ctx.debtModel),
      origin,
    }),
  );
});
