/**
 * Maps the file names found in coverage and test reports onto repository paths.
 *
 * Reports name files in many ways: absolute paths from the machine that ran the tests (often a CI
 * checkout elsewhere), paths relative to a Cobertura <source> root, to the directory the tool ran
 * in, or to the report itself, Windows paths, and package-relative names. The mapper tries the
 * exact interpretations first and falls back to a suffix match that must be unambiguous:
 * a path that could be two repository files maps to none, and the caller lists it as unmapped,
 * because a wrong attribution is worse than a visible gap.
 */
export interface PathContext {
  /** Cobertura <source> roots (absolute, or relative to the report's directory). */
  sourceRoots?: string[];
  /** Absolute directory of the report file. */
  reportDir?: string;
  /** Cobertura <package name>, dotted ("src.requests"), for file names relative to the package. */
  packageName?: string;
  /**
   * The name is relative to some directory of the repository (a test classname turned into a
   * path): only a repository file ending with the whole name may match, never a shorter one.
   */
  wholeName?: boolean;
}

export interface PathMapper {
  /** Repository-relative "/" separated path, or null when no repository file matches unambiguously. */
  map(reportPath: string, context?: PathContext): string | null;
}

interface SplitPath {
  absolute: boolean;
  /** The path came from Windows (drive letter or backslashes): compare case-insensitively. */
  windows: boolean;
  segments: string[];
}

export function splitPath(raw: string): SplitPath {
  let p = raw.trim();
  if (p.startsWith("file://")) p = decodeURIComponent(p.slice("file://".length));
  // file:///C:/x leaves "/C:/x" behind.
  if (p.startsWith("/") && isDriveLetter(p.slice(1))) p = p.slice(1);
  const windows = p.includes("\\") || isDriveLetter(p);
  p = p.replaceAll("\\", "/");
  const absolute = p.startsWith("/") || isDriveLetter(p);
  const segments: string[] = [];
  for (const seg of p.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") {
      if (segments.length > 0 && segments[segments.length - 1] !== "..") segments.pop();
      else if (!absolute) segments.push("..");
      continue;
    }
    segments.push(seg);
  }
  return { absolute, windows, segments };
}

function isDriveLetter(p: string): boolean {
  const c = p.charCodeAt(0);
  const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return letter && p[1] === ":" && (p.length === 2 || p[2] === "/" || p[2] === "\\");
}

/** Segments of `path` below `root`, or null when `path` is not inside `root`. */
function below(root: string[], path: string[]): string[] | null {
  if (path.length < root.length) return null;
  for (let i = 0; i < root.length; i++) if (root[i] !== path[i]) return null;
  return path.slice(root.length);
}

