"""newsgraph.extract: news text to entities and relations. Never imports ``graph``.

The public names of the submodules are re-exported lazily (PEP 562): ``import
extract.lexicon`` or ``extract.types`` loads no spaCy; ``from extract import
extract_facts`` loads what it needs.
"""

from importlib import import_module as _import_module

from .errors import *  # noqa: F401,F403
from .types import *  # noqa: F401,F403
from . import errors as _errors, types as _types

#: The ``__all__`` of each submodule this package re-exports, loaded on first
#: use (tests/extract/test_lexicon.py checks they match the modules).
_EXPORTS = {
    "pipeline": (
        "DEFAULT_MODEL", "MODEL_PACKAGES", "load_pipeline", "speed_up", "CompiledAttributeRuler", "CachedLemmatizer",
        "blas_ops",
    ),
    "openie": ("triples_of", "triples_from_sentences", "format_triple"),
    "entities": (
        "KEPT_LABELS", "Mention", "Reference", "EntityIndex", "entities_of", "entity_key", "concept_key",
        "country_of", "country_of_seat",
    ),
    "relations": ("relations_of", "event_lemma"),
    "facts": ("LONG_DOCUMENT_CHARS", "PIECE_CHARS", "extract_facts", "extract_document", "split_text"),
}
_OWNER = {name: module for module, names in _EXPORTS.items() for name in names}

__all__ = [*_errors.__all__, *_types.__all__, *_OWNER]


def __getattr__(name: str):
    module = _OWNER.get(name)
    if module is None:
        raise AttributeError(f"module 'extract' has no attribute {name!r}")
    value = getattr(_import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value
