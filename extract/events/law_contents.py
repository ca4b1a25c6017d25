"""What a law says is no act of its makers: "passed a law banning X" is no ban by the legislature on X.

A law or a bill ``bans``, ``requires``, ``allows`` or ``prohibits``; the
parser hangs such a verb on the law's noun ("a law banning gay people from
adopting", "a bill that requires TikTok to sell") or makes the noun its
subject ("the amendment allows the president to serve"). A relation whose
subject the rules read off the clause around it (the legislature that
passed the law, the president who signed it) then codes the law's content
as that actor's act: an administrative sanction (172) against the people
banned, a yielding (080) to those allowed. The act is the passing or the
signing; the content is a provision, perhaps never applied.
:func:`law_content_event` gives no event for a verb whose subject, or the
noun it modifies (a participle or a relative clause), is a law or a rule
(``data/law_nouns.txt``).

Examples
--------
"The parliament passed a law banning gay people from adopting" (parliament,
ban, gay people) none; "Germany banned Mahan Air" keeps 172.
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..syntax import word_forms
from ..types import Argument, Event

__all__ = ["law_content_event"]

_SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
_MODIFIER_DEPS = frozenset({"acl", "relcl"})


def _law_clause(pred, lexicon: Lexicon) -> bool:
    """Is the verb's subject, or the noun it modifies, a law or a rule ("a law banning ...")?"""
    laws = lexicon.word_sets["law_nouns"]
    if pred.dep_ in _MODIFIER_DEPS and pred.head.pos_ in ("NOUN", "PROPN") and word_forms(pred.head) & laws:
        return True
    return any(c.dep_ in _SUBJECT_DEPS and c.pos_ in ("NOUN", "PROPN") and word_forms(c) & laws
               for c in pred.children)


def law_content_event(event: Event | None, pred, subject: Argument | None, obj: Argument | None,
                      lexicon: Lexicon) -> Event | None:
    """None for the content of a law read as its makers' act (module docstring); else ``event``.

    Parameters
    ----------
    event : Event or None
        The event the verb's sense gave.
    pred : spacy.tokens.Token
        The predicate's head token.
    subject, obj : Argument or None
        The relation's arguments.
    lexicon : Lexicon
        The tables (word list ``law_nouns``).

    Returns
    -------
    Event or None
    """
    if event is None or pred is None or pred.pos_ != "VERB":
        return event
    return None if _law_clause(pred, lexicon) else event
