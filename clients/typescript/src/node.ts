/**
 * Node-only helpers, apart so that browser bundles never see `node:fs`: import from
 * "@clinic-content/client/node".
 *
 * @module
 */
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname } from "node:path";

import type { CursorStore } from "./stores.js";

/**
 * A cursor kept in a JSON file (`{"cursor": "…"}`), so a build or a server resumes where it stopped. Writes
 * go to a temporary file renamed over the old one: a crash mid-write never leaves half a cursor.
 */
export function fileStore(path: string): CursorStore {
  return {
    async get() {
      let text: string;
      try {
        text = await readFile(path, "utf8");
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
      const saved: unknown = JSON.parse(text);
      const cursor = typeof saved === "object" && saved !== null ? (saved as { cursor?: unknown }).cursor : null;
      return typeof cursor === "string" ? cursor : null;
    },
    async set(cursor) {
      await mkdir(dirname(path), { recursive: true });
      const temporary = `${path}.${process.pid}.tmp`;
      await writeFile(temporary, JSON.stringify({ cursor }) + "\n", "utf8");
      await rename(temporary, path);
    },
    async clear() {
      await rm(path, { force: true });
    },
  };
}
