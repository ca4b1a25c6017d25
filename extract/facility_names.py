"""A name right before a facility's noun that it names is the facility: "the Grasberg mine", "the Khurais oilfield".

Rule of :func:`extract.entity_context.context_evidence`, on a closed list of nouns
(``data/own_name_facilities.txt``) and the shipped tables, never on particular names. The tagger types the
name of a mine or an oilfield by its look ("Grasberg" PERSON, "Khurais" GPE); the noun after it says what it
names. For a noun whose modifier is as often the owner ("the Nissan plant", "the Aramco refinery") the
noun's reading stays one mention's (:mod:`extract.entity_context`); for these it is the name's.

Not a name the knowledge base or the actor dictionaries know as a body (its own mine: "the Vale mine"), a
country, a big place or a region ("the Iraq oilfields", "the Texas pipeline", "the Eastern Mediterranean gas
fields": the place; the tagger's LOC is a region's or a sea's), nor the surname of a person
the article names in full ("the Trump pipeline" beside "Donald Trump").
"""

from __future__ import annotations

from .doccache import doc_ents
from .lexicon import Lexicon

__all__ = ["names_facility"]

#: A place of the gazetteer this big (or a region, a country) lends its name to a facility but stays a place.
_BIG_PLACE = 100_000


def names_facility(doc, span, head, *, lexicon: Lexicon, label: str = "") -> bool:
    """Whether the name ``span`` names the facility its head noun ``head`` is (``data/own_name_facilities.txt``);
    ``label`` is the tagger's (a region or a sea it typed LOC stays one: "the Eastern Mediterranean gas fields")."""
    from .entity_context import dictionary_type, knowledge_type

    if label == "LOC" or span.text.casefold() in lexicon.tables["geo_regions"]:
        return False
    noun = head.lower_
    if head.i > 0 and doc[head.i - 1].lower_ in ("oil", "gas") and doc[head.i - 1].i >= span.end:
        noun = doc[head.i - 1].lower_ + noun  # "oil field" -> oilfield
    if noun not in lexicon.word_sets["own_name_facilities"]:
        return False
    name = span.text
    if lexicon.countries.country_of(name) or any(
            c.kind != "city" or c.population >= _BIG_PLACE for c in lexicon.gazetteer.candidates(name)):
        return False
    if knowledge_type(name, lexicon=lexicon) or dictionary_type(name, lexicon=lexicon) \
            or any(entry.type != "FAC" for entry, _alias in lexicon.knowledge.lookup(name)):
        return False
    words = name.split()
    return not any(e.label_ == "PERSON" and len(e) > len(span) and e.text.split()[-len(words):] == words
                   for e in doc_ents(doc))
