"""A file that is not a usable template gets one plain sentence naming it (a TemplateError), never a traceback:
missing, not a zip, an old .ppt, protected by a password, truncated or damaged, a decompression bomb, a
broken or hostile XML part, no presentation in it, no layout with a title."""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

import pytest

from deckgen.errors import DeckError, TemplateError
from deckgen.package import open_template, read_template, zipped
from deckgen.package.opc import MAX_MEMBERS
from deckgen.render.skeleton import SKELETON_FILE

from package_files import changed, declared_bomb, members_of, ole_file, ratio_bomb, skeleton_members

FILE = Path("brand/modèle.pptx")


def _message(data: bytes) -> str:
    with pytest.raises(TemplateError) as raised:
        read_template(data, FILE)
    (problem,) = raised.value.problems
    assert problem.file == FILE and "\n" not in problem.message and "Traceback" not in str(raised.value)
    assert str(problem).startswith(f"{FILE}: the template")
    return problem.message


def _without_titles() -> bytes:
    members = skeleton_members()
    for name in list(members):
        if name.startswith("ppt/slideLayouts/slideLayout") and name.endswith(".xml"):
            members[name] = members[name].replace(b'type="title"', b'type="body"').replace(b'type="ctrTitle"', b'type="body"')
    return zipped(members)


BROKEN = {
    "not a zip": (b"%PDF-1.7 not a presentation", "is not a PowerPoint file (.pptx or .potx): it is not even a zip archive"),
    "an old ppt": (ole_file({"PowerPoint Document": b"\0" * 5000, "Current User": b"\0" * 100}), "is an old PowerPoint file (.ppt); open it in PowerPoint or LibreOffice and save it as .pptx"),
    "a password": (ole_file({"EncryptionInfo": b"\4\0\4\0" * 50, "EncryptedPackage": b"\x5a" * 5000}), "is protected by a password; save a copy without password"),
    "truncated": (SKELETON_FILE.read_bytes()[:20000], "is damaged or truncated"),
    "a declared bomb": (declared_bomb(), "would unpack to 1024 MiB, more than 256 MiB; refused as a possible decompression bomb"),
    "a deflated bomb": (ratio_bomb(), "ppt/media/image1.png is compressed 1028 to 1; refused as a possible decompression bomb"),
    "no content types": (zipped({"ppt/presentation.xml": b"<p/>"}), "its zip archive has no [Content_Types].xml"),
    "no presentation": (changed(SKELETON_FILE.read_bytes(), _rels___dot_rels=b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>'), "it has no presentation part"),
    "broken xml": (changed(SKELETON_FILE.read_bytes(), ppt__presentation_dot_xml=b"<p:presentation xmlns:p='x'><p:sldMasterIdLst>"), "part ppt/presentation.xml is not well-formed XML"),
    "an entity": (
        changed(SKELETON_FILE.read_bytes(), ppt__presentation_dot_xml=b'<!DOCTYPE p [<!ENTITY a "aaaaaaaaaa">]><p>&a;&a;</p>'),
        "part ppt/presentation.xml declares a document type",
    ),
    "no title layout": (_without_titles(), "has no layout with a title placeholder"),
    "a Word document": (
        changed(SKELETON_FILE.read_bytes(), **{"[Content_Types]_dot_xml": skeleton_members()["[Content_Types].xml"].replace(
            b"presentationml.presentation.main+xml", b"wordprocessingml.document.main+xml")}),
        "the template is a Word document, not a PowerPoint presentation; give a .pptx or .potx",
    ),
}  # fmt: skip


@pytest.mark.parametrize("case", list(BROKEN))
def test_a_broken_file_is_a_plain_sentence_naming_it(case: str) -> None:
    data, says = BROKEN[case]
    assert says in _message(data)


def test_a_template_with_too_many_files_is_refused() -> None:
    members = {f"ppt/media/image{n}.png": b"" for n in range(MAX_MEMBERS + 1)}
    assert f"holds {MAX_MEMBERS + 1} files, more than any presentation" in _message(zipped(members))


def test_a_member_that_unpacks_to_more_than_it_declares_is_refused() -> None:
    """A declared size is a claim: the member is read no further than it (and then fails its checksum)."""
    data = bytearray(zipped({"[Content_Types].xml": b"<Types/>", "ppt/presentation.xml": b"<p>" + b"a" * 5000 + b"</p>"}))
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        local = archive.getinfo("ppt/presentation.xml").header_offset
    central = data.rfind(b"PK\x01\x02")  # its entry in the central directory: the last one
    for at in (local + 22, central + 24):  # the uncompressed size, in each header
        data[at : at + 4] = (100).to_bytes(4, "little")
    message = _message(bytes(data))
    assert "unpacks to more than it declares" in message or "is damaged or truncated" in message


def test_a_real_legacy_ppt_is_told_apart(legacy_ppt: Path) -> None:
    with pytest.raises(TemplateError, match=r"is an old PowerPoint file \(\.ppt\); open it in PowerPoint or LibreOffice and save it as \.pptx"):
        open_template(legacy_ppt)


def test_files_that_are_not_there(tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match="the template does not exist; check its path") as raised:
        open_template(tmp_path / "absent.pptx")
    assert raised.value.problems[0].file == tmp_path / "absent.pptx"
    with pytest.raises(TemplateError, match="is a folder"):
        open_template(tmp_path)


def test_no_damage_gets_past_as_anything_but_a_template_error() -> None:
    """Bytes flipped, the file cut anywhere, members dropped or cut, attributes spoilt: each either reads or
    is a TemplateError (a DeckError, which the command prints as one line), never another exception."""
    data, rng = SKELETON_FILE.read_bytes(), random.Random(12)
    variants = [data[:cut] for cut in range(0, len(data), len(data) // 40)]
    for _ in range(60):
        flipped = bytearray(data)
        for _ in range(rng.randint(1, 6)):
            flipped[rng.randrange(len(flipped))] = rng.randrange(256)
        variants.append(bytes(flipped))
    members = members_of(data)
    parts = sorted(name for name in members if name.endswith((".xml", ".rels")))
    for _ in range(80):
        spoilt, name = dict(members), rng.choice(parts)
        action = rng.randrange(3)
        if action == 0:
            del spoilt[name]
        elif action == 1:
            cut = rng.randrange(len(spoilt[name]))
            spoilt[name] = spoilt[name][:cut] + spoilt[name][cut + rng.randint(1, 30) :]
        else:
            for attribute in (b'r:id="', b'Target="', b'idx="', b'cx="', b'val="'):
                spoilt[name] = spoilt[name].replace(attribute, attribute + rng.choice([b"x", b"-", b"../", b"9" * 20]), 1)
        variants.append(zipped(spoilt))
    read = refused = 0
    for variant in variants:
        try:
            read_template(variant)
            read += 1
        except DeckError as error:
            assert isinstance(error, TemplateError)
            refused += 1
    assert read and refused  # both outcomes happen: the variants are not all harmless, nor all fatal


def test_the_skeleton_s_own_zip_is_one_the_reader_accepts() -> None:
    with zipfile.ZipFile(SKELETON_FILE) as archive:
        assert archive.testzip() is None
    assert read_template(SKELETON_FILE.read_bytes()).layouts
