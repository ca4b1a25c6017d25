"""Who keeps speaking, and who a plural pronoun cannot be: three tests of number and kind for "it" and "they".

- A speaker goes on: "The ministry called on drivers to "not forget that the health of others depends
  on you." It also urged ...": the subject of a verb of saying (``data/speech_verbs.tsv``,
  ``data/quotation_verbs.txt``) is a speaker, and a noun inside an earlier quotation ("the health") is
  what the speaker said, not a speaker; :func:`says` tells such a pronoun, and the resolver then leaves
  quoted nouns out of the competing common nouns.
- A quantified speaker: "Some of the protesters Wikinews interviewed said they ...", "Many said their
  ...": the subject that reports the pronoun is a quantifier standing for a group the article does not
  name, so the pronoun is that group (:func:`quantifier_subject`), not a name inside its phrase.
- A singular "they": "Congress voted to hold a Cabinet officer in contempt while they were in office":
  a noun for one person (``data/person_nouns.txt``, ``data/speaker_nouns.txt``) between an
  organisation and a plural pronoun may be what the pronoun is (:func:`person_noun_between`);
  an organisation takes "they" ("the police said they ...") only when no such noun stands between.
- An object "them" is never its own clause's subject ("Barr and Ross refused ... the committee voted to
  refer them"): :func:`object_them` tells such a pronoun, which only coordinated names before it
  can be, and only when no plural common noun stands between ("Russia and Turkey signed the agreements.
  The UN welcomed them": the agreements, :func:`plural_noun_between`).
- A part is not the place: "the town of Khan Sheikhun" describes the town, "the coast of Antarctica" and
  "the outskirts of Kabul" do not (:func:`part_of_place`): only a noun for a kind of place
  (``data/place_nouns.txt``, ``data/area_nouns.txt``), an agent noun ("the government of X",
  ``data/agent_nouns.txt``) or a class noun names a place in "the N of X".
"""

from __future__ import annotations

from .coref_persons import person_words
from .syntax import NOMINAL_SUBJECT_DEPS

__all__ = [
    "object_them", "part_of_place", "person_noun_between", "plural_noun_between", "quantified_group",
    "quantifier_subject", "says",
]

# Quantifiers that stand for a part of a group as a subject ("Some of them said", "Many said"); "both"
# and "all" can stand for a pair or group the article names, and are left to the other rules.
_GROUP_QUANTIFIERS = frozenset({"some", "many", "most", "several", "few", "others", "those", "these", "none"})
_SINGULAR_TAGS = frozenset({"NN"})
_PLACE_KINDS = frozenset({"GPE", "LOC", "FAC"})
# Where a common noun stands as a candidate antecedent (not an adverbial "minutes before").
_NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "conj", "dative"})


def object_them(tok) -> bool:
    """Whether ``tok`` is "them" as an object (of a verb or a preposition)."""
    return tok.lower_ == "them" and tok.dep_ in ("dobj", "dative", "pobj")


def plural_noun_between(res, start: int, tok) -> bool:
    """Whether a plural common noun no name stands for lies after token ``start`` and before ``tok``
    as a subject, an object or after a preposition: it may be what an object "them" is."""
    return any(
        t.pos_ == "NOUN" and t.tag_ == "NNS" and res.token_mention[t.i] < 0 and t.dep_ in _NOUN_DEPS
        and t.i not in res.resolved
        for t in res.doc[start + 1 : tok.i]
    )


def part_of_place(noun, entity_type: str, lexicon) -> bool:
    """Whether ``noun`` in "the <noun> of <place>" names a part of the place rather than the place
    ("the coast of Antarctica", not "the town of Khan Sheikhun"); for other kinds, False."""
    if entity_type not in _PLACE_KINDS:
        return False
    lemma = noun.lemma_.casefold()
    words = lexicon.word_sets
    return not (
        lemma in words["place_nouns"] or lemma in words["area_nouns"] or lemma in words["agent_nouns"]
        or lemma in lexicon.tables["class_nouns"]
    )  # "the government of Samoa" stays the country's, as the country's actor nouns do elsewhere


def says(tok, lexicon) -> bool:
    """Whether the pronoun ``tok`` is the subject of a verb of saying ("It also urged", "They added")."""
    if tok.dep_ not in NOMINAL_SUBJECT_DEPS:
        return False
    verb = tok.head
    lemma = verb.lemma_.casefold()
    return verb.pos_ == "VERB" and (
        lemma in lexicon.tables["speech_verbs"] or lemma in lexicon.word_sets["quotation_verbs"]
    )


def quantifier_subject(subject) -> bool:
    """Whether a clause's subject is a quantifier for part of a group ("Some of the protesters", "Many")."""
    return subject.lower_ in _GROUP_QUANTIFIERS and subject.pos_ in ("PRON", "DET", "ADJ", "NOUN")


def quantified_group(res, subject) -> list[str]:
    """The keys "they" takes when its reporting subject is a quantifier (:func:`quantifier_subject`): the
    one people or organisation named after its "of" ("Many of the Kurds said they"), else none."""
    token_mention = res.token_mention
    named = [
        token_mention[t.i] for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"
        for t in c.children if t.dep_ == "pobj" and token_mention[t.i] >= 0
    ]
    keys = [res.mentions[named[0]].key] if len(named) == 1 else []
    return keys if res._agrees(keys, True) else []


def person_noun_between(res, start: int, tok) -> bool:
    """Whether a singular common noun for one person stands after token ``start`` and before the
    plural pronoun ``tok``, in its sentence ("... a Cabinet officer in contempt while they ...").

    Parameters
    ----------
    res : extract.coref._Agreement
        The article's resolver.
    start : int
        The last token of the organisation the pronoun would refer to.
    tok : spacy.tokens.Token
        The pronoun.
    """
    persons = person_words(res.lexicon)
    first = max(start + 1, tok.sent.start)
    return any(
        t.tag_ in _SINGULAR_TAGS and res.token_mention[t.i] < 0 and t.lemma_.casefold() in persons
        and t.i not in res.resolved
        for t in res.doc[first : tok.i]
    )
