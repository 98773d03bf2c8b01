/**
 * @clinic-content/client: a typed client of the clinic content library's JSON API.
 *
 * - {@link createClient}: pages by path, id and list; library items; the change feed ({@link sync}).
 * - {@link isBlock} / {@link blocksOfType}: body blocks narrowed on `type`, with their values' full types.
 * - {@link verifyWebhook}: Standard Webhooks signatures, with WebCrypto.
 * - The generated types of every schema ({@link Schemas}, `paths`, `components`), from src/schema.ts.
 *
 * @packageDocumentation
 */
export { createClient, type ApiClient, type ClientOptions, type ContentClient } from "./client.js";
export { ApiError } from "./errors.js";
export { localizedPath, type ListPagesOptions } from "./pages.js";
export { iterateLibrary, type LibraryOptions } from "./library.js";
export { blocksOfType, isBlock, renderBlocks, type BlockRenderers } from "./blocks.js";
export { fetchChanges, sync, type SyncOptions, type SyncResult } from "./sync.js";
export type { Change, ChangeAction, ChangeKind, ChangesPage } from "./changes.js";
export { memoryStore, webStorageStore, type CursorStore, type WebStorage } from "./stores.js";
export {
  verifyWebhook,
  WebhookVerificationError,
  type HeadersLike,
  type VerifyOptions,
  type WebhookEvent,
} from "./webhooks.js";
export type * from "./types.js";
export type { components, operations, paths } from "./schema.js";
