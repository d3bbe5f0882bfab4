import { readJsonBody } from "@/lib/api/body";
import { ApiError, notFound, validationError } from "@/lib/api/errors";
import { handle, json } from "@/lib/api/respond";
import { tokenActor } from "@/lib/audit/schema";
import { authenticateProjectToken } from "@/lib/auth/api-auth";
import { upsertItems } from "@/lib/sprints/mutations";
import { itemsBodySchema } from "@/lib/sprints/schema";
import { sprintForToken } from "@/lib/sprints/sync";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ id: string }> };

export const POST = handle(async (req: Request, { params }: Ctx) => {
  const ctx = await authenticateProjectToken(req);
  const sprint = await sprintForToken(ctx, (await params).id);
  const parsed = itemsBodySchema.safeParse(await readJsonBody(req, 5 * 1024 * 1024));
  if (!parsed.success) throw validationError(parsed.error, "items");
  const result = await upsertItems(tokenActor(ctx), ctx.orgId, sprint.id, parsed.data.items, "api");
  if (!result.ok && result.status === "not_found") throw notFound("sprint");
  if (!result.ok) {
    const issues = result.problems.map((p) => ({ path: `items.${p.index}.${p.path}`, message: p.message }));
    throw new ApiError(400, "invalid_items", `Invalid items: ${issues[0].path}: ${issues[0].message}; nothing was stored.`, issues);
  }
  return json({ created: result.created, updated: result.updated, ids: result.ids }, result.created > 0 ? 201 : 200);
});
