/**
 * Where {@link sync} keeps its cursor between runs: in memory, or in anything shaped like `localStorage`.
 * (A JSON file for Node is `fileStore` in "@clinic-content/client/node".)
 *
 * @module
 */

/** Keeps one cursor. Methods may be synchronous or return promises. */
export interface CursorStore {
  /** The cursor saved last, or null before the first sync. */
  get(): string | null | Promise<string | null>;
  /** Save the cursor to resume from. */
  set(cursor: string): void | Promise<void>;
  /** Forget the cursor: the next sync starts from the whole current state. */
  clear(): void | Promise<void>;
}

/** A cursor kept in memory: for one process's lifetime, and for tests. */
export function memoryStore(initial: string | null = null): CursorStore {
  let cursor = initial;
  return {
    get: () => cursor,
    set: (value) => {
      cursor = value;
    },
    clear: () => {
      cursor = null;
    },
  };
}

/** The part of the Web Storage interface a store uses: `localStorage`, `sessionStorage` or a look-alike. */
export type WebStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

/** A cursor kept under `key` in `localStorage` (or any {@link WebStorage}), so a browser resumes after a reload. */
export function webStorageStore(storage: WebStorage, key = "clinic-content:changes-cursor"): CursorStore {
  return {
    get: () => storage.getItem(key),
    set: (cursor) => storage.setItem(key, cursor),
    clear: () => storage.removeItem(key),
  };
}
