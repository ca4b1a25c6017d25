"""newsgraph.extract: news text to entities and relations. Never imports ``graph``."""

from .errors import *  # noqa: F401,F403
from .pipeline import *  # noqa: F401,F403
from .types import *  # noqa: F401,F403
from . import errors as _errors, pipeline as _pipeline, types as _types

__all__ = [*_errors.__all__, *_pipeline.__all__, *_types.__all__]
