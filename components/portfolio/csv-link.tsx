/** A table's CSV download, with the page's filters. A plain link: it works without JavaScript. */
export function CsvLink({ href, what }: { href: string; what: string }) {
  return (
    <a href={href} download className="no-print text-xs text-blue-700 hover:underline dark:text-blue-400" aria-label={`Download ${what} as CSV`}>
      CSV
    </a>
  );
}

export const pct = (v: number | null | undefined, digits = 1) => (v == null ? "—" : `${(v * 100).toFixed(digits)}%`);
