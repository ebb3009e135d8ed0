"""Article text to candidate events, offline and rule-based, each field with its evidence.

:func:`ingest_articles` reads :class:`Article` texts into candidates in ACLED's terms (events,
campaign figures, background); :func:`save_candidates` writes the savable ones to a store; the
review helpers build the dashboard's editable table and the highlighted evidence; the report
helpers print what ``python -m geo ingest`` shows.

Imports ``gazetteer``, ``geo.model`` and ``geo.store``.
"""

from .mentions import Mention, MentionFinder
from .pipeline import BACKGROUND_DAYS, Article, ingest_articles, read_article
from .report import ArticleRefused, article_texts, articles_from, candidates_json, candidates_text, figures_text, max_ingest_bytes, read_articles
from .review import EDITABLE, apply_review, evidence_html, review_frame
from .save import candidate_row, savable, save_candidates
from .screen import ArticleProblem, screen

__all__ = ["Article", "ingest_articles", "read_article", "BACKGROUND_DAYS", "Mention", "MentionFinder", "save_candidates", "savable",
           "candidate_row", "EDITABLE", "apply_review", "evidence_html", "review_frame", "read_articles",
           "candidates_text", "candidates_json", "articles_from", "article_texts", "figures_text", "ArticleRefused", "max_ingest_bytes",
           "ArticleProblem", "screen"]
