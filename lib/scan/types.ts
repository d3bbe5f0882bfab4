/**
 * Shared shapes between the scanner's analysers. Plain data only, so results can cross
 * worker-thread boundaries and be cached by file content hash.
 */
export type Language = "python" | "javascript" | "typescript" | "tsx" | "java" | "go" | "csharp" | "rust";

/** One function as Lizard reports it (CSV column order: NLOC, CCN, token, PARAM, length, location...). */
export interface FunctionMetrics {
  name: string;
  longName: string;
  startLine: number;
  endLine: number;
  nloc: number;
  ccn: number;
  tokens: number;
  params: number;
}

export interface PublicSymbol {
  name: string;
  kind: "function" | "class" | "method" | "interface" | "type" | "const" | "enum" | "variable";
  line: number;
  documented: boolean;
}

/**
 * Normalised token stream for clone detection: one 32-bit hash per token (identifiers and
 * literals collapsed to their kind), with the 1-based line each token starts on.
 */
export interface TokenStream {
  hashes: Uint32Array;
  lines: Uint32Array;
}

/**
 * A file's function and symbol sums: what a module's metrics need of the functions and symbols
 * that are not findings (see slimAnalysis).
 */
export interface AnalysisSummary {
  /** The CCN threshold `overThreshold` and `overNloc` are counted against. */
  threshold: number;
  functions: number;
  ccnSum: number;
  fnNloc: number;
  maxCcn: number;
  overThreshold: number;
  overNloc: number;
  publicSymbols: number;
  documented: number;
}

export interface FileAnalysis {
  path: string;
  language: Language;
  /** Non-blank, non-comment lines. */
  nloc: number;
  functions: FunctionMetrics[];
  symbols: PublicSymbol[];
  tokens: TokenStream;
  /** Set when the file could not be parsed; the file is then reported as skipped. */
  error?: string;
  /**
   * A history backfill's slim analysis (see slimAnalysis): `functions` then holds only those over
   * `summary.threshold` and `symbols` only the undocumented ones; the sums cover all of them.
   */
  summary?: AnalysisSummary;
}
