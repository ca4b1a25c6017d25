"""A news medium that only reports or interviews is no antecedent: "Wikinews asked Stamenković how their
research is linked to ...", "Wikinews approached the NTSB regarding their decision", "Wikinews reached out to
the members of the CentOS project to discuss this move, its implications", "telling Wikinews the company
extends its condolences", "Wikinews spoke to one of the candidates ... for the Sustainable Australia party".

A news medium (:func:`extract.coref_sources._is_medium`) every mention of which before the anaphor stands as
a source of the report (:func:`extract.coref_sources._is_source`: "according to", the hearer of "tell", the
interviewer of "spoke to", the subject of "report") or as the one who asks (the subject of "ask",
"approach", "contact", "interview", "question", "email", "reach out to", "catch up with", "speak to" or "talk
to") is what the article is told through, not what it is about: no "it", "they", "its", "their" or
definite description ("the company", "the party") refers to it. A medium that acts in the news ("NPR fired
its chief executive") has another mention and is left to the other rules; so is a reporting subject ("Reuters
reported a source, whom they did not name"), and a description by a medium word or a word of the medium's
name ("According to the Saudi Press Agency, ... The agency did not mention casualties").
"""

from __future__ import annotations

from .coref_sources import _REPORT_VERBS, _is_medium, _is_source

__all__ = ["only_an_interviewer"]

#: Verbs whose subject asks someone for the news ("Wikinews asked", "the BBC approached").
_ASKING_VERBS = frozenset({"ask", "approach", "contact", "interview", "question", "email", "e-mail", "query"})
#: Verbs that ask with a particle or a preposition: "reached out to", "caught up with", "spoke to", "talked with".
_ASKING_PHRASES = frozenset({("reach", "out"), ("catch", "up"), ("speak", "to"), ("speak", "with"),
                             ("talk", "to"), ("talk", "with")})


def _asks(root) -> bool:
    """Whether a mention's root is the subject of a verb of asking ("Wikinews asked", "Wikinews spoke to")."""
    while root.dep_ == "conj" and root.head is not root:
        root = root.head
    if root.dep_ != "nsubj":
        return False
    verb = root.head
    lemma = verb.lemma_.casefold()
    if lemma in _ASKING_VERBS:
        return True
    return any((lemma, c.lower_) in _ASKING_PHRASES for c in verb.children if c.dep_ in ("prt", "prep"))


def _told_through(root) -> bool:
    """A source that is not the reporting subject ("according to", "told", "spoke to"), or an asker."""
    reports = root.dep_ == "nsubj" and root.head.lemma_ in _REPORT_VERBS
    return (_is_source(root) and not reports) or _asks(root)


def only_an_interviewer(res, keys, head: int) -> bool:
    """Whether one of ``keys``, what the anaphor at token ``head`` would refer to, is a news medium every
    earlier mention of which is a source or an asker of the report (not a description by a medium word).

    ``res`` is the article's resolver (its Doc, roots, entities and lexicon are read).
    """
    tok = res.doc[head]
    word = tok.lemma_.casefold() if tok.pos_ == "NOUN" else None
    media_words = res.lexicon.word_sets.get("media_words", frozenset())
    for key in keys:
        entity = res.entities.get(key)
        if entity is None or entity.type != "ORG" or not _is_medium(res.lexicon, entity.label):
            continue
        if word is not None and (word in media_words or word in entity.label.casefold().split()):
            continue  # "the agency", "the broadcaster": the medium itself
        roots = [root for root, mention in res.roots if mention.key == key and mention.token_end <= head]
        if roots and all(_told_through(root) for root in roots):
            return True
    return False
