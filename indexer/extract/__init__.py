"""Structured data extracted from document text: citations, figures and targets.

Every extractor is a pure function over the *clean* text of a document
(:func:`indexer.cleaning.clean_text`); spans are offsets into that text and the caller maps them
back to the document text with :meth:`~indexer.cleaning.CleanText.to_original`.
"""

from indexer.extract.citations import canonical_key, extract_citations, symbol_parts
from indexer.extract.conflicts import Conflict, citation_graph, find_conflicts, scoped_key
from indexer.extract.figures import extract_figures
from indexer.extract.indicators import group_indicators, indicator_key
from indexer.extract.numbers import parse_date, parse_number
from indexer.extract.targets import extract_targets, targets_from_table

__all__ = [
    "Conflict",
    "canonical_key",
    "citation_graph",
    "extract_citations",
    "extract_figures",
    "extract_targets",
    "find_conflicts",
    "group_indicators",
    "indicator_key",
    "parse_date",
    "parse_number",
    "scoped_key",
    "symbol_parts",
    "targets_from_table",
]
