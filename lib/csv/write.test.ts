import { describe, expect, it } from "vitest";
import { csvField, csvFilename, toCsv } from "./write";

describe("csvField", () => {
  it("leaves plain text and numbers alone", () => {
    expect(csvField("billing")).toBe("billing");
    expect(csvField(42)).toBe("42");
    expect(csvField(-3.5)).toBe("-3.5");
    expect(csvField(0)).toBe("0");
  });

  it("writes missing and non-finite values as empty fields", () => {
    expect(csvField(null)).toBe("");
    expect(csvField(undefined)).toBe("");
    expect(csvField(Number.NaN)).toBe("");
    expect(csvField(Number.POSITIVE_INFINITY)).toBe("");
  });

  it("quotes commas, quotes, line breaks and edge spaces, doubling quotes", () => {
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("cr\rhere")).toBe('"cr\rhere"');
    expect(csvField(" padded")).toBe('" padded"');
    expect(csvField("padded ")).toBe('"padded "');
  });

  it("defuses text a spreadsheet would run as a formula, but not numbers", () => {
    expect(csvField("=SUM(A1)")).toBe("'=SUM(A1)");
    expect(csvField("+1")).toBe("'+1");
    expect(csvField("-cmd")).toBe("'-cmd");
    expect(csvField("@user")).toBe("'@user");
    expect(csvField("=a,b")).toBe(`"'=a,b"`);
    expect(csvField(-12)).toBe("-12");
  });

  it("writes booleans as words", () => {
    expect(csvField(true)).toBe("true");
    expect(csvField(false)).toBe("false");
  });
});

describe("toCsv", () => {
  it("joins header and rows with CRLF and ends with a line break", () => {
    expect(toCsv(["name", "debt"], [["a", 1], ["b, c", null]])).toBe('name,debt\r\na,1\r\n"b, c",\r\n');
  });

  it("writes just the header for no rows", () => {
    expect(toCsv(["x"], [])).toBe("x\r\n");
  });
});

describe("csvFilename", () => {
  it("keeps only safe characters", () => {
    expect(csvFilename("acme", "portfolio", "projects")).toBe("acme-portfolio-projects.csv");
    expect(csvFilename('ev"il/..\\name')).toBe("ev-il-..-name.csv");
    expect(csvFilename("")).toBe("export.csv");
  });
});
