"""vnmine: Vietnamese news mining. The CLI and the embedded demo corpus live here."""

__version__ = "0.1.0"
