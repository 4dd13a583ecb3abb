"""Draw docs/_static/favicon.ico from the shapes of docs/_static/favicon.svg.

Usage: python tools/make_favicon.py   (needs Pillow, which matplotlib brings)

Browsers ask every site for /favicon.ico; the build copies this file to the
root of the HTML output (``html_extra_path`` in docs/conf.py). Run this again
after changing the SVG's shapes, and keep the two in step by hand.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ICON = Path(__file__).resolve().parent.parent / "docs" / "_static" / "favicon.ico"
SCALE = 8  # draw 8 times larger, then shrink: smooth edges
BLUE, YELLOW, WHITE = "#2b5b84", "#ffd43b", "#ffffff"


def draw(size: int = 32 * SCALE) -> Image.Image:
    """The SVG's 32 x 32 drawing, at *size* pixels square."""
    unit = size / 32
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((0, 0, size - 1, size - 1), radius=6 * unit, fill=BLUE)
    for x, y in ((8, 22), (24, 22)):
        pen.line(
            (16 * unit, 10 * unit, x * unit, y * unit),
            fill=YELLOW,
            width=round(3 * unit),
        )
    for x, y, r in ((16, 9, 5), (8, 23, 4.5), (24, 23, 4.5)):
        pen.ellipse(
            ((x - r) * unit, (y - r) * unit, (x + r) * unit, (y + r) * unit), fill=WHITE
        )
    return image


def main() -> None:
    draw().save(ICON, sizes=[(16, 16), (32, 32), (48, 48)])
    print(f"wrote {ICON}")


if __name__ == "__main__":
    main()
