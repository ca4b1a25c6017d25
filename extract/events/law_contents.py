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
(``data/law_nouns.txt``) and the verb one of a law's content
(``data/law_content_verbs.txt``: ban, require, allow, permit ...); a passive
participle ("the martial law imposed by Marcos") keeps its event.

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
_RELATIVE_TAGS = frozenset({"WDT", "WP"})


def _law_clause(pred, lexicon: Lexicon) -> bool:
    """Is the verb one of a law's content whose subject is a law or a rule: its own subject, the noun an
    active participle modifies ("a law banning ..."), or the noun of a relative clause whose relative
    word is the subject ("a bill that requires ...")? A passive participle's noun is its object ("the
    martial law imposed by Marcos")."""
    if pred.lemma_.lower() not in lexicon.word_sets["law_content_verbs"]:
        return False
    laws = lexicon.word_sets["law_nouns"]
    noun = pred.head
    if pred.dep_ in _MODIFIER_DEPS and noun.pos_ in ("NOUN", "PROPN") and word_forms(noun) & laws:
        if pred.dep_ == "acl" and pred.tag_ == "VBG":
            return True
        if pred.dep_ == "relcl" and any(c.dep_ in _SUBJECT_DEPS and c.tag_ in _RELATIVE_TAGS for c in pred.children):
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
        The tables (word lists ``law_nouns``, ``law_content_verbs``).

    Returns
    -------
    Event or None
    """
    if event is None or pred is None or pred.pos_ != "VERB":
        return event
    return None if _law_clause(pred, lexicon) else event
