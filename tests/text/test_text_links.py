"""A web address in slide text: a link a click opens, cut at its break opportunities into link runs with the
opportunities between them outside the link. LibreOffice holds a link on one line, as one word: a long
address in a speaker's organisation ran off its box there, and the programme's last line off the slide."""

from __future__ import annotations

from deckgen.text.inline import Run
from deckgen.text.links import linked
from deckgen.text.typography import BREAK, breakable

ADDRESS = "https://www.solidarites-alimentaires-occitanie.example.org/reseau/contact"


def test_a_long_address_is_links_between_its_break_opportunities() -> None:
    runs = linked((Run(f"Voir {breakable(ADDRESS)} demain", bold=True),))
    assert "".join(run.text for run in runs).replace(BREAK, "") == f"Voir {ADDRESS} demain"
    links = [run for run in runs if run.link]
    assert len(links) > 3 and {run.link for run in links} == {ADDRESS}
    assert all(BREAK not in run.text for run in links)  # where a line may break is outside every link
    assert all(run.link is None for run in runs if run.text == BREAK) and any(run.text == BREAK for run in runs)
    assert all(run.bold for run in runs)  # each piece keeps the run's emphasis


def test_a_short_address_is_one_link() -> None:
    runs = linked((Run("site : www.ansa.fr."),))
    assert [(run.text, run.link) for run in runs] == [("site : ", None), ("www.ansa.fr", "https://www.ansa.fr"), (".", None)]
