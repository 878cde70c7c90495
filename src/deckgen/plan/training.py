"""The training, as a round table presents it: overview, programme by day, territories, participants."""

from __future__ import annotations

from ..model import Team, Training
from .context import PlanContext
from .specs import Block, BlocksSlide, Group, ListSlide, Logo, Row, Slide, TableSlide, TerritoriesSlide
from .content import flatten


def training_slides(ctx: PlanContext, training: Training, title: str, host: Logo | None) -> list[Slide]:
    labels = ctx.labels
    slides: list[Slide] = [
        BlocksSlide(title=title, blocks=_overview(ctx, training)),
        TableSlide(
            title=title,
            heading=labels.training_programme,
            rows=tuple(
                Row(labels.day.format(number=n), text) for n, text in enumerate(training.programme, start=1)
            ),
        ),
    ]
    groups = tuple(
        Group(f"{d.name} ({d.code})", tuple(d.members)) for season in training.calendar for d in season.territories
    )
    if groups:
        slides.append(
            TerritoriesSlide(
                title=title,
                heading=labels.territories,
                legend=tuple(
                    labels.season_legend.format(region=s.region, area=s.area, season=s.season) for s in training.calendar
                ),
                groups=groups,
                host=host,
            )
        )
    if training.participants:
        slides.append(
            ListSlide(title=title, heading=labels.participants, entries=tuple(_team(t, labels.and_) for t in training.participants))
        )
    return slides


def _overview(ctx: PlanContext, training: Training) -> tuple[Block, ...]:
    labels = ctx.labels
    return (
        Block(labels.objective, text=training.objective),
        Block(labels.audience, items=tuple(line.text for line in flatten(training.audience))),
        Block(labels.modalities, items=tuple(line.text for line in flatten(training.modalities))),
        Block(labels.method, text=training.method),
        Block(
            labels.calendar,
            items=tuple(labels.season_line.format(season=s.season, region=s.region) for s in training.calendar),
        ),
    )


def _team(team: Team, and_: str) -> str:
    """« **Fabien HERAN** (Animateur PAT - SM Bassin de Thau) et **Christel VIGNEAU** (…) - 34 »."""
    people = []
    for member in team.members:
        about = " - ".join(part for part in (member.role, member.organisation) if part)
        people.append(f"**{member.name}**" + (f" ({about})" if about else ""))
    text = and_.join(people)
    return f"{text} - {team.departement}" if team.departement else text
