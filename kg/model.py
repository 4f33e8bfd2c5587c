"""Records that flow down the pipeline: parse -> extract -> rdf.

Plain dataclasses, no RDF: ``kg.parse`` makes :class:`Article` and
:class:`Story`; ``kg.extract`` makes :class:`StoryFacts` per story
(entities, relations, funding rounds, each with the sentence it came from);
``kg.rdf`` turns those into quads.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Story:
    """One story of a digest: a headed section or a bullet item."""

    n: int                      # 1-based position in the article
    title: str                  # heading or bullet lead, Markdown stripped
    text: str                   # body text: paragraphs, lists, commentary (plain text)
    url: str | None = None      # the story's link, where it has one
    section: str | None = None  # the section heading it sits under
    kind: str = "heading"       # "heading" or "bullet"


@dataclass
class Article:
    """One digest file: front matter plus its stories."""

    slug: str                   # file stem, used in IRIs
    source: str                 # file name
    title: str
    date: dt.date | None
    summary: str = ""
    tags: list[str] = field(default_factory=list)
    stories: list[Story] = field(default_factory=list)
    path: Path | None = None


@dataclass(frozen=True)
class Entity:
    """A resolved entity: canonical key, core class, names."""

    key: str                    # slug used in the IRI
    cls: str                    # one of kg.namespaces.CLASSES
    label_zh: str | None = None
    label_en: str | None = None
    aliases: frozenset[str] = frozenset()
    same_as: str | None = None  # Wikidata QID, e.g. "Q95"
    subclass: str | None = None  # e.g. "Investor", "University"

    @property
    def name(self) -> str:
        return self.label_zh or self.label_en or self.key

    @property
    def names(self) -> list[str]:
        """Every name of the entity: its labels, then its aliases."""
        return [n for n in (self.label_zh, self.label_en, *sorted(self.aliases)) if n]


@dataclass(frozen=True)
class Relation:
    """``subject predicate object`` between two entity keys, with evidence."""

    subject: str
    predicate: str
    object: str
    sentence: str = ""
    rule: str = ""              # name of the rule that produced it


@dataclass
class FundingRound:
    """An n-ary funding fact: who raised, from whom, how much."""

    investee: str
    investors: list[str] = field(default_factory=list)
    amount: float | None = None     # in units: 1.5亿 -> 150000000
    currency: str | None = None     # ISO 4217
    round: str | None = None        # 种子轮, A轮, Pre-IPO ...
    valuation: float | None = None  # in the same currency
    sentence: str = ""


@dataclass
class StoryFacts:
    """Everything extracted from one story."""

    story: Story
    entities: dict[str, Entity] = field(default_factory=dict)  # key -> Entity
    relations: list[Relation] = field(default_factory=list)
    fundings: list[FundingRound] = field(default_factory=list)
