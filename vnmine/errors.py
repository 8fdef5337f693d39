"""The one exception type the CLI turns into a single clear line."""


class VnmineError(Exception):
    """A problem the user can act on; ``str(err)`` is the message shown to them."""
