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
}
