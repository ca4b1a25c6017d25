"""Types a list's class noun or a place's frame gives a name the tagger guessed from its look.

The tagger types an unseen town, province or telescope by its shape ("Carrascal" ORG, "Surigao del Sur" ORG,
"TMT" PERSON); the sentence often says what it is:

- **a list after its class noun**: a name in a list of two names or more ("A, B, and C") that follows a
  plural noun of ``data/context_nouns.tsv`` through a copula or a colon: "the towns damaged were primarily
  Carrascal, Cantilan and Cortes" (the noun is the copula's subject), "three provinces: Huelva, Cádiz and
  Almería", "the extremely large telescopes now under construction: ELT, TMT, GMT" (the nearest plural noun
  before the colon, with no verb between). The noun's type is the name's (GPE, LOC, ORG, FAC, EVENT, or a
  product, which is no node); a person's noun is left to the tagger ("the winners were Leeds and ..."
  names teams), and so are a country and a name the knowledge base or the actor dictionaries know as
  another kind ("the members are Russia and China");
- **a place before its country**: a name of one to four capitalised words the tagger took for a body or a
  people (never a person's: runners are listed with their countries, "Eliud Kipchoge, Kenya,"), right after
  no other listed name and before a comma and a country's name that ends the phrase ("an earthquake struck
  Surigao del Sur, Philippines,", "struck Villa Alemana, Chile,"): GPE.
  :func:`extract.type_cues.town_before_region` reads a town the gazetteer knows; this one reads any name
  but asks for a country, not a region, and a name that reads as no one's and no body's: not a person's
  reading, no knowledge-base or dictionary entry of another kind, no head word of a body ("Toyota, Japan's
  largest carmaker" has the possessive; "Airbus, France and Germany" is a list);
- **the capital of a place**: the object of "of" after "capital" ("the capital of Surigao del Sur", "the
  provincial capital of X"): GPE, unless the knowledge base or the dictionaries know the name as another kind.

:func:`list_kind_cue` is called by :func:`extract.entity_context.context_evidence`; every rule reads only the
tokens before and after the name's list and the parse at its root.
"""

from __future__ import annotations

from .doccache import doc_span
from .lexicon import Lexicon

__all__ = ["list_kind_cue"]

#: Types a class noun may give a listed name; a person's noun is left to the tagger.
_LIST_TYPES = frozenset({"GPE", "LOC", "ORG", "FAC", "EVENT", "PRODUCT"})
#: Adverbs between a copula and its list: "were primarily", "are mainly".
_LIST_ADVERBS = 2
#: How far before a colon its class noun may stand ("telescopes now under construction:").
_COLON_REACH = 5
#: How many tokens of names and commas before the name a list may run (a longer one is left alone).
_LIST_REACH = 40
#: Verbs that bind a class noun to its list as "be" does: "the towns affected include X and Y".
_LIST_VERBS = frozenset({"be", "include"})
#: The words of a place's name, and a country's after it.
_PLACE_WORDS = 4
_COUNTRY_WORDS = 3
_PHRASE_ENDS = frozenset({",", ".", ";", ":", ")", "!", "?"})
_PARTICLES = frozenset({"del", "de", "la", "el", "di", "da", "do", "des", "du", "of", "-", "al", "le"})
#: Words that continue a list after a country: "Airbus, France, and Germany".
_LIST_GLUE = frozenset({",", "and", "or", "&"})
#: Adjectives between "the" and "capital": "the provincial capital of", "the regional state capital of".
_CAPITAL_ADJECTIVES = 2


def _names_known_otherwise(text: str, lexicon: Lexicon, kind: str) -> bool:
    """Whether a table knows ``text`` as a name of another kind than ``kind``: the knowledge base, the actor
    dictionaries' organisations, or a country (for any kind but GPE)."""
    from .entity_context import dictionary_type

    if kind != "GPE" and lexicon.countries.country_of(text):
        return True
    if any(entry.type != kind and not (kind == "GPE" and entry.type == "LOC")
           for entry, _ in lexicon.knowledge.lookup(text)):
        return True
    return kind != "ORG" and dictionary_type(text, lexicon=lexicon) is not None


