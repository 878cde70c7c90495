"""Synthetic events of about N slides, in deckgen's own YAML, for the benchmark.

`write_event(folder, slides)` writes `folder/event.yaml` (and the pictures it names) with a realistic mix of
every kind of slide the reference deck has, repeated in blocks until the deck holds about `slides` slides:

- a talk (section slide) with its speaker's slides: bullets (nested), key figures, a quotation, a concept
  map and a native chart (column, bar, line or pie in turn);
- witnesses (speaker cards, some with a portrait photo) and a bullets slide;
- a round table hosted by an organisation (the brand's logo or a sponsor's file), with two quiz questions
  (a question slide and an answer slide each; one with a detail, every other one an odd-one-out), opening
  on the SMS number; every fourth one presents the training (overview blocks, programme table, territories,
  participants);
- a break, four workshops in their rooms, and every third block a lunch.

The deck around them: the title slide, the programme (every timed item, continued over as many slides as
it needs) and the closing slide with the sponsors' logos. The text is French, of the lengths organisers
write, drawn from a fixed seed: the same `slides` always gives the same file.

Run alone: `python bench/generate.py 1000 DIR` writes DIR/event.yaml.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

SLIDES_PER_BLOCK = 18.25
"""Slides a block makes on average (6 talk + 2 witnesses + 6 round table + 1 training in 4 + break,
workshops, a lunch in 3), plus its share of the programme's continuation slides; measured, see `blocks_for`."""

_WORDS = (
    "alimentation durable précarité coopération territoire solidarité association épicerie sociale producteurs "
    "locaux circuits courts bénévoles accompagnement dignité santé nutrition diagnostic partenariat financement "
    "collectivité département métropole programme dispositif accès droits participation personnes concernées "
    "restauration collective jardins partagés cuisine pédagogique insertion formation évaluation plaidoyer "
    "gouvernance projet alimentaire territorial chèque alimentaire groupement achats fruits légumes légumineuses"
).split()

_FIRST = "Camille Damien Mathias Éric Laurence Fabien Christel Myriam Aurélie Sylvie Margot Nadia Paul Inès Hugo Léa".split()
_LAST = "Conaré Hudbert Pélisson Coste Héran Vigneau Andrade Guiraud Gonthier Ferrand Oriol Martin Roux Blanc".split()
_ROOMS = ("Salle des fêtes", "Salle Cheyton", "Salle Elie Sermet", "Salle Coubertin", "Amphithéâtre", "Salle B12")
_DEPARTEMENTS = (("Gard", "30"), ("Hérault", "34"), ("Aude", "11"), ("Pyrénées-Orientales", "66"), ("Lozère", "48"))


def q(text: str) -> str:
    """A YAML scalar: JSON strings are valid double-quoted YAML, and keep every character as it is."""
    return json.dumps(text, ensure_ascii=False)


class _Text:
    """Sentences of French words, drawn from a fixed seed, with some **bold** as organisers write it."""

    def __init__(self, seed: int) -> None:
        self.random = random.Random(seed)

    def words(self, low: int, high: int, *, bold: bool = False) -> str:
        words = self.random.choices(_WORDS, k=self.random.randint(low, high))
        if bold and len(words) > 3:
            at = self.random.randrange(len(words) - 1)
            words[at] = f"**{words[at]}**"
        text = " ".join(words)
        return text[:1].upper() + text[1:]

    def number(self) -> int:
        return self.random.randint(120, 99_000)


def _people(count: int, photos: list[str]) -> list[str]:
    lines = []
    for index in range(count):
        name = f"{_FIRST[index % len(_FIRST)]} {_LAST[(index * 7) % len(_LAST)]}"
        lines += [
            f"  p{index}:",
            f"    name: {q(name)}",
            f"    role: {q('Chargée de mission ' + _WORDS[index % len(_WORDS)] + ' et ' + _WORDS[(index * 3) % len(_WORDS)])}",
            f"    organisation: {q('Association départementale ' + str(index))}",
        ]
        if index % 4 == 0:
            lines.append(f"    photo: {photos[index // 4 % len(photos)]}")
    return lines


