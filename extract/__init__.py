"""Extraction: clean Vietnamese article text in, fact records (``extract.records``) out."""
from extract.pipeline import extract_facts, main_province

__all__ = ["extract_facts", "main_province"]
