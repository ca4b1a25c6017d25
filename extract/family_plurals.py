"""Names that the sentence shows name no single person: a family by its plural, a place one travels to.

The tagger types a name by its look; two cues of the sentence say otherwise:

- **a family by its plural**: one capitalised word ending in "s" after "the" whose singular is the last word of
  a person the article names ("Joe Biden ... the Bidens", "Louise Turpin ... the Turpins", "the Joneses"):
  the family, an organisation (as the gold types families; "the Bush family" is read by
  :mod:`extract.kind_cues`). Never when a person of the article bears the plural itself ("Serena Williams"),
  nor for a place the gazetteer knows ("Fred Hampton ... the Hamptons").
- **a place one travels to**: a name the tagger took for a person (or for a body, when the name reads as a
  person's and would be taken for one: "Walt Disney World"), the object of "to" after a verb of
  ``data/destination_verbs.txt`` that has no object of its own and is not passive ("travelling from
  Louisiana to Walt Disney World", "returned to Rhodesia"): no one travels to a person, so the name is a
  place; LOC for a celestial body of ``data/celestial_bodies.txt``, else GPE (the weak reading of one
  mention, as "exploded in X").

:func:`family_plural` and :func:`destination_type` are asked by
:func:`extract.entity_context.context_evidence`.
"""

from __future__ import annotations

from .doccache import doc_span
from .lexicon import Lexicon
from .lexicon.normalise import fold_key

__all__ = ["destination_type", "family_plural"]

#: The tagger's labels a family's plural is mistaken under.
_FAMILY_MISTAKEN = frozenset({"PERSON", "GPE", "NORP", "LOC", "FAC"})
#: The shortest singular a family's plural is read from ("the Bidens", not "the Ss").
_MIN_STEM = 3
#: The objects that make a verb of travel transitive or passive ("returned the money to X").
_OBJECTS = frozenset({"dobj", "nsubjpass", "auxpass"})


def _singulars(word: str) -> tuple[str, ...]:
    """The singulars a plural may have: "Bidens" -> ("Biden",), "Joneses" -> ("Jonese", "Jones")."""
    forms = [word[:-1]]
    if word.endswith("es"):
        forms.append(word[:-2])
    return tuple(f for f in forms if len(f) >= _MIN_STEM)


def family_plural(doc, ts: int, te: int, *, lexicon: Lexicon, label: str = "") -> bool:
    """Whether ``doc[ts:te]`` is a family named by its plural after "the" (see the module); never a name the
    gazetteer or the country table knows ("the Hamptons", "the Bahamas")."""
    if label not in _FAMILY_MISTAKEN or te - ts != 1 or ts == 0 or doc[ts - 1].lower_ != "the":
        return False
    word = doc[ts].text
    if not (word[0].isupper() and word[1:].islower() and word.endswith("s")):
        return False
    last_words = {ent[-1].text for ent in doc.ents if ent.label_ == "PERSON" and not (ent.start == ts)}
    if word in last_words or not any(form in last_words for form in _singulars(word)):
        return False  # "Serena Williams ... the Williams": a person's own name
    return not (lexicon.countries.country_of(word) or lexicon.gazetteer.candidates(word))


def destination_type(doc, ts: int, te: int, *, lexicon: Lexicon, label: str = "") -> str | None:
    """LOC or GPE for a name the tagger took for a person that one travels to (see the module), else None."""
    if label not in ("PERSON", "ORG"):
        return None
    if label == "ORG":
        from .entity_context import is_personal_name  # entity_context imports this module

        if not is_personal_name(doc[ts:te].text, lexicon=lexicon):
            return None  # "returned to the Republican Party": a body one rejoins
    root = doc_span(doc, ts, te).root
    preposition = root.head
    if root.dep_ != "pobj" or preposition.lower_ != "to" or preposition.dep_ != "prep":
        return None
    verb = preposition.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.word_sets["destination_verbs"]:
        return None
    if any(child.dep_ in _OBJECTS for child in verb.children):
        return None  # "returned the money to X", "was flown to X" by someone: X may be a person
    bodies, folded = lexicon.word_sets["celestial_bodies"], fold_key(doc[ts:te].text)
    return "LOC" if folded in bodies or "*" + folded in bodies else "GPE"  # "went to the Moon"; "to Rhodesia"
