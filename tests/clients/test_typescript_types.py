"""The TypeScript client's checked-in types (clients/typescript/src/schema.ts) are what openapi-typescript
makes of the live OpenAPI document: a change to the API that `make client` was not run for fails here."""

import subprocess

from .typescript import BIN, CLIENT, require_tools


def test_the_checked_in_types_match_the_live_schema(client, db, tmp_path):
    require_tools()
    response = client.get("/api/v1/schema/", {"format": "json"})
    assert response.status_code == 200
    (tmp_path / "openapi.json").write_bytes(response.content)
    subprocess.run(
        [BIN / "openapi-typescript", tmp_path / "openapi.json", "--output", tmp_path / "schema.ts"],
        cwd=CLIENT, check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    generated = (tmp_path / "schema.ts").read_text(encoding="utf-8")
    checked_in = (CLIENT / "src" / "schema.ts").read_text(encoding="utf-8")
    assert generated == checked_in, "clients/typescript/src/schema.ts is out of date: run `make client` and commit it."
