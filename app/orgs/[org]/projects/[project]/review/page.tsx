import type { Metadata } from "next";
import { ReviewReport, reviewTitle } from "@/components/review/review-report";
import { first, type SearchParams } from "@/lib/http/search-params";
import { loadProjectReview } from "@/lib/review/loaders";

type Props = { params: Promise<{ org: string; project: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  return { title: reviewTitle((await params).project, first((await searchParams).week)) };
}

/** ?week=2026-W46 (default: the last complete week). */
export default async function ProjectReviewPage({ params, searchParams }: Props) {
  const [{ org, project }, sp] = await Promise.all([params, searchParams]);
  return <ReviewReport review={await loadProjectReview(org, project, first(sp.week))} />;
}
