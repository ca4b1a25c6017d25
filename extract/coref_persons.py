"""Person pronouns: "he", "she", "his", "him" resolved to a named person, or left unresolved.

:mod:`extract.coref` calls :func:`person_antecedent` for every person pronoun
outside a quotation. The rules, in order:

- a possessive in a phrase that belongs to a noun ("a man in his forties", "the
  officer and his wife") belongs to that noun: a named person, or nobody the
  article names when the noun is a common noun for a person;
- the subject of the pronoun's own clause, or of the clause that reports it
  ("X said he ...", "X lost his job"), is the antecedent of a subject or a
  possessive; an object ("him", "her") is never its own clause's subject
  ("Y, a chef named X, chased him": not X);
- else the nearest salient person in this sentence and the two before: a
  subject before an object before any other noun, a pronoun already resolved
  counting as its person. A common noun for one person ("the officer", "a
  man") or a name the tagger missed standing as a subject where no named person
  is as salient, or two named persons as salient, leave the pronoun unresolved.

Gender is read off the pronouns themselves: a person "she" was resolved to
is not what a later "he" refers to, and the other way round. Where the text
states a person's gender (a title or noun before the name, "Mr Jones", "his
wife Mary"; a noun in apposition or after "is a", "X, a spokeswoman"; words in
``data/gendered_words.tsv``), that decides: "Mr Jones said she ..." is not Jones.
"""

from __future__ import annotations

import functools

from spacy.attrs import DEP, ORTH

from .coref_bound import understood_subject
from .doccache import doc_span, sentence_bounds, span_text, token_column
from .coref_common import _following_subject, _role
from .lexicon.core import DATA_DIR
from .lexicon.readers import Schema, read_rows
from .syntax import NOMINAL_SUBJECT_DEPS

__all__ = ["gendered_words", "person_antecedent", "person_words", "pronoun_gender", "stated_genders"]

_MASCULINE = frozenset({"he", "him", "his", "himself"})
_FEMININE = frozenset({"she", "her", "hers", "herself"})
# Dependencies of a pronoun that is an object: it cannot be its own clause's subject.
_OBJECT_DEPS = frozenset({"dobj", "dative", "pobj", "iobj", "oprd"})
# Links a possessive's phrase climbs to the noun it belongs to ("a man in his forties").
_SINGULAR_TAGS = frozenset({"NN", "NNP"})
_UP_LINKS = frozenset({"pobj", "conj", "dobj"})
_NAMED_TAGS = frozenset({"NNP"})
_WORD_LISTS = ("person_nouns", "speaker_nouns")
# How many pronouns of one gender make a person's gender known.
_GENDER_EVIDENCE = 2
# Quotation marks: a straight one opens or closes as it falls.
_OPENING = frozenset({"“", "«"})
_CLOSING = frozenset({"”", "»"})
_QUOTES = _OPENING | _CLOSING | {'"'}
_GENDER_SCHEMA = Schema("gendered_words.tsv", ("word", "gender"))
_GENDERS = ("m", "f")


@functools.cache
def gendered_words() -> dict[str, str]:
    """The words of ``data/gendered_words.tsv`` that state a person's gender: word -> ``"m"`` or ``"f"``.

    Raises
    ------
    LexiconError
        On a gender other than m or f, naming the file and line.
    """
    words = {}
    for row in read_rows(DATA_DIR / _GENDER_SCHEMA.file, _GENDER_SCHEMA):
        word, gender = row.cells
        if gender not in _GENDERS:
            raise row.error(f"gender {gender!r} is not one of {', '.join(_GENDERS)}")
        words[word.casefold()] = gender
    return words


def _listed(noun) -> bool:
    """Is the "apposition" ``noun`` an item of a list ("Trump himself, his wife, and son Barron")?"""
    doc = noun.doc
    after = noun.right_edge.i + 1
    if after < len(doc) and doc[after].text == ",":
        after += 1
    return any(c.dep_ == "conj" for c in noun.children) or (
        after < len(doc) and doc[after].lower_ in ("and", "or") and doc[after].sent == noun.sent)


