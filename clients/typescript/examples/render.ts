/**
 * An example frontend: renders the demo article in English and Spanish to static HTML from the API, then
 * stays current by polling the change feed and rendering again what changed.
 *
 *   CMS_API_URL=http://127.0.0.1:8000 node build/examples/render.js --out site [--polls N] [--interval 5]
 *
 * `--once` renders and exits without touching the feed; `--polls N` stops after N polls (0: only record the
 * feed's current cursor). Without either, it polls forever. The cursor is kept in <out>/.cms-cursor.json,
 * so a restart resumes where it stopped.
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";

import { createClient, renderBlocks, type Change, type ContentClient, type Page } from "../src/index.js";
import { fileStore } from "../src/node.js";

const LOCALES = ["en", "es"] as const;

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** One page as a complete HTML document. Rich text from the API is final, sanitized HTML (docs/API.md). */
export function pageHtml(page: Page): string {
  const body = renderBlocks(page.body, {
    heading: ({ value }) => `<${value.level}>${escape(value.text)}</${value.level}>`,
    paragraph: ({ value }) => value,
    image: ({ value }) =>
      `<figure><img src="${escape(value.image.url)}" srcset="${escape(value.image.srcset)}" alt="${escape(value.alt_text)}"` +
      ` width="${value.image.width}" height="${value.image.height}"><figcaption>${escape(value.caption)}</figcaption></figure>`,
    myth: ({ value: { myth } }) =>
      `<section class="myth"><h3>${escape(myth.myth)}</h3>${myth.facts}</section>`,
    benefits: ({ value }) =>
      `<section><h2>${escape(value.heading)}</h2><ul>${value.benefits.map((benefit) => `<li>${escape(benefit.title)}</li>`).join("")}</ul></section>`,
    risks: ({ value }) =>
      `<section><h2>${escape(value.heading)}</h2><ul>${value.risks.map((risk) => `<li>${escape(risk.name)} (${escape(risk.frequency_label)})</li>`).join("")}</ul></section>`,
    locations: ({ value }) =>
      `<section><h2>${escape(value.heading)}</h2>${value.locations.map((place) => `<address>${escape(place.name)}, ${escape(place.street)}</address>`).join("")}</section>`,
    call_to_action: ({ value }) =>
      `<p>${escape(value.text)}${value.url ? ` <a href="${escape(value.url)}">${escape(value.button_label)}</a>` : ""}</p>`,
    disclaimer: ({ value }) => `<aside>${escape(value.text)}</aside>`,
  });
  return `<!doctype html>
<html lang="${escape(page.locale)}"><head><meta charset="utf-8"><title>${escape(page.seo_title || page.title)}</title></head>
<body><article><h1>${escape(page.title)}</h1>${page.intro}
${body.join("\n")}
</article></body></html>
`;
}

/** The demo article in each locale: the articles listed in English, and their Spanish translations. */
async function articles(cms: ContentClient): Promise<Page[]> {
  const found: Page[] = [];
  for (const locale of LOCALES) {
    for await (const listed of cms.iteratePages({ locale, type: "article" })) {
      const page = await cms.getPage(listed.id);
      if (page) found.push(page);
    }
  }
  return found;
}

async function write(out: string, page: Page): Promise<string> {
  const path = join(out, page.locale, `${page.slug}.html`);
  await mkdir(join(out, page.locale), { recursive: true });
  await writeFile(path, pageHtml(page), "utf8");
  console.log(`rendered ${path} [${page.locale}] ${page.title}`);
  return path;
}

/** Render again after changes: a changed page alone; a library item may be placed anywhere, so every page. */
async function apply(cms: ContentClient, out: string, changes: Change[], rendered: Map<number, string>) {
  if (changes.length === 0) return;
  console.log(`feed: ${changes.map((change) => `${change.action} ${change.kind} ${change.id}`).join(", ")}`);
  const library = changes.some((change) => change.kind !== "page");
  const ids = library ? [...rendered.keys()] : changes.map((change) => change.id).filter((id) => rendered.has(id));
  for (const id of new Set(ids)) {
    const page = await cms.getPage(id);
    if (page) {
      const path = await write(out, page);
      if (rendered.get(id) !== path) await rm(rendered.get(id) ?? "", { force: true }); // Moved: a new slug.
      rendered.set(id, path);
    } else {
      await rm(rendered.get(id) ?? "", { force: true });
      console.log(`removed ${rendered.get(id)}: page ${id} is no longer live`);
      rendered.delete(id);
    }
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      out: { type: "string", default: "site" },
      once: { type: "boolean", default: false },
      polls: { type: "string" },
      interval: { type: "string", default: "5" },
    },
  });
  const baseUrl = process.env["CMS_API_URL"] ?? "http://127.0.0.1:8000";
  const cms = createClient({ baseUrl });
  const out = values.out;
  const rendered = new Map<number, string>();
  for (const page of await articles(cms)) rendered.set(page.id, await write(out, page));
  if (values.once) return;

  const store = fileStore(join(out, ".cms-cursor.json"));
  const polls = values.polls === undefined ? Infinity : Number(values.polls);
  const onReset = () => console.log("feed: cursor expired, starting from the current state");
  // The first sync (no cursor stored) reads the current state, which was just rendered: keep only its cursor.
  const first = await cms.sync({ store, onReset });
  if (!first.initial) await apply(cms, out, first.changes, rendered);
  for (let poll = 0; poll < polls; poll++) {
    await new Promise((resolve) => setTimeout(resolve, Number(values.interval) * 1000));
    const { changes, reset } = await cms.sync({ store, onReset });
    await apply(cms, out, reset ? changes.filter((change) => change.kind === "page") : changes, rendered);
  }
}

await main();
