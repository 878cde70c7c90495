"""The fixtures themselves: each template is what template_files.py says it is, each broken file is broken the way
its name says. These pass whatever deckgen does; if one fails, the tests built on it prove nothing."""

from __future__ import annotations

import io
import warnings
import zipfile
from pathlib import Path
from typing import Callable

import pytest
from pptx import Presentation

from template_builds import MadeTemplate
from template_files import BOMB_SIZE, CONTENT_TYPES, IMPRESS, OLE_MAGIC, PASSWORD, PRESENTATION_MAIN, content_types, open_presentation
from template_parts import TITLE_TYPES, masters, slide_size


def test_each_template_opens_with_its_size_masters_and_layout_names(template: MadeTemplate) -> None:
    presentation = open_presentation(template.path)
    spec = template.spec
    assert slide_size(presentation) == (spec.width, spec.height)
    found = masters(presentation)
    assert len(found) == spec.masters
    assert tuple(name for master in found for name in master.layouts) == spec.layouts


def test_each_template_is_a_presentation_or_a_template_by_its_content_type(template: MadeTemplate) -> None:
    assert content_types(template.path.read_bytes())["/ppt/presentation.xml"] == template.spec.content_type


def test_each_template_has_a_title_placeholder_on_some_layout(template: MadeTemplate) -> None:
    presentation = open_presentation(template.path)
    types = {ph.get("type") for layout in presentation.slide_layouts for ph in layout._element.iter("{*}ph")}
    assert types & set(TITLE_TYPES)


@pytest.mark.libreoffice
@pytest.mark.parametrize("name", IMPRESS)
def test_the_impress_templates_bring_their_surprises(name: str, template_named: Callable[[str], MadeTemplate]) -> None:
    """What LibreOffice writes and the others do not: nameless masters, bodies with no type and no idx (two alike
    on « Title, 2 Content »), footers with no place of their own, example slides."""
    presentation = open_presentation(template_named(name).path)
    assert all(master.name == "" for master in masters(presentation))
    content = next(layout for layout in presentation.slide_layouts if layout.name == "Title, Content")
    phs = list(content._element.iter("{*}ph"))
    assert any(ph.get("type") is None and ph.get("idx") is None for ph in phs)
    footer = next(ph for ph in phs if ph.get("type") == "ftr").getparent().getparent().getparent()
    assert footer.find("{*}spPr/{*}xfrm") is None
    two = next(layout for layout in presentation.slide_layouts if layout.name == "Title, 2 Content")
    assert sum(ph.get("type") is None and ph.get("idx") is None for ph in two._element.iter("{*}ph")) == 2  # alike
    assert len(presentation.slides) >= 1  # which a deck built on it drops


def test_python_pptx_refuses_a_potx_as_it_is(template_named: Callable[[str], MadeTemplate]) -> None:
    """Why open_presentation exists, and what deckgen must not do with a .potx."""
    with pytest.raises(ValueError, match="not a PowerPoint file"):
        Presentation(str(template_named("french-potx").path))


# ---------------------------------------------------------------------------------------------------------------
# The broken files


def _is(broken: Path, name: str) -> bool:
    return broken.name.split(".")[0] == name


def test_each_broken_file_fails_python_pptx_or_lacks_a_title(broken: Path) -> None:
    if _is(broken, "no-title"):
        presentation = Presentation(str(broken))
        types = {ph.get("type") for master in presentation.slide_masters for part in (master, *master.slide_layouts) for ph in part._element.iter("{*}ph")}
        assert not types & set(TITLE_TYPES)
        assert len(presentation.slide_layouts) == 11
        return
    if _is(broken, "bomb"):
        return  # python-pptx would read all 300 MiB of it: the next test looks at its zip directory instead
    with pytest.raises(Exception):
        Presentation(str(broken))


def test_the_broken_files_are_broken_as_named(broken: Path) -> None:
    data = broken.read_bytes()
    if _is(broken, "not-a-zip"):
        assert not zipfile.is_zipfile(broken)
    elif _is(broken, "legacy"):
        assert broken.suffix == ".ppt"
        assert data.startswith(OLE_MAGIC)
        assert "PowerPoint Document".encode("utf-16-le") in data
    elif _is(broken, "password"):
        assert data.startswith(OLE_MAGIC)
        assert "EncryptedPackage".encode("utf-16-le") in data
        assert "EncryptionInfo".encode("utf-16-le") in data
    elif _is(broken, "truncated"):
        assert data.startswith(b"PK\x03\x04")
        assert not zipfile.is_zipfile(broken)
    elif _is(broken, "no-presentation"):
        with zipfile.ZipFile(broken) as package:
            assert CONTENT_TYPES in package.namelist()
            assert not any(name.startswith("ppt/") for name in package.namelist())
    elif _is(broken, "no-title"):
        assert content_types(data)["/ppt/presentation.xml"] == PRESENTATION_MAIN
    elif _is(broken, "bomb"):
        with zipfile.ZipFile(broken) as package:
            part = package.getinfo("ppt/presentation.xml")
        assert part.file_size > 256 * 2**20 and part.file_size >= BOMB_SIZE
        assert len(data) < 4 * 2**20
    else:
        pytest.fail(f"no check for {broken.name}")


def test_the_password_protected_deck_opens_with_its_password(broken_named: Callable[[str], Path]) -> None:
    """Encrypted for real (msoffcrypto-tool): decrypted with the password, it is a deck python-pptx reads."""
    encrypted = broken_named("password")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # cryptography's deprecations
        msoffcrypto = pytest.importorskip("msoffcrypto", reason="msoffcrypto-tool is not installed: password.pptx is a stand-in")
        office = msoffcrypto.OfficeFile(io.BytesIO(encrypted.read_bytes()))
        assert office.is_encrypted()
        office.load_key(password=PASSWORD)
        clear = io.BytesIO()
        office.decrypt(clear)
    assert len(Presentation(clear).slide_layouts) == 11