def _gender_cues(doc, mention):
    """The tokens that may state the gender of ``mention``'s person: its first word and the one before it
    ("Mr Jones", "his wife Mary"), nouns in apposition to it (not items of a list), the noun after its
    "is a"."""
    root = doc_span(doc, mention.token_start, mention.token_end).root
    cues = [doc[mention.token_start]]
    if mention.token_start > 0:
        cues.append(doc[mention.token_start - 1])
    cues += [c for c in root.children if c.dep_ == "appos" and not _listed(c) and not _listed(root)]
    if root.dep_ == "appos" and not _listed(root) and not _listed(root.head):
        cues.append(root.head)
    if root.dep_ in NOMINAL_SUBJECT_DEPS and root.head.lemma_ == "be":
        cues += [c for c in root.head.children if c.dep_ == "attr"]
    return cues


def stated_genders(doc, mentions, is_person) -> dict[str, str]:
    """The gender the text states of each person: key -> ``"m"`` or ``"f"``; none for a person stated both ways.

    Parameters
    ----------
    doc : spacy.tokens.Doc
    mentions : sequence
        The article's mentions (``key``, ``token_start``, ``token_end``).
    is_person : callable
        True for the key of a person.
    """
    words = gendered_words()
    found: dict[str, set[str]] = {}
    for mention in mentions:
        if not is_person(mention.key):
            continue
        for tok in _gender_cues(doc, mention):
            gender = words.get(tok.lower_)
            if gender is None and tok.pos_ == "NOUN":
                gender = words.get(tok.lemma_.lower())
            if gender is not None:
                found.setdefault(mention.key, set()).add(gender)
    return {key: next(iter(genders)) for key, genders in found.items() if len(genders) == 1}


def pronoun_gender(word: str) -> str | None:
    """``"m"`` or ``"f"`` for a third-person pronoun of a person ("he", "her", "himself"), else None."""
    word = word.lower()
    return "m" if word in _MASCULINE else "f" if word in _FEMININE else None


def person_words(lexicon) -> frozenset[str]:
    """The common nouns for one person (``data/person_nouns.txt``, ``data/speaker_nouns.txt``)."""
    words = set()
    for name in _WORD_LISTS:
        words |= lexicon.word_sets.get(name, frozenset())
    return frozenset(words)


class _Persons:
    """What the article's person pronouns can refer to, as the resolver has read it so far."""

    __slots__ = ("res", "words", "genders", "stated")

    def __init__(self, res):
        self.res = res
        self.words = person_words(res.lexicon)
        # the genders each person was referred to by, from the pronouns resolved so far
        self.genders: dict[str, dict[str, int]] = {}
        doc = res.doc
        for head, keys in res.anaphors:
            gender = pronoun_gender(span_text(doc, head, head + 1))  # doc[head].text, with no Token made
            if gender and len(keys) == 1:
                counts = self.genders.setdefault(keys[0], {})
                counts[gender] = counts.get(gender, 0) + 1
        # the gender the text states ("Mr Jones", "his wife Mary"): it decides over the pronouns
        stated = res.stated_genders
        if stated is None:
            stated = res.stated_genders = stated_genders(doc, res.mentions, self.is_person)
        self.stated = dict(stated)  # a copy: the possessives below add to it
        kin = gendered_words()
        for head, keys in res.anaphors:
            # "Smith and his wife": a possessive before a gendered noun for a relative gives its person's gender
            gender = pronoun_gender(span_text(doc, head, head + 1))
            if not gender or len(keys) != 1:
                continue
            tok = doc[head]
            if tok.dep_ == "poss" and tok.head.lemma_.lower() in kin:
                if self.stated.setdefault(keys[0], gender) != gender:
                    self.stated[keys[0]] = None

    def is_person(self, key: str) -> bool:
        entity = self.res.entities.get(key)
        return entity is not None and entity.type == "PERSON"

    def agrees(self, key: str, gender: str | None) -> bool:
        """False only for a person referred to twice or more by the other gender's pronouns and
        never by this one's (a single resolution may be wrong: it does not fix a gender), and for a person
        the text gives the other gender ("Mr Jones", "his wife Mary")."""
        stated = self.stated.get(key)
        if gender is not None and stated:
            return stated == gender
        known = self.genders.get(key)
        return gender is None or not known or gender in known or sum(known.values()) < _GENDER_EVIDENCE

    def keys_of(self, tok):
        """What a noun token stands for: a person's keys, ``()`` for a person the article does
        not name (a common noun for one person, a name the tagger missed), None for anything else."""
        res = self.res
        m = res.token_mention[tok.i]
        if m >= 0:
            key = res.mentions[m].key
            if self.is_person(key):
                return (key,)
            # a name the tagger read as a person's but the article's votes typed otherwise: a doubt
            return () if tok.ent_type_ == "PERSON" else None
        keys = res.resolved.get(tok.i)
        if keys is not None:
            return keys if len(keys) == 1 and self.is_person(keys[0]) else None
        if tok.pos_ == "PRON":
            return None
        if tok.tag_ in _SINGULAR_TAGS and tok.lower_ in self.words:
            # "James Ford, a convicted murderer": the person the noun is in apposition to
            named = [t for t in (tok.head, *tok.children) if (t.dep_ == "appos" or tok.dep_ == "appos")
                     and t.i != tok.i and res.token_mention[t.i] >= 0]
            # "the attacker, identified as X", "a chef named X": the person a participle names
            named += [t for c in tok.children if c.dep_ == "acl" for t in c.subtree
                      if res.token_mention[t.i] >= 0 and self.is_person(res.mentions[res.token_mention[t.i]].key)]
            return self.keys_of(named[0]) if named else ()
        if tok.tag_ in _NAMED_TAGS and tok.dep_ in NOMINAL_SUBJECT_DEPS and tok.ent_type_ in ("", "PERSON"):
            return ()  # a subject name the tagger missed ("Later on Tuesday Mitsotakis met ...")
        return None


