import type { FunctionMetrics, Language } from "../types";
import { analyzeSource } from "./analyze-source";

/** Dedents an inline fixture so tests can indent it with the surrounding code. */
export function code(text: string): string {
  const lines = text.replace(/^\n/, "").split("\n");
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length));
  return lines.map((l) => l.slice(indent)).join("\n");
}

const EXTENSIONS: Record<Language, string> = { python: "py", javascript: "js", typescript: "ts", tsx: "tsx", java: "java", go: "go", csharp: "cs", rust: "rs" };

export function functionsOf(language: Language, source: string): FunctionMetrics[] {
  return analyzeSource(`fixture.${EXTENSIONS[language]}`, code(source), language).functions;
}

export function ccnOf(language: Language, source: string, name?: string): number {
  const fns = functionsOf(language, source);
  const fn = name ? fns.find((f) => f.name === name) : fns[0];
  if (!fn) throw new Error(`no function ${name ?? ""} in ${JSON.stringify(fns.map((f) => f.name))}`);
  return fn.ccn;
}
