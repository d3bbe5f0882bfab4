// Test fixtures for the review's pure functions (imported by *.test.ts only).
import type { ModuleState } from "./types";

export function moduleState(name: string, over: Partial<ModuleState> = {}): ModuleState {
  return {
    name,
    path: `src/${name}`,
    owners: [`@acme/${name}`],
    lines: 1000,
    coveredLines: 800,
    validLines: 1000,
    readme: true,
    publicSymbols: 20,
    documentedSymbols: 15,
    complexityThreshold: 10,
    functionsOver: 2,
    maxCcn: 14,
    dupLines: 1000,
    duplicatedLines: 50,
    testDebt: 100,
    docsDebt: 25,
    complexityDebt: 40,
    duplicationDebt: 20,
    totalDebt: 185,
    churnCommits: 10,
    bugfixCommits: 0,
    ...over,
  };
}
