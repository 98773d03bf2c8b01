/**
 * The change feed's shapes, `GET /api/v1/changes/` (docs/API.md "Change feed"), from the OpenAPI document.
 *
 * @module
 */
import type { components } from "./schema.js";

/** One entry of the feed: `action`, `kind`, `id`, `locale`, `url` (null once unreadable) and `at`. */
export type Change = components["schemas"]["Change"];

/** What happened to an object: `"published" | "changed" | "unpublished" | "deleted" | "moved" | "expired"`. */
export type ChangeAction = Change["action"];

/** The kind of object: `"page"`, or a library kind as the API's paths name it (`"myths"`, …). */
export type ChangeKind = Change["kind"];

/** One response of the feed: `changes`, the `cursor` after them, `has_more` and `next`. */
export type ChangesPage = components["schemas"]["ChangeFeed"];
