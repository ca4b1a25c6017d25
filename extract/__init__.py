"""newsgraph.extract: news text to entities and relations. Never imports ``graph``."""

from .errors import *  # noqa: F401,F403
from .pipeline import *  # noqa: F401,F403
from .types import *  # noqa: F401,F403
from . import errors as _errors, pipeline as _pipeline, types as _types

__all__ = [*_errors.__all__, *_pipeline.__all__, *_types.__all__]
from .openie import *; from .openie import __all__ as _openie_all; __all__ += _openie_all  # noqa: E702,F401,F403
from .entities import *; from .entities import __all__ as _entities_all; __all__ += _entities_all  # noqa: E702,F401,F403
from .relations import *; from .relations import __all__ as _relations_all; __all__ += _relations_all  # noqa: E702,F401,F403
from .facts import *; from .facts import __all__ as _facts_all; __all__ += _facts_all  # noqa: E702,F401,F403
