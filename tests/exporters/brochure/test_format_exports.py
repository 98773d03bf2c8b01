"""Exports of several formats share a folder: each keeps its files while its brochure is live."""

import json

from tests.exporters.brochure.test_overflow import SEED, export


def test_a_plain_export_keeps_the_flyers_of_live_brochures_and_a_withdrawn_one_loses_every_format(
    seed_brochure, tmp_path
):
    export(tmp_path, "--locale", "en")  # Only part: nothing removed, the booklet written.
    # A full export of flyers: the seed's items in a flyer would overflow, so flyers of the Spanish only.
    english, spanish = seed_brochure("en"), seed_brochure("es")
    for brochure in (english, spanish):
        brochure.body = [(block.block_type, block.value) for block in brochure.body if block.block_type == "myth"][:1]
        brochure.save_revision().publish()
    export(tmp_path, "--format", "flyer")
    export(tmp_path)  # Each brochure's own format, the booklet: the flyers stay.
    names = sorted(path.name for path in tmp_path.glob("*.pdf"))
    assert names == [f"{SEED}.en.letter.flyer.pdf", f"{SEED}.en.letter.pdf", f"{SEED}.es.letter.flyer.pdf",
                     f"{SEED}.es.letter.pdf"]  # fmt: skip
    manifest = json.loads((tmp_path / "brochure-manifest.json").read_text())["files"]
    assert manifest[f"{SEED}.es.letter.flyer.pdf"]["format"] == "flyer"
    assert manifest[f"{SEED}.es.letter.flyer.pdf"]["brochure"] == f"{SEED}.es"

    spanish.unpublish()
    assert "2 removed" in export(tmp_path)
    assert sorted(path.name for path in tmp_path.glob("*.pdf")) == [
        f"{SEED}.en.letter.flyer.pdf",
        f"{SEED}.en.letter.pdf",
    ]
