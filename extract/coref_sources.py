"""Sources are not antecedents: an "it" does not refer to the outlet or interviewer a report cites.

"NDTV later reported officials stated it was a coconut", "Kurtzer told Wikinews it would take
months", "According to Reuters, it was the largest fire": the organisation named as where the news
comes from is the source of the sentence, not its topic. :func:`only_a_source` says so of an
news medium every mention of which, in the pronoun's sentence and the one before, stands as a
source: the object of "according to", the hearer of "tell" or "provide", the interviewer ("spoke to",
"an interview with"), the subject of "report" (for "they" the first two only: a reporter may be "they").
"""

from __future__ import annotations

from .news_media import medium_name

__all__ = ["only_a_source"]

# Verbs whose subject is a source that reports others' news ("X reported ...").
_REPORT_VERBS = frozenset({"report", "publish", "broadcast"})
# Verbs whose object is the hearer ("told Wikinews", "told reporters", "provided Wikinews with his plan").
_TELL_VERBS = frozenset({"tell", "inform", "provide", "give", "send", "show"})
# Verbs and nouns of an interview, whose "to" or "with" object is the interviewer ("spoke to the BBC",
# "in an interview with CNN").
_INTERVIEW_WORDS = frozenset({"speak", "talk", "interview", "conversation", "explain", "say", "comment"})
_WINDOW = 1


def _cited(root) -> bool:
    """ "according to Reuters", "according to these videos and NPR": the object of "according to"."""
    while root.dep_ == "conj" and root.head is not root:
        root = root.head
    head = root.head
    return root.dep_ == "pobj" and head.lower_ == "to" and head.i > 0 and head.doc[head.i - 1].lower_ == "according"


def _cited_or_told(root) -> bool:
    """The object of "according to", or the hearer of "tell" ("told Fox News their investigation ...")."""
    return _cited(root) or (root.dep_ in ("dobj", "dative") and root.head.lemma_ in _TELL_VERBS)


def _is_source(root) -> bool:
    head = root.head
    if _cited_or_told(root):
        return True  # "according to Reuters", "told Wikinews", "provided Wikinews with his plan"
    if root.dep_ == "pobj" and head.lower_ in ("to", "with") and head.head.lemma_ in _INTERVIEW_WORDS:
        return True  # "spoke to Wikinews", "in an interview with CNN"
    return root.dep_ == "nsubj" and head.lemma_ in _REPORT_VERBS  # "NDTV reported"


def _is_medium(lexicon, label: str) -> bool:
    """A news medium: a medium word ends or starts the name, or :func:`extract.news_media.medium_name`."""
    words = lexicon.word_sets.get("media_words", frozenset())
    parts = label.casefold().split()
    return bool(parts) and (parts[-1] in words or parts[0] in words or medium_name(label, lexicon))


def only_a_source(res, key: str, tok, *, cited_only: bool = False) -> bool:
    """Is ``key`` a news medium (:func:`_is_medium`) and every mention of it near pronoun ``tok``
    (this sentence and the one before, up to the pronoun) a source of the report, not an actor in it?

    Parameters
    ----------
    res : extract.coref._Agreement
        The article's resolver.
    key : str
        The entity the pronoun would refer to.
    tok : spacy.tokens.Token
        The pronoun.
    cited_only : bool, optional
        Count only the object of "according to" and the hearer of "tell" as a source (for "they", which
        may be the reporter: "Reuters reported a source, whom they did not name"; not the hearer: "an NTSB
        spokesman told Fox News their investigation could last two weeks").
    """
    entity = res.entities.get(key)
    if entity is None or not _is_medium(res.lexicon, entity.label):
        return False
    here = res.sent_of[tok.i]
    roots = [root for root, mention in res.roots
             if mention.key == key and mention.token_end <= tok.i and here - res.sent_of[root.i] <= _WINDOW]
    test = _cited_or_told if cited_only else _is_source
    return bool(roots) and all(test(root) for root in roots)