def _owner(persons: _Persons, tok):
    """The person keys of the noun a possessive's phrase belongs to, ``()`` for an unnamed
    person, or None when the phrase hangs off no noun for a person."""
    noun = tok.head
    for _ in range(4):
        if noun.dep_ not in _UP_LINKS or noun.head is noun:
            return None
        up = noun.head
        if noun.dep_ in ("pobj", "dobj"):  # "a man in his forties", "a murderer nearing the end of his term"
            if up.dep_ not in ("prep", "acl") or up.head is up:
                return None
            up = up.head
        if up.pos_ not in ("NOUN", "PROPN"):
            return None
        keys = persons.keys_of(up)
        if keys is not None:
            return keys
        noun = up
    return None


def _is_object(tok) -> bool:
    """An object pronoun ("him"), which is never its own clause's subject; a reflexive ("himself")
    is, and counts with the subjects and possessives."""
    return tok.dep_ in _OBJECT_DEPS and not tok.lower_.endswith("self")


def _in_subject_of_clause(tok, other) -> bool:
    """Is token ``other`` inside the subject phrase of ``tok``'s own clause?"""
    verb = tok.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
        verb = verb.head
    # "X met Y and urged him": a conjoined verb without a subject of its own shares its head verb's subject
    while (verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX")
           and not any(c.dep_ in NOMINAL_SUBJECT_DEPS for c in verb.children)):
        verb = verb.head
    return any(
        c.dep_ in NOMINAL_SUBJECT_DEPS and c.left_edge.i <= other.i <= c.right_edge.i for c in verb.children
    ) or understood_subject(verb, other)  # "X criticised Y, calling him ...": not X (extract/coref_bound.py)