def _class_noun(doc, first: int):
    """The plural class noun bound to a list whose first name starts at ``first``: the subject of a copula
    ("the towns damaged were primarily X") or the nearest plural noun before a colon ("three provinces: X"),
    or None."""
    i = first - 1
    skipped = 0
    while i >= 0 and doc[i].pos_ == "ADV" and skipped < _LIST_ADVERBS:
        i -= 1
        skipped += 1
    if i < 0:
        return None
    tok = doc[i]
    if tok.text == ":" and not skipped:
        for j in range(i - 1, max(-1, i - 1 - _COLON_REACH), -1):
            word = doc[j]
            if word.tag_ == "NNS" and word.is_lower:
                return word
            if word.pos_ in ("VERB", "AUX", "PUNCT", "PROPN", "PRON"):
                return None
        return None
    if tok.pos_ in ("AUX", "VERB") and tok.lemma_.casefold() in _LIST_VERBS:
        for child in tok.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.tag_ == "NNS" and child.is_lower:
                return child
    return None


def _list_start(doc, i: int) -> int | None:
    """The first token of the list of names the name at ``i`` stands in: back over names' tokens and list glue,
    at most :data:`_LIST_REACH` tokens (a longer list is left alone: no walk over a whole coordination)."""
    j = i - 1
    while j >= 0 and (doc[j].ent_iob_ in ("B", "I") or doc[j].lower_ in _LIST_GLUE):
        if i - j > _LIST_REACH:
            return None
        j -= 1
    return j + 1


def _listed_kind(span, lexicon: Lexicon) -> str | None:
    """The type of the class noun bound to the list the name stands in (see the module), or None."""
    from .entity_context import _listed_beside, _noun_type

    first = _list_start(span.doc, span.start)
    noun = _class_noun(span.doc, first) if first is not None else None
    if noun is None or not _listed_beside(span):
        return None
    kind = _noun_type(noun, lexicon, plural=True)
    if kind not in _LIST_TYPES or _names_known_otherwise(span.text, lexicon, kind):
        return None
    return kind


def _country_after(doc, i: int, lexicon: Lexicon) -> int | None:
    """The end of a country's name starting at ``i`` that ends its phrase and no list, or None."""
    for width in range(min(_COUNTRY_WORDS, len(doc) - i), 0, -1):
        country = doc[i:i + width]
        end = i + width
        if not all(t.is_title for t in country) or not lexicon.countries.country_of(country.text):
            continue
        if end < len(doc) and doc[end].text not in _PHRASE_ENDS:
            return None  # "Toyota, Japan's largest carmaker"
        if end + 1 < len(doc) and doc[end].text == "," and _list_goes_on(doc, end + 1):
            return None  # "Airbus, France, and Germany", "Airbus, France, Germany"
        return end
    return None


def _list_goes_on(doc, i: int) -> bool:
    """Whether a name follows at ``i`` (after a comma), or "and" or "or" and a name: the list goes on ("France,
    and Germany"); "flooded Ngozi, Burundi, and killed four" ends it."""
    if i < len(doc) and doc[i].lower_ in ("and", "or"):
        i += 1
    return i < len(doc) and doc[i].is_title and doc[i].ent_type_ in ("GPE", "ORG", "NORP", "PERSON", "LOC")


