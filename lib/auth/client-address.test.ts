import { describe, expect, it } from "vitest";
import { clientAddress, headerGetter, proxyCountFromEnv } from "./client-address";

const h = (o: Record<string, string>) => headerGetter(new Headers(o));

describe("clientAddress", () => {
  it("takes the entry the nearest trusted proxy appended, not what the client wrote", () => {
    expect(clientAddress(h({ "x-forwarded-for": "6.6.6.6, 10.0.0.7" }), 1)).toBe("10.0.0.7");
    expect(clientAddress(h({ "x-forwarded-for": "6.6.6.6, 10.0.0.7, 172.16.0.1" }), 2)).toBe("10.0.0.7");
    expect(clientAddress(h({ "x-forwarded-for": "10.0.0.7" }), 3)).toBe("10.0.0.7");
  });
  it("falls back to X-Real-IP, then to one shared key", () => {
    expect(clientAddress(h({ "x-real-ip": "10.1.1.1" }), 1)).toBe("10.1.1.1");
    expect(clientAddress(h({}), 1)).toBe("unknown");
  });
  it("reads plain header objects as next-auth passes them", () => {
    expect(clientAddress(headerGetter({ "x-forwarded-for": "1.2.3.4" }), 1)).toBe("1.2.3.4");
    expect(clientAddress(headerGetter(undefined), 1)).toBe("unknown");
  });
  it("parses PAYDOWN_PROXY_COUNT, defaulting to one proxy", () => {
    expect(proxyCountFromEnv(undefined)).toBe(1);
    expect(proxyCountFromEnv("2")).toBe(2);
    expect(proxyCountFromEnv("0")).toBe(1);
    expect(proxyCountFromEnv("x")).toBe(1);
  });
});