def _candidates(persons: _Persons, tok, window: int):
    """(score, keys) of every person that could be the antecedent of ``tok``, nearest first:
    named mentions, resolved pronouns and unnamed persons (keys ``()``) standing as subjects."""
    res = persons.res
    doc, sent_of = res.doc, res.sent_of
    here = sent_of[tok.i]
    is_object = _is_object(tok)
    first = sentence_bounds(doc, tok.i)[0]
    for _ in range(window):
        if first == 0:
            break
        first = sentence_bounds(doc, first - 1)[0]
    found = []
    seen = set()
    quoted = False
    # a word that is no quotation mark, named mention, resolved reference or subject is passed over unread
    strings = doc.vocab.strings
    orths, deps = token_column(doc, ORTH), token_column(doc, DEP)
    quotes, subjects = {strings[q] for q in _QUOTES}, {strings[d] for d in NOMINAL_SUBJECT_DEPS}
    token_mention, resolved = res.token_mention, res.resolved
    for i in range(first, tok.i):
        if token_mention[i] < 0 and orths[i] not in quotes and deps[i] not in subjects and i not in resolved:
            continue
        t = doc[i]
        if t.text in _QUOTES:
            quoted = t.text in _OPENING or (t.text not in _CLOSING and not quoted)
            continue
        if is_object and _in_subject_of_clause(tok, t):
            continue  # "another, a chef named X, chased him": not X
        m = res.token_mention[t.i]
        if m >= 0:
            mention = res.mentions[m]
            if t.i != doc_span(doc, mention.token_start, mention.token_end).root.i:
                continue
            keys = persons.keys_of(t)
        elif t.i in res.resolved:
            keys = persons.keys_of(t)
        elif t.dep_ in NOMINAL_SUBJECT_DEPS:
            keys = persons.keys_of(t)
        else:
            continue
        if keys is None or t.i in seen or (quoted and not keys):
            continue  # an unnamed person in a quotation ("Only God ...", "the officer") is not the narrative's
        seen.add(t.i)
        place = t.head if t.dep_ == "poss" and t.pos_ == "PRON" else t
        while place.dep_ == "conj" and place.head is not place:
            place = place.head  # "X and Y met": both subjects
        role = _role(place)
        found.append(((-(here - sent_of[t.i]), role), keys))
    return found


def person_antecedent(res, tok, window: int) -> list[str]:
    """The keys a person pronoun refers to, or ``[]`` when the text does not decide.

    Parameters
    ----------
    res : extract.coref._Agreement
        The article's resolver (mentions, entities, resolved anaphors, sentence numbers).
    tok : spacy.tokens.Token
        The pronoun ("he", "his", "her" ...), outside any quotation.
    window : int
        How many sentences back the antecedent may stand.

    Returns
    -------
    list of str
        One person's key, or nothing.
    """
    persons = _Persons(res)
    gender = pronoun_gender(tok.text)
    before = res.doc[tok.i - 1] if tok.i > 0 else None
    if tok.lower_.endswith("self") and before is not None and (
            res.token_mention[before.i] >= 0 or before.pos_ == "PROPN"
            or (before.pos_ == "NOUN" and tok.head.i == before.i)):
        keys = persons.keys_of(before)  # "Trump himself": the emphatic reflexive's noun
        return list(keys) if keys else []
    if tok.dep_ == "poss":
        following = _following_subject(res.doc, tok)
        possessor = next((c for c in following.children if c.dep_ == "poss"), None) if following is not None else None
        if possessor is not None and res.token_mention[possessor.i] >= 0:
            keys = persons.keys_of(possessor)  # "By the time of his death, X's reign was ..."
            if keys:
                return list(keys)
        owner = _owner(persons, tok)
        if owner is not None:
            return list(owner) if owner and persons.agrees(owner[0], gender) else []
    if not _is_object(tok):
        subject = res._clause_subject(tok)
        if subject is not None and subject.tag_ == "WP" and subject.head.dep_ == "relcl":
            subject = subject.head.head  # "the lawyer who represented ...": the noun "who" stands for
        if subject is not None:
            keys = persons.keys_of(subject)
            if keys is None and res.token_mention[subject.i] >= 0:
                return []  # a named organisation or place is the clause's subject: the text does not say
            if keys is not None:
                return list(keys) if keys and persons.agrees(keys[0], gender) else []
    ranked = [(score, keys) for score, keys in _candidates(persons, tok, window)
              if not keys or persons.agrees(keys[0], gender)]
    if not ranked:
        return []
    best = max(score for score, _keys in ranked)
    top = {keys for score, keys in ranked if score == best}
    if len(top) > 1 and gender is not None and () not in top:
        # as salient: the one the article already called "he" ("she") continues
        known = {keys for keys in top
                 if gender in persons.genders.get(keys[0], {}) or persons.stated.get(keys[0]) == gender}
        top = known if len(known) == 1 else top
    if len(top) != 1 or () in top:
        return []  # two persons as salient, or a person the article does not name
    return list(next(iter(top)))
