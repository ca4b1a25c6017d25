"""An authority closing another actor down is an administrative sanction (172).

CAMEO codes an order that closes a broadcaster, a paper or a school, and a licence suspended, as 172 "Impose
administrative sanctions" (1721 restrictions on freedoms: "* TELEVISION STATION [1721]  # CLOSE", "* SUSPEN
TELEVISION [1721]  # ORDER", "* UNIVERSITIES TO_CLOSE [172]  # ORDER"). The verb patterns key these on a few
nouns, and the verbs of the frame (order, force, issue, suspend) are ambiguous, so the relation kept no event.
:func:`closure_event` gives 172 to a relation that has none when its source is an authority (a state, a
government, a court, the police, the military, a legislature: :func:`authority_code`) and one of three shapes
of ``data/closure_words.tsv`` holds:

- a command with an acting, unarmed direct object and a "to" infinitive (or object predicate) of a closing
  verb with no object, or one naming the activity stopped ("ordered the network to shut down", "ordered
  Rappler to halt operations"; "ordered troops to stop firing" is none);
- a verb of imposing whose object is a noun of an order that closes ("forced the shut-down of X", "issued a
  cease and desist order to X"; "ordered an inquiry" is none);
- a verb of revoking whose object is a licence or permit ("suspended Mahan's permit");
- a verb of shutting whose direct object is a named organisation or a news medium and no state body ("shut
  down Al-Sharqiya TV"; "closed the Chinese consulate" is no sanction: the verb patterns read it, 161).

A company shutting its own plant, "shut down rumours" or "ordered food" give nothing: the source is no
authority, or the frame is not one of these.
"""

from __future__ import annotations

import functools

from ..lexicon import Lexicon
from ..lexicon.cameo import EventMapError, event_for_code
from ..syntax import char_span
from ..types import Argument, Event
from .participants import token_can_act
from .roots import armed_code

__all__ = ["authority_code", "closure_event", "closure_words"]

_TABLE = "closure_words"
_SANCTION = "172"
#: Roles of an authority that can close another actor down.
_AUTHORITY_ROLES = frozenset({"GOV", "JUD", "COP", "MIL", "LEG", "SPY"})
_OBJECTS = ("dobj", "obj")
#: A news medium's role in an actor code ("PHLMED").
_MEDIUM_ROLE = "MED"


@functools.lru_cache(maxsize=8)
def closure_words(lexicon: Lexicon, kind: str) -> frozenset[str]:
    """The words of ``data/closure_words.tsv`` of ``kind`` (command, closing, activity, imposing, order,
    revoking, licence)."""
    return frozenset(word for word, cells in lexicon.tables[_TABLE].items() if kind in cells[0].split())


def authority_code(code: str | None, lexicon: Lexicon) -> bool:
    """Is ``code`` an authority's: a bare country, or a role of government, justice, police, military,
    legislature or intelligence (after a country or alone)?

    Examples
    --------
    >>> from extract.lexicon import get_lexicon
    >>> lex = get_lexicon()
    >>> authority_code("PHLGOV", lex), authority_code("DEU", lex), authority_code("JUD", lex)
    (True, True, True)
    >>> authority_code("PHLMED", lex), authority_code("BUS", lex), authority_code(None, lex)
    (False, False, False)
    """
    if not code:
        return False
    code = code.upper()
    if len(code) == 3 and lexicon.countries.alpha2(code) is not None:
        return True
    rest = code[3:] if len(code) > 3 and lexicon.countries.alpha2(code[:3]) is not None else code
    return any(rest[i:i + 3] in _AUTHORITY_ROLES for i in range(0, len(rest), 3))


