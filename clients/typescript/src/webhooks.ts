/**
 * Verifying the CMS's webhooks, signed the Standard Webhooks way (https://www.standardwebhooks.com/):
 * `webhook-signature: v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{body}">` with the
 * endpoint's secret `whsec_<base64>`. WebCrypto only, so it runs in Node 18+, browsers, Deno, Bun and edge
 * runtimes alike.
 *
 * @module
 */
import type { ChangeAction, ChangeKind } from "./changes.js";

/** What a delivery's JSON body holds: the event, the feed entry it comes from and the feed cursor after it. */
export interface WebhookEvent {
  /** The event an endpoint subscribes to. */
  type: "publish" | "unpublish" | "delete";
  /** The change feed's action behind it. */
  action: ChangeAction;
  kind: ChangeKind;
  id: number;
  locale: string;
  /** The object's API detail URL; null when it is no longer readable. */
  url: string | null;
  /** When the change committed, ISO 8601. */
  at: string;
  /** The change feed cursor right after this change. */
  cursor: string;
}

/** Why a delivery was refused: `reason` names the check that failed. */
export class WebhookVerificationError extends Error {
  readonly reason: "missing-header" | "bad-secret" | "bad-timestamp" | "too-old" | "too-new" | "bad-signature";

  constructor(reason: WebhookVerificationError["reason"], message: string) {
    super(message);
    this.name = "WebhookVerificationError";
    this.reason = reason;
  }
}

/** Request headers: a `Headers`, or a plain object such as Node's `request.headers` (any case of names). */
export type HeadersLike = Headers | Record<string, string | string[] | undefined>;

/** Options of {@link verifyWebhook}. */
export interface VerifyOptions {
  /** How far `webhook-timestamp` may be from now, in seconds (default 300): older deliveries are replays. */
  toleranceSeconds?: number;
  /** The time to check against (default: now). */
  now?: Date;
  /** A WebCrypto `SubtleCrypto` (default `globalThis.crypto.subtle`; on Node 18 pass `webcrypto.subtle`). */
  subtle?: SubtleCrypto;
}

const DEFAULT_TOLERANCE_SECONDS = 300;

function header(headers: HeadersLike, name: string): string | undefined {
  if (typeof (headers as Headers).get === "function") return (headers as Headers).get(name) ?? undefined;
  for (const [key, value] of Object.entries(headers as Record<string, string | string[] | undefined>)) {
    if (key.toLowerCase() === name) return Array.isArray(value) ? value.join(" ") : value;
  }
  return undefined;
}

function base64Bytes(text: string): Uint8Array<ArrayBuffer> | null {
  try {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
    return bytes;
  } catch {
    return null;
  }
}

/**
 * Check a delivery and return its event; throws {@link WebhookVerificationError} if any check fails.
 *
 * Pass the body exactly as received (the raw text or bytes, not re-serialized JSON). Signatures are
 * compared by WebCrypto's `verify`, in constant time; any one of several space-separated `v1,` signatures
 * (sent while a secret is being rotated) may match.
 *
 * @example
 * ```ts
 * app.post("/hooks/cms", express.text({ type: "*\/*" }), async (req, res) => {
 *   try {
 *     const event = await verifyWebhook(process.env.CMS_WEBHOOK_SECRET!, req.headers, req.body);
 *     await revalidate(event.url);
 *     res.sendStatus(204);
 *   } catch (error) {
 *     res.status(400).send(String(error));
 *   }
 * });
 * ```
 */
export async function verifyWebhook(
  secret: string,
  headers: HeadersLike,
  body: string | Uint8Array,
  options: VerifyOptions = {},
): Promise<WebhookEvent> {
  const id = header(headers, "webhook-id");
  const timestamp = header(headers, "webhook-timestamp");
  const signatures = header(headers, "webhook-signature");
  if (!id || !timestamp || !signatures) {
    throw new WebhookVerificationError("missing-header", "webhook-id, webhook-timestamp and webhook-signature are required.");
  }
  if (!/^\d+$/.test(timestamp)) {
    throw new WebhookVerificationError("bad-timestamp", "webhook-timestamp must be whole seconds since the epoch.");
  }
  const tolerance = options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  const sent = Number(timestamp);
  if (now - sent > tolerance) {
    throw new WebhookVerificationError("too-old", `The delivery was signed ${now - sent} s ago (at most ${tolerance}).`);
  }
  if (sent - now > tolerance) {
    throw new WebhookVerificationError("too-new", `The delivery is dated ${sent - now} s ahead (at most ${tolerance}).`);
  }

  const key = base64Bytes(secret.startsWith("whsec_") ? secret.slice("whsec_".length) : secret);
  if (key === null || key.length === 0) {
    throw new WebhookVerificationError("bad-secret", "The secret must be whsec_ followed by base64.");
  }
  const subtle = options.subtle ?? globalThis.crypto?.subtle;
  if (!subtle) throw new Error("No WebCrypto here: pass { subtle: (await import('node:crypto')).webcrypto.subtle }.");
  const hmac = await subtle.importKey("raw", key, { name: "HMAC", hash: "SHA-256" }, false, ["verify"]);

  const encoder = new TextEncoder();
  const bodyBytes = typeof body === "string" ? encoder.encode(body) : body;
  const prefix = encoder.encode(`${id}.${timestamp}.`);
  const signed = new Uint8Array(prefix.length + bodyBytes.length);
  signed.set(prefix);
  signed.set(bodyBytes, prefix.length);

  for (const candidate of signatures.split(" ")) {
    const [version, encoded] = candidate.split(",", 2);
    if (version !== "v1" || encoded === undefined) continue;
    const signature = base64Bytes(encoded);
    // WebCrypto compares in constant time; a wrong length is refused without comparing.
    if (signature !== null && (await subtle.verify("HMAC", hmac, signature, signed))) {
      const text = typeof body === "string" ? body : new TextDecoder().decode(body);
      return JSON.parse(text) as WebhookEvent;
    }
  }
  throw new WebhookVerificationError("bad-signature", "No v1 signature in webhook-signature matches the body.");
}
