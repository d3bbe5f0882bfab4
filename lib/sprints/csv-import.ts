import { DEBT_CATEGORIES, ITEM_STATUSES, workItemInputSchema, type WorkItemInput } from "./schema";

// Tracker CSV (Jira and Linear exports) to work items. Pure: the import page previews with it
// in the browser and the import action runs it again on the server before writing anything.

export const MAPPED_FIELDS = ["key", "summary", "estimate", "labels", "status", "sprint", "type", "url", "modules"] as const;
export type MappedField = (typeof MAPPED_FIELDS)[number];
/** Which header feeds each field; every column with that header is read (Jira repeats Labels and Sprint). */
export type ColumnMapping = Record<MappedField, string | null>;

export const FIELD_LABEL: Record<MappedField, string> = {
  key: "Key",
  summary: "Summary",
  estimate: "Story points",
  labels: "Labels",
  status: "Status",
  sprint: "Sprint",
  type: "Issue type",
  url: "URL",
  modules: "Modules",
};

type Status = (typeof ITEM_STATUSES)[number];
type DebtCategory = (typeof DEBT_CATEGORIES)[number];

const normalize = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/[\s_]+/g, " ");

/** Jira names custom columns "Custom field (Story Points)". */
const headerName = (h: string) => normalize(h).replace(/^custom field \((.*)\)$/, "$1");

const HEADER_ALIASES: Record<MappedField, string[]> = {
  key: ["issue key", "key", "id", "identifier", "issue id"],
  summary: ["summary", "title", "name"],
  estimate: ["story points", "story point estimate", "estimate", "points", "story points estimate"],
  labels: ["labels", "label", "tags"],
  status: ["status", "state"],
  sprint: ["sprint", "cycle name", "cycle"],
  type: ["issue type", "type"],
  url: ["url", "link", "issue url"],
  // Not Jira's Component/s: those rarely match module names, and an unknown module refuses the import.
  modules: ["modules", "module", "paydown module"],
};

export function guessMapping(headers: string[]): ColumnMapping {
  const names = headers.map(headerName);
  const out = {} as ColumnMapping;
  for (const field of MAPPED_FIELDS) {
    const i = HEADER_ALIASES[field].map((a) => names.indexOf(a)).find((x) => x >= 0);
    out[field] = i === undefined ? null : headers[i];
  }
  return out;
}

const STATUS_WORDS: Record<Status, string[]> = {
  planned: ["to do", "todo", "backlog", "open", "new", "selected for development", "ready", "triage", "unstarted", "planned", "reopened"],
  in_progress: ["in progress", "in review", "review", "code review", "in qa", "qa", "testing", "in testing", "started", "blocked", "in development", "doing"],
  done: ["done", "closed", "resolved", "complete", "completed", "released", "merged", "shipped", "fixed"],
  dropped: ["won't do", "wont do", "won't fix", "wont fix", "canceled", "cancelled", "duplicate", "rejected", "dropped", "declined", "abandoned", "obsolete"],
};
const STATUS_BY_WORD = new Map(Object.entries(STATUS_WORDS).flatMap(([s, words]) => words.map((w) => [w, s as Status])));

/** A tracker status as ours; blank is planned, null when unknown. */
export function mapStatus(raw: string): Status | null {
  const s = normalize(raw).replace(/-/g, " ");
  if (!s) return "planned";
  return STATUS_BY_WORD.get(s) ?? STATUS_BY_WORD.get(s.replace(/ /g, "")) ?? null;
}

const DEBT_WORDS = new Set(["debt", "tech-debt", "techdebt", "tech debt", "technical-debt", "technicaldebt", "tech_debt"]);
const CATEGORY_WORDS: Record<string, DebtCategory> = {
  test: "test",
  tests: "test",
  testing: "test",
  coverage: "test",
  docs: "docs",
  doc: "docs",
  documentation: "docs",
  complexity: "complexity",
  duplication: "duplication",
  duplicate: "duplication",
  duplicates: "duplication",
};

export type LabelVerdict = { debt: false } | { debt: true; category: DebtCategory | null } | { error: string };

/** `tech-debt`, `techdebt`, `debt` mark debt; `debt:complexity` (or `tech-debt/test`) also names the category. */
export function debtFromLabels(labels: string[]): LabelVerdict {
  let debt = false;
  const categories = new Set<DebtCategory>();
  for (const raw of labels) {
    const label = raw.trim().toLowerCase();
    const m = /^([a-z_ -]+?)\s*[:/]\s*(.+)$/.exec(label);
    if (m && DEBT_WORDS.has(m[1])) {
      const cat = CATEGORY_WORDS[m[2].trim()];
      if (!cat) return { error: `label "${raw.trim()}": unknown debt category "${m[2].trim()}" (test, docs, complexity or duplication)` };
      debt = true;
      categories.add(cat);
    } else if (DEBT_WORDS.has(label)) debt = true;
  }
  if (categories.size > 1) return { error: `labels name several debt categories (${[...categories].join(", ")}); keep one` };
  return debt ? { debt: true, category: [...categories][0] ?? null } : { debt: false };
}

function typeFromTracker(raw: string): WorkItemInput["type"] {
  const t = normalize(raw);
  if (!t) return "feature";
  if (t === "bug" || t === "defect") return "bug";
  if (["tech debt", "technical debt", "debt", "tech-debt"].includes(t)) return "debt";
  if (["story", "user story", "task", "feature", "new feature", "improvement", "sub-task", "subtask", "enhancement"].includes(t)) return "feature";
  return "other";
}

