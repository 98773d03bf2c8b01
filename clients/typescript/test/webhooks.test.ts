/**
 * verifyWebhook against signatures made here with node:crypto's HMAC (not WebCrypto, which the client
 * uses), the Standard Webhooks way: base64 HMAC-SHA256 of "{id}.{timestamp}.{body}" with the secret's bytes.
 */
import assert from "node:assert/strict";
import { createHmac, randomBytes } from "node:crypto";
import { test } from "node:test";

import { verifyWebhook, WebhookVerificationError } from "../src/index.js";

const key = randomBytes(32);
const secret = `whsec_${key.toString("base64")}`;
const body = JSON.stringify({
  type: "publish", action: "changed", kind: "myths", id: 4, locale: "es",
  url: "http://127.0.0.1:8000/api/v1/library/myths/4/", at: "2026-12-03T07:00:00Z", cursor: "abc",
});

function sign(id: string, timestamp: number, payload: string, withKey: Buffer = key): string {
  return "v1," + createHmac("sha256", withKey).update(`${id}.${timestamp}.${payload}`).digest("base64");
}

function headers(id: string, timestamp: number, signature: string): Record<string, string> {
  return { "webhook-id": id, "webhook-timestamp": String(timestamp), "webhook-signature": signature };
}

const now = () => Math.floor(Date.now() / 1000);

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof WebhookVerificationError, String(error));
    return error.reason;
  }
  assert.fail("the delivery was accepted");
}

test("a correctly signed delivery is accepted and its event returned", async () => {
  const sent = now();
  const event = await verifyWebhook(secret, headers("msg_1", sent, sign("msg_1", sent, body)), body);
  assert.equal(event.type, "publish");
  assert.equal(event.kind, "myths");
  assert.equal(event.id, 4);
  assert.equal(event.cursor, "abc");
});

test("bytes, a Headers object, any header case and a rotated secret's extra signature all work", async () => {
  const sent = now();
  const both = `${sign("msg_2", sent, body, randomBytes(32))} ${sign("msg_2", sent, body)}`;
  const fetchHeaders = new Headers(headers("msg_2", sent, both));
  assert.equal((await verifyWebhook(secret, fetchHeaders, new TextEncoder().encode(body))).id, 4);
  const upper = { "Webhook-Id": "msg_2", "Webhook-Timestamp": String(sent), "Webhook-Signature": both };
  assert.equal((await verifyWebhook(secret, upper, body)).locale, "es");
});

test("a wrong signature is refused: another secret, a changed body, another id", async () => {
  const sent = now();
  assert.equal(await refusal(verifyWebhook(secret, headers("m", sent, sign("m", sent, body, randomBytes(32))), body)), "bad-signature");
  assert.equal(await refusal(verifyWebhook(secret, headers("m", sent, sign("m", sent, body)), body.replace("4", "5"))), "bad-signature");
  assert.equal(await refusal(verifyWebhook(secret, headers("other", sent, sign("m", sent, body)), body)), "bad-signature");
  assert.equal(await refusal(verifyWebhook(secret, headers("m", sent, "v1,not base64!"), body)), "bad-signature");
  assert.equal(await refusal(verifyWebhook(secret, headers("m", sent, sign("m", sent, body).replace("v1,", "v2,")), body)), "bad-signature");
});

test("an old timestamp is refused even when correctly signed; the tolerance is an option", async () => {
  const old = now() - 600;
  const signed = headers("m", old, sign("m", old, body));
  assert.equal(await refusal(verifyWebhook(secret, signed, body)), "too-old");
  assert.equal((await verifyWebhook(secret, signed, body, { toleranceSeconds: 900 })).id, 4);
  const ahead = now() + 600;
  assert.equal(await refusal(verifyWebhook(secret, headers("m", ahead, sign("m", ahead, body)), body)), "too-new");
});

test("missing headers and a bad secret are refused with their reason", async () => {
  const sent = now();
  assert.equal(await refusal(verifyWebhook(secret, { "webhook-id": "m" }, body)), "missing-header");
  assert.equal(await refusal(verifyWebhook("whsec_", headers("m", sent, sign("m", sent, body)), body)), "bad-secret");
  const notSeconds = { ...headers("m", sent, sign("m", sent, body)), "webhook-timestamp": "yesterday" };
  assert.equal(await refusal(verifyWebhook(secret, notSeconds, body)), "bad-timestamp");
});
