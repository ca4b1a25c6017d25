"""newsgraph.extract: news text to entities and relations. Never imports ``graph``.

The public names of the submodules are re-exported lazily (PEP 562): ``import
extract.lexicon`` or ``extract.types`` loads no spaCy; ``from extract import
extract_facts`` loads what it needs.
"""

from importlib import import_module as _import_module

from .errors import *  # noqa: F401,F403
from .types import *  # noqa: F401,F403
from . import errors as _errors, types as _types

#: The submodules whose ``__all__`` this package re-exports, searched in this order.
_SUBMODULES = ("pipeline", "openie", "entities", "relations", "facts", "linking")


def __getattr__(name: str):
    if name == "__all__":
        names = [*_errors.__all__, *_types.__all__]
        for module in _SUBMODULES:
            names += _import_module(f".{module}", __name__).__all__
        globals()["__all__"] = names
        return names
    if not name.startswith("__"):
        for module in _SUBMODULES:
            found = _import_module(f".{module}", __name__)
            if name in found.__all__:
                value = globals()[name] = getattr(found, name)
                return value
    raise AttributeError(f"module 'extract' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__getattr__("__all__")})
