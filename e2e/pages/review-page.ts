import type { Download, Page } from "@playwright/test";

export class ReviewPage {
  constructor(private readonly page: Page) {}

  goto(org: string, project: string, week?: string) {
    return this.page.goto(`/orgs/${org}/projects/${project}/review${week ? `?week=${week}` : ""}`);
  }

  heading() {
    return this.page.getByRole("heading", { level: 1 });
  }

  changes() {
    return this.page.getByTestId("review-changes");
  }

  changeRow(...cells: string[]) {
    let rows = this.changes().locator("tbody tr");
    for (const c of cells) rows = rows.filter({ has: this.page.getByRole("cell", { name: c, exact: true }) });
    return rows;
  }

  crossings() {
    return this.page.getByTestId("review-crossings");
  }

  hotspots() {
    return this.page.getByTestId("review-hotspots");
  }

  /** Every table of the page as text cells, row by row. */
  async tableRows(testId: string): Promise<string[][]> {
    return this.page
      .getByTestId(testId)
      .locator("tbody tr")
      .evaluateAll((rows) => rows.map((r) => Array.from(r.querySelectorAll("td"), (td) => (td.textContent ?? "").trim())));
  }

  previousWeek() {
    return this.page.getByRole("link", { name: /^← \d{4}-W\d{2}$/ });
  }

  nextWeek() {
    return this.page.getByRole("link", { name: /^\d{4}-W\d{2} →$/ });
  }

  async download(label: "Export CSV" | "Export Markdown"): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent("download"), this.page.getByRole("link", { name: label }).click()]);
    return { name: download.suggestedFilename(), text: await readDownload(download) };
  }
}

async function readDownload(download: Download): Promise<string> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
