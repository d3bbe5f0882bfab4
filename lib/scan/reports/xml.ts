import { XMLParser, XMLValidator } from "fast-xml-parser";
import { ReportError } from "./report-error";

/** A parsed element: attributes as plain string properties, children by tag name. */
export type XmlNode = { [key: string]: unknown };

/**
 * Parses a report with fast-xml-parser. Tags listed in `arrayTags` always come back as arrays,
 * so a report with one <testcase> reads like one with many. Attribute values stay strings:
 * numeric parsing is done by the readers, which know which values are counts.
 */
export function parseXml(file: string, text: string, arrayTags: ReadonlySet<string>, stopNodes: string[] = []): XmlNode {
  // The validator is what reports line and column; the parser alone would accept some broken input.
  const valid = XMLValidator.validate(text, { allowBooleanAttributes: true });
  if (valid !== true) {
    throw new ReportError(file, `malformed XML: ${valid.err.msg}`, valid.err.line, valid.err.col);
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "",
    allowBooleanAttributes: true,
    parseAttributeValue: false,
    parseTagValue: false,
    textNodeName: "#text",
    isArray: (tagName) => arrayTags.has(tagName),
    stopNodes,
    processEntities: true,
    // Decodes numeric character references (&#10; in pytest messages) as well as the XML ones.
    htmlEntities: true,
  });
  try {
    return parser.parse(text) as XmlNode;
  } catch (error) {
    throw new ReportError(file, `malformed XML: ${(error as Error).message}`);
  }
}

/** The element itself when it is one; empty elements (`<lines/>`) parse to "" and yield null. */
export function element(value: unknown): XmlNode | null {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as XmlNode) : null;
}

/** Child elements under `tag`, whatever shape the parser produced. */
export function children(node: XmlNode | null, tag: string): XmlNode[] {
  if (!node) return [];
  const value = node[tag];
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value : [value];
  // `<failure/>` with no attributes parses to "", which still means the element is present.
  return list.map((v) => element(v) ?? {});
}

export function attr(node: XmlNode, name: string): string | undefined {
  const value = node[name];
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : undefined;
}

/** Text content of an element, whether the parser gave a string or an object with #text. */
export function text(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  const node = element(value);
  if (node && typeof node["#text"] === "string") return node["#text"];
  return "";
}
