import picomatch from "picomatch";
import type { ScanConfig } from "./config";
import { buildModuleDirs, goPackageModules, javaPackageModules } from "./modules-build";

export const ROOT_MODULE = "(root)";

export interface ModuleDef {
  name: string;
  /** Directory prefix ("" for the root); where README and owners are looked up. */
  path: string;
  /** Config modules match by glob, and so do Java package modules (main and test sources); other detected modules by directory prefix. */
  globs?: string[];
  owners?: string[];
  /** How the module was found, for the docs and debugging. */
  origin: "config" | "python-package" | "workspace" | "build-module" | "java-package" | "go-package" | "directory" | "root";
}

const NO_SPLIT = new Set(["test", "tests", "testing", "test_suite", "examples", "example", "docs", "doc"]);

type ReadText = (path: string) => Promise<string | null>;

function dirname(path: string): string {
  const i = path.lastIndexOf("/");
  return i < 0 ? "" : path.slice(0, i);
}

/** Literal directory part of a glob ("src/api/**\/*.ts" -> "src/api"), used as the module's root. */
export function globBase(glob: string): string {
  const parts = glob.replace(/^\.\//, "").split("/");
  const literal: string[] = [];
  for (const p of parts.slice(0, -1)) {
    if (/[*?[\]{}()!+@]/.test(p)) break;
    literal.push(p);
  }
  if (parts.length === literal.length + 1 && !/[*?[\]{}()!+@]/.test(parts[parts.length - 1]!)) {
    // A plain directory name ("billing") names the directory itself.
    literal.push(parts[parts.length - 1]!);
  }
  return literal.join("/");
}

/** Top-level workspace globs from package.json `workspaces` and pnpm-workspace.yaml `packages`. */
export async function workspaceGlobs(read: ReadText): Promise<string[]> {
  const globs: string[] = [];
  const pkg = await read("package.json");
  if (pkg) {
    try {
      const ws = (JSON.parse(pkg) as { workspaces?: unknown }).workspaces;
      const list = Array.isArray(ws) ? ws : (ws as { packages?: unknown } | undefined)?.packages;
      if (Array.isArray(list)) globs.push(...list.filter((g): g is string => typeof g === "string"));
    } catch {
      // An unparsable package.json just means no workspaces.
    }
  }
  const pnpm = await read("pnpm-workspace.yaml");
  if (pnpm) globs.push(...pnpmPackages(pnpm));
  return globs;
}

/** The `packages:` list of pnpm-workspace.yaml; a flat YAML sequence, so a line reader suffices. */
export function pnpmPackages(yaml: string): string[] {
  const out: string[] = [];
  let inPackages = false;
  for (const raw of yaml.split(/\r?\n/)) {
    const line = raw.replace(/\s+#.*$/, "");
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (/^\S/.test(line)) {
      inPackages = line.startsWith("packages:");
      continue;
    }
    const item = inPackages ? line.trim().match(/^-\s*(.+)$/) : null;
    if (item) out.push(item[1]!.trim().replace(/^['"]|['"]$/g, ""));
  }
  return out;
}

/**
 * Finds modules when there is no config: Python packages (directories with __init__.py at the top
 * level or under src/ or lib/; a non-test package with two or more subpackages is split into them), JS/TS workspaces,
 * Maven/Gradle/Go build modules, Java packages and Go package directories (modules-build.ts), then
 * one module per remaining top-level directory that holds source, and "(root)" for files in the root.
 */
export async function detectModules(allPaths: string[], sourcePaths: string[], read: ReadText): Promise<ModuleDef[]> {
  const defs: ModuleDef[] = [];
  const names = new Set<string>();
  const add = (name: string, path: string, origin: ModuleDef["origin"], globs?: string[]) => {
    if (defs.some((d) => d.path === path)) return;
    const unique = names.has(name) ? path : name;
    names.add(unique);
    defs.push(globs ? { name: unique, path, origin, globs } : { name: unique, path, origin });
  };

  const packages: string[] = [];
  for (const p of allPaths) {
    const parts = p.split("/");
    if (parts[parts.length - 1] !== "__init__.py") continue;
    if (parts.length === 2 || (parts.length === 3 && (parts[0] === "src" || parts[0] === "lib"))) packages.push(dirname(p));
  }
  packages.sort();
  for (const pkg of packages) {
    const top = pkg.split("/").pop()!;
    const depth = pkg.split("/").length + 2;
    const subs = NO_SPLIT.has(top)
      ? []
      : allPaths.filter((p) => p.startsWith(`${pkg}/`) && p.endsWith("/__init__.py") && p.split("/").length === depth).map(dirname).sort();
    // A library package with subpackages is split into them: one module for all of Django or
    // SQLAlchemy would hide where the debt is. Tests, examples and docs stay whole.
    if (subs.length >= 2) for (const sub of subs) add(`${top}.${sub.split("/").pop()}`, sub, "python-package");
    add(top, pkg, "python-package");
  }

  const ws = await workspaceGlobs(read);
  if (ws.length) {
    const include = picomatch(ws.filter((g) => !g.startsWith("!")).map((g) => g.replace(/\/+$/, "")));
    const negated = ws.filter((g) => g.startsWith("!")).map((g) => g.slice(1).replace(/\/+$/, ""));
    const exclude = negated.length ? picomatch(negated) : () => false;
    for (const p of allPaths) {
      if (!p.endsWith("package.json") || p === "package.json" || p.includes("node_modules/")) continue;
      const dir = dirname(p);
      if (!include(dir) || exclude(dir)) continue;
      let name = dir;
      try {
        const parsed = JSON.parse((await read(p)) ?? "{}") as { name?: unknown };
        if (typeof parsed.name === "string" && parsed.name) name = parsed.name;
      } catch {
        // Keep the directory as the name.
      }
      add(name, dir, "workspace");
    }
  }

  // Maven, Gradle and Go modules, then Java packages inside them (or at the root), then Go packages.
  const builds = buildModuleDirs(allPaths);
  for (const dir of builds) add(dir.slice(dir.lastIndexOf("/") + 1), dir, "build-module");
  for (const m of javaPackageModules(sourcePaths, ["", ...builds])) add(m.name, m.path, "java-package", m.globs);
  for (const m of goPackageModules(sourcePaths, NO_SPLIT)) add(m.name, m.path, "go-package");

  // Whatever is left goes to its top-level directory, so tests/ and scripts/ stay apart from the code.
  const assign = createModuleAssigner(defs);
  const tops = new Set<string>();
  for (const p of sourcePaths) {
    if (!p.includes("/") || assign(p).name !== ROOT_MODULE) continue;
    tops.add(p.split("/")[0]!);
  }
  for (const t of [...tops].sort()) add(t, t, "directory");
  return defs;
}

/** Modules from the config: first listed module whose globs match wins. */
export function configModules(config: ScanConfig): ModuleDef[] {
  return (config.modules ?? []).map((m) => ({
    name: m.name,
    path: globBase(m.paths[0]!),
    globs: m.paths.map((g) => g.replace(/^\.\//, "")),
    owners: m.owners,
    origin: "config" as const,
  }));
}

export const rootModule = (): ModuleDef => ({ name: ROOT_MODULE, path: "", origin: "root" });

/**
 * Every path maps to exactly one module: config modules in listed order (first match wins), then
 * detected modules by the longest directory prefix, else the root module.
 */
export function createModuleAssigner(defs: ModuleDef[]): (path: string) => ModuleDef {
  const root = defs.find((d) => d.origin === "root") ?? rootModule();
  const globbed = defs
    .filter((d) => d.globs)
    .map((d) => {
      // A bare directory ("billing" or "billing/") means everything under it.
      const globs = d.globs!.flatMap((g) => (/[*?[\]{}]/.test(g) ? [g] : [g.replace(/\/+$/, ""), `${g.replace(/\/+$/, "")}/**`]));
      return { def: d, match: picomatch(globs, { dot: true }) };
    });
  const prefixed = defs.filter((d) => !d.globs && d.origin !== "root").sort((a, b) => b.path.length - a.path.length);
  const cache = new Map<string, ModuleDef>();
  // A document asks for every clone side's module too: by path first, then by directory.
  const byPath = new Map<string, ModuleDef>();
  const assign = (path: string): ModuleDef => {
    for (const g of globbed) if (g.match(path)) return g.def;
    const dir = dirname(path);
    let hit = cache.get(dir);
    if (!hit) {
      hit = prefixed.find((d) => dir === d.path || dir.startsWith(`${d.path}/`)) ?? root;
      cache.set(dir, hit);
    }
    return hit;
  };
  return (path) => {
    let hit = byPath.get(path);
    if (!hit) byPath.set(path, (hit = assign(path)));
    return hit;
  };
}
