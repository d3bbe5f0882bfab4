import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Language as TsLanguage, Parser, type Range, type Tree } from "web-tree-sitter";
import type { Language } from "../types";
import { cursorExports, type CursorExports } from "./raw-cursor";

const GRAMMAR_FILES: Record<Language, string> = {
  python: "tree-sitter-python.wasm",
  javascript: "tree-sitter-javascript.wasm",
  typescript: "tree-sitter-typescript.wasm",
  tsx: "tree-sitter-tsx.wasm",
  java: "tree-sitter-java.wasm",
  go: "tree-sitter-go.wasm",
  csharp: "tree-sitter-c-sharp.wasm",
  rust: "tree-sitter-rust.wasm",
};

/** The runtime's own wasm; must come from web-tree-sitter, which our JS glue belongs to. */
export const RUNTIME_WASM = "tree-sitter.wasm";

/** Every wasm file the scanner needs at run time (the bundling script copies these). */
export const WASM_FILES = [RUNTIME_WASM, ...Object.values(GRAMMAR_FILES)];

const here = dirname(fileURLToPath(import.meta.url));

/**
 * Finds a wasm file: next to this module first (the esbuild bundle in dist/ has them copied
 * beside it), then in the installed packages (running from sources under tsx or vitest).
 */
export function grammarPath(file: string): string {
  const beside = join(here, file);
  if (existsSync(beside)) return beside;
  const require = createRequire(import.meta.url);
  if (file === RUNTIME_WASM) return require.resolve("web-tree-sitter/tree-sitter.wasm");
  const vscodeDir = dirname(require.resolve("@vscode/tree-sitter-wasm/package.json"));
  const candidate = join(vscodeDir, "wasm", file);
  if (existsSync(candidate)) return candidate;
  throw new Error(`wasm file not found: ${file}`);
}

let runtime: Promise<void> | undefined;
const languages = new Map<Language, Promise<TsLanguage>>();

let exports: CursorExports | null = null;

function initRuntime(): Promise<void> {
  if (!runtime) {
    // Handing over the bytes avoids the runtime guessing its wasm location from a bundle's URL.
    // Emscripten makes this object the module, so after init it carries the runtime's exports.
    const runtimeModule = { wasmBinary: readFileSync(grammarPath(RUNTIME_WASM)) };
    runtime = Parser.init(runtimeModule).then(() => {
      exports = cursorExports(runtimeModule);
    });
  }
  return runtime;
}

/** The runtime's cursor exports for direct calls (see raw-cursor.ts); null before init or if absent. */
export function runtimeCursorExports(): CursorExports | null {
  return exports;
}

/** Loads a grammar once per thread. */
export function loadGrammar(language: Language): Promise<TsLanguage> {
  let loaded = languages.get(language);
  if (!loaded) {
    loaded = initRuntime().then(() => TsLanguage.load(readFileSync(grammarPath(GRAMMAR_FILES[language]))));
    languages.set(language, loaded);
  }
  return loaded;
}

const ready = new Map<Language, { language: TsLanguage; parser: Parser }>();

/** Loads the given grammars (all four by default) so analyzeSource can run synchronously. */
export async function initAnalyzer(langs: Language[] = Object.keys(GRAMMAR_FILES) as Language[]): Promise<void> {
  for (const lang of langs) {
    if (ready.has(lang)) continue;
    const language = await loadGrammar(lang);
    const parser = new Parser();
    parser.setLanguage(language);
    ready.set(lang, { language, parser });
  }
}

/** The loaded parser for a language; throws if initAnalyzer has not loaded it. */
export function readyParser(lang: Language): { language: TsLanguage; parser: Parser } {
  const entry = ready.get(lang);
  if (!entry) throw new Error(`grammar not loaded: ${lang} (call initAnalyzer first)`);
  return entry;
}

/** Code units handed to the parser per read; see parseText. */
const READ_UNITS = 2048;

/**
 * Parses `source` (optionally reusing an edited `previous` tree). Given a string, web-tree-sitter
 * copies up to 10 KB into the wasm heap per read, and the lexer reads again at every backtrack;
 * 2K pieces copy less. Same trees; a full scan of SQLAlchemy peaked ~30 MB lower (4 of 4 runs),
 * its time moved within noise.
 */
export function parseText(parser: Parser, source: string, previous?: Tree | null, includedRanges?: Range[]): Tree | null {
  // A read may end inside a surrogate pair: the lexer reads again from there (tested).
  if (!includedRanges) return parser.parse((index) => source.slice(index, index + READ_UNITS), previous);
  // The lexer reads again at every range's start: a read stops at its range's end, so
  // many small ranges do not each copy a whole piece.
  let at = 0;
  const read = (index: number) => {
    if (at >= includedRanges.length || includedRanges[at]!.startIndex > index) at = 0;
    while (at < includedRanges.length && includedRanges[at]!.endIndex <= index) at++;
    const end = at < includedRanges.length && includedRanges[at]!.startIndex <= index ? includedRanges[at]!.endIndex : index + READ_UNITS;
    return source.slice(index, Math.min(end, index + READ_UNITS));
  };
  return parser.parse(read, previous, { includedRanges });
}
