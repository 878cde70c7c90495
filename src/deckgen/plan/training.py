"""The training, as a round table presents it: overview, programme by day, territories season by season,
participants. Its slides are titled by the training's name (« Alim'Activ · programme »)."""

from __future__ import annotations

from ..model import Season, Team, Training
from .content import flatten
from .context import PlanContext
from .specs import Block, BlocksSlide, Group, ListSlide, Logo, Row, Slide, TableSlide, TerritoriesSlide


def training_slides(ctx: PlanContext, training: Training, host: Logo | None) -> list[Slide]:
    labels = ctx.labels
    name = training.name
    slides: list[Slide] = [
        BlocksSlide(title=labels.training_overview.format(name=name), blocks=_overview(ctx, training)),
        TableSlide(
            title=labels.training_table.format(name=name),
            heading=labels.training_programme,
            rows=tuple(
                Row(labels.day.format(number=n), text) for n, text in enumerate(training.programme, start=1)
            ),
        ),
    ]
    legend = tuple(
        labels.season_legend.format(region=s.region, area=s.area, season=s.season) for s in training.calendar
    )
    # One slide per season: its territories together, its legend entry the one lit. Seasons mixed on one
    # slide (Pyrénées-Orientales of 2024-25 beside Ariège of 2025-26) told the room something false.
    for number, season in enumerate(training.calendar):
        if season.territories:
            slides.append(
                TerritoriesSlide(
                    title=labels.training_territories.format(name=name, season=season.season),
                    heading=labels.territories,
                    legend=legend,
                    season=number,
                    groups=_groups(season),
                    host=host,
                )
            )
    if training.participants:
        slides.append(
            ListSlide(
                title=labels.training_participants.format(name=name),
                heading=labels.participants,
                entries=tuple(_team(t, labels.and_) for t in training.participants),
            )
        )
    return slides


def _groups(season: Season) -> tuple[Group, ...]:
    return tuple(Group(f"{d.name} ({d.code})", tuple(d.members)) for d in season.territories)


def _overview(ctx: PlanContext, training: Training) -> tuple[Block, ...]:
    labels = ctx.labels
    return (
        Block(labels.objective, text=training.objective),
        Block(labels.audience, items=tuple(line.text for line in flatten(training.audience))),
        Block(labels.modalities, items=tuple(line.text for line in flatten(training.modalities))),
        Block(labels.method, text=training.method),
        Block(
            labels.calendar,
            items=tuple(
                labels.season_line.format(season=s.season, region=s.region, area=s.area) for s in training.calendar
            ),
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
