import "server-only";
import { buildProjectReview, buildTeamReview } from "@/lib/review/data";
import { reviewPath, reviewToMarkdown } from "@/lib/review/markdown";
import { parseWeek } from "@/lib/review/week";
import { subscriptionScopeExists, type SubscriptionRow } from "./data";
import type { DigestContent } from "./message";

/**
 * The digest of one subscription for one week: the weekly review's Markdown, the same the
 * review page exports (a team's covers each of its projects). Null when the project or
 * team is gone.
 */
export async function composeDigest(sub: Pick<SubscriptionRow, "orgId" | "projectId" | "teamId">, week: string, now = new Date()): Promise<DigestContent | null> {
  if (!parseWeek(week) || !(await subscriptionScopeExists(sub.orgId, sub))) return null;
  const review = sub.projectId ? await buildProjectReview(sub.orgId, sub.projectId, week, now) : await buildTeamReview(sub.orgId, sub.teamId!, week, now);
  return {
    scopeName: review.scope.kind === "team" ? `${review.scope.name} (team)` : review.scope.name,
    week,
    // The digest has its own title and "Open in Paydown" link: the review's are left out.
    markdown: reviewToMarkdown(review).replace(/^# .*\n+/, ""),
    path: reviewPath(review, week),
  };
}
