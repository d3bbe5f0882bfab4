// A small RFC 4180 CSV writer shared by every export (portfolio, review, …). Pure and client-safe.

export type CsvCell = string | number | boolean | null | undefined;

/** Characters a spreadsheet reads as the start of a formula when a cell begins with them. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One field: numbers as they are (NaN/Infinity and null/undefined as empty), text quoted when it
 * holds a comma, quote, line break or edge whitespace, with quotes doubled. Text that a
 * spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading apostrophe, as
 * OWASP advises for CSV injection; numbers are never touched, so negative changes stay numbers.
 */
export function csvField(value: CsvCell): string {
  if (value == null) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole document: header row then rows, CRLF line ends, ending with a line break. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvCell[]>): string {
  const lines = [header, ...rows].map((r) => r.map(csvField).join(","));
  return lines.join("\r\n") + "\r\n";
}

/** A safe download name: letters, digits, dot, dash and underscore only. */
export function csvFilename(...parts: string[]): string {
  const base = parts
    .filter(Boolean)
    .join("-")
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return `${base || "export"}.csv`;
}
