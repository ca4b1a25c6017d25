"""A title's country named after the person: "Health Minister Olivier Véran of France" ``FRAGOV``.

News writes an office's country after the holder's name as often as before it ("Foreign Minister
Marise Payne of Australia", "Senator Ted Cruz of Texas"). The title phrase read before a name
(:func:`extract.events.context._title_phrases`) stops at the name; this module gives the same
phrase carried on through "of" and the place name right after the name, so the title's role and
the place's country are read together as in "the Chancellor of Germany". Only a titled name is
extended: "John Smith of Boston" names no office, and the person's code stays the name's.
"""

from __future__ import annotations

__all__ = ["title_place_phrase"]

_PLACE_LABELS = frozenset({"GPE"})


def title_place_phrase(span, start: int) -> str | None:
    """The words from ``start`` (a title's first token before the name ``span``) through an "of"
    place name right after the name, or None when there is no title or no such place.

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> words = ["Health", "Minister", "Olivier", "Véran", "of", "France", "spoke"]
    >>> doc = Doc(Vocab(), words=words, ents=["O", "O", "B-PERSON", "I-PERSON", "O", "B-GPE", "O"])
    >>> title_place_phrase(doc[2:4], 0)
    'Health Minister Olivier Véran of France'
    >>> title_place_phrase(doc[2:4], 2) is None
    True
    """
    doc = span.doc
    end = span.end
    if start >= span.start or end + 1 >= len(doc) or doc[end].text.lower() != "of":
        return None
    place = doc[end + 1]
    if place.ent_type_ not in _PLACE_LABELS or place.ent_iob_ != "B":
        return None
    stop = end + 2
    while stop < len(doc) and doc[stop].ent_iob_ == "I":
        stop += 1
    return doc[start:stop].text
