export function DemoBanner() {
  return (
    <p role="note" className="mb-4 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200">
      <strong>Demo data.</strong> This project was generated to show what Paydown looks like; its scans are not of real code.
    </p>
  );
}
