"""How a news text names the speaker of a quotation beyond a verb of saying and its subject.

:mod:`extract.relations.speakers` reads the speaker off a verb of saying beside the quotation.
This module holds the other cues a reader takes, each read off grammar and closed word classes:

- an inverted attribution the parser misread ('"...", Caloundra coach Geoff Ingram said': the
  title before the name taken for a verb, the verb of saying left with no subject): the name
  right before the verb, set off from the quotation by punctuation, is its subject, and the
  title's "verb" makes no relation;
- the verb of saying that governs the quotation, where the sentence names two speakers
  ('X said Y told him: "..."': Y's verb has the quotation for its complement);
- a quotation that names a thing, not speech: the title of a work or an event in apposition
  to a noun ('his event, "Storm Area 51, They Can't Stop All of Us", was posted'), or written in
  title case; its "us" is no one's;
- a speaker "he" or "she" that coreference left unresolved or took for a name inside the
  quotation is the one person the sentence before names;
- a lead-in: a quotation of whole sentences with no verb of saying follows, in the same
  paragraph, a sentence whose subject is one person and that names no other person
  ('Then 19, she looked at the role as a chance. "I was in an extremely competitive program."');
- a discourse filler inside a quotation ("I mean, just a ball of flames", "it was, you know,
  hard"): a pronoun and a verb of ``data/discourse_fillers.txt`` set off by punctuation say
  nothing of the world and make no relation.
"""

from __future__ import annotations

from ..doccache import doc_text
from ..lexicon import Lexicon

__all__ = [
    "discourse_filler", "governing_verbs", "inverted_name", "lead_in_subject", "misread_title", "names_a_thing",
    "pronoun_speaker",
]

# Punctuation that sets a filler off ("I mean, ...", "... — you know — ...", "you know?").
_FILLER_BREAKS = frozenset({",", "—", "–", "-", "--", "...", "…", "?", ".", "!", ";", ":"})
# How far back from a verb of saying an inverted attribution's title and name may reach.
_MAX_ATTRIBUTION = 7
# Dependencies by which a quotation names the noun it stands beside ("his event, "Storm Area 51"").
_NAMING_DEPS = frozenset({"appos", "compound"})
# The most tokens of a quotation read as a title by its apposition.
_MAX_TITLE = 12
# A person spoken of in the quotation as its subject or object ("He is a danger"; not a possessive "his").
_THIRD_PERSON = frozenset({"he", "she", "him", "himself", "herself"})


def discourse_filler(verb, lexicon: Lexicon) -> bool:
    """Is ``verb`` the verb of a discourse filler ("I mean", "you know")?

    The pronoun stands right before the verb, the pair is in ``data/discourse_fillers.txt``, and
    punctuation follows the verb or ends the clause it opens ("you know?"); "I mean what I say"
    and "you know the rules" are no fillers.
    """
    doc = verb.doc
    if verb.i == 0 or verb.i + 1 >= len(doc):
        return False
    pair = f"{doc[verb.i - 1].lower_} {verb.lower_}"
    if pair not in lexicon.word_sets["discourse_fillers"]:
        return False
    return doc[verb.i + 1].text in _FILLER_BREAKS


def inverted_name(verb, runs, index):
    """The token of the name just before a verb of saying with no subject ('"...", Caloundra coach
    Geoff Ingram said'), set off from a quotation by punctuation, or None.

    The words between the punctuation and the verb are a title and a name the parser misread (the
    title taken for a verb); the last of them is part of a named mention.
    """
    doc = verb.doc
    name = doc[verb.i - 1] if verb.i > 0 else None
    if name is None or name.i in runs or index.mention_at(name.i) is None:
        return None
    start = name.i
    while start > verb.sent.start and not doc[start - 1].is_punct and name.i - start < _MAX_ATTRIBUTION:
        start -= 1
    if start <= verb.sent.start or not doc[start - 1].is_punct:
        return None
    # the punctuation closes a quotation: a quoted token lies among the marks just before it
    before = doc[max(verb.sent.start, start - 3):start]
    if not any(t.i in runs for t in before):
        return None
    if any(t.pos_ in ("VERB", "AUX") and t.lemma_.lower() == verb.lemma_.lower() for t in doc[start:name.i]):
        return None
    return name


def misread_title(verb, runs, index, lexicon: Lexicon) -> bool:
    """Is ``verb`` a word of an inverted attribution's title the parser took for a verb ('"...",
    Caloundra coach Geoff Ingram said': no one coached anyone)?"""
    head = verb.head
    if head.i == verb.i or head.i in runs or head.lemma_.lower() not in lexicon.tables["speech_verbs"]:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return False
    name = inverted_name(head, runs, index)
    return name is not None and verb.i < name.i and not any(t.is_punct for t in verb.doc[verb.i:name.i])


def governing_verbs(doc, run: tuple[int, int], runs) -> set[int]:
    """Positions of the verbs outside the quotations on which a word of ``run`` hangs directly
    (the verb whose complement or object the quotation is)."""
    first, last = run
    return {doc[i].head.i for i in range(first, last + 1) if doc[i].head.i not in runs and not doc[i].is_punct}


