"""The ``graph`` package's exceptions: one base, specific errors below it."""

__all__ = ["GraphError", "FormatError", "StoreError", "BuildError", "NothingReadError"]


class GraphError(Exception):
    """Base class of every error raised by ``graph``."""


class FormatError(GraphError, ValueError):
    """An unknown or unsupported serialisation format."""


class StoreError(GraphError):
    """A triple store (embedded or remote) failed."""


class BuildError(GraphError, ValueError):
    """A build cannot start: its arguments name the parameter at fault."""


class NothingReadError(BuildError):
    """No document could be read, so a build wrote nothing.

    ``report`` (a :class:`graph.build.BuildReport`) holds the counts: the
    command line exits 1 when documents were skipped, 2 when there were
    none at all.
    """

    def __init__(self, report) -> None:
        self.report = report
        super().__init__("no document could be read; nothing was written")
