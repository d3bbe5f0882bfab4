import { existsSync, statSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { isAbsolute, join, relative, resolve } from "node:path";
import picomatch from "picomatch";
import { ScanError } from "./config";

const GLOB_CHARS = /[*?[\]{}]/;

/**
 * Expands a --coverage/--junit argument (a file or a glob, relative to `cwd`) into files. A glob
 * that matches nothing is an error: a CI step that produced no report should fail loudly rather
 * than upload a scan with silently unknown coverage.
 */
export async function expandReportArg(arg: string, cwd: string, flag: string): Promise<string[]> {
  if (!GLOB_CHARS.test(arg)) {
    const file = resolve(cwd, arg);
    if (!existsSync(file)) throw new ScanError(`${flag} ${arg}: no such file`);
    if (statSync(file).isDirectory()) throw new ScanError(`${flag} ${arg}: is a directory; pass a file or a glob`);
    return [file];
  }
  const parts = arg.split("/");
  const baseParts: string[] = [];
  for (const p of parts) {
    if (GLOB_CHARS.test(p)) break;
    baseParts.push(p);
  }
  const base = resolve(cwd, baseParts.join("/") || (isAbsolute(arg) ? "/" : "."));
  const rest = parts.slice(baseParts.length).join("/");
  const match = picomatch(rest, { dot: false });
  const found: string[] = [];
  const walk = async (dir: string) => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name === "node_modules" || e.name === ".git") continue;
      const abs = join(dir, e.name);
      if (e.isDirectory()) await walk(abs);
      else if (e.isFile() && match(relative(base, abs).split("\\").join("/"))) found.push(abs);
    }
  };
  await walk(base);
  if (!found.length) throw new ScanError(`${flag} ${arg}: matched no file`);
  return found.sort();
}

export async function expandReportArgs(args: string[], cwd: string, flag: string): Promise<string[]> {
  const files: string[] = [];
  for (const a of args) files.push(...(await expandReportArg(a, cwd, flag)));
  return [...new Set(files)];
}
