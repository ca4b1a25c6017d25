"""Verbs with a hyphenated prefix ("co-founded", "re-arrested") kept as one token.

spaCy's English tokenizer splits every hyphen between letters, so "Bill Gates co-founded
Microsoft" reaches the parser as "co - founded"; the small model then reads "co" as the verb
(or a noun) and "founded" as a clause of its own, and the sentence loses its subject or its
object ("Police re-arrested X", "X was re-elected", "it was co-sponsored by Senator Y" give no
relation at all). Kept whole, the word is tagged and parsed as the verb it is.

Only the prefixes "co-" and "re-" before a lower-case verb form in "-ed" or "-ing" are kept
whole: nouns ("co-founder", "re-election", "re-run") and adjectives ("pre-dawn", "ex-president",
"anti-government") keep the tokenisation the rest of the pipeline reads.

A "re-" verb's lemma is its stem's ("re-arrested": "arrest"); a "co-" verb keeps the prefix
("co-sponsor"), and its CAMEO event is its stem's ("co-hosted" as "hosted") unless the event map names
the prefixed lemma itself (:func:`prefixed_stem`).
"""

from __future__ import annotations

import re

__all__ = ["PREFIXED_VERB", "keep_prefixed_verbs", "load_tokenizer_keeping_prefixed_verbs", "prefixed_lemma",
           "prefixed_stem"]

#: A whole token that is a prefixed verb form: "co-founded", "Re-elected", "re-opening".
PREFIXED_VERB = re.compile(r"(?:[Cc]o|[Rr]e)-[a-z]{3,}(?:ed|ing)\Z")
_PREFIXED_LEMMA = re.compile(r"(?:co|re)-([a-z]{2,})\Z")


def keep_prefixed_verbs(nlp):
    """Make ``nlp``'s tokenizer keep prefixed verb forms whole; return ``nlp``.

    A ``token_match`` the tokenizer already has still applies (either match keeps the token whole).

    Examples
    --------
    >>> import spacy
    >>> nlp = keep_prefixed_verbs(spacy.blank("en"))
    >>> [t.text for t in nlp("Bill Gates co-founded Microsoft, not its re-election.")]
    ['Bill', 'Gates', 'co-founded', 'Microsoft', ',', 'not', 'its', 're', '-', 'election', '.']
    """
    tokenizer = nlp.tokenizer
    before = tokenizer.token_match
    if getattr(before, "__self__", None) is PREFIXED_VERB:
        return nlp  # already kept
    if before is None:
        tokenizer.token_match = PREFIXED_VERB.match
    else:
        tokenizer.token_match = _either(PREFIXED_VERB.match, before)
    return nlp


def load_tokenizer_keeping_prefixed_verbs(nlp, path) -> None:
    """Load ``nlp``'s tokenizer from the file ``path`` (a pipeline's ``tokenizer``) with
    :func:`keep_prefixed_verbs`' token match, as ``tokenizer.from_disk`` and then
    :func:`keep_prefixed_verbs` would, at the cost of one of the two.

    spaCy's tokenizer re-adds all its special cases (some 1,300 for English) whenever its
    ``token_match`` is set: setting it after the pipeline's load compiles them a second time, a
    twentieth of the load. Here the file's settings are read first, the token match is set while
    there are no special cases, and the special cases come last, once, as ``from_bytes`` adds them
    last. A tokenizer of another class is loaded by its own ``from_disk`` and then given the token match.
    """
    import srsly
    from spacy.tokenizer import Tokenizer

    tokenizer = nlp.tokenizer
    if type(tokenizer) is not Tokenizer:
        tokenizer.from_disk(path, exclude=["vocab"])
        keep_prefixed_verbs(nlp)
        return
    with open(path, "rb") as handle:
        data = handle.read()
    tokenizer.from_bytes(data, exclude=["vocab", "exceptions"])  # empties the special cases
    keep_prefixed_verbs(nlp)
    exceptions = srsly.msgpack_loads(data).get("exceptions")
    if isinstance(exceptions, dict):  # as from_bytes sets them
        tokenizer.rules = exceptions


class _either:
    """Either of two token matches (a class, so the tokenizer stays picklable)."""

    __slots__ = ("first", "second", "__self__")

    def __init__(self, first, second):
        self.first, self.second, self.__self__ = first, second, PREFIXED_VERB

    def __call__(self, text):
        return self.first(text) or self.second(text)


def prefixed_stem(lemma: str) -> str | None:
    """The stem of a prefixed verb lemma ("re-arrest" -> "arrest"), or None.

    Examples
    --------
    >>> prefixed_stem("re-arrest"), prefixed_stem("co-found"), prefixed_stem("arrest")
    ('arrest', 'found', None)
    """
    found = _PREFIXED_LEMMA.match(lemma)
    return found.group(1) if found else None


def prefixed_lemma(token, lemmatizer) -> str | None:
    """The lemma of a prefixed verb form ("co-founded" -> "co-found", "re-opened" -> "open"), or None for
    another token.

    The rule lemmatizer knows no "co-found": it would strip the ending of the whole word
    ("co-founde"). The stem is lemmatized alone, with the token's part of speech. "re-" only repeats
    the stem's act, so its lemma is the stem's, and every table keyed by verb lemmas (light verbs,
    verb patterns, harm verbs, CAMEO) reads it ("re-opened the investigation into X" is an
    investigation as "opened" is); "co-" makes a joint act and keeps its prefix ("co-sponsor").
    """
    text = token.text
    if "-" not in text or not PREFIXED_VERB.match(text):
        return None
    from spacy.tokens import Doc

    prefix, stem = text.lower().split("-", 1)
    alone = Doc(token.vocab, words=[stem], pos=[token.pos_ or "VERB"], morphs=[str(token.morph)])
    lemma = lemmatizer.lemmatize(alone[0])[0]
    return lemma if prefix == "re" else f"{prefix}-{lemma}"
