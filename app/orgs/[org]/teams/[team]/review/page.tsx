import type { Metadata } from "next";
import Link from "next/link";
import { ReviewReport } from "@/components/review/review-report";
import { first, type SearchParams } from "@/lib/http/search-params";
import { loadTeamReview } from "@/lib/review/loaders";

type Props = { params: Promise<{ org: string; team: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ team }, sp] = await Promise.all([params, searchParams]);
  const week = first(sp.week);
  return { title: week ? `Weekly review ${week} · ${team}` : `Weekly review · ${team}` };
}

/** Every project the team works on, and the team's sprint; ?week=2026-W46 (default: the last complete week). */
export default async function TeamReviewPage({ params, searchParams }: Props) {
  const [{ org, team }, sp] = await Promise.all([params, searchParams]);
  const review = await loadTeamReview(org, team, first(sp.week));
  const path = `/orgs/${org}/teams/${team}`;
  return (
    <ReviewReport
      review={review}
      path={`${path}/review`}
      breadcrumb={
        <Link href={path} className="hover:underline">
          {review.scope.name}
        </Link>
      }
    />
  );
}
