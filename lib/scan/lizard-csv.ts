import type { FileAnalysis, FunctionMetrics } from "./types";

/**
 * One function as a line of `lizard --csv`: NLOC, CCN, token, PARAM, length, location, file,
 * function, long_name, start, end. Lizard quotes the text columns and replaces `"` by `'` rather
 * than escaping; location is `name@start-end@file`; length is end - start + 1.
 */
export function lizardCsvLine(file: string, fn: FunctionMetrics): string {
  const name = fn.name.replace(/"/g, "'");
  const longName = fn.longName.replace(/"/g, "'");
  const q = (s: string) => `"${s}"`;
  return [
    fn.nloc,
    fn.ccn,
    fn.tokens,
    fn.params,
    fn.endLine - fn.startLine + 1,
    q(`${name}@${fn.startLine}-${fn.endLine}@${file}`),
    q(file),
    q(name),
    q(longName),
    fn.startLine,
    fn.endLine,
  ].join(",");
}

export const LIZARD_CSV_HEADER = "NLOC,CCN,token,PARAM,length,location,file,function,long_name,start,end";

/** Every function of every file, in path order; with the header Lizard prints under -V. */
export function lizardCsv(analyses: FileAnalysis[], header = true): string {
  const lines = header ? [LIZARD_CSV_HEADER] : [];
  for (const a of [...analyses].sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0))) {
    for (const fn of a.functions) lines.push(lizardCsvLine(a.path, fn));
  }
  return lines.join("\n") + "\n";
}
