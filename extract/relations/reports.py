"""Reports by an actor: a verb of reporting with a reported clause is a statement (CAMEO 010).

"Phivolcs reported the first quake occurred at 7:37 p.m.", "the weather
service predicted that the storm would weaken", "Pelosi also mentioned the
House will appoint managers": CAMEO's verb dictionary files REPORT and
MENTION under EXPLAIN_VERBAL and PREDICT under its own set, all Make
statement (010). With a clause and no object, such a verb is a one-place
event like "announce" (``data/one_place_events.txt``): its relation is
(subject, verb, unspecified), read by :mod:`.implicit`.

The verbs are in ``data/report_verbs.txt`` (data, apart from the rule).
Each is read so only when:

- it has a reported clause (a ``ccomp`` child): "reported the quake
  occurred", "predicted that X would"; with an object it says what was
  reported ("reported a loss"), which the object rules read, or nothing;
- its subject is not a news medium. A medium reporting is the article's
  sourcing, not an event ("NPR reported that ...", "the paper reported"),
  as the event gold codes it and as :mod:`extract.quality` reads such edges:
  an agent noun of the media role (``MED`` in the Phoenix agents:
  "reporter", "correspondent"), a press noun or the last word of a medium's
  name of ``data/edge_doubts.tsv`` ("the paper", "The Jakarta Post"), such a
  word beside the name ("news agency Fars"), or a known news medium's name
  (``data/known_organisations.tsv``), or a proper name whose entry in the
  knowledge base says it is a newspaper, broadcaster, news agency and so on
  ("ABC", "The Hindu"): :func:`extract.news_media.medium_name`, also as the
  first words of a longer proper name (an edition: "CNN Philippines",
  "BBC Persian"). A spokesperson (``data/spokesperson_nouns.txt``:
  spokesman, press secretary), whom the Phoenix agents give the media role,
  is the voice of a body and no medium. A relative
  pronoun subject stands for the noun its clause hangs on ("The Jakarta Post,
  which reported ..."). A medium that no table knows and no press word
  names ("Time reported ...") is not caught.

Examples
--------
>>> from extract.relations.reports import MEDIA_ROLE
>>> MEDIA_ROLE
'MED'
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..news_media import medium_name
from ..quality import edge_words

__all__ = ["MEDIA_ROLE", "news_medium", "reported_statement"]

#: The Phoenix agent role of the news media.
MEDIA_ROLE = "MED"
# The children that make up a subject's name ("New York Times", "Jakarta Post").
_NAME_DEPS = frozenset({"compound", "amod", "poss"})
_SUBJECT_DEPS = frozenset({"nsubj"})
# The children beside a name that may say what it is ("news agency Fars", "newspaper The Hindu").
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "appos"})
# A relative pronoun stands for the noun its clause hangs on ("The Jakarta Post, which reported ...").
_RELATIVE_PRONOUNS = frozenset({"which", "who", "that"})


def _start_of(tok) -> int:
    """Where ``tok``'s name starts: its first compound or modifier before the head."""
    return min((c.i for c in tok.lefts if c.dep_ in _NAME_DEPS), default=tok.i)


def _name_of(tok) -> str:
    """The words of ``tok``'s name: its compounds and modifiers up to the head."""
    return tok.doc[_start_of(tok):tok.i + 1].text


def _names_of(tok) -> list[str]:
    """The name at ``tok`` as written, and with the capital "The" it has ("The Hindu")."""
    start = _start_of(tok)
    article = tok.doc[start - 1] if start > 0 else None
    names = [tok.doc[start:tok.i + 1].text]
    if article is not None and article.text == "The" and article.head.i == tok.i:
        names.append(tok.doc[start - 1:tok.i + 1].text)
    return names


def news_medium(tok, lexicon: Lexicon) -> bool:
    """Is the subject at ``tok`` a news medium ("NPR", "the paper", "a correspondent")?

    Parameters
    ----------
    tok : spacy.tokens.Token
        The head of the subject.
    lexicon : Lexicon
        Gives the Phoenix agent roles.
    """
    words = edge_words()
    lemma = tok.lemma_.casefold()
    spokes = lexicon.word_sets["spokesperson_nouns"]
    if lemma in spokes or tok.lower_ in spokes:
        return False  # "the spokesman", "the press secretary": the voice of a body, whatever Phoenix's role says
    if lemma in words.press_nouns or tok.lower_ in words.press_nouns:
        return True
    # "news agency Fars", "newspaper The Hindu", "the ABC News reporter": a press word beside the name
    beside = [w for c in tok.lefts if c.dep_ in _MODIFIER_DEPS for w in c.subtree]
    if any(w.lower_ in words.press_nouns or w.lower_ in words.press_names for w in beside):
        return True
    if lexicon.dictionaries.agent_role(lemma) == MEDIA_ROLE or lexicon.dictionaries.agent_role(tok.lower_) == MEDIA_ROLE:
        return True
    for appos in (c for c in tok.children if c.dep_ == "appos"):  # "the Institute (Phivolcs)", "Time, a magazine,"
        if appos.lemma_.casefold() in words.press_nouns or appos.lower_ in words.press_names:
            return True
        if medium_name(_name_of(appos), lexicon, proper=False):
            return True
    if any(medium_name(name, lexicon, proper=tok.pos_ == "PROPN") for name in _names_of(tok)):
        return True
    # "CNN Philippines", "BBC Persian": a known medium's name followed by its edition's
    return tok.pos_ == "PROPN" and any(medium_name(name, lexicon) for name in _leading_names(tok))


def _leading_names(tok) -> list[str]:
    """The proper names that a proper name at ``tok`` starts with, without its last words:
    "CNN" of "CNN Philippines"; none for a name of one word."""
    start = _start_of(tok)
    words = tok.doc[start:tok.i + 1]
    if any(w.pos_ != "PROPN" for w in words):
        return []
    return [tok.doc[start:end].text for end in range(start + 1, tok.i + 1)]


def reported_statement(verb, phrase: str, lexicon: Lexicon) -> bool:
    """Is ``verb`` a verb of reporting with a clause, said by someone who is no news medium?

    Parameters
    ----------
    verb : spacy.tokens.Token
        The verb.
    phrase : str
        Its predicate phrase (the lemma, or lemma and particle).
    lexicon : Lexicon
        Gives ``data/report_verbs.txt`` and the agent roles.

    Returns
    -------
    bool
        True for "Phivolcs reported the quake occurred"; False for "NPR
        reported that ...", for "reported a loss" and for any other verb.
    """
    if phrase not in lexicon.word_sets["report_verbs"]:
        return False
    kids = list(verb.children)
    if not any(c.dep_ == "ccomp" for c in kids):
        return False
    subjects = [verb.head if c.lower_ in _RELATIVE_PRONOUNS and verb.dep_ == "relcl" else c
                for c in kids if c.dep_ in _SUBJECT_DEPS]
    # "the company ..., but Gazeta Prawna reports": a medium among joined subjects makes it sourcing
    joined = [c for s in subjects for c in s.conjuncts]
    return bool(subjects) and not any(news_medium(s, lexicon) for s in (*subjects, *joined))
