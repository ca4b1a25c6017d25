"""The lexicon layer: every table the rules read, from one loader.

- :mod:`.normalise`: the named normalisers (no spaCy);
- :mod:`.readers`: one schema per table, errors naming file and line;
- :mod:`.countries`: the one country / demonym / seat-of-government table;
- :mod:`.gazetteer`: the offline gazetteer (GeoNames);
- :mod:`.cameo`: CAMEO code labels and the predicate -> event map;
- :mod:`.knowledge`: knowledge bases (names, types, Wikidata QIDs), shipped and a user's;
- :mod:`.cameo_actors`: the Phoenix actor and agent dictionaries, compiled;
- :mod:`.core`: the frozen :class:`Lexicon` bundle, :func:`get_lexicon`, overlays;
- :mod:`.cache`: the on-disk cache of the compiled lexicon;
- :mod:`.flat`: the read-only tables it is made of, flat buffers that load in milliseconds.

Nothing here imports spaCy.
"""

from .cache import *  # noqa: F401,F403
from .cache import __all__ as _cache_all
from .cameo import *  # noqa: F401,F403
from .cameo import __all__ as _cameo_all
from . import cameo_actors as _cameo_actors
from .core import *  # noqa: F401,F403
from .core import __all__ as _core_all
from .countries import *  # noqa: F401,F403
from .countries import __all__ as _countries_all
from .gazetteer import *  # noqa: F401,F403
from .gazetteer import __all__ as _gazetteer_all
from .knowledge import *  # noqa: F401,F403
from .knowledge import __all__ as _knowledge_all
from .normalise import *  # noqa: F401,F403
from .normalise import __all__ as _normalise_all
from .readers import *  # noqa: F401,F403
from .readers import __all__ as _readers_all

# cameo_actors.DATA_DIR (the dictionaries' folder) stays in its module: DATA_DIR here is extract/data.
_cameo_actors_all = [name for name in _cameo_actors.__all__ if name != "DATA_DIR"]
globals().update({name: getattr(_cameo_actors, name) for name in _cameo_actors_all})

__all__ = [
    *_core_all, *_normalise_all, *_readers_all, *_countries_all, *_gazetteer_all, *_cameo_all, *_cameo_actors_all,
    *_cache_all, *_knowledge_all,
]
