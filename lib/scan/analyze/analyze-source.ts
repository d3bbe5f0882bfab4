import type { FileAnalysis, FunctionMetrics, Language, PublicSymbol } from "../types";
import { readyParser } from "./grammars";
import { jsSpec } from "./lang-js";
import { pythonSpec } from "./lang-python";
import { tablesFor } from "./node-tables";
import { jsSymbols } from "./symbols-js";
import { pythonSymbols } from "./symbols-python";
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

/**
 * Analyses one file with one parse and one walk. Grammars must be loaded first
 * (`await initAnalyzer()`); the tree is freed before returning.
 */
export function analyzeSource(path: string, source: string, language: Language, opts: AnalyzeOptions = {}): FileAnalysis {
  const { language: grammar, parser } = readyParser(language);
  const spec = language === "python" ? pythonSpec : jsSpec;
  const empty = { hashes: new Uint32Array(0), lines: new Uint32Array(0) };
  let tree;
  try {
    tree = parser.parse(source);
  } catch (error) {
    return { path, language, nloc: 0, functions: [], symbols: [], tokens: empty, error: `parse failed: ${String(error)}` };
  }
  if (!tree) return { path, language, nloc: 0, functions: [], symbols: [], tokens: empty, error: "parse failed" };
  try {
    const explainLizard = opts.explainLizard === true;
    const lizardJsxTokens = explainLizard && /\.[jt]sx$/i.test(path);
    const walked = walkTree(tree, source, spec, tablesFor(grammar, spec), { explainLizard, lizardJsxTokens });
    const symbols = dedupe(language === "python" ? pythonSymbols(tree.rootNode) : jsSymbols(tree.rootNode));
    const functions = opts.explainLizard ? walked.functions : walked.functions.map(plain);
    return { path, language, nloc: walked.nloc, functions, symbols, tokens: walked.tokens };
  } finally {
    tree.delete();
  }
}
