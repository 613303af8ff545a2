"""The annotate pipeline, top to bottom:

1. extraction     (s1_extraction)   HTML -> Article
2. segmentation   (s2_segmentation) Article -> sentences
3. quotes         (s3_quotes)       direct quotes, blockquotes, headline quotes, reported speech
4. speakers       (s4_speakers)     who says each quote, resolved to one canonical name
5. sources        (s5_sources)      the registry of sources, chains and links
6. notes          (s6_notes)        what a careful reader would want pointed out
7. response       (s7_response)     the versioned JSON
"""

from __future__ import annotations

import time
from typing import Any

from server.pipeline import s1_extraction, s2_segmentation, s7_response
from server.pipeline.analysis import analyze
from server.pipeline.model import Annotation, Timing


def annotate(html: str, *, url: str | None = None, title: str | None = None) -> Annotation:
    """Run every stage on one page."""
    started = time.perf_counter()
    # 1.
    article = s1_extraction.extract(html, url=url, title=title)
    extracted = time.perf_counter()
    # 2.-6.
    analysis = analyze(article, s2_segmentation.segment(article))
    finished = time.perf_counter()
    timing = Timing(
        extract_ms=(extracted - started) * 1000,
        analyze_ms=(finished - extracted) * 1000,
        total_ms=(finished - started) * 1000,
    )
    return Annotation(article=article, analysis=analysis, timing=timing)


def annotate_json(html: str, *, url: str | None = None, title: str | None = None) -> dict[str, Any]:
    """`annotate`, then 7. the JSON answer."""
    return s7_response.annotation_json(annotate(html, url=url, title=title))