export function createPathMapper(repoRoot: string, repoFiles: string[]): PathMapper {
  const root = splitPath(repoRoot).segments;
  const files = new Set<string>();
  const byBasename = new Map<string, string[][]>();
  const byLowerBasename = new Map<string, string[][]>();
  for (const file of repoFiles) {
    const segments = splitPath(file).segments;
    if (segments.length === 0) continue;
    files.add(segments.join("/"));
    const base = segments[segments.length - 1];
    push(byBasename, base, segments);
    push(byLowerBasename, base.toLowerCase(), segments);
  }

  /** Exact interpretation of an absolute path: inside the root it is that file or nothing. */
  function exactAbsolute(segments: string[]): { inside: boolean; file: string | null } {
    const rel = below(root, segments);
    if (rel === null) return { inside: false, file: null };
    const joined = rel.join("/");
    return { inside: true, file: files.has(joined) ? joined : null };
  }

  function suffixMatch(query: string[], caseInsensitive: boolean, wholeName: boolean): string | null {
    const q = query.filter((s) => s !== "..");
    if (q.length === 0) return null;
    const base = q[q.length - 1];
    const candidates = caseInsensitive ? byLowerBasename.get(base.toLowerCase()) : byBasename.get(base);
    if (!candidates) return null;
    let best: string[] | null = null;
    let bestLength = 0;
    let tied = false;
    for (const candidate of candidates) {
      let common = 0;
      while (common < q.length && common < candidate.length) {
        const a = q[q.length - 1 - common];
        const b = candidate[candidate.length - 1 - common];
        if (caseInsensitive ? a.toLowerCase() !== b.toLowerCase() : a !== b) break;
        common++;
      }
      // One path must be a whole suffix of the other; a partial overlap (x/src/a.py vs lib/a.py) is a different file.
      if (common < Math.min(q.length, candidate.length)) continue;
      if (wholeName && common < q.length) continue;
      if (common > bestLength) {
        best = candidate;
        bestLength = common;
        tied = false;
      } else if (common === bestLength) {
        tied = true;
      }
    }
    return best && !tied ? best.join("/") : null;
  }

  function exactCandidates(path: SplitPath, context: PathContext): { found: string | null; suffixQueries: string[][]; stop: boolean } {
    const suffixQueries: string[][] = [];
    if (path.absolute) {
      const { inside, file } = exactAbsolute(path.segments);
      // Inside this checkout a path that is not a repository file is generated, vendored or ignored.
      if (inside) return { found: file, suffixQueries, stop: true };
      suffixQueries.push(path.segments);
      return { found: null, suffixQueries, stop: false };
    }
    const reportDir = context.reportDir ? splitPath(context.reportDir) : null;
    const bases: string[][] = [];
    for (const source of context.sourceRoots ?? []) {
      if (source.trim() === "") continue;
      const s = splitPath(source);
      if (s.absolute) bases.push(s.segments);
      else {
        if (reportDir) bases.push(splitPath([...reportDir.segments, ...s.segments].join("/")).segments);
        bases.push([...root, ...s.segments]);
      }
    }
    // The report's directory and its parents up to the root: tools write paths relative to where they
    // ran, which in a monorepo is a package directory above the report (packages/api/coverage/lcov.info).
    if (reportDir?.absolute && below(root, reportDir.segments) !== null) {
      for (let dir = reportDir.segments; dir.length >= root.length; dir = dir.slice(0, -1)) bases.push(dir);
    } else {
      bases.push(root);
    }
    for (const base of bases) {
      const joined = splitPath("/" + [...base, ...path.segments].join("/")).segments;
      const { inside, file } = exactAbsolute(joined);
      if (file) return { found: file, suffixQueries, stop: true };
      if (!inside) suffixQueries.push(joined);
    }
    suffixQueries.push(path.segments);
    return { found: null, suffixQueries, stop: false };
  }

  return {
    map(reportPath, context = {}) {
      const path = splitPath(reportPath);
      if (path.segments.length === 0) return null;
      const paths = [path];
      if (context.packageName && !path.absolute) {
        const pkg = context.packageName.split(".").filter((s) => s !== "");
        const alreadyPrefixed = pkg.every((seg, i) => path.segments[i] === seg);
        if (pkg.length > 0 && !alreadyPrefixed) paths.push({ ...path, segments: [...pkg, ...path.segments] });
      }
      const suffixQueries: Array<{ query: string[]; windows: boolean }> = [];
      for (const candidate of paths) {
        const result = exactCandidates(candidate, context);
        if (result.found) return result.found;
        if (result.stop) return null;
        for (const query of result.suffixQueries) suffixQueries.push({ query, windows: candidate.windows });
      }
      // Longest queries first: they carry the most directory evidence.
      suffixQueries.sort((a, b) => b.query.length - a.query.length);
      for (const { query, windows } of suffixQueries) {
        const whole = context.wholeName ?? false;
        const found = suffixMatch(query, false, whole) ?? (windows ? suffixMatch(query, true, whole) : null);
        if (found) return found;
      }
      return null;
    },
  };
}

function push(map: Map<string, string[][]>, key: string, value: string[]): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
