import { handle } from "@/lib/api/respond";
import { sessionReviewExport } from "@/lib/review/export";

type Ctx = { params: Promise<{ org: string; team: string }> };

/** GET ?week=&format=md|csv: the team's weekly review (all its projects) as a download, for members. */
export const GET = handle(async (req: Request, ctx: Ctx) => {
  const { org, team } = await ctx.params;
  return sessionReviewExport(req, "team", org, team);
});
