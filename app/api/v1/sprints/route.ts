import { readJsonBody } from "@/lib/api/body";
import { validationError } from "@/lib/api/errors";
import { handle, json } from "@/lib/api/respond";
import { tokenActor } from "@/lib/audit/schema";
import { authenticateProjectToken } from "@/lib/auth/api-auth";
import { sprintResponse } from "@/lib/sprints/budget-response";
import { findSprintByName } from "@/lib/sprints/data";
import { createOrGetSprint } from "@/lib/sprints/mutations";
import { createSprintBodySchema } from "@/lib/sprints/schema";
import { teamForToken } from "@/lib/sprints/sync";

export const dynamic = "force-dynamic";

export const POST = handle(async (req: Request) => {
  const ctx = await authenticateProjectToken(req);
  const parsed = createSprintBodySchema.safeParse(await readJsonBody(req, 1024 * 1024));
  if (!parsed.success) throw validationError(parsed.error, "sprint");
  const team = await teamForToken(ctx, parsed.data.team);
  const { created } = await createOrGetSprint(tokenActor(ctx), ctx.orgId, team, parsed.data);
  const sprint = (await findSprintByName(ctx.orgId, team.id, parsed.data.name))!;
  return json(sprintResponse({ ...sprint, team }, created), created ? 201 : 200);
});
