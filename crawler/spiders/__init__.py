"""Spiders: one generic news spider, driven by a registry entry."""