def _talk(t: _Text, block: int, start: str, people: int) -> list[str]:
    speaker = f"p{block % people}"
    chart = ("column", "bar", "line", "pie")[block % 4]
    categories = [f"{name} {block}" for name, _ in _DEPARTEMENTS[: 3 + block % 3]]
    series_count = 1 if chart == "pie" else 1 + block % 2
    lines = [
        "  - kind: talk",
        f"    start: {q(start)}",
        f"    title: {q(t.words(5, 12))}",
        f"    speakers: [{speaker}, p{(block + 1) % people}]",
        "    slides:",
        "      - kind: bullets",
        f"        speaker: {speaker}",
        f"        title: {q(t.words(3, 7))}",
        "        items:",
        *[f"          - {q(t.words(6, 18, bold=True))}" for _ in range(3)],
        f"          - text: {q(t.words(4, 10) + ' :')}",
        "            items:",
        *[f"              - {q(t.words(3, 12, bold=True))}" for _ in range(3)],
        "      - kind: figures",
        f"        speaker: {speaker}",
        f"        title: {q(t.words(3, 6))}",
        "        figures:",
        f"          - value: {q(str(t.random.randint(2, 60)) + ' %')}",
        f"            label: {q(t.words(3, 8))}",
        f"          - value: {q(str(t.random.randint(2, 20)) + ' M')}",
        f"            label: {q(t.words(3, 8))}",
        "        items:",
        *[f"          - {q(t.words(6, 14))}" for _ in range(2)],
        "      - kind: quote",
        f"        speaker: {speaker}",
        f"        year: {2015 + block % 10}",
        f"        author: {q(_FIRST[block % len(_FIRST)] + ' ' + _LAST[block % len(_LAST)])}",
        "        paragraphs:",
        *[f"          - {q('« ' + t.words(12, 30, bold=True) + ' »')}" for _ in range(2)],
        "      - kind: concept_map",
        f"        speaker: {speaker}",
        f"        centre: {q(t.words(2, 5))}",
        "        branches:",
    ]
    for _ in range(3 + block % 2):
        lines += [f"          - text: {q(t.words(2, 6))}", "            items:"]
        lines += [f"              - {q(t.words(3, 9))}" for _ in range(2)]
    lines += [
        "      - kind: chart",
        f"        speaker: {speaker}",
        f"        chart: {chart}",
        f"        title: {q(t.words(4, 9))}",
        f"        unit: {q('%' if chart == 'pie' else 'personnes')}",
        "        series:",
    ]
    for number in range(series_count):
        lines += [f"          - name: {q(str(2023 + number))}", "            values:"]
        lines += [f"              {q(category)}: {t.number()}" for category in categories]
    lines.append(f"        caption: {q('Source : ' + t.words(3, 6))}")
    return lines


def _witnesses(t: _Text, block: int, people: int) -> list[str]:
    speakers = ", ".join(f"p{(block + n) % people}" for n in range(1 + block % 3))
    return [
        "  - kind: witnesses",
        f"    speakers: [{speakers}]",
        "    slides:",
        "      - kind: bullets",
        f"        title: {q(t.words(3, 7))}",
        "        items:",
        *[f"          - {q(t.words(5, 16, bold=True))}" for _ in range(4)],
        f"        closing: {q('*' + t.words(5, 10) + '*')}",
    ]


def _choices(t: _Text, count: int) -> list[str]:
    return [f"{t.number():,} personnes".replace(",", " ") + f" ({n + 1})" for n in range(count)]


