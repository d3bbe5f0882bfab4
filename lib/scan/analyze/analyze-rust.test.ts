import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSource, type ExplainedAnalysis } from "./analyze-source";
import { initAnalyzer } from "./grammars";
import { ccnOf, code, functionsOf } from "./test-helpers";

beforeAll(() => initAnalyzer(["rust"]));

const fn = (body: string) => `fn f(a: i32, b: &str) -> i32 {\n${body}\n}\n`;

// Each figure was checked against Lizard 1.24.0 on the same source.
describe("Rust cyclomatic complexity (Lizard 1.24 rules)", () => {
  it.each([
    ["if / else if / else", "if a > 0 {\n} else if a < 0 {\n} else {\n}\n0", 3],
    ["if let and while let", "if let Some(x) = g() {\n}\nwhile let Some(y) = h() {\n}\n0", 3],
    ["for and while count, loop does not", "for i in 0..a {\n}\nwhile a > 0 {\n}\nloop {\nbreak;\n}\n0", 3],
    ["&& and ||", "if a > 0 && b.is_empty() || a < 0 {\n}\n0", 4],
    ["match once, and each guard; arms and `|` patterns add nothing", "match a {\n1 | 2 => 1,\nn if n > 3 => 2,\n_ => 3,\n}", 3],
    ["each ? operator", "let x = g()?;\nlet y = h()?.k()?;\n0", 4],
  ])("%s", (_label, body, ccn) => {
    expect(ccnOf("rust", fn(body))).toBe(ccn);
  });

  it("does not count an empty closure's `||`, `where`, `?Sized` or a double reference, which Lizard does", () => {
    // Lizard: 3 (&& and the closure's ||) and 3 (where, ?Sized) and 2 (&&u8).
    expect(ccnOf("rust", fn("let c = |x: i32| x > 0 && x < 9;\nlet d = || 1;\n0"))).toBe(2);
    expect(ccnOf("rust", "fn inner<T>(t: T) -> bool where T: Clone + ?Sized {\ntrue\n}\n")).toBe(1);
    expect(ccnOf("rust", "fn r(x: &&u8) -> u8 { **x }\n")).toBe(1);
  });

  it("explain mode rebuilds Lizard's figure cause by cause", () => {
    const source = code(`
      fn f<F>(x: &&u8, g: F) -> u8 where for<'a> F: Fn(&'a u8) + ?Sized {
          let d = || 1;
          if **x > 0 { 1 } else { 0 }
      }
    `);
    const [f] = (analyzeSource("f.rs", source, "rust", { explainLizard: true }) as ExplainedAnalysis).functions;
    expect(f!.ccn).toBe(2);
    expect(f!.lizardCcn).toBe(7);
    expect(Object.values(f!.quirks).sort()).toEqual([1, 1, 1, 1, 1]);
  });

  it("reports fn items (also nested) as functions, not closures or bodiless trait methods, named by their impl or trait", () => {
    const fns = functionsOf("rust", `
      pub async fn outer(a: u32, b: u32) -> u32 {
          let c = |x: u32| if x > 0 { x } else { 0 };
          fn inner(a: u32) -> u32 { if a > 0 { 1 } else { 2 } }
          c(a) + inner(b)
      }
      impl<T> Wrapper<T> {
          fn get(&self) -> &T { &self.0 }
      }
      impl fmt::Display for a::Name {
          fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { Ok(()) }
      }
      trait Shape {
          fn area(&self) -> f64;
          fn zero(&self) -> bool { self.area() == 0.0 }
      }
    `);
    expect(fns.map((f) => [f.name, f.ccn, f.params, f.startLine, f.endLine])).toEqual([
      ["outer", 2, 2, 1, 5],
      ["inner", 2, 1, 3, 3],
      ["Wrapper::get", 1, 1, 7, 7],
      ["Name::fmt", 1, 2, 10, 10],
      ["Shape::zero", 1, 1, 14, 14],
    ]);
  });

  it("lists the public API as missing_docs reads it, with rustdoc comments", () => {
    const { symbols } = analyzeSource("src/lib.rs", code(`
      /// Documented.
      #[derive(Debug)]
      pub struct Config { pub name: String }

      pub enum Mode { A, B }

      #[doc = "Also documented."]
      pub fn run() {}

      pub(crate) fn internal() {}
      fn private() {}

      /** Block doc. */
      pub trait Store {
          /// Read.
          fn read(&self) -> u8;
          fn write(&mut self);
      }

      impl Config {
          /// New.
          pub fn new() -> Self { todo!() }
          pub const LIMIT: u32 = 3;
          fn helper(&self) {}
      }

      impl Store for Config {
          fn read(&self) -> u8 { 0 }
          fn write(&mut self) {}
      }

      pub mod nested {
          pub static COUNT: u32 = 0;
      }
      mod hidden {
          pub fn unseen() {}
      }
    `), "rust");
    expect(symbols.map((s) => [s.name, s.kind, s.documented])).toEqual([
      ["Config", "type", true],
      ["Mode", "enum", false],
      ["run", "function", true],
      ["Store", "interface", true],
      ["Store::read", "method", true],
      ["Store::write", "method", false],
      ["COUNT", "variable", false],
      ["Config::new", "method", true],
      ["Config::LIMIT", "const", false],
    ]);
  });

  it("leaves use declarations out of the clone tokens and normalises names and literals", () => {
    const a = analyzeSource("a.rs", "use std::io;\nfn f() -> u32 { let x = 1; x }\n", "rust");
    const b = analyzeSource("b.rs", "use std::fmt;\nuse std::fs;\nfn g() -> u32 { let y = 2; y }\n", "rust");
    expect([...a.tokens.hashes]).toEqual([...b.tokens.hashes]);
  });
});