def names_a_thing(doc, run: tuple[int, int], runs) -> bool:
    """Does the quotation ``run`` name a thing (a title, an event) rather than quote speech?

    It is short, inside one sentence, and in apposition to a noun before it; or its words are in
    title case
    (every word of four letters or more capitalised, three or more of them).
    """
    first, last = run
    short = last - first < _MAX_TITLE and doc[first].sent.start == doc[last].sent.start
    for i in range(first, last + 1 if short else first):
        tok = doc[i]
        head = tok.head
        if head.i not in runs and tok.dep_ in _NAMING_DEPS and head.pos_ in ("NOUN", "PROPN") and head.i < first:
            return True
    words = [t for t in doc[first:last + 1] if t.is_alpha and len(t) >= 4]
    return len(words) >= 3 and all(t.text[0].isupper() for t in words)


def lead_in_subject(doc, run: tuple[int, int], runs, index, lexicon: Lexicon):
    """The subject of the sentence that leads in to a quotation with no attribution, or None.

    The quotation starts its sentence; the sentence before it in the same paragraph has a
    subject that is one person (a name, or a pronoun resolved to one), and names no other person
    (:func:`_sole_person`); the quotation speaks of no one as "he" or "she" (a quotation about the
    person is someone else's) and does not name that person.
    """
    first, last = run
    sent = doc[first].sent
    if any(not t.is_punct and not t.is_space and t.i not in runs for t in doc[sent.start:first]):
        return None  # words before the quotation in its sentence
    found = _sole_person(_sentence_before(doc, sent), index, lexicon)
    if found is None or _spoken_of(doc, run, index, found[1]):
        return None
    if any(doc[i].lower_ in _THIRD_PERSON for i in range(first, last + 1)):
        return None
    return found[0]


def pronoun_speaker(subject, run: tuple[int, int], runs, index, lexicon: Lexicon, *,
                    resolved: bool = False) -> str | None:
    """The person a speaker "he" or "she" that coreference left unresolved stands for, or None.

    With ``resolved``, coreference's entity was refused (a name inside the quotation) and is ignored.

    '"This director doesn't know me," she recalls thinking': the sentence before, in the same
    paragraph, has one person for its subject and names no other (:func:`_sole_person`);
    the pronoun's own sentence names no one outside the quotation, the quotation does not name
    that person, and no pronoun of the other gender was resolved to the person before.
    """
    pronoun = subject.lower_
    if pronoun not in _GENDERS or not resolved and index.reference_at(subject.i) is not None:
        return None
    doc = subject.doc
    sent = subject.sent
    if any(index.mention_at(i) is not None for i in range(sent.start, sent.end) if i not in runs):
        return None
    found = _sole_person(_sentence_before(doc, doc[min(run[0], sent.start)].sent), index, lexicon)
    if found is None or _spoken_of(doc, run, index, found[1]):
        return None
    key = found[1]
    for i in range(subject.i):
        ref = index.reference_at(i)
        if ref is not None and ref.keys == (key,) and doc[i].lower_ in _GENDERS and (
                _GENDERS[doc[i].lower_] != _GENDERS[pronoun]):
            return None
    return key


_GENDERS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}


def _sentence_before(doc, sent):
    """The sentence before ``sent`` in the same paragraph, or None."""
    if sent.start == 0:
        return None
    before = doc[sent.start - 1].sent
    end = max((t for t in before if not t.is_space), key=lambda t: t.i, default=before[0])
    if "\n" in doc_text(doc)[end.idx + len(end):doc[sent.start].idx]:
        return None  # a new paragraph
    return before


def _sole_person(before, index, lexicon: Lexicon):
    """(subject token, key) of a sentence whose subject is one person and that names no other
    person, by a name or a common noun for people ("met the families", "told reporters"), or None."""
    if before is None:
        return None
    doc = before.doc
    root = before.root
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or root.pos_ not in ("VERB", "AUX"):
        return None
    key = _person_key(subjects[0], index)
    if key is None:
        return None
    for i in range(before.start, before.end):
        other = _person_key(doc[i], index)
        if other is not None and other != key:
            return None
    subject = set(range(subjects[0].left_edge.i, subjects[0].right_edge.i + 1))
    if any(i not in subject and _people_noun(doc[i], lexicon) for i in range(before.start, before.end)):
        return None
    return subjects[0], key


def _spoken_of(doc, run: tuple[int, int], index, key: str) -> bool:
    """Does the quotation ``run`` name the entity ``key``?"""
    return any((m := index.mention_at(i)) is not None and m.key == key for i in range(run[0], run[1] + 1))


def _people_noun(tok, lexicon: Lexicon) -> bool:
    """Is ``tok`` a common noun for people (a person, an agent, a role: "families", "reporters")?"""
    if tok.pos_ != "NOUN":
        return False
    lemma = tok.lemma_.lower()
    words = lexicon.word_sets
    return (lemma in lexicon.actors.roles or tok.lower_ in lexicon.actors.roles
            or any(lemma in words[name] or tok.lower_ in words[name] for name in _PEOPLE_LISTS))


_PEOPLE_LISTS = ("person_nouns", "agent_nouns", "actor_nouns", "speaker_nouns")


def _person_key(tok, index) -> str | None:
    """The key of the one person ``tok`` names or is resolved to, or None."""
    mention = index.mention_at(tok.i)
    if mention is not None:
        key = mention.key
    else:
        ref = index.reference_at(tok.i)
        if ref is None or len(ref.keys) != 1:
            return None
        key = ref.keys[0]
    entity = index[key] if key in index else None
    return key if entity is not None and entity.type == "PERSON" else None
