import type { FunctionMetrics } from "../types";
import type { FunctionHead } from "./node-tables";

/** A function plus what Lizard 1.24 would have counted, for the parity benchmark. */
export interface ExplainedFunction extends FunctionMetrics {
  lizardCcn: number;
  /** Lizard CCN minus ours, per cause of the difference. */
  quirks: Record<string, number>;
  /** Where Lizard starts and ends this function (explain mode; else ours). */
  lizardStartLine: number;
  lizardEndLine: number;
}

/** An ExplainedFunction, always of one shape (see segment() in segments.ts). */
export function explainedFunction(
  name: string, longName: string, startLine: number, endLine: number, nloc: number, ccn: number, tokens: number, params: number,
  lizardCcn: number, quirks: Record<string, number>, lizardStartLine: number, lizardEndLine: number,
): ExplainedFunction {
  return { name, longName, startLine, endLine, nloc, ccn, tokens, params, lizardCcn, quirks, lizardStartLine, lizardEndLine };
}

/** A function while the walk is inside it. */
export interface Frame {
  head: FunctionHead;
  name: string;
  startIndex: number;
  endIndex: number;
  startRow: number;
  endRow: number;
  nloc: number;
  tokens: number;
  ccn: number;
  paramTokens: string[];
  paramState: { genericDepth: number };
  parent: Frame | null;
  // Explain mode only (see lizard-explain.ts).
  lizardCcn: number;
  quirks: Record<string, number>;
  /** Lizard's `(`/`{` nesting inside an expression-bodied arrow, and the row it ended the arrow. */
  lizDepth: number;
  lizEndRow: number;
  /** An arrow written right in another arrow's expression body: Lizard sees one function. */
  lizMergedInto: Frame | null;
}
