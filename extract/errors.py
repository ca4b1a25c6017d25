"""The ``extract`` package's exceptions: one base, specific errors below it."""

__all__ = ["ExtractError", "InputError", "LexiconError", "ModelNotFoundError"]


class ExtractError(Exception):
    """Base class of every error raised by ``extract``."""


class InputError(ExtractError):
    """A document could not be read: names the file (and line) and why."""


class ModelNotFoundError(ExtractError):
    """The requested spaCy pipeline is not installed."""


class LexiconError(ExtractError, ValueError):
    """A lexicon file has a bad row or header: the message names the file and line."""
