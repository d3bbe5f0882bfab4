/**
 * A report that cannot be read. The message always starts with the file and, where known,
 * the position, so the CLI can print it as a one-line reason and exit non-zero.
 */
export class ReportError extends Error {
  readonly file: string;
  readonly line: number | null;
  readonly column: number | null;

  constructor(file: string, reason: string, line: number | null = null, column: number | null = null) {
    const where = line == null ? file : column == null ? `${file}:${line}` : `${file}:${line}:${column}`;
    super(`${where}: ${reason}`);
    this.name = "ReportError";
    this.file = file;
    this.line = line;
    this.column = column;
  }
}
