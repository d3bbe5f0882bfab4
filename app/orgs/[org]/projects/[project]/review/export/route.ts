import { handle } from "@/lib/api/respond";
import { sessionReviewExport } from "@/lib/review/export";

type Ctx = { params: Promise<{ org: string; project: string }> };

/** GET ?week=&format=md|csv: the project's weekly review as a download, for members. */
export const GET = handle(async (req: Request, ctx: Ctx) => {
  const { org, project } = await ctx.params;
  return sessionReviewExport(req, "project", org, project);
});
