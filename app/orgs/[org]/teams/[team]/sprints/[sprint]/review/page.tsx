import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { CardSkeleton } from "@/components/card";
import { LinkedFindingsCard, PaydownModulesCard, PaydownSummaryCard } from "@/components/payoff/paydown-cards";
import { SprintHeader, sprintDates } from "@/components/sprints/sprint-header";
import { loadPayoffSprint, loadSprintReview } from "@/lib/payoff/loaders";
import { sprintEnded } from "@/lib/sprints/budget";

type Props = { params: Promise<{ org: string; team: string; sprint: string }> };

export const metadata: Metadata = { title: "Sprint review" };

async function ReviewCards({ org, team, sprint }: { org: string; team: string; sprint: string }) {
  const { paydown, sprint: s } = await loadSprintReview(org, team, sprint);
  return (
    <>
      <PaydownSummaryCard paydown={paydown} sprintStart={s.startDate} />
      <div className="grid gap-4 lg:grid-cols-2">
        <PaydownModulesCard paydown={paydown} />
        <LinkedFindingsCard paydown={paydown} />
      </div>
    </>
  );
}

export default async function SprintReviewPage({ params }: Props) {
  const { org, team: teamSlug, sprint: sprintId } = await params;
  const { org: membership, team, sprint } = await loadPayoffSprint(org, teamSlug, sprintId);
  const ended = sprintEnded(sprint.endDate);
  const base = `/orgs/${org}/teams/${team.slug}`;
  return (
    <div className="space-y-4">
      <SprintHeader
        org={org}
        orgName={membership.orgName}
        team={team.slug}
        teamName={team.name}
        title={`${sprint.name}: sprint review`}
        sub={`${sprintDates(sprint)}${ended ? " · ended" : " · still running: compared with the latest scan so far"}`}
      />
      <div className="flex flex-wrap gap-4 text-sm">
        <Link href={`${base}/sprints/${sprint.id}`} className="text-blue-700 hover:underline dark:text-blue-400">
          Sprint plan
        </Link>
        <Link href={`${base}/payoff`} className="text-blue-700 hover:underline dark:text-blue-400">
          Team payoff over time
        </Link>
      </div>
      <Suspense fallback={<CardSkeleton title="What the paydown bought" />}>
        <ReviewCards org={org} team={team.slug} sprint={sprint.id} />
      </Suspense>
    </div>
  );
}
