"""The speaker of a quotation: whom "I" and "we" inside it stand for.

'"We strongly urge Iraqi leaders to reconsider," the spokesperson, Morgan
Ortagus, said': the first person of a direct quotation is its speaker, as
a reader and an event coder take it. Coreference (:mod:`extract.coref`)
resolves nothing inside a quotation; this module reads only the first
person, and only where the quotation's own sentences name one speaker:

- the quotation is a run of tokens inside quotation marks (the
  document-level reading of :mod:`extract.coref`, so a quotation may span
  sentences);
- its speaker is the subject of a verb of saying (``data/speech_verbs.tsv``)
  outside every quotation, in the sentence where the quotation opens or the
  one where it closes ('X said: "..."', '"...," X said', '"...," he said,
  "..."');
- that subject is a named mention, or a pronoun or description coreference
  resolved to one entity;
- exactly one entity speaks there: 'X told Y that Z said "..."' has two
  candidates and gives none, and so does a speaker no one is resolved to
  beside a named one.

"I", "me", "we" and "us" take the speaker ("we" the speaker who speaks for
their side, as CAMEO codes "we" by the speaker's affiliation); a quotation
with no such verb (a tweet quoted on its own) or two speakers gives none.
"""

from __future__ import annotations

from ..coref import _quoted_spans
from ..doccache import cache_of, doc_text
from ..lexicon import Lexicon

__all__ = ["FIRST_PERSON", "quotation_runs", "quoted_speaker"]

#: The first-person pronouns a quotation's speaker stands behind (subject and object forms).
FIRST_PERSON = frozenset({"i", "me", "we", "us"})

_SUBJECT_DEPS = frozenset({"nsubj"})
# A quotation of fewer tokens is a term or a title ("the 'I' in team"), not speech.
_MIN_QUOTATION = 3


def quotation_runs(doc) -> dict[int, tuple[int, int]]:
    """Token index -> ``(first, last)`` token indices of the quotation it lies in (once per Doc)."""
    memo = cache_of(doc).memo("quotation_runs")
    found = memo.get(None)
    if found is not None:
        return found
    inside = _quoted_spans(doc_text(doc))
    runs: dict[int, tuple[int, int]] = {}
    start = None
    for token in doc:
        quoted = inside(token.idx) and not token.is_quote
        if quoted and start is None:
            start = token.i
        elif not quoted and start is not None:
            _add_run(runs, start, token.i - 1)
            start = None
    if start is not None:
        _add_run(runs, start, len(doc) - 1)
    memo[None] = runs
    return runs


def _add_run(runs: dict[int, tuple[int, int]], first: int, last: int) -> None:
    if last - first + 1 >= _MIN_QUOTATION:
        for i in range(first, last + 1):
            runs[i] = (first, last)


def _speech_verbs(lexicon: Lexicon) -> frozenset[str]:
    return lexicon.keys_where("speech_verbs", "quote", "yes") | lexicon.keys_where("speech_verbs", "claim", "yes")


def _speaker_key(subject, index, first: int, last: int) -> str | None:
    """The entity a verb of saying's subject names: a mention, a reference to one entity, or the
    name in apposition to a common noun ("a spokesperson, Morgan Ortagus, said").

    A pronoun's entity is refused where the pronoun could not stand for it: an entity named in
    the quotation itself ('"... Bloody hell, we've got a drummer", he recalled'), or named
    elsewhere in the pronoun's own sentence other than as a subject ("Speaking to Martin Smith
    of PBS, he said": he is not Martin Smith; "Morgan Ortagus indicated ...: '...,' she said" may be).
    """
    mention = index.mention_at(subject.i)
    if mention is not None:
        return mention.key
    ref = index.reference_at(subject.i)
    if ref is not None:
        if len(ref.keys) != 1:
            return None
        key = ref.keys[0]
        doc, sent = subject.doc, subject.sent
        for i in range(min(first, sent.start), max(last + 1, sent.end)):
            named = index.mention_at(i)
            if named is None or named.key != key:
                continue
            if first <= i <= last or doc[i].dep_ not in _NAMING_DEPS:
                return None
        return key
    named = {index.mention_at(c.i).key for c in subject.children if c.dep_ == "appos" and index.mention_at(c.i)}
    return named.pop() if len(named) == 1 else None


# Where a name may stand in the sentence of a pronoun that refers to it: a subject, or its apposition.
_NAMING_DEPS = frozenset({"nsubj", "nsubjpass", "appos", "compound"})


def quoted_speaker(doc, tok, index, lexicon: Lexicon) -> str | None:
    """The entity key of the speaker whose quotation holds the first-person ``tok``, or None.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed document.
    tok : spacy.tokens.Token
        A token of ``doc``; only "I", "me", "we" and "us" inside a quotation are read.
    index : EntityIndex
        The document's mentions and references.
    lexicon : Lexicon
        Its ``speech_verbs`` table names the verbs of saying.
    """
    if tok.lower_ not in FIRST_PERSON or tok.pos_ != "PRON":
        return None
    runs = quotation_runs(doc)
    run = runs.get(tok.i)
    if run is None:
        return None
    first, last = run
    lo, hi = doc[first].sent.start, doc[last].sent.end
    speech = _speech_verbs(lexicon)
    keys = set()
    for verb in doc[lo:hi]:
        if verb.i in runs or verb.pos_ != "VERB" or verb.lemma_.lower() not in speech:
            continue
        for subject in verb.children:
            if subject.dep_ in _SUBJECT_DEPS and subject.i not in runs:
                keys.add(_speaker_key(subject, index, first, last))  # None: unnamed, a rival all the same
    return keys.pop() if len(keys) == 1 and None not in keys else None
