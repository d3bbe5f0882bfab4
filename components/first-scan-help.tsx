/** What a new user needs to send the first scan of a project. */
export function FirstScanHelp({ orgSlug, projectSlug, origin }: { orgSlug: string; projectSlug: string; origin: string }) {
  const code = "rounded bg-zinc-100 p-3 text-xs dark:bg-zinc-800 overflow-x-auto block whitespace-pre";
  return (
    <section aria-labelledby="first-scan" className="rounded-lg border border-dashed border-zinc-300 p-6 dark:border-zinc-700">
      <h2 id="first-scan" className="mb-2 text-lg font-semibold">
        No scans yet: send the first one
      </h2>
      <ol className="list-decimal space-y-3 pl-5 text-sm">
        <li>
          Get an ingest token for this project (printed once):
          <code className={code}>{`npx paydown admin create-token --org ${orgSlug} --project ${projectSlug}`}</code>
        </li>
        <li>
          In the repository, with test reports if you have them, scan and upload:
          <code className={code}>{`npx paydown scan . --coverage coverage/lcov.info --junit 'reports/*.xml' \\
  --upload ${origin} --token $PAYDOWN_TOKEN`}</code>
        </li>
        <li>
          Or post a scan document yourself (format in docs/scan-format.md):
          <code className={code}>{`curl -X POST ${origin}/api/v1/scans \\
  -H "Authorization: Bearer $PAYDOWN_TOKEN" -H "Content-Type: application/json" \\
  --data-binary @scan.json`}</code>
        </li>
        <li>
          Want a year of trends today? <code>npx paydown scan . --history 52w --every 1w --upload …</code> backfills weekly points from git.
        </li>
      </ol>
    </section>
  );
}
