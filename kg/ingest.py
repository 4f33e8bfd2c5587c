"""Ingest: digest files -> parse -> extract -> store, one digest at a time.

Digests stream through: only one is in memory at a time, and each goes into
the store as one transaction (``KnowledgeStore.replace_article``), so a
build that dies leaves every digest either fully in or fully out and a
re-run completes it. A digest that cannot be read or extracted is reported
and skipped; the others still go through.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from kg.extract import Pipeline, load_pipeline
from kg.parse import DigestError, read_digest


@dataclass
class IngestReport:
    """What an ingest did: counts, and one line per digest that failed."""

    digests: int = 0
    stories: int = 0
    relations: int = 0
    written: int = 0
    errors: list[str] = field(default_factory=list)
    empty: list[str] = field(default_factory=list)  # digests with no story


def ingest(store, paths: Iterable[Path], pipeline: Pipeline | None = None,
           on_digest: Callable[[Path], None] | None = None) -> IngestReport:
    """Parse, extract and store every digest of ``paths`` into ``store``.

    Returns an :class:`IngestReport`; ``on_digest(path)`` is called after
    each digest (for a progress display).
    """
    pipeline = pipeline or load_pipeline()
    report = IngestReport()
    for path in paths:
        try:
            article = read_digest(path)
            facts = pipeline.extract_article(article)
            report.written += store.replace_article(article, facts)
        except DigestError as exc:
            report.errors.append(str(exc))
        except Exception as exc:  # one bad digest must not stop the others
            report.errors.append(f"{path}: {type(exc).__name__}: {exc}".splitlines()[0])
        else:
            report.digests += 1
            report.stories += len(article.stories)
            report.relations += sum(len(f.relations) for f in facts)
            if not article.stories:
                report.empty.append(str(path))
        if on_digest:
            on_digest(path)
    return report
