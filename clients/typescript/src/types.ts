/**
 * Friendly names for the API's types. Every one comes from the generated {@link components} (src/schema.ts,
 * made from the OpenAPI document by `make client`), so they change when the API does.
 *
 * @module
 */
import type { components } from "./schema.js";

/** Every schema of the OpenAPI document, by its component name. */
export type Schemas = components["schemas"];

/** A live page with its whole body (`GET /api/v1/pages/<id>/`, `pages/find/`). */
export type Page = Schemas["Page"];
/** A page as page lists give it: the summary, plus the fields asked for with `fields`. */
export type PageListItem = Schemas["PageListItem"];
/** A myth and the facts that answer it, as the library and a `myth` block give it. */
export type Myth = Schemas["Myth"];
/** A benefit of a treatment. */
export type Benefit = Schemas["Benefit"];
/** A risk of a treatment, with its frequency. */
export type Risk = Schemas["Risk"];
/** A clinic location with its address and opening hours. */
export type Location = Schemas["Location"];
/** One of the locales content is published in. */
export type Locale = Schemas["Locale"];
/** The API's one error shape: `{"detail": "…", "parameter": "…"}`. */
export type ErrorBody = Schemas["Error"];

/** One block of a page's `body`: a union discriminated on `type`. */
export type BodyBlock = Schemas["BodyBlock"];
/** Every block type a body may hold: `"heading" | "paragraph" | "myth" | …`. */
export type BlockType = BodyBlock["type"];
/** The block of one type, e.g. `BlockOf<"myth">` holds `value.myth`, a {@link Myth}. */
export type BlockOf<T extends BlockType> = Extract<BodyBlock, { type: T }>;

/** The library's kinds as the API names them in its paths, and the item each one holds. */
export interface LibraryItems {
  myths: Myth;
  benefits: Benefit;
  risks: Risk;
  locations: Location;
}
/** `"myths" | "benefits" | "risks" | "locations"`. */
export type LibraryKind = keyof LibraryItems;

/** A page of a list: `count` in all, `next` and `previous` as URLs (null at either end). */
export interface Paginated<T> {
  count: number;
  limit: number;
  offset: number;
  next: string | null;
  previous: string | null;
  results: T[];
}
