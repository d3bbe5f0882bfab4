/**
 * Parser of `git diff` unified output into the lines each file gained. The gate judges only
 * added lines: a deletion leaves no new code to cover or measure.
 */
export type ChangeStatus = "added" | "modified" | "deleted" | "renamed" | "copied";

export interface FileChange {
  /** Path after the change ("/" separated); the old path for a deleted file. */
  path: string;
  /** Path before the change: differs from `path` for renames and copies, null for new files. */
  oldPath: string | null;
  status: ChangeStatus;
  binary: boolean;
  /** Mode before and after, when the diff says the mode changed (e.g. "100644" → "100755"). */
  modeChange: { from: string; to: string } | null;
  /** 1-based line numbers in the new file, ascending. */
  addedLines: number[];
}

/** Unquotes a path git printed C-style ("a/t\303\251st\tx"), then drops its a/ or b/ prefix. */
export function unquotePath(raw: string): string {
  if (!raw.startsWith('"')) return raw;
  const bytes: number[] = [];
  const body = raw.slice(1, raw.endsWith('"') ? -1 : undefined);
  const escapes: Record<string, number> = { n: 10, t: 9, r: 13, b: 8, f: 12, v: 11, a: 7, '"': 34, "\\": 92 };
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== "\\") {
      bytes.push(...Buffer.from(c, "utf8"));
      continue;
    }
    const next = body[i + 1] ?? "";
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(escapes[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

function stripPrefix(path: string): string {
  return path.replace(/^[ab]\//, "");
}

/** The two paths of a `diff --git a/X b/Y` header; used only when no ---/+++ or rename lines follow. */
function headerPaths(rest: string): [string, string] | null {
  if (rest.startsWith('"')) {
    const end = rest.indexOf('" ', 1);
    if (end < 0) return null;
    return [stripPrefix(unquotePath(rest.slice(0, end + 1))), stripPrefix(unquotePath(rest.slice(end + 2)))];
  }
  // Unquoted and unchanged (mode-only change): "a/P b/P", so the halves are equally long.
  const half = (rest.length - 1) / 2;
  if (Number.isInteger(half) && rest[half] === " ") {
    const a = rest.slice(0, half);
    const b = rest.slice(half + 1);
    if (stripPrefix(a) === stripPrefix(b)) return [stripPrefix(a), stripPrefix(b)];
  }
  const at = rest.indexOf(" b/");
  return at < 0 ? null : [stripPrefix(rest.slice(0, at)), stripPrefix(rest.slice(at + 1))];
}

const HUNK = /^@@+ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

interface Draft {
  oldPath: string | null;
  newPath: string | null;
  status: ChangeStatus;
  binary: boolean;
  oldMode: string | null;
  newMode: string | null;
  addedLines: number[];
  header: [string, string] | null;
}

function finish(d: Draft): FileChange {
  const oldPath = d.oldPath ?? (d.status === "added" ? null : d.header?.[0] ?? null);
  const newPath = d.newPath ?? (d.status === "deleted" ? null : d.header?.[1] ?? null);
  const path = newPath ?? oldPath ?? "";
  return {
    path,
    oldPath: d.status === "added" ? null : oldPath,
    status: d.status,
    binary: d.binary,
    modeChange: d.oldMode && d.newMode && d.oldMode !== d.newMode ? { from: d.oldMode, to: d.newMode } : null,
    addedLines: d.addedLines,
  };
}

/** Parses the output of `git diff` (any -U, with or without -M/-C) into one entry per file. */
export function parseUnifiedDiff(text: string): FileChange[] {
  const out: FileChange[] = [];
  let d: Draft | null = null;
  // Lines left in the current hunk's new side; while > 0 (or old side lines remain) we are in a hunk.
  let newLeft = 0;
  let oldLeft = 0;
  let line = 0;
  const lines = text.split("\n");
  if (lines.at(-1) === "") lines.pop();
  for (const raw of lines) {
    const inHunk = newLeft > 0 || oldLeft > 0;
    if (d && inHunk) {
      const tag = raw[0];
      if (tag === "+") {
        d.addedLines.push(line++);
        newLeft--;
        continue;
      }
      if (tag === "-") {
        oldLeft--;
        continue;
      }
      if (tag === " " || raw === "") {
        line++;
        newLeft--;
        oldLeft--;
        continue;
      }
      if (tag === "\\") continue;
    }
    if (raw.startsWith("diff --git ")) {
      if (d) out.push(finish(d));
      d = { oldPath: null, newPath: null, status: "modified", binary: false, oldMode: null, newMode: null, addedLines: [], header: headerPaths(raw.slice(11)) };
      newLeft = oldLeft = 0;
      continue;
    }
    if (!d) continue;
    const hunk = HUNK.exec(raw);
    if (hunk) {
      line = Number(hunk[1]);
      newLeft = hunk[2] === undefined ? 1 : Number(hunk[2]);
      const oldCount = /^@@+ -\d+(?:,(\d+))?/.exec(raw)!;
      oldLeft = oldCount[1] === undefined ? 1 : Number(oldCount[1]);
      continue;
    }
    if (raw.startsWith("\\")) continue; // "\ No newline at end of file"
    if (raw.startsWith("--- ")) {
      const p = raw.slice(4).replace(/\t$/, "");
      if (p !== "/dev/null") d.oldPath = stripPrefix(unquotePath(p));
    } else if (raw.startsWith("+++ ")) {
      const p = raw.slice(4).replace(/\t$/, "");
      if (p !== "/dev/null") d.newPath = stripPrefix(unquotePath(p));
    } else if (raw.startsWith("new file mode ")) {
      d.status = "added";
      d.newMode = raw.slice(14);
    } else if (raw.startsWith("deleted file mode ")) {
      d.status = "deleted";
      d.oldMode = raw.slice(18);
    } else if (raw.startsWith("old mode ")) {
      d.oldMode = raw.slice(9);
    } else if (raw.startsWith("new mode ")) {
      d.newMode = raw.slice(9);
    } else if (raw.startsWith("rename from ")) {
      d.status = "renamed";
      d.oldPath = unquotePath(raw.slice(12));
    } else if (raw.startsWith("rename to ")) {
      d.newPath = unquotePath(raw.slice(10));
    } else if (raw.startsWith("copy from ")) {
      d.status = "copied";
      d.oldPath = unquotePath(raw.slice(10));
    } else if (raw.startsWith("copy to ")) {
      d.newPath = unquotePath(raw.slice(8));
    } else if (raw.startsWith("Binary files ") || raw === "GIT binary patch") {
      d.binary = true;
    }
  }
  if (d) out.push(finish(d));
  return out;
}

/** Added lines per current path (deleted and binary files have none). */
export function changedLinesByFile(changes: FileChange[]): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const c of changes) {
    if (c.status === "deleted" || c.binary || c.addedLines.length === 0) continue;
    out.set(c.path, new Set(c.addedLines));
  }
  return out;
}

/** Current path -> path at the merge base, for renamed and copied files. */
export function previousPaths(changes: FileChange[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of changes) if ((c.status === "renamed" || c.status === "copied") && c.oldPath) out.set(c.path, c.oldPath);
  return out;
}
