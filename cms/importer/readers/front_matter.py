"""YAML front matter, as static-site generators (Jekyll, Hugo, Eleventy) and CMS exports open a Markdown file:

    ---
    title: "Microneedling with PRP"
    date: 2026-05-14
    ---

Only its top-level "key: value" lines are read (no YAML parser: nothing in the file is executed or expanded);
the title is the article's, the rest is the site's metadata, not article text.
"""

import re

BLOCK = re.compile(r"\A---[ \t]*\n(?P<fields>(?:.*\n){0,50}?)(?:---|\.\.\.)[ \t]*(?:\n|\Z)")
FIELD = re.compile(r"^(?P<key>[A-Za-z][\w-]*)[ \t]*:[ \t]*(?P<value>.*?)[ \t]*$")


def unquoted(value: str) -> str:
    if len(value) > 1 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """({key: value} of the front matter, the Markdown after it); ({}, text) when there is none."""
    match = BLOCK.match(text)
    if not match:
        return {}, text
    fields = {}
    for line in match["fields"].splitlines():
        if field := FIELD.match(line):
            fields[field["key"].lower()] = unquoted(field["value"])
    if not fields:  # A horizontal rule, then text: no front matter.
        return {}, text
    return fields, text[match.end() :]
