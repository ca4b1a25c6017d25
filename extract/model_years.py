"""Product and model names with a model number or a model year (wave 23, ``nodes_sample_w23.tsv``).

A name with a model number of one or two digits is a made thing when a noun of ``data/model_nouns.txt``
says so: the name and the number modify it ("a Falcon 9 rocket", "the Voskhod 2 mission"), or it stands
right before them ("the Xbox game Gears 5", "the smartphone iPhone 11"). Numbers of three characters or
more ("Boeing 737") are read by :mod:`extract.entity_context` already; a small number alone says nothing
("Channel 4", "Maroon 5"). A variant's word alone after a model number (``data/model_suffixes.txt``: "the
Boeing 737 MAX", "the 787 Dreamliner") is the product's too.

A year right before a name and bound to it is a model year or an award's year: "a recalled 2005 Opel
Zafira", "the 2008 NBA MVP". Products are no actors, and neither are titles. An event keeps its year
("the 2020 Olympics", "the 2019 IAAF World Championships": the tagger's EVENT, or a head word of
``data/name_heads.tsv``), and so does a name that only modifies a noun after it ("the 2019 Hong Kong
protests"), a name the knowledge base, the gazetteer or the country table knows ("the 2016 Russia") and a
person's name (a given name first).

:func:`model_name` is asked by :func:`extract.entity_context.context_evidence`.
"""

from __future__ import annotations

import re

from .doccache import doc_span
from .lexicon import Lexicon
from .located_places import reads_as_person

__all__ = ["model_name"]

#: A model number of one or two digits, after letters or not: "9", "5", "S10", "MS-12"; no year.
_SMALL_MODEL = re.compile(r"(?:[A-Z]{1,3}-?)?\d{1,2}[A-Za-z]?$")
_YEAR = re.compile(r"(?:19|20)\d\d$")
#: The most words of a variant's name after a model number: "737 MAX", "iPhone 11 Pro Max".
_SUFFIX_WORDS = 2
#: How a year modifies the name it stands before ("a 2005 Opel Zafira"); "in 2005 Opel ..." is a date.
_YEAR_DEPS = frozenset({"nummod", "compound", "amod", "npadvmod", "nmod"})
#: How a name modifies a noun after it ("the 2019 Hong Kong protests"): the year is the noun's.
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})


def model_name(doc, ts: int, te: int, *, lexicon: Lexicon, label: str = "") -> bool:
    """Whether the name ``doc[ts:te]`` names a product or a model here: a small model number and a noun
    of ``data/model_nouns.txt`` around it, or a model year before it (see the module).

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("Channel 4 reported it")
    >>> model_name(doc, 0, 1, lexicon=None)  # no model noun after "4", none before the name
    False
    """
    if ts >= te:
        return False
    return _numbered_model(doc, ts, te, lexicon) or _model_year(doc, ts, te, lexicon, label) \
        or _model_suffix(doc, ts, te, lexicon)


def _model_words(lexicon: Lexicon) -> frozenset[str]:
    return lexicon.word_sets["model_nouns"]


def _numbered_model(doc, ts: int, te: int, lexicon: Lexicon | None) -> bool:
    """A small model number and a model noun: "a Falcon 9 rocket", "the Voskhod 2 mission", "the Xbox game
    Gears 5" (the number inside or after the tagger's span)."""
    if te - ts > 1 and _SMALL_MODEL.match(doc[te - 1].text) and not _YEAR.match(doc[te - 1].text):
        number = doc[te - 1]  # "Gears 5" tagged whole
    elif te < len(doc) and _SMALL_MODEL.match(doc[te].text) and any(c.isdigit() for c in doc[te].text):
        number = doc[te]
    else:
        return False
    if not any(c.isdigit() for c in number.text) or lexicon is None:
        return False
    words = _model_words(lexicon)
    after = doc[number.i + 1] if number.i + 1 < len(doc) else None
    if after is not None and after.is_lower and after.lower_ in words and after.pos_ == "NOUN" and (
            number.head == after or doc[ts].head == after or doc_span(doc, ts, te).root.head == after):
        return True  # "a Falcon 9 rocket": the name and its number modify the noun
    if ts == 0:
        return False
    before = doc[ts - 1]  # "the Xbox game Gears 5": the parser often hangs the name elsewhere
    return before.is_lower and before.lower_ in words and before.pos_ == "NOUN"


def _model_suffix(doc, ts: int, te: int, lexicon: Lexicon | None) -> bool:
    """A variant's word of ``data/model_suffixes.txt`` alone right after a model number that is no year:
    "the Boeing 737 MAX" ("MAX" tagged alone), "the 787 Dreamliner"."""
    if lexicon is None or ts == 0 or te - ts > _SUFFIX_WORDS:
        return False
    number = doc[ts - 1]
    if not any(c.isdigit() for c in number.text) or _YEAR.match(number.text) or not number.text[:1].isalnum():
        return False  # "in 2019 Max won": a date
    suffixes = lexicon.word_sets["model_suffixes"]
    return all(t.lower_ in suffixes for t in doc[ts:te])


def _model_year(doc, ts: int, te: int, lexicon: Lexicon | None, label: str) -> bool:
    """A year bound to a name that heads its phrase: "a recalled 2005 Opel Zafira", "the 2008 NBA MVP"."""
    if label in ("EVENT", "") or lexicon is None:
        return False
    if _YEAR.match(doc[ts].text) and te - ts > 1:
        year, ts = doc[ts], ts + 1  # "[2005 Opel Zafira]" tagged with its year
    elif ts > 0 and _YEAR.match(doc[ts - 1].text):
        year = doc[ts - 1]
    else:
        return False
    if year.dep_ not in _YEAR_DEPS or not ts <= year.head.i < te:
        return False  # "in 2005 Opel sold ...": a date
    root = doc_span(doc, ts, te).root
    if root.dep_ in _MODIFIER_DEPS and root.head.i >= te:
        return False  # "the 2019 Hong Kong protests": the year is the protests'
    name = doc_span(doc, ts, te).text
    last = doc[te - 1].lower_
    if last in lexicon.tables["name_heads"] or last in lexicon.tables["context_nouns"]:
        return False  # "the 2019 Boston Marathon", "the 2020 Democratic National Convention": events, bodies
    if lexicon.knowledge.lookup(name) or lexicon.gazetteer.candidates(name) or lexicon.countries.country_of(name):
        return False
    # "a 2005 Opel Zafira" tagged PERSON; not "the 2016 Hillary Clinton"
    return label != "PERSON" or not reads_as_person(name, lexicon=lexicon)

