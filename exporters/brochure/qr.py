"""QR codes as inline SVG: sharp at any print size, and nothing to fetch."""

import io

import segno


def qr_svg(url: str) -> str:
    """Example: qr_svg("https://clinic.example/es/mitos/") -> "<svg …>…</svg>" (medium error correction)."""
    buffer = io.BytesIO()
    segno.make(url, error="m").save(buffer, kind="svg", xmldecl=False, svgns=True, nl=False, border=2, scale=4)
    return buffer.getvalue().decode()
