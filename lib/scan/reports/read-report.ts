import { readFile } from "node:fs/promises";
import { ReportError } from "./report-error";

/** The report's text without a byte-order mark; a missing or unreadable file is a ReportError. */
export async function readReport(file: string): Promise<string> {
  try {
    const content = await readFile(file, "utf8");
    return content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  } catch (error) {
    throw new ReportError(file, `cannot read report: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}
