"""The ``graph`` package's exceptions: one base, specific errors below it."""

__all__ = ["GraphError", "FormatError", "StoreError"]


class GraphError(Exception):
    """Base class of every error raised by ``graph``."""


class FormatError(GraphError, ValueError):
    """An unknown or unsupported serialisation format."""


class StoreError(GraphError):
    """A triple store (embedded or remote) failed."""
