import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export type RouteHandler = (req: Request) => Promise<Response>;

/**
 * Serves route handlers over real HTTP on a free local port, so the scanner's own HTTP client
 * talks to the real handlers and database. Keys are "METHOD /path"; anything else answers 404.
 */
export async function serveRoutes(routes: Record<string, RouteHandler>): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const handler = routes[`${req.method} ${new URL(req.url!, "http://x").pathname}`];
    const response = handler
      ? await handler(
          new Request(`http://${req.headers.host}${req.url}`, {
            method: req.method,
            headers: req.headers as Record<string, string>,
            body: req.method === "GET" || req.method === "HEAD" ? undefined : Buffer.concat(chunks),
          }),
        )
      : new Response(JSON.stringify({ error: { code: "not_found", message: "no such route" } }), { status: 404 });
    res.writeHead(response.status, { "content-type": response.headers.get("content-type") ?? "application/json" });
    res.end(await response.text());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