def closure_event(pred, subject: Argument | None, obj: Argument | None, lexicon: Lexicon) -> Event | None:
    """172 if ``pred`` is an authority's closing down of another actor (the module docstring's shapes), else None.

    Parameters
    ----------
    pred : spacy.tokens.Token or None
        The relation's predicate token.
    subject, obj : Argument or None
        The relation's arguments, with their actor codes.
    lexicon : Lexicon
        The tables (``closure_words``).
    """
    if pred is None or pred.pos_ != "VERB" or subject is None or obj is None:
        return None
    if not authority_code(subject.actor_code, lexicon):
        return None
    lemma = pred.lemma_.lower()
    if not (_commanded_closure(pred, lemma, obj, lexicon) or _imposed_order(pred, lemma, obj, lexicon)
            or _revoked_licence(pred, lemma, obj, lexicon) or _shut_organisation(pred, lemma, obj, lexicon)):
        return None
    try:
        return event_for_code(_SANCTION, lexicon.cameo.labels)
    except EventMapError:
        return None


def _object_head(pred, obj: Argument):
    """The head token of ``obj`` when it is ``pred``'s direct object (or passive subject), else None."""
    span = char_span(pred.doc, obj.start, obj.end)
    if span is None:
        return None
    head = span.root
    if head.head.i != pred.i or head.dep_ not in (*_OBJECTS, "nsubjpass"):
        return None
    return head


def _commanded_closure(pred, lemma: str, obj: Argument, lexicon: Lexicon) -> bool:
    """"ordered the network to shut down", "ordered Rappler to halt operations", "ordered X closed"."""
    if lemma not in closure_words(lexicon, "command"):
        return False
    told = _object_head(pred, obj)
    if told is None or told.dep_ not in _OBJECTS or armed_code(obj.actor_code) or not token_can_act(told, lexicon):
        return False
    closing = closure_words(lexicon, "closing")
    for clause in pred.children:
        if clause.i < told.i or clause.dep_ not in ("xcomp", "ccomp", "oprd") or clause.lemma_.lower() not in closing:
            continue
        stopped = [c for c in clause.children if c.dep_ in (*_OBJECTS, "xcomp")]
        if not stopped or all(c.lower_ in closure_words(lexicon, "activity") for c in stopped):
            return True
    return False


def _imposed_order(pred, lemma: str, obj: Argument, lexicon: Lexicon) -> bool:
    """"forced the shut-down of X", "issued a cease and desist order to X"."""
    if lemma not in closure_words(lexicon, "imposing"):
        return False
    head = _object_head(pred, obj)
    if head is None or head.dep_ not in _OBJECTS:
        return False
    word = head.lower_
    doc = head.doc
    if word == "down" and head.i >= 2 and doc[head.i - 1].lower_ == "-" and doc[head.i - 2].lower_ == "shut":
        word = "shut-down"  # "the shut-down", cut in three with "down" its head
    if word == "cease":
        return head.i + 2 < len(doc) and doc[head.i + 1].lower_ == "and" and doc[head.i + 2].lower_ == "desist"
    return word in closure_words(lexicon, "order") or head.lemma_.lower() in closure_words(lexicon, "order")


def _revoked_licence(pred, lemma: str, obj: Argument, lexicon: Lexicon) -> bool:
    """"suspended Mahan's permit", "revoked the licence of the station"."""
    if lemma not in closure_words(lexicon, "revoking"):
        return False
    head = _object_head(pred, obj)
    return head is not None and head.lemma_.lower() in closure_words(lexicon, "licence")


def _shut_organisation(pred, lemma: str, obj: Argument, lexicon: Lexicon) -> bool:
    """"shut down Al-Sharqiya TV", "closed Cumhuriyet": a named organisation or a news medium, no state body."""
    if lemma not in closure_words(lexicon, "shutting"):
        return False
    if lemma == "shut" and not any(c.dep_ == "prt" and c.lower_ == "down" for c in pred.children):
        return False  # "shut the door", "shut out"
    head = _object_head(pred, obj)
    if head is None or head.dep_ not in _OBJECTS or authority_code(obj.actor_code, lexicon) or armed_code(obj.actor_code):
        return False
    code = (obj.actor_code or "").upper()
    return obj.type == "ORG" or _MEDIUM_ROLE in {code[i:i + 3] for i in range(0, len(code), 3)}
