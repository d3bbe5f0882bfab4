import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { Card, CardSkeleton } from "@/components/card";
import { DataTableAlt } from "@/components/data-table-alt";
import { ActionForm } from "@/components/forms/action-form";
import { TableHead } from "@/components/table-head";
import { formatDay } from "@/components/charts/format";
import { ForecastChart } from "@/components/payoff/forecast-chart";
import { LastNPicker } from "@/components/last-n-picker";
import { SprintHeader } from "@/components/sprints/sprint-header";
import { CATEGORY_LABEL } from "@/lib/debt/metrics";
import { pick, withParams, type SearchParams } from "@/lib/http/search-params";
import { CATEGORIES } from "@/lib/ingest/schema";
import { deleteForecastTargetAction, setForecastTargetAction } from "@/lib/payoff/actions";
import { describeForecast, formatMetricValue } from "@/lib/payoff/format";
import type { TargetForecast } from "@/lib/payoff/forecasts";
import { loadForecasts } from "@/lib/payoff/loaders";
import { describeTarget, FORECAST_METRICS, METRIC_META } from "@/lib/payoff/schema";
import { loadTeam } from "@/lib/teams/loaders";

type Props = { params: Promise<{ org: string; team: string }>; searchParams: Promise<SearchParams> };

export const metadata: Metadata = { title: "Forecast" };

const SIZES = ["3", "6", "12", "24"] as const;

function ChartCard({ f, last, sprints }: { f: TargetForecast; last: number; sprints: number }) {
  const meta = METRIC_META[f.metric];
  const label = f.metric === "grade" ? "Debt ratio (%)" : `${meta.label}${meta.unit === "%" ? " (%)" : ""}`;
  return (
    <Card title={`${f.projectSlug}/${f.moduleName}: ${meta.label} (${CATEGORY_LABEL[f.category]}) ${describeTarget(f.metric, f.target)}`}>
      <p className="mb-2 text-sm" data-testid="forecast-verdict">
        {describeForecast(f.forecast, f.metric)} Fitted on up to the last {last} ended sprints ({sprints} so far).
      </p>
      <ForecastChart data={f.chart} label={label} />
      <DataTableAlt
        caption="Metric at each sprint end, trend and target"
        columns={["Sprint", "Date", "At sprint end", "Trend", "Target"]}
        rows={f.chart.map((r) => [r.label, formatDay(r.t), formatMetricValue(f.metric, r.actual), formatMetricValue(f.metric, r.fitted), formatMetricValue(f.metric, r.target)])}
      />
    </Card>
  );
}

async function ForecastCards({ org, team, last, sp }: { org: string; team: string; last: number; sp: SearchParams }) {
  const { forecasts, modules, canEdit, sprints } = await loadForecasts(org, team, last);
  const path = `/orgs/${org}/teams/${team}/forecast`;
  const selected = forecasts.find((f) => f.id === sp.target) ?? forecasts[0];
  const hidden = { org, team };
  return (
    <>
      <Card title={`Targets (${forecasts.length})`}>
        {forecasts.length ? (
          <table className="w-full text-left text-sm" data-testid="forecast-targets">
            <TableHead columns={["Module", "Metric", "Target", "Forecast", ""]} />
            <tbody>
              {forecasts.map((f) => (
                <tr key={f.id} className="border-b border-zinc-100 last:border-0 dark:border-zinc-800">
                  <td className="py-1.5 pr-3">
                    <Link href={withParams(path, sp, { target: f.id })} className="text-blue-700 hover:underline dark:text-blue-400">
                      {f.projectSlug}/{f.moduleName}
                    </Link>
                  </td>
                  <td className="py-1.5 pr-3">
                    {METRIC_META[f.metric].label} ({CATEGORY_LABEL[f.category]})
                  </td>
                  <td className="py-1.5 pr-3 tabular-nums">{describeTarget(f.metric, f.target)}</td>
                  <td className="py-1.5 pr-3">{describeForecast(f.forecast, f.metric)}</td>
                  <td className="py-1.5">
                    {canEdit ? <ActionForm action={deleteForecastTargetAction} hidden={{ ...hidden, target: f.id }} submitLabel="Delete" label={`Delete target ${f.moduleName} ${f.metric}`} inline danger /> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="text-sm text-zinc-500">No targets yet.{canEdit ? " Set one below." : ""}</p>
        )}
      </Card>
      {selected ? <ChartCard f={selected} last={last} sprints={sprints} /> : null}
      {canEdit ? (
        <Card title="Set a target">
          {modules.length ? (
            <ActionForm
              action={setForecastTargetAction}
              hidden={hidden}
              label="Set a target"
              submitLabel="Save target"
              fields={[
                { name: "module", label: "Module", type: "select", options: modules.map((m) => ({ value: m.id, label: `${m.project.slug}/${m.name}` })) },
                { name: "metric", label: "Metric", type: "select", options: FORECAST_METRICS.map((m) => ({ value: m, label: `${METRIC_META[m].label} (${METRIC_META[m].direction === "atLeast" ? "at least" : "at most"})` })) },
                { name: "category", label: "Category", type: "select", options: CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABEL[c] })), hint: "Coverage is on test, CCN on complexity; grade and debt minutes on any category." },
                { name: "target", label: "Target", required: true, hint: "Coverage in percent (80), a grade letter (B), a CCN (15) or debt minutes (600). One target per module and metric." },
              ]}
            />
          ) : (
            <p className="text-sm text-zinc-500">This team&apos;s projects have no scanned modules yet.</p>
          )}
        </Card>
      ) : null}
    </>
  );
}

export default async function ForecastPage({ params, searchParams }: Props) {
  const [{ org, team: teamSlug }, sp] = await Promise.all([params, searchParams]);
  const last = Number(pick(sp.last, SIZES, "6"));
  const { org: membership, team } = await loadTeam(org, teamSlug);
  const path = `/orgs/${org}/teams/${team.slug}/forecast`;
  return (
    <div className="space-y-4">
      <SprintHeader
        org={org}
        orgName={membership.orgName}
        team={team.slug}
        teamName={team.name}
        title={`${team.name}: forecast`}
        sub="A least-squares line through each target's metric at the end of the last N ended sprints, extended until it meets the target."
      />
      <div className="flex flex-wrap items-center gap-4 text-sm">
        <Link href={`/orgs/${org}/teams/${team.slug}/payoff`} className="text-blue-700 hover:underline dark:text-blue-400">
          Payoff over time
        </Link>
        <LastNPicker prefix="Fit on:" sizes={SIZES} current={last} hrefFor={(n) => withParams(path, sp, { last: n })} />
      </div>
      <Suspense fallback={<CardSkeleton title="Targets" />}>
        <ForecastCards org={org} team={team.slug} last={last} sp={sp} />
      </Suspense>
    </div>
  );
}
