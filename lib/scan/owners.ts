import ignore from "ignore";
import picomatch from "picomatch";

export const CODEOWNERS_PATHS = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"];

interface Rule {
  matcher: { ignores(path: string): boolean };
  owners: string[];
}

export interface Codeowners {
  /** Owners of a repository path; the last matching rule wins, as on GitHub. */
  ownersOf(path: string): string[];
  rules: number;
}

/**
 * Gitignore semantics, except that on GitHub "docs/*" owns the files directly in docs/ and not those
 * in its subdirectories (gitignore would match the subdirectories too).
 */
function compile(pattern: string): Rule["matcher"] {
  if (pattern.endsWith("/*")) {
    const body = pattern.replace(/^\//, "");
    const m = picomatch(body, { dot: true });
    return { ignores: (path) => m(path) };
  }
  const ig = ignore().add(pattern);
  return { ignores: (path) => ig.ignores(path) };
}

/** Parses CODEOWNERS: gitignore-style patterns followed by owners; a pattern with no owners un-owns. */
export function parseCodeowners(text: string): Codeowners {
  const rules: Rule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith("#")) continue;
    // Inline comments start at a "#" preceded by whitespace; escaped "\#" in patterns stays.
    const tokens = line.split(/\s+/);
    const pattern = tokens[0]!;
    const owners: string[] = [];
    for (const t of tokens.slice(1)) {
      if (t.startsWith("#")) break;
      owners.push(t);
    }
    try {
      rules.push({ matcher: compile(pattern), owners });
    } catch {
      // GitHub ignores invalid lines too.
    }
  }
  return {
    rules: rules.length,
    ownersOf(path) {
      for (let i = rules.length - 1; i >= 0; i--) {
        if (rules[i]!.matcher.ignores(path)) return rules[i]!.owners;
      }
      return [];
    },
  };
}

/**
 * A module's owners: the owner set that owns most of its files (ties: the first seen), so a module
 * with one stray file owned by someone else still shows its real owners.
 */
export function moduleOwners(co: Codeowners, files: string[], modulePath: string): string[] {
  const tally = new Map<string, { owners: string[]; n: number }>();
  const probe = files.length ? files : modulePath ? [`${modulePath}/`] : [];
  for (const f of probe) {
    const owners = co.ownersOf(f);
    if (!owners.length) continue;
    const key = owners.join(" ");
    const entry = tally.get(key) ?? { owners, n: 0 };
    entry.n++;
    tally.set(key, entry);
  }
  let best: { owners: string[]; n: number } | undefined;
  for (const e of tally.values()) if (!best || e.n > best.n) best = e;
  return best?.owners ?? [];
}
