"""The PDF cache key covers the print CSS and fonts: a new layout is never served from the old cache."""

import shutil

from exporters.brochure import render


def test_the_layout_fingerprint_reads_the_channels_css_and_fonts(monkeypatch, tmp_path):
    assert (render.STATIC_DIR / "brochure.css").is_file() and list(render.STATIC_DIR.glob("fonts/*.ttf"))
    before = render.layout_fingerprint()
    copy = tmp_path / "brochure"
    shutil.copytree(render.STATIC_DIR, copy)
    monkeypatch.setattr(render, "STATIC_DIR", copy)
    assert render.layout_fingerprint() == before
    (copy / "brochure.css").write_text((copy / "brochure.css").read_text() + "\nh1 { color: red; }\n")
    assert render.layout_fingerprint() != before
