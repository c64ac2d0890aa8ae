// The floor for bench:api, measured in the same run: a bare Hono app on @hono/node-server that
// parses a JSON body and answers a small JSON document, with no middleware, engine or store.
// Prints "listening on <url>" like the real server. Not part of the product.
import { serve } from "@hono/node-server";
import { Hono } from "hono";

const app = new Hono();
app.post("/echo", async (c) => {
  const body = await c.req.json();
  return c.json({ ok: true, fields: Object.keys(body).length });
});
const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, (info) => {
  process.stdout.write(`listening on http://127.0.0.1:${info.port}\n`);
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