def _round_table(t: _Text, block: int, start: str, host: str) -> list[str]:
    lines = [
        "  - kind: round_table",
        f"    start: {q(start)}",
        f"    title: {q(t.words(5, 12))}",
        f"    host: {host}",
        f"    sms: {q('07 62 32 ' + str(10 + block % 90) + ' 85')}",
        "    quiz:",
    ]
    choices = _choices(t, 3)
    lines += [
        f"      - question: {q(t.words(10, 24, bold=True) + ' ?')}",
        f"        choices: [{', '.join(q(c) for c in choices)}]",
        f"        answer: {q(choices[block % 3])}",
        f"        detail: {q('précisément ' + t.words(2, 5))}",
    ]
    if block % 2:
        true_list = [t.words(3, 7) for _ in range(4)]
        odd = t.words(3, 7) + " (intrus)"
        choices = [true_list[0], true_list[1], odd, true_list[2]]
        lines += [
            f"      - question: {q(t.words(12, 22) + '. Trouver l’intrus parmi ces propositions.')}",
            "        choices:",
            *[f"          - {q(c)}" for c in choices],
            f"        answer: {q(odd)}",
            "        true_list:",
            *[f"          - {q(c)}" for c in true_list],
        ]
    else:
        choices = _choices(t, 4)
        lines += [
            f"      - question: {q(t.words(8, 20) + ' ?')}",
            f"        choices: [{', '.join(q(c) for c in choices)}]",
            f"        answer: {q(choices[0])}",
        ]
    if block % 4 == 1:
        lines.append("    presents_training: true")
    return lines


def _workshops(t: _Text, block: int, start: str) -> list[str]:
    lines = ["  - kind: workshops", f"    start: {q(start)}", "    workshops:"]
    for number in range(4):
        lines += [
            f"      - question: {q(t.words(5, 12, bold=True) + ' ?')}",
            f"        room: {q(_ROOMS[(block + number) % len(_ROOMS)])}",
        ]
    return lines


def _training(t: _Text) -> list[str]:
    lines = [
        "training:",
        "  name: Alim'Activ",
        f"  objective: {q(t.words(14, 24))}",
        "  audience:",
        *[f"    - {q(t.words(4, 10))}" for _ in range(2)],
        "  modalities:",
        *[f"    - {q(t.words(4, 10))}" for _ in range(2)],
        f"  method: {q(t.words(3, 6))}",
        "  calendar:",
        "    - season: 2024-25",
        "      region: Languedoc-Roussillon",
        "      area: Occitanie Est",
        "      territories:",
    ]
    for name, code in _DEPARTEMENTS[:4]:
        lines += [
            f"        - name: {q(name)}",
            f"          code: {q(code)}",
            f"          members: [{q(t.words(3, 6))}, {q(t.words(3, 6))}]",
        ]
    lines += [
        "    - season: 2025-26",
        "      region: Midi-Pyrénées",
        "      area: Occitanie ouest",
        "  programme:",
        *[f"    - {q(t.words(6, 14))}" for _ in range(5)],
        "  participants:",
    ]
    for number in range(12):
        # Teams come from the territories above (deckgen refuses a team's département that no territory has).
        _, code = _DEPARTEMENTS[number % 4]
        lines += [f"    - departement: {q(code)}", "      members:"]
        for member in range(1 + number % 2):
            lines += [
                f"        - name: {q(_FIRST[(number + member) % len(_FIRST)] + ' ' + _LAST[number % len(_LAST)].upper())}",
                f"          role: {q(t.words(2, 6))}",
            ]
    return lines


def blocks_for(slides: int) -> int:
    """How many blocks make about `slides` slides (the title, programme and closing slides included)."""
    return max(1, round((slides - 3) / SLIDES_PER_BLOCK))


