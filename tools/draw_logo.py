"""Draw the Ansa wordmark (logo.png, logo-white.png) with the brand's colours and fonts.

No logo file was supplied with the reference deck, so the brand ships a clean wordmark drawn here.
Run `python tools/draw_logo.py` after changing colours; the PNGs (in src/deckgen/assets/ansa/) are committed.
"""

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ASSETS = Path(__file__).resolve().parents[1] / "src" / "deckgen" / "assets"
HERE = ASSETS / "ansa"
FONTS = ASSETS / "fonts"
LINES = ("Agence", "nouvelle des", "solidarités", "actives")


def draw(mark: str, words: str, out: Path) -> None:
    scale = 4  # drawn large, displayed at about 1.2 in wide: crisp at 2x
    big = ImageFont.truetype(str(FONTS / "LiberationSans-Bold.ttf"), 92 * scale)
    small = ImageFont.truetype(str(FONTS / "LiberationSans-Regular.ttf"), 20 * scale)
    bold = ImageFont.truetype(str(FONTS / "LiberationSans-Bold.ttf"), 20 * scale)
    x = int(big.getlength("ansa")) + 14 * scale
    width = x + int(max(bold.getlength(line) for line in LINES)) + 8 * scale
    image = Image.new("RGBA", (width, 124 * scale), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.text((0, 8 * scale), "ansa", font=big, fill=mark)
    pen.rectangle((x - 8 * scale, 22 * scale, x - 5 * scale, 106 * scale), fill=words)
    for index, line in enumerate(LINES):
        font = bold if index >= 2 else small
        pen.text((x, (20 + 22 * index) * scale), line, font=font, fill=words)
    image = image.crop(image.getbbox())
    image.save(out, optimize=True)


if __name__ == "__main__":
    draw("#0B4F6C", "#1F2933", HERE / "logo.png")
    draw("#FFFFFF", "#FFFFFF", HERE / "logo-white.png")
