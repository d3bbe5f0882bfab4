import { handle } from "@/lib/api/respond";
import { authenticateProjectToken } from "@/lib/auth/api-auth";
import { buildProjectReview } from "@/lib/review/data";
import { parseReviewQuery, publicOrigin, reviewDownload } from "@/lib/review/export";

export const dynamic = "force-dynamic";

/** GET ?week=YYYY-Www&format=md|csv: the weekly review of the token's project. */
export const GET = handle(async (req: Request) => {
  const ctx = await authenticateProjectToken(req);
  const { week, format } = parseReviewQuery(new URL(req.url));
  const review = await buildProjectReview(ctx.orgId, ctx.projectId, week);
  return reviewDownload(review, format, publicOrigin(req));
});