function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  if (firstLine.includes(",")) return ",";
  if (firstLine.includes(";")) return ";";
  return firstLine.includes("\t") ? "\t" : ",";
}

/** RFC 4180 records: quoted fields with commas, doubled quotes and line breaks; BOM and CRLF tolerated. */
export function parseCsv(input: string): { records: string[][]; error?: string } {
  const text = input.replace(/^\uFEFF/, "");
  const delim = detectDelimiter(text);
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  let fieldStarted = false;
  let quoteRecord = 0;
  const endField = () => {
    record.push(field);
    field = "";
    fieldStarted = false;
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (c === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
      quoteRecord = records.length + 1;
    } else if (c === delim) endField();
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      endRecord();
    } else {
      field += c;
      fieldStarted = true;
    }
  }
  if (quoted) return { records, error: `Row ${quoteRecord}: a quoted field is never closed.` };
  if (field || record.length) endRecord();
  return { records: records.filter((r) => r.length > 1 || r[0].trim() !== "") };
}

export interface ImportPreview {
  headers: string[];
  mapping: ColumnMapping;
  /** Row numbers count the header as row 1, as a spreadsheet shows them. */
  items: Array<{ row: number; item: WorkItemInput }>;
  invalid: Array<{ row: number; reason: string }>;
  skipped: Array<{ row: number; reason: string }>;
  /** The file as a whole cannot be read (nothing is listed then). */
  error?: string;
}

const FIELD_OF_PATH: Record<string, string> = { title: "summary", externalKey: "key", estimate: "story points", url: "URL", modules: "modules" };

function parseEstimate(raw: string): number | null | string {
  const s = raw.trim();
  if (!s) return null;
  const n = Number(s.replace(",", "."));
  return Number.isFinite(n) ? n : `story points "${s}" is not a number`;
}

const splitList = (cells: string[]) => cells.flatMap((c) => c.split(/[,;]/)).map((s) => s.trim()).filter(Boolean);

/** Reads a tracker CSV into items to create and rows refused with their reasons; writes nothing. */
export function importCsv(text: string, opts: { mapping?: Partial<ColumnMapping>; sprintName?: string } = {}): ImportPreview {
  const { records, error } = parseCsv(text);
  const headers = (records[0] ?? []).map((h) => h.trim());
  const mapping = { ...guessMapping(headers), ...(opts.mapping ?? {}) } as ColumnMapping;
  const empty: ImportPreview = { headers, mapping, items: [], invalid: [], skipped: [] };
  if (error) return { ...empty, error };
  if (!records.length) return { ...empty, error: "The file is empty." };
  for (const field of MAPPED_FIELDS) {
    if (mapping[field] && !headers.includes(mapping[field]!)) return { ...empty, error: `No column "${mapping[field]}" in the file.` };
  }
  if (!mapping.summary) return { ...empty, error: "Map a column to Summary: every item needs a title." };
  const columnsOf = (field: MappedField) => (mapping[field] ? headers.flatMap((h, i) => (h === mapping[field] ? [i] : [])) : []);
  const cols = Object.fromEntries(MAPPED_FIELDS.map((f) => [f, columnsOf(f)])) as Record<MappedField, number[]>;
  const rows = records.slice(1).map((cells, i) => ({ row: i + 2, cells, get: (f: MappedField) => cols[f].map((c) => (cells[c] ?? "").trim()).filter(Boolean) }));

  // A file of several sprints imports only the rows of this one, when any row names it.
  const wanted = opts.sprintName?.trim().toLowerCase();
  const filterBySprint = Boolean(wanted && cols.sprint.length && rows.some((r) => r.get("sprint").some((s) => s.toLowerCase() === wanted)));

  const out: ImportPreview = { ...empty };
  const keys = new Map<string, number>();
  for (const r of rows) {
    if (filterBySprint && !r.get("sprint").some((s) => s.toLowerCase() === wanted)) {
      out.skipped.push({ row: r.row, reason: r.get("sprint").length ? `sprint "${r.get("sprint").join(", ")}"` : "no sprint" });
      continue;
    }
    const fail = (reason: string) => out.invalid.push({ row: r.row, reason });
    // Titles are one line; a quoted line break in a summary is just a space.
    const title = (r.get("summary")[0] ?? "").replace(/\s+/g, " ");
    const [key] = r.get("key");
    const estimate = parseEstimate(r.get("estimate")[0] ?? "");
    if (typeof estimate === "string") {
      fail(estimate);
      continue;
    }
    const rawStatus = r.get("status")[0] ?? "";
    const status = mapStatus(rawStatus);
    if (!status) {
      fail(`unknown status "${rawStatus}"`);
      continue;
    }
    const labels = debtFromLabels(splitList(r.get("labels")));
    if ("error" in labels) {
      fail(labels.error);
      continue;
    }
    if (key && keys.has(key)) {
      fail(`key ${key} also on row ${keys.get(key)}`);
      continue;
    }
    const type = labels.debt ? "debt" : typeFromTracker(r.get("type")[0] ?? "");
    const parsed = workItemInputSchema.safeParse({
      title,
      externalKey: key,
      url: r.get("url")[0],
      estimate,
      type,
      category: labels.debt ? labels.category : null,
      status,
      modules: splitList(r.get("modules")),
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = FIELD_OF_PATH[String(issue.path[0])] ?? String(issue.path[0] ?? "row");
      fail(field === "summary" && !title ? "summary is empty" : `${field}: ${issue.message}`);
      continue;
    }
    if (key) keys.set(key, r.row);
    out.items.push({ row: r.row, item: parsed.data });
  }
  return out;
}
