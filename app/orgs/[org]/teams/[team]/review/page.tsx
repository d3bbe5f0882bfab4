import type { Metadata } from "next";
import { ReviewReport, reviewTitle } from "@/components/review/review-report";
import { first, type SearchParams } from "@/lib/http/search-params";
import { loadTeamReview } from "@/lib/review/loaders";

type Props = { params: Promise<{ org: string; team: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  return { title: reviewTitle((await params).team, first((await searchParams).week)) };
}

/** Every project the team works on, and the team's sprint; ?week=2026-W46 (default: the last complete week). */
export default async function TeamReviewPage({ params, searchParams }: Props) {
  const [{ org, team }, sp] = await Promise.all([params, searchParams]);
  return <ReviewReport review={await loadTeamReview(org, team, first(sp.week))} />;
}
