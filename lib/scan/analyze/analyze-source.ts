import type { Tree } from "web-tree-sitter";
import type { FileAnalysis, FunctionMetrics, Language, PublicSymbol } from "../types";
import { parseText, readyParser } from "./grammars";
import { csharpSpec } from "./lang-csharp";
import { explainCsharp } from "./lizard-explain-csharp";
import { explainRust } from "./lizard-explain-rust";
import { goSpec } from "./lang-go";
import { javaSpec } from "./lang-java";
import { jsSpec } from "./lang-js";
import { pythonSpec } from "./lang-python";
import { rustSpec } from "./lang-rust";
import { tablesFor, type LanguageSpec } from "./node-tables";
import { csharpSymbols } from "./symbols-csharp";
import { goSymbols } from "./symbols-go";
import { javaSymbols } from "./symbols-java";
import { jsSymbols } from "./symbols-js";
import { pythonSymbolEntries, pythonSymbols, pythonSymbolsFrom, type PySymbolEntry } from "./symbols-python";
import { sparseSymbolEntries, type LeftOut } from "./sparse-parse";
import { rustSymbols } from "./symbols-rust";
import { isTestSource } from "./test-sources";
import type { ReuseInput, WalkMemo } from "./segments";
import { walkTree, type ExplainedFunction } from "./walker";

export interface AnalyzeOptions {
  /** Keep, per function, the CCN Lizard 1.24 would report and why it differs (parity benchmark). */
  explainLizard?: boolean;
}

export type ExplainedAnalysis = Omit<FileAnalysis, "functions"> & { functions: ExplainedFunction[] };

/** One symbol per name: overloads, property setters and get/set pairs are one API entry. */
function dedupe(symbols: PublicSymbol[]): PublicSymbol[] {
  const byName = new Map<string, PublicSymbol>();
  for (const symbol of symbols) {
    const seen = byName.get(symbol.name);
    if (!seen) byName.set(symbol.name, { ...symbol });
    else seen.documented ||= symbol.documented;
  }
  return [...byName.values()];
}

function plain(fn: ExplainedFunction): FunctionMetrics {
  const { name, longName, startLine, endLine, nloc, ccn, tokens, params } = fn;
  return { name, longName, startLine, endLine, nloc, ccn, tokens, params };
}

const SPECS: Record<Language, LanguageSpec> = {
  python: pythonSpec, javascript: jsSpec, typescript: jsSpec, tsx: jsSpec, java: javaSpec, go: goSpec, csharp: csharpSpec, rust: rustSpec,
};

/** Explain mode of the languages whose Lizard quirks are token rules (lizard-explain-tokens.ts), run after the walk. */
const EXPLAIN_BY_LEAVES: Partial<Record<Language, (root: Tree["rootNode"], functions: ExplainedFunction[]) => void>> = {
  csharp: explainCsharp, rust: explainRust,
};

/** Languages whose Lizard quirks the walk's explain mode models (lizard-explain.ts); elsewhere Lizard's CCN starts as ours. */
const EXPLAINED = new Set<Language>(["python", "javascript", "typescript", "tsx"]);

function publicSymbols(language: Language, root: Tree["rootNode"], path: string): PublicSymbol[] {
  if (isTestSource(path)) return [];
  switch (language) {
    case "python":
      return pythonSymbols(root);
    case "java":
      return javaSymbols(root);
    case "go":
      return goSymbols(root);
    case "csharp":
      return csharpSymbols(root);
    case "rust":
      return rustSymbols(root);
    default:
      return jsSymbols(root);
  }
}

/** The result for a file the parser could not parse. */
export function unparsed(path: string, language: Language, error: string): FileAnalysis {
  const empty = { hashes: new Uint32Array(0), lines: new Uint32Array(0) };
  return { path, language, nloc: 0, functions: [], symbols: [], tokens: empty, error };
}

/** What analyzeTree needs besides the walk's reuse input when the tree is sparse (sparse-parse.ts). */
export interface SparseInput {
  spans: readonly LeftOut[];
  /** The previous version's public-API entries. */
  entries: readonly PySymbolEntry[];
}

/**
 * Walks a parsed tree (left to the caller to free) into the file's analysis. With `record`,
 * also returns what analysing the file's next version needs (the walk memo; for Python, the
 * public-API entries of each statement).
 */
export function analyzeTree(
  path: string, source: string, language: Language, tree: Tree,
  opts: AnalyzeOptions & { record?: boolean; reuse?: ReuseInput; sparse?: SparseInput } = {},
): { analysis: FileAnalysis; memo?: WalkMemo; entries?: PySymbolEntry[]; spliced: number } {
  const { language: grammar } = readyParser(language);
  const spec = SPECS[language];
  const explainLizard = opts.explainLizard === true && EXPLAINED.has(language);
  const lizardJsxTokens = explainLizard && /\.[jt]sx$/i.test(path);
  const walked = walkTree(tree, source, spec, tablesFor(grammar, spec), {
    explainLizard, lizardJsxTokens, record: opts.record, reuse: opts.reuse,
  });
  let entries: PySymbolEntry[] | undefined;
  if (language === "python" && (opts.record || opts.sparse)) {
    entries = isTestSource(path)
      ? []
      : opts.sparse
        ? sparseSymbolEntries(tree.rootNode, opts.sparse.entries, opts.sparse.spans)
        : pythonSymbolEntries(tree.rootNode);
  }
  const symbols = dedupe(entries ? pythonSymbolsFrom(entries) : publicSymbols(language, tree.rootNode, path));
  const functions = explainLizard
    ? walked.functions
    : opts.explainLizard
      ? walked.functions.map((fn) => ({ ...plain(fn), lizardCcn: fn.ccn, quirks: {}, lizardStartLine: fn.startLine, lizardEndLine: fn.endLine }))
      : walked.functions.map(plain);
  if (opts.explainLizard) EXPLAIN_BY_LEAVES[language]?.(tree.rootNode, functions as ExplainedFunction[]);
  return { analysis: { path, language, nloc: walked.nloc, functions, symbols, tokens: walked.tokens }, memo: walked.memo, entries, spliced: walked.spliced };
}

/**
 * Analyses one file with one parse and one walk. Grammars must be loaded first
 * (`await initAnalyzer()`); the tree is freed before returning.
 */
export function analyzeSource(path: string, source: string, language: Language, opts: AnalyzeOptions = {}): FileAnalysis {
  const { parser } = readyParser(language);
  let tree;
  try {
    tree = parseText(parser, source);
  } catch (error) {
    return unparsed(path, language, `parse failed: ${String(error)}`);
  }
  if (!tree) return unparsed(path, language, "parse failed");
  try {
    return analyzeTree(path, source, language, tree, opts).analysis;
  } finally {
    tree.delete();
  }
}
