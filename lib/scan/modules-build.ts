/**
 * Module detection for JVM, Go, .NET and Rust repositories (no config): build modules (Maven, Gradle,
 * Go modules, C# projects, Cargo packages), Java packages under `src/main/java`, and Go package directories. Pure functions over
 * the file list; modules.ts decides the order.
 */

const BUILD_FILES = new Set(["pom.xml", "build.gradle", "build.gradle.kts", "go.mod", "Cargo.toml"]);
/** Trees that are never a module of their own. */
const IGNORED_SEGMENTS = new Set(["node_modules", "vendor", "testdata", "third_party"]);

export interface DetectedModule {
  name: string;
  path: string;
  globs?: string[];
}

const lastSegment = (path: string) => path.slice(path.lastIndexOf("/") + 1);

/** Directories other than the root that hold a pom.xml, build.gradle(.kts), go.mod, Cargo.toml or *.csproj, sorted. */
export function buildModuleDirs(allPaths: readonly string[]): string[] {
  const dirs = new Set<string>();
  for (const p of allPaths) {
    const slash = p.lastIndexOf("/");
    const file = p.slice(slash + 1);
    if (slash < 0 || !(BUILD_FILES.has(file) || file.endsWith(".csproj"))) continue;
    const dir = p.slice(0, slash);
    if (!dir.split("/").some((s) => IGNORED_SEGMENTS.has(s))) dirs.add(dir);
  }
  return [...dirs].sort();
}

/**
 * Java packages of each source root (`<root>/src/main/java`, root "" or a build module): below the
 * base package (the directory chain down to the first one that holds code or branches), each
 * subpackage with code is a module, named `<base>.<sub>` (`lang3.text`), holding its main and test
 * sources (`src/test/java`, same package). The base package's own files are one more module at the
 * repository root, and stay with their build module otherwise. Split only with two or more
 * subpackages, as Python packages are.
 */
export function javaPackageModules(sourcePaths: readonly string[], roots: readonly string[]): DetectedModule[] {
  const out: DetectedModule[] = [];
  for (const root of roots) {
    const main = root ? `${root}/src/main/java` : "src/main/java";
    // module-info.java sits at the source root and belongs to no package.
    const files = sourcePaths.filter((p) => p.startsWith(`${main}/`) && p.endsWith(".java") && !p.endsWith("/module-info.java"));
    if (!files.length) continue;
    let base = main;
    for (;;) {
      const below = files.filter((p) => p.startsWith(`${base}/`)).map((p) => p.slice(base.length + 1));
      if (below.some((rest) => !rest.includes("/"))) break;
      const children = new Set(below.map((rest) => rest.slice(0, rest.indexOf("/"))));
      if (children.size !== 1) break;
      base = `${base}/${[...children][0]}`;
    }
    const subs = [...new Set(files.filter((p) => p.startsWith(`${base}/`) && p.slice(base.length + 1).includes("/")).map((p) => p.slice(base.length + 1).split("/")[0]!))].sort();
    if (subs.length < 2) continue;
    const testBase = `${root ? `${root}/` : ""}src/test/java${base.slice(main.length)}`;
    const prefix = root ? lastSegment(root) : lastSegment(base);
    for (const sub of subs) out.push({ name: `${prefix}.${sub}`, path: `${base}/${sub}`, globs: [`${base}/${sub}/**`, `${testBase}/${sub}/**`] });
    if (!root) out.push({ name: lastSegment(base), path: base, globs: [`${base}/*`, `${testBase}/*`] });
  }
  return out;
}

/**
 * Go: a top-level directory without Go files of its own whose subdirectories hold Go packages
 * (`pkg/`, `internal/`, `cmd/`) is split into those subdirectories, named by their path
 * (`internal/auth`), when there are two or more. `noSplit` names stay whole (tests, examples).
 */
export function goPackageModules(sourcePaths: readonly string[], noSplit: ReadonlySet<string>): DetectedModule[] {
  const goFiles = sourcePaths.filter((p) => p.endsWith(".go") && p.includes("/"));
  const byTop = new Map<string, Set<string>>();
  const topHasFiles = new Set<string>();
  for (const p of goFiles) {
    const parts = p.split("/");
    if (parts.some((s) => IGNORED_SEGMENTS.has(s))) continue;
    if (parts.length === 2) topHasFiles.add(parts[0]!);
    else {
      const subs = byTop.get(parts[0]!) ?? new Set<string>();
      subs.add(parts[1]!);
      byTop.set(parts[0]!, subs);
    }
  }
  const out: DetectedModule[] = [];
  for (const [top, subs] of [...byTop].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (topHasFiles.has(top) || noSplit.has(top) || subs.size < 2) continue;
    for (const sub of [...subs].sort()) out.push({ name: `${top}/${sub}`, path: `${top}/${sub}` });
  }
  return out;
}

