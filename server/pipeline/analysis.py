"""Stages 3-6 chained: quotes, speakers, sources, notes."""

from __future__ import annotations

from server.pipeline.model import Analysis, Article, Segmentation


def analyze(article: Article, segmentation: Segmentation) -> Analysis:
    return Analysis()
