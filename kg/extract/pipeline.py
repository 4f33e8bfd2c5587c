"""The extraction pipeline: small components with one job each, run in order.

PLACEHOLDER: the real components are being written (see issue 2).
"""
from __future__ import annotations

from kg.model import Article, StoryFacts


class Pipeline:
    def __init__(self, components=()) -> None:
        self.components = list(components)

    def extract_article(self, article: Article) -> list[StoryFacts]:
        return [StoryFacts(story=s) for s in article.stories]


def load_pipeline() -> Pipeline:
    return Pipeline()
