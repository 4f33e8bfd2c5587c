"""Extract: stories -> entities, relations and funding rounds.

``load_pipeline()`` returns the configured :class:`Pipeline`; calling
``pipeline.extract_article(article)`` gives one :class:`~kg.model.StoryFacts`
per story.
"""
from kg.extract.pipeline import Pipeline, load_pipeline

__all__ = ["Pipeline", "load_pipeline"]
