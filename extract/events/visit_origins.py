"""Where a traveller comes from is no target: the "from" phrase of a verb of travel.

A verb of travel (``data/travel_verbs.txt``: return, come, fly, travel, arrive...) names a
trip; its "from" phrase says where the trip began: "Scott Morrison returned to Canberra from
his holiday in Hawaii", "Erdogan returned from Russia", "Merkel flew to Washington from
Berlin". The place there, or one inside that phrase ("his holiday in Hawaii"), is the origin,
never the target of a visit (CAMEO 042) or of any other event: the relation stays, untyped.
The destination ("to Washington", a direct object) keeps its event.

Only the verbs of travel: a "from" phrase is the target of a withdrawal ("withdrew troops from
Syria", 087), and the origin of the object, not of the subject, after "received a delegation
from China"; neither verb is in the list.
"""

from __future__ import annotations

from ..lexicon import Lexicon

__all__ = ["origin_target"]

# Words a verb of travel may put between itself and its "from" phrase: "came back from Iran",
# "flew in from Cairo", "came home from Africa".
_BRIDGES = frozenset({"advmod", "prt", "npadvmod"})


def _from_phrase_of(token, verb) -> bool:
    """Is ``token`` inside a "from" phrase of ``verb`` (on the verb or on its particle)?"""
    node = token
    while node.head.i != node.i and node.i != verb.i:  # spaCy makes a new Token at each access: compare .i
        head = node.head
        if node.dep_ == "prep" and node.lower_ == "from" and (
                head.i == verb.i or (head.dep_ in _BRIDGES and head.head.i == verb.i)):
            return True
        if head.i == verb.i:
            return False
        node = head
    return False


def origin_target(event, pred, obj, lexicon: Lexicon) -> bool:
    """Is the target ``obj`` of ``event`` the origin of a trip, in the "from" phrase of a verb of travel?

    Parameters
    ----------
    event : Event or None
        The relation's event.
    pred : spacy.tokens.Token or None
        The relation's predicate head.
    obj : Argument or None
        The relation's object.
    lexicon : Lexicon
        The word lists (``travel_verbs``).
    """
    if event is None or pred is None or obj is None or pred.pos_ not in ("VERB", "AUX"):
        return False
    if pred.lemma_.lower() not in lexicon.word_sets["travel_verbs"]:
        return False
    span = pred.doc.char_span(obj.start, obj.end, alignment_mode="expand")
    return span is not None and _from_phrase_of(span.root, pred)
