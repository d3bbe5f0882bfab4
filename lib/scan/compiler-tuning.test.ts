import { describe, expect, it } from "vitest";
import { compilerFlags, tuneCompiler } from "./compiler-tuning";

describe("compiler tuning", () => {
  it("lowers V8's cumulative inlining budget by default", () => {
    const set: string[] = [];
    tuneCompiler({}, (f) => set.push(f));
    expect(set).toEqual(["--max-inlined-bytecode-size-cumulative=200"]);
  });

  it("leaves V8's defaults with PAYDOWN_V8_TUNING=0", () => {
    expect(compilerFlags({ PAYDOWN_V8_TUNING: "0" })).toEqual([]);
    const set: string[] = [];
    tuneCompiler({ PAYDOWN_V8_TUNING: "0" }, (f) => set.push(f));
    expect(set).toEqual([]);
  });
});
