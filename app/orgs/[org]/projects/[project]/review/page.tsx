import type { Metadata } from "next";
import Link from "next/link";
import { ReviewReport } from "@/components/review/review-report";
import { first, type SearchParams } from "@/lib/http/search-params";
import { loadProjectReview } from "@/lib/review/loaders";

type Props = { params: Promise<{ org: string; project: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ project }, sp] = await Promise.all([params, searchParams]);
  const week = first(sp.week);
  return { title: week ? `Weekly review ${week} · ${project}` : `Weekly review · ${project}` };
}

/** ?week=2026-W46 (default: the last complete week). */
export default async function ProjectReviewPage({ params, searchParams }: Props) {
  const [{ org, project }, sp] = await Promise.all([params, searchParams]);
  const review = await loadProjectReview(org, project, first(sp.week));
  const path = `/orgs/${org}/projects/${project}`;
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