def event_yaml(slides: int, photos: list[str], logos: dict[str, str]) -> str:
    """The event's YAML; `photos` and `logos` (organisation id → file) are paths relative to its folder."""
    t = _Text(seed=slides)
    blocks = blocks_for(slides)
    people = 16
    timed = blocks * 4 + blocks // 3 + 1
    step = max(1, min(15, (23 * 60 - 30) // timed))  # minutes between timed items, all within one day
    minute = 30

    def clock() -> str:
        nonlocal minute
        minute += step
        return f"{minute // 60:02d}:{minute % 60:02d}"

    hosts = ["ansa", *logos]
    lines = [
        f"# A synthetic event of about {slides} slides for `make bench` (bench/generate.py); not a real event.",
        "title: Renforcer les coopérations pour lutter contre la précarité alimentaire",
        "date: 2025-11-07",
        "venue: Palais du Travail",
        "city: Narbonne",
        "organiser: ansa",
        "locale: fr",
        "brand: ansa",
        "organisations:",
        "  ansa:",
        "    name: Agence nouvelle des solidarités actives",
    ]
    for organisation, logo in logos.items():
        lines += [f"  {organisation}:", f"    name: {q('Partenaire ' + organisation)}", f"    logo: {logo}"]
    lines += [f"sponsors: [{', '.join(logos)}]", "people:", *_people(people, photos), "agenda:"]
    lines += ["  - kind: welcome", f"    start: {q(clock())}", "    label: Mot de bienvenue", "    speakers: [p0]"]
    for block in range(blocks):
        lines += _talk(t, block, clock(), people)
        lines += _witnesses(t, block, people)
        lines += _round_table(t, block, clock(), hosts[block % len(hosts)])
        lines += ["  - kind: break", f"    start: {q(clock())}"]
        lines += _workshops(t, block, clock())
        if block % 3 == 2:
            lines += ["  - kind: lunch", f"    start: {q(clock())}", f"    detail: {q(t.words(3, 6))}"]
    lines += ["  - kind: conclusion", f"    start: {q(clock())}"]
    lines += _training(t)
    return "\n".join(lines) + "\n"


def _pictures(folder: Path) -> tuple[list[str], dict[str, str]]:
    """Portraits (JPEG photos) and sponsors' logos (PNG); one sponsor's logo is the brand's, under another name."""
    from PIL import Image, ImageDraw

    pictures = folder / "pictures"
    pictures.mkdir(parents=True, exist_ok=True)
    photos = []
    for index, colour in enumerate(((180, 120, 90), (90, 130, 170), (150, 150, 110))):
        image = Image.new("RGB", (900, 1200), colour)
        draw = ImageDraw.Draw(image)
        for band in range(0, 1200, 24):  # some texture, so it is a photo (JPEG), not a flat graphic
            shade = tuple((c + band * (index + 3)) % 256 for c in colour)
            draw.rectangle((0, band, 900, band + 11), fill=shade)
        draw.ellipse((250, 200, 650, 700), fill=(230, 200, 180))
        name = f"pictures/portrait-{index}.jpg"
        image.save(folder / name, quality=90)
        photos.append(name)
    logos = {}
    for index, colour in enumerate(((11, 79, 108), (200, 60, 40))):
        image = Image.new("RGBA", (1200, 400), (0, 0, 0, 0))
        draw = ImageDraw.Draw(image)
        draw.rounded_rectangle((10, 10, 1190, 390), radius=60, fill=colour + (255,))
        draw.ellipse((60, 60, 340, 340), fill=(255, 255, 255, 255))
        name = f"pictures/logo-{index}.png"
        image.save(folder / name)
        logos[f"sponsor-{index}"] = name
    brand_logo = Path(__file__).resolve().parents[1] / "src" / "deckgen" / "assets" / "ansa" / "logo.png"
    (folder / "pictures" / "partner.png").write_bytes(brand_logo.read_bytes())
    logos["sponsor-same"] = "pictures/partner.png"
    return photos, logos


def write_event(folder: Path, slides: int) -> Path:
    """Write a synthetic event of about `slides` slides into `folder`; return the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    photos, logos = _pictures(folder)
    (folder / "event.yaml").write_text(event_yaml(slides, photos, logos), encoding="utf-8")
    return folder


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: python bench/generate.py SLIDES FOLDER")
    print(write_event(Path(sys.argv[2]), int(sys.argv[1])) / "event.yaml")
