import "server-only";
import { ApiError, notFound, unauthorized } from "@/lib/api/errors";
import { findMembership } from "@/lib/auth/data";
import { getSessionUser } from "@/lib/auth/session";
import { reviewFilename, reviewToCsv } from "./csv";
import { buildProjectReview, buildTeamReview, findProjectId, findTeamId } from "./data";
import { reviewToMarkdown } from "./markdown";
import { reviewQuerySchema, type ReviewFormat } from "./schema";
import type { Review } from "./types";
import { formatWeek, lastCompleteWeek } from "./week";

/** week and format from the query; 400 invalid_week / invalid_format in the one error shape. */
export function parseReviewQuery(url: URL, now = new Date()): { week: string; format: ReviewFormat } {
  const raw = { week: url.searchParams.get("week") || undefined, format: url.searchParams.get("format") || undefined };
  const parsed = reviewQuerySchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = String(issue.path[0] ?? "week");
    throw new ApiError(400, `invalid_${field}`, `Invalid ${field}: ${issue.message}.`, [{ path: field, message: issue.message }]);
  }
  return { week: parsed.data.week ?? formatWeek(lastCompleteWeek(now)), format: parsed.data.format };
}

export function publicOrigin(req: Request): string {
  return process.env.NEXTAUTH_URL?.replace(/\/$/, "") ?? new URL(req.url).origin;
}

/** The review as a download: Markdown or CSV, named after org, scope and week. */
export function reviewDownload(review: Review, format: ReviewFormat, baseUrl: string): Response {
  const body = format === "csv" ? reviewToCsv(review) : reviewToMarkdown(review, { baseUrl });
  return new Response(body, {
    status: 200,
    headers: {
      "content-type": format === "csv" ? "text/csv; charset=utf-8" : "text/markdown; charset=utf-8",
      "content-disposition": `attachment; filename="${reviewFilename(review, format)}"`,
      "cache-control": "private, no-store",
    },
  });
}

/**
 * The export behind the review page's buttons, for a signed-in member of the org (any role):
 * 401 without a session, 404 for other tenants and unknown projects or teams.
 */
export async function sessionReviewExport(req: Request, kind: "project" | "team", orgSlug: string, slug: string): Promise<Response> {
  const user = await getSessionUser();
  if (!user) throw unauthorized("Sign in to export.");
  const org = await findMembership(user.id, orgSlug);
  if (!org) throw notFound("organization");
  const { week, format } = parseReviewQuery(new URL(req.url));
  let review: Review;
  if (kind === "project") {
    const project = await findProjectId(org.orgId, slug);
    if (!project) throw notFound("project");
    review = await buildProjectReview(org.orgId, project.id, week);
  } else {
    const team = await findTeamId(org.orgId, slug);
    if (!team) throw notFound("team");
    review = await buildTeamReview(org.orgId, team.id, week);
  }
  return reviewDownload(review, format, publicOrigin(req));
}
