"""The actor code of a person an article names by the surname alone: "Salvini said ...", "Kenyatta met ...".

Codes come from an entity's names; a surname the actor dictionaries do not list ("Salvini", listed as
"MATTEO_SALVINI") codes nothing. ``extract/data/person_aliases.tsv`` holds the surnames only one person of
the dictionaries has (kind ``surname``); a PERSON entity whose name is such a surname takes that person's
code at the article's date, when that code has a country and the article names it or no country at
all ("Salvini said" in an article that names Italy, not in one that names Grenada alone), unless

- the surname is also an English word ("Price", "Moon"; marked ``common``), a given name ("Stanislaus",
  "Bernie": in a given name's use, someone else) or written in capitals ("MAGA": an acronym);
- another person of that surname is in the article ("Margaret Kenyatta" ... "Kenyatta said"): any other
  entity whose name of several words holds it after the first word ("Ricardo Rosselló Nevares") and is
  not the dictionary person's full name.

A surname the dictionaries list as an alias ("+MERKEL") is coded by the alias itself
(:func:`extract.actors.dictionary_code`); a full name in the article joins its surname mentions earlier
(:func:`extract.entities.entities_of`).
"""

from __future__ import annotations

from collections.abc import Iterable

from .actors import dictionary_code
from .dictionary_names import person_aliases
from .entity_context import is_given_name
from .lexicon import Lexicon
from .lexicon.cameo_actors import actor_tokens

__all__ = ["surname_code"]

_PERSON = "PERSON"


def surname_code(entity, entities: Iterable, *, countries: Iterable[str], date, lexicon: Lexicon,
                 doc=None) -> str | None:
    """The code of the one dictionary person whose surname ``entity``'s label is, or None.

    Parameters
    ----------
    entity : Entity
        A document entity; only a PERSON whose label is one word is read.
    entities : iterable of Entity
        The document's entities (the other persons of the surname).
    countries : iterable of str
        ISO alpha-2 codes of the countries the article names.
    date : str or datetime.date or None
        The article's date; the person must hold a code then.
    lexicon : Lexicon
        The tables.
    doc : spacy.tokens.Doc, optional
        The article: a given name written before the surname there ("Governor Ricardo Rosselló
        Nevares") is another bearer, though no entity holds it.
    """
    if entity.type != _PERSON or not entity.label[:1].isupper() or entity.label.isupper():
        return None
    key = actor_tokens(entity.label)
    if len(key) != 1:
        return None
    value = person_aliases().get(key[0])
    if value is None or value[0] != "surname" or value[1]:
        return None  # unknown, an alias (coded by itself), or an English word
    full = value[2]
    if is_given_name(entity.label, lexicon=lexicon) or _other_bearer(entity, entities, key[0], full) \
            or doc is not None and _named_in_full(doc, key[0], full, lexicon):
        return None
    code = dictionary_code(full, date=date, lexicon=lexicon)
    named = set(countries)
    if code is None or lexicon.countries.alpha2(code[:3]) is None:
        return None  # no person's code, or a body's with no country
    if named and lexicon.countries.alpha2(code[:3]) not in named:
        return None  # a person of a country the article does not name, where it names others: someone else
    return code


def _other_bearer(entity, entities: Iterable, surname: str, full: str) -> bool:
    """Whether another entity is named in several words, one after the first ``surname`` ("Ricardo Rosselló
    Nevares"), other than ``full``."""
    for other in entities:
        if other.key == entity.key:
            continue
        for name in (other.label, *other.aliases):
            words = actor_tokens(name)
            if surname in words[1:] and " ".join(words) != full:
                return True
    return False


def _named_in_full(doc, surname: str, full: str, lexicon: Lexicon) -> bool:
    """Whether the article writes ``surname`` after a capitalised word that is no title ("President") and
    not the dictionary person's own given name: someone else's full name."""
    titles = lexicon.word_sets["titles"]
    own = full.split()
    for tok in doc:
        if tok.i == 0 or not tok.is_title or actor_tokens(tok.text)[:1] != (surname,):
            continue
        before = doc[tok.i - 1]
        if not before.is_title or before.is_sent_start or before.lower_ in titles:
            continue
        if actor_tokens(before.text) != tuple(own[-2:-1]):
            return True
    return False
