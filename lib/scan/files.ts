import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import ignore, { type Ignore } from "ignore";
import picomatch from "picomatch";
import { languageForPath, skipReasonForPath } from "./analyze/language";
import { git } from "./git";
import type { Language } from "./types";

export interface Skipped {
  path: string;
  reason: string;
}

/** Directories whose contents are someone else's code; matched as whole path segments. */
const VENDORED_DIRS = new Set(["vendor", "vendors", "third_party", "third-party", "thirdparty", "vendored", "external"]);
const LOCKFILES = new Set([
  "package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "bun.lockb", "bun.lock",
  "poetry.lock", "Pipfile.lock", "uv.lock", "pdm.lock", "Cargo.lock", "composer.lock", "Gemfile.lock", "go.sum",
]);
const MINIFIED = /\.min\.(js|mjs|cjs)$|-min\.js$|\.bundle\.js$/i;

export interface FileFilterOptions {
  exclude: string[];
  languages?: Language[];
}

export interface Candidate {
  path: string;
  language: Language;
}

export interface Classified {
  candidates: Candidate[];
  /** Directory-level skips are collapsed into one entry per directory ("vendor/ (12 files)"). */
  skipped: Skipped[];
}

/**
 * Path-only decisions: which repository files are source to analyse and which are skipped and why.
 * Files in languages the scanner does not analyse (Markdown, JSON, images...) are neither: they are
 * simply not source, and are not listed as skipped.
 */
export function classifyPaths(paths: string[], opts: FileFilterOptions): Classified {
  const excluded = opts.exclude.length ? picomatch(opts.exclude, { dot: true }) : null;
  const langs = opts.languages ? new Set(opts.languages) : null;
  const candidates: Candidate[] = [];
  const skipped: Skipped[] = [];
  const collapsed = new Map<string, { reason: string; count: number }>();

  for (const path of paths) {
    const segments = path.split("/");
    const base = segments[segments.length - 1]!;
    const nm = segments.indexOf("node_modules");
    const vendoredAt = segments.findIndex((s, i) => i < segments.length - 1 && VENDORED_DIRS.has(s.toLowerCase()));
    const dirCut = nm >= 0 && (vendoredAt < 0 || nm < vendoredAt) ? nm : vendoredAt;
    const language = languageForPath(path);
    if (dirCut >= 0) {
      if (!language && !skipReasonForPath(path)) continue;
      const dir = segments.slice(0, dirCut + 1).join("/") + "/";
      const entry = collapsed.get(dir) ?? { reason: dirCut === nm ? "node_modules" : "vendored", count: 0 };
      entry.count++;
      collapsed.set(dir, entry);
      continue;
    }
    if (LOCKFILES.has(base)) {
      skipped.push({ path, reason: "lockfile" });
      continue;
    }
    const stub = skipReasonForPath(path);
    if (stub) {
      skipped.push({ path, reason: stub });
      continue;
    }
    if (!language) continue;
    if (MINIFIED.test(base)) skipped.push({ path, reason: "generated: minified bundle" });
    else if (excluded?.(path)) skipped.push({ path, reason: "excluded by config" });
    else if (langs && !langs.has(language)) skipped.push({ path, reason: `language ${language} not enabled in config` });
    else candidates.push({ path, language });
  }
  for (const [dir, { reason, count }] of collapsed) {
    skipped.push({ path: dir, reason: `${reason} (${count} source file${count === 1 ? "" : "s"})` });
  }
  return { candidates, skipped };
}

/**
 * Every file of the working tree that git would track: committed, staged and untracked, minus
 * whatever any .gitignore (nested ones included), .git/info/exclude or the global excludes ignore.
 */
export async function listGitFiles(root: string): Promise<string[]> {
  const out = await git(root, ["ls-files", "--cached", "--others", "--exclude-standard", "-z"]);
  return [...new Set(out.split("\0").filter(Boolean))];
}

/** The same without git: a directory walk honouring every .gitignore on the way down. */
export async function walkFiles(root: string): Promise<string[]> {
  const files: string[] = [];
  const visit = async (dir: string, rules: { base: string; ig: Ignore }[]) => {
    const abs = join(root, dir);
    const entries = await readdir(abs, { withFileTypes: true });
    const own = entries.find((e) => e.isFile() && e.name === ".gitignore");
    if (own) {
      const text = await readFile(join(abs, ".gitignore"), "utf8");
      rules = [...rules, { base: dir, ig: ignore().add(text) }];
    }
    const isIgnored = (rel: string, isDir: boolean) =>
      rules.some(({ base, ig }) => {
        const local = base ? rel.slice(base.length + 1) : rel;
        return ig.ignores(isDir ? `${local}/` : local);
      });
    for (const e of entries) {
      if (e.name === ".git") continue;
      const rel = dir ? `${dir}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (!isIgnored(rel, true)) await visit(rel, rules);
      } else if (e.isFile() && !isIgnored(rel, false)) {
        files.push(rel);
      }
    }
  };
  await visit("", []);
  return files.sort();
}
