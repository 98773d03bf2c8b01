/**
 * The change feed's shapes, `GET /api/v1/changes/` (docs/API.md "Change feed").
 *
 * @module
 */

/** What happened to an object. `url` is null for the ones that took it away from readers. */
export type ChangeAction = "published" | "changed" | "unpublished" | "deleted" | "moved" | "expired";

/** The kind of object: a page, or a library kind as the API's paths name it. */
export type ChangeKind = "page" | "myths" | "benefits" | "risks" | "locations";

/** One entry of the feed. */
export interface Change {
  /** What happened; the initial state lists everything live as `"published"`. */
  action: ChangeAction;
  /** A page or a library kind. */
  kind: ChangeKind;
  /** The object's id, the one its API detail uses (also for a deletion). */
  id: number;
  /** The locale of the object, e.g. `"es"`. */
  locale: string;
  /** The object's API detail URL; null for `unpublished`, `deleted` and `expired`. */
  url: string | null;
  /** When the change committed (for the initial state: when the state was read), ISO 8601. */
  at: string;
}

/** One response of the feed. */
export interface ChangesPage {
  /** The entries, in commit order. */
  changes: Change[];
  /** Where to resume after the last entry of this response (also when `changes` is empty). */
  cursor: string;
  /** More entries are available right now with `cursor`. */
  has_more: boolean;
  /** The same as `cursor`, as a URL; null when `has_more` is false. */
  next: string | null;
}
