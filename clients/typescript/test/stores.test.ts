/** The cursor stores keep what they were given, across instances where they persist. */
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";

import { memoryStore, webStorageStore, type CursorStore } from "../src/index.js";
import { fileStore } from "../src/node.js";

async function keepsACursor(store: CursorStore, reopen: () => CursorStore) {
  assert.equal(await store.get(), null);
  await store.set("cursor-1");
  await store.set("cursor-2");
  assert.equal(await store.get(), "cursor-2");
  assert.equal(await reopen().get(), "cursor-2");
  await store.clear();
  assert.equal(await reopen().get(), null);
}

test("the file store persists the cursor as JSON, across instances", async () => {
  const folder = await mkdtemp(join(tmpdir(), "cms-cursor-"));
  try {
    const path = join(folder, "nested", "cursor.json");
    await keepsACursor(fileStore(path), () => fileStore(path));
    await fileStore(path).set("abc");
    assert.deepEqual(JSON.parse(await readFile(path, "utf8")), { cursor: "abc" });
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

test("the web storage store uses any localStorage-shaped object under its key", async () => {
  const items = new Map<string, string>();
  const storage = {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
  await keepsACursor(webStorageStore(storage, "feed"), () => webStorageStore(storage, "feed"));
  await webStorageStore(storage, "feed").set("xyz");
  assert.deepEqual([...items], [["feed", "xyz"]]);
});

test("the memory store keeps the cursor for its own lifetime", async () => {
  const store = memoryStore();
  await keepsACursor(store, () => store);
  assert.equal(await memoryStore("start").get(), "start");
});