def _place_before_country(span, lexicon: Lexicon) -> bool:
    """Whether the name is a place before its country (see the module)."""
    from .entity_context import is_personal_name
    from .type_cues import person_reading

    doc = span.doc
    ts, te = span.start, span.end
    words = [t for t in span if t.lower_ not in _PARTICLES]
    if not 0 < len(span) <= _PLACE_WORDS or not words or not all(t.is_title and t.is_alpha for t in words) \
            or not span[0].is_title:
        return False
    if te + 1 >= len(doc) or doc[te].text != "," or _country_after(doc, te + 1, lexicon) is None:
        return False
    if ts > 0 and (doc[ts - 1].lower_ in _LIST_GLUE) and ts > 1 and doc[ts - 2].ent_type_:
        return False  # "Airbus, Safran, France": a list, not a place and its country
    text = span.text
    heads = lexicon.tables["name_heads"]
    if any(heads.get(t.lower_, ("-",))[0] not in ("-", "GPE", "LOC") for t in words):
        return False  # "Avoyelles House of Mercy, Louisiana": a body named by its head word
    if _names_known_otherwise(text, lexicon, "GPE"):
        return False
    return not (person_reading(text, lexicon, doc) or is_personal_name(text, lexicon=lexicon))


def _capital_of(span, lexicon: Lexicon) -> bool:
    """Whether the name comes right after "the capital of" (or "the provincial capital of", "the capital city
    of"): "the capital of Surigao del Sur". Read on the tokens: the parser often breaks a name it does not know."""
    doc = span.doc
    ts = span.start
    if ts < 3 or doc[ts - 1].lower_ != "of":
        return False
    noun = ts - 2
    if doc[noun].lower_ == "city":
        noun -= 1
    return _is_capital_noun(doc, noun) and not _names_known_otherwise(span.text, lexicon, "GPE")


def _is_capital_noun(doc, noun: int) -> bool:
    """Whether ``doc[noun]`` is "capital" after "the" and up to :data:`_CAPITAL_ADJECTIVES` words ("the
    capital", "the Yemeni capital", "the provincial capital"), or after a possessive ("its capital")."""
    if noun < 1 or doc[noun].lower_ != "capital":
        return False
    before = doc[max(0, noun - 1 - _CAPITAL_ADJECTIVES):noun]
    if any(t.pos_ in ("VERB", "AUX", "PUNCT") or t.lower_ in ("venture", "working", "share") for t in before[-1:]):
        return False  # "venture capital", "working capital": money
    return any(t.lower_ in ("the", "its", "their") for t in before)


def _named_capital(span, lexicon: Lexicon) -> bool:
    """Whether the name is a capital named beside its noun: "the Yemeni capital Sanaa", "the capital, Sanaa,",
    "Lashkar Gah, the capital of Helmand"."""
    doc = span.doc
    ts, te = span.start, span.end
    if ts >= 1 and _is_capital_noun(doc, ts - 1):
        pass  # "the Yemeni capital Sanaa"
    elif ts >= 2 and doc[ts - 1].text == "," and _is_capital_noun(doc, ts - 2) and te < len(doc) \
            and doc[te].text in _PHRASE_ENDS:
        pass  # "the capital, Sanaa, fell"
    elif te + 2 < len(doc) and doc[te].text == "," and doc[te + 1].lower_ == "the" and any(
            _is_capital_noun(doc, i) for i in range(te + 2, min(len(doc), te + 3 + _CAPITAL_ADJECTIVES))):
        pass  # "Lashkar Gah, the capital of Helmand"
    else:
        return False
    return not _names_known_otherwise(span.text, lexicon, "GPE")


def list_kind_cue(doc, ts: int, te: int, *, lexicon: Lexicon, label: str = "") -> str | None:
    """The type a list's class noun, a country after the name or "the capital of" gives the name
    ``doc[ts:te]`` the tagger labelled ``label`` (see the module), or None."""
    if label in ("GPE", "LOC", "DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "PERCENT", "QUANTITY"):
        return None
    span = doc_span(doc, ts, te)
    kind = _listed_kind(span, lexicon)
    if kind is not None and kind != label:
        return kind
    if label in ("ORG", "NORP", "FAC") and _place_before_country(span, lexicon):
        return "GPE"  # a person before a country is a runner's listing: "Eliud Kipchoge, Kenya,"
    if label in ("ORG", "PERSON", "NORP", "FAC") and (_capital_of(span, lexicon) or _named_capital(span, lexicon)):
        return "GPE"
    return None
