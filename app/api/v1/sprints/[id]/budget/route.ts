import { handle, json } from "@/lib/api/respond";
import { authenticateProjectToken } from "@/lib/auth/api-auth";
import { paydownField } from "@/lib/payoff/paydown";
import { budgetResponse } from "@/lib/sprints/budget-response";
import { sprintForToken } from "@/lib/sprints/sync";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ id: string }> };

export const GET = handle(async (req: Request, { params }: Ctx) => {
  const ctx = await authenticateProjectToken(req);
  const sprint = await sprintForToken(ctx, (await params).id);
  return json({ ...budgetResponse(sprint), paydown: await paydownField(ctx.orgId, sprint.id) });
});
