"""Layouts chosen by what they hold, names second (render/layouts.py), on python-pptx's default template
read as the package layer reads any template, in English and with its layouts renamed as a French office names them."""

from __future__ import annotations

import io
import re
import zipfile

import pytest

from deckgen.errors import BrandError
from deckgen.package import Template, read_template
from deckgen.render.layouts import FAMILIES, choose, normalised
from deckgen.render.skeleton import SKELETON_FILE

FRENCH = {
    "Title Slide": "Diapositive de titre", "Title and Content": "Titre et contenu", "Section Header": "Titre de section",
    "Two Content": "Deux contenus", "Comparison": "Comparaison", "Title Only": "Titre seul", "Blank": "Vide",
    "Content with Caption": "Contenu avec légende", "Picture with Caption": "Image avec légende",
}


def _renamed(names: dict[str, str]) -> Template:
    source = zipfile.ZipFile(SKELETON_FILE)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            if name.startswith("ppt/slideLayouts/slideLayout"):
                data = re.sub(rb'<p:cSld name="([^"]*)"', lambda m: b'<p:cSld name="%s"' % names.get(m[1].decode(), m[1].decode()).encode(), data)
            target.writestr(name, data)
    return read_template(out.getvalue())


@pytest.mark.parametrize("names", [{}, FRENCH], ids=["english", "french"])
def test_each_family_goes_on_the_layout_that_holds_what_it_needs(names: dict[str, str]) -> None:
    choices = choose(_renamed(names))
    expected = {
        "title": "Title Slide", "content": "Title and Content", "two_columns": "Two Content",
        "title_only": "Title Only", "section": "Section Header",
    }
    for family, layout in expected.items():
        assert choices[family].layout.name == names.get(layout, layout), family
        assert not choices[family].fallback
    # No layout of their own: the quiz on the title-only layout, the break and the closing on the section's.
    assert choices["quiz"].fallback and choices["quiz"].layout.name == names.get("Title Only", "Title Only")
    assert choices["break"].layout == choices["closing"].layout == choices["section"].layout
    assert set(FAMILIES) <= set(choices)


def test_names_are_compared_without_case_accents_or_punctuation() -> None:
    assert normalised("Titre, Contenu") == normalised("titre contenu")
    assert normalised("En-tête de section") == "en tete de section"


def test_brand_yaml_names_a_layout_for_a_kind_or_a_family() -> None:
    template = _renamed(FRENCH)
    choices = choose(template, {"quiz_question": "Titre seul", "closing": "Diapositive de titre"})
    assert choices["question"].layout.name == "Titre seul" and "brand.yaml" in choices["question"].reason
    assert choices["closing"].layout.name == "Diapositive de titre"


@pytest.mark.parametrize(
    ("named", "said"),
    [
        ({"quiz_qestion": "Titre seul"}, "did you mean 'quiz_question'?"),
        ({"bullets": "Titre et contenus"}, "has no layout « Titre et contenus »; its layouts are « Diapositive de titre »"),
        ({"bullets": "Titre et contenus"}, "did you mean « Titre et contenu »?"),
        ({"bullets": "Vide"}, "the layout « Vide » holds no title"),
    ],
)
def test_a_layout_brand_yaml_names_wrongly_is_refused_with_what_to_write(named: dict[str, str], said: str) -> None:
    with pytest.raises(BrandError) as raised:
        choose(_renamed(FRENCH), named)
    assert said in str(raised.value)
