"""A small Vietnamese news site served on 127.0.0.1 for crawler tests (see site.py)."""
