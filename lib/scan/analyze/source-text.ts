/** A file's text from its bytes: UTF-8, without a byte order mark. */
export function sourceText(source: string | Uint8Array): string {
  const text = typeof source === "string" ? source : Buffer.from(source.buffer, source.byteOffset, source.byteLength).toString("utf8");
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
