"""A surname alone the actor dictionaries give one person: the graph's one bearer of it, named in one article.

Wave 17.

:func:`graph.joins.entity_joins` joins a one-word PERSON node to the one full name in the graph that ends
in it only where that full name is named in two articles or more: one article's "Judge Amy Berman Jackson"
does not make every other "Jackson" hers. The CAMEO/Phoenix actor dictionaries list the people news names by
surname alone ("BOLSONARO" beside "JAIR_BOLSONARO"): where the surname alone and the full name are names of
one entry of the dictionaries, and the surname of no other entry, the full name of one article is enough.
The other conditions of the surname join (one bearer in the graph, no given name or noun, no two QIDs)
are unchanged.
"""

from __future__ import annotations

from extract.lexicon.cameo_actors import actor_tokens

__all__ = ["dictionary_surname"]


def _entries(name: str, lexicon) -> frozenset:
    return frozenset(lexicon.dictionaries.names.get(" ".join(actor_tokens(name)), ()))


def dictionary_surname(surname: str, full_name: str, lexicon) -> bool:
    """Whether ``surname`` alone names one entry of the actor dictionaries, and ``full_name`` names it too.

    Examples
    --------
    "Bolsonaro" and "Jair Bolsonaro": one entry (Brazil's president), so one person. "Jackson" and "Amy
    Berman Jackson": no entry of the dictionaries, nothing said.
    """
    alone = _entries(surname, lexicon)
    return len(alone) == 1 and alone <= _entries(full_name, lexicon)
