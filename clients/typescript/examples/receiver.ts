/**
 * An example webhook receiver: verifies each delivery (Standard Webhooks signature and timestamp), then
 * follows the change feed from its stored cursor, the way a frontend's build hook would.
 *
 *   CMS_WEBHOOK_SECRET=whsec_… CMS_API_URL=http://127.0.0.1:8000 \
 *     node build/examples/receiver.js --port 8787 --out site [--deliveries N]
 *
 * Answers 204 to a verified delivery and 400 with the reason to anything else; `--deliveries N` exits after
 * N verified ones. The cursor is kept in <out>/.cms-cursor.json.
 */
import { createServer, type IncomingMessage } from "node:http";
import { join } from "node:path";
import { parseArgs } from "node:util";

import { createClient, verifyWebhook, WebhookVerificationError } from "../src/index.js";
import { fileStore } from "../src/node.js";

async function rawBody(request: IncomingMessage): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks); // The bytes as sent: the signature covers them, not a re-serialization.
}

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "8787" },
    out: { type: "string", default: "site" },
    deliveries: { type: "string" },
  },
});
const secret = process.env["CMS_WEBHOOK_SECRET"];
if (!secret) throw new Error("Set CMS_WEBHOOK_SECRET to the endpoint's whsec_… secret.");
const cms = createClient({ baseUrl: process.env["CMS_API_URL"] ?? "http://127.0.0.1:8000" });
const store = fileStore(join(values.out, ".cms-cursor.json"));
const stopAfter = values.deliveries === undefined ? Infinity : Number(values.deliveries);
let verified = 0;

const server = createServer(async (request, response) => {
  const body = await rawBody(request);
  try {
    const event = await verifyWebhook(secret, request.headers, body);
    console.log(`verified: ${event.type} (${event.action}) ${event.kind} ${event.id} [${event.locale}]`);
    response.writeHead(204).end();
    // The delivery names one change; the feed gives every change since the last sync, in order.
    const { changes } = await cms.sync({ store });
    console.log(`feed: ${changes.map((change) => `${change.action} ${change.kind} ${change.id}`).join(", ") || "nothing new"}`);
    if (++verified >= stopAfter) server.close();
  } catch (error) {
    if (!(error instanceof WebhookVerificationError)) throw error;
    console.log(`refused: ${error.reason}`);
    response.writeHead(400, { "Content-Type": "text/plain" }).end(error.message);
  }
});
server.listen(Number(values.port), "127.0.0.1", () => {
  console.log(`listening on http://127.0.0.1:${values.port}/`);
});
