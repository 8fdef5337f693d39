"""Item pipelines and the batch path: clean, normalise, deduplicate, extract, store."""
