"""Encouragement that tells someone to act: "the US encouraged allies to restrict Mahan's operations" is an appeal.

CAMEO files ENCOURAGE under its own set, whose default is Praise or endorse (051): "encouraged the
new agreement", "was encouraged by the talks". But the patterns CAMEO writes for the verb itself are
mostly appeals with an actor as object and the act asked for after it: "ENCOURAGE * + ENTER TALKS
[026]", "* + DISCUSS [026]", "* + INVEST [0211]", "* + PLAY ROLE [020]". So a verb of telling someone
to act (``data/control_verbs.txt``) in that frame, with a direct object and a "to" infinitive after
it (:func:`.appeal_frames.told_object`), whose default is neither an appeal nor a demand and at
least half of whose own patterns code an appeal (02), is an appeal (020) there: "France encouraged
Mali to hold elections", "the WHO encouraged governments to expand testing".

Of the control verbs only ENCOURAGE passes the share of patterns: "warn" (11 of 154 patterns
appeals), "force" (9 of 20) and "order" (19 of 104) keep their own events (a threat, coercion, a
demand); "help", "allow", "praise" and "thank" have no appeal pattern. Without an infinitive
("encouraged the deal") or without an acting object ("low rates encouraged investors to buy" is no
relation of an actor) the default stays. The object need not be a word the actor tables know
("encouraged commercial entities to cease trading in Iran"): a relation that has one in this frame
asks it to act, and the praise of the default is wrong there in any case.
"""

from __future__ import annotations

import functools

from ..lexicon import Lexicon
from ..lexicon.cameo import event_for_code
from ..types import Event
from .appeal_frames import told_object

__all__ = ["encouraging_appeal", "mostly_appeals"]

_APPEAL = "020"
_APPEAL_ROOT = "02"
#: A default that already asks (appeal 02) or demands (10) needs no reading here.
_ASKING_ROOTS = frozenset({"02", "10"})


def mostly_appeals(lemma: str, lexicon: Lexicon) -> bool:
    """Does at least half of the CAMEO patterns written for verb ``lemma`` code an appeal (02)?

    >>> from extract.lexicon import get_lexicon
    >>> mostly_appeals("encourage", get_lexicon()), mostly_appeals("warn", get_lexicon())
    (True, False)
    """
    return _mostly_appeals(lemma, lexicon)


@functools.lru_cache(maxsize=512)
def _mostly_appeals(lemma: str, lexicon: Lexicon) -> bool:
    entry = lexicon.cameo.patterns.entry(lemma) if lexicon.cameo.patterns is not None else None
    codes = [p.code for p in (entry.patterns if entry is not None else ()) if p.written_for(lemma) and p.code]
    return bool(codes) and 2 * sum(code.startswith(_APPEAL_ROOT) for code in codes) >= len(codes)


def encouraging_appeal(pred, found: Event | None, lexicon: Lexicon) -> Event | None:
    """An appeal (020) if ``pred`` tells its object to do something ("encouraged Serbia to resume
    talks") and its event ``found`` is no appeal or demand while its CAMEO patterns mostly are; else None."""
    if pred is None or found is None or found.root in _ASKING_ROOTS:
        return None
    if not mostly_appeals(pred.lemma_.lower(), lexicon) or told_object(pred, lexicon) is None:
        return None
    return event_for_code(_APPEAL, lexicon.cameo.labels)
