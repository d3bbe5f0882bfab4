import type { NextConfig } from "next";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  {
    key: "Content-Security-Policy",
    value: [
      "default-src 'self'",
      // Next.js inlines its bootstrap scripts and styles.
      "script-src 'self' 'unsafe-inline'" + (process.env.NODE_ENV === "development" ? " 'unsafe-eval'" : ""),
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data:",
      "font-src 'self'",
      "connect-src 'self'",
      "frame-ancestors 'none'",
      "base-uri 'self'",
      "form-action 'self'",
    ].join("; "),
  },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Lets several builds (parallel development checkouts, benchmarks) keep separate outputs.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // The test suite runs `tsc --noEmit` over the whole repository once; no second pass here.
  typescript: { ignoreBuildErrors: true },
  // forbidden() renders app/forbidden.tsx with status 403 for members without the needed role.
  experimental: { authInterrupts: true },
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
