"""Organisations the tables know, which a town's name in the gazetteer must not turn into a place.

The gazetteer holds a city for many a company's or a group's name: Toyota (Aichi, 420,000 people), and by
its other names a city for "Hamas" (Hamm). :func:`extract.entities._place_hint` makes a name the tagger
called an organisation a place where the gazetteer has a big city of that name; that is right for "Poznan"
typed ORG, and wrong where the tables themselves know the name as an organisation and never as a place:

- the Phoenix actor dictionaries list the whole name as an organisation only (a company, a rebel group, a
  party, a medium: :func:`extract.entity_context.dictionary_type`), or
- the knowledge base has entries of that name, all organisations ("Toyota": "company: carmaker, Japan").

A knowledge-base place of that name ("Barcelona", the city beside FC Barcelona) leaves the gazetteer its
say. :func:`is_known_body` is called by :func:`extract.entities._place_hint`.
"""

from __future__ import annotations

from .lexicon import Lexicon

__all__ = ["is_known_body"]


def is_known_body(name: str, *, lexicon: Lexicon) -> bool:
    """Whether the actor dictionaries or the knowledge base know ``name`` as an organisation and never as a
    place (see the module).

    Examples
    --------
    >>> from extract.lexicon import get_lexicon
    >>> lexicon = get_lexicon()
    >>> is_known_body("Toyota", lexicon=lexicon), is_known_body("Hamas", lexicon=lexicon)
    (True, True)
    >>> is_known_body("Poznan", lexicon=lexicon), is_known_body("Barcelona", lexicon=lexicon)
    (False, False)
    """
    from .entity_context import dictionary_type  # entity_context reads the entity tables: imported when used

    types = {entry.type for entry, _ in lexicon.knowledge.lookup(name)}
    if types & {"GPE", "LOC"} or lexicon.countries.country_of(name):
        return False
    return dictionary_type(name, lexicon=lexicon) == "ORG" or types == {"ORG"}
