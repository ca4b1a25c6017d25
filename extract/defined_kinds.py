"""Types a sentence defines for a name: "X is an organisation", "X, which is a software company", and a name
listed among organisations.

The tagger types an unseen name by its look ("Faithess Hijabi" PERSON, "Zorbex" NORP, "Mediaite" PERSON); news
often says outright what the name is:

- **a definition by the copula**: the name is the subject of "be" whose complement is an indefinite noun of
  ``data/context_nouns.tsv`` ("Faithess Hijabi is an organisation which helps ...", "Kelmora was a small fishing
  village"), or the name's relative clause says so ("Zorbex, which is a small software company, said"): the
  noun's type (a place, a body, a facility or an event; a person's noun says as much of firms and
  countries: "is a major player", "is a key ally"). Not a negated copula ("X is not a company"), not a noun with an "of" or "to" phrase ("X is a member
  of NATO", "a subsidiary of", "a party to": a relation, no kind). A plural name that "are" a noun of
  ``data/people_kind_nouns.txt`` is a people, NORP ("the Narikuravars are a nomadic community"; a town "is a
  small community"), not a product's noun (a name is no product
  here: "Tesla is a car" is the make's figure of speech);
- **a name listed among organisations**: a name of one to three capitalised words the tagger took for a
  person, a place or a people, in a list ("A, B, C and D") of three names or more beside it that are all
  organisations (tagged ORG or the knowledge base's organisations only), two of them or more known to the
  knowledge base or the actor dictionaries as organisations: "Newsweek, Politico, The Hill, Mediaite and
  TMZ published stories". Never a name that reads as a person's, that starts with a given name, or that the
  tables know as another kind;
- **a speaker who is "he" or "she"**: a name of two or three capitalised words that is the subject of a verb of
  saying (``data/speech_verbs.tsv``) whose reported clause has "he" or "she" for its own subject ("Chester
  Bexley said he would appeal", "Paris Hilton told reporters she was proud"): a person (a body is "it" or
  "they"); never a name the knowledge base or the dictionaries know as another kind, a country or a place of
  the gazetteer, or a name with a body's head word ("the Zetland Council said he had been dismissed" reports
  on someone else) (:func:`gendered_speaker`);
- **a person whose surname is a head word**: a name of two or three capitalised words whose last word makes
  it a facility or a place ("Castle", "Hall", "Park", "Hill") is a person where a person's noun or a title
  stands bound to it ("presidential nominee Darrell Castle", "Darrell Castle, a lawyer"), when the tables know
  the whole name as nothing (no knowledge-base entry, no organisation of the dictionaries, no gazetteer place):
  the title outweighs the head word (:func:`titled_surname_head`, asked by :mod:`extract.entities`).
- **a work by its author**: a name right before "by" and a person's tagged name ("The Atheist Muslim by Ali
  Rizvi", "Homo Deus by Yuval Noah Harari") is a book's, a film's or a song's title, no actor: never a name
  after a preposition ("the shooting of George Floyd by X", "the attack on X by Y": the agent of a deed), a
  name the verb of a passive governs ("X was criticised by Y"), a name that reads as a person's, or one the
  tables know (:func:`authored_work`, asked by :func:`extract.entity_context.names_work`).

:func:`defined_kind` is called by :func:`extract.entity_context.context_evidence` (a strong reading).
"""

from __future__ import annotations

from .doccache import doc_span
from .lexicon import Lexicon

__all__ = ["authored_work", "copula_kind", "defined_kind", "gendered_speaker", "listed_body", "titled_surname_head"]

#: Types a copula's noun gives a name ("X is a town" GPE); a product's noun gives none, nor a person's: "is a
#: major player", "is a key ally", "is a leader in" say so of countries and firms too.
_DEFINED_TYPES = frozenset({"ORG", "GPE", "LOC", "FAC", "EVENT"})
#: A plural copula: a people's name is plural ("the Narikuravars are a community"); a town "is a community".
_PLURAL_COPULAS = frozenset({"are", "were"})
#: Prepositions after a definition's noun that make it a relation: "a member of", "a party to".
_RELATION_PREPOSITIONS = frozenset({"of", "to"})
#: Determiners of a definition: "is an organisation", not "is the organisation" (often a role: "is the party
#: that won") nor "is our partner".
_INDEFINITE = frozenset({"a", "an"})
#: Relative pronouns of a defining clause: "X, which is a company".
_RELATIVES = frozenset({"which", "that", "who"})
#: How many other listed names a list of organisations holds, and how many of them the tables know.
_LISTED_BODIES = 3
_KNOWN_BODIES = 2
#: The words between two listed names: ", and the".
_LIST_GLUE = frozenset({",", "and", "or", "the"})
_LIST_GAP = 3
#: A listed name is short: "Mediaite", "Time Magazine".
_LISTED_WORDS = 3


def _complement(verb, te: int):
    """The indefinite noun complement of a copula ``verb`` after the name's end ``te``, or None."""
    if verb.lemma_ != "be" or any(c.dep_ == "neg" for c in verb.children):
        return None
    for child in verb.children:
        if child.dep_ == "attr" and child.i >= te and child.pos_ == "NOUN":
            if any(d.lower_ in _INDEFINITE and d.dep_ == "det" for d in child.children):
                return child
    return None


def _defined_type(noun, lexicon: Lexicon) -> str | None:
    """The type ``data/context_nouns.tsv`` gives a definition's noun, or None for a relation ("a member of")."""
    from .entity_context import _noun_type

    if any(c.dep_ == "prep" and c.lower_ in _RELATION_PREPOSITIONS for c in noun.children):
        return None  # "a member of NATO", "a subsidiary of Y", "a party to the suit": a relation, no kind
    kind = _noun_type(noun, lexicon)
    return kind if kind in _DEFINED_TYPES else None


def _people_defined(verb, noun, lexicon: Lexicon) -> bool:
    """Whether a plural copula defines its subject as a people: "the Narikuravars are a nomadic community"."""
    return verb.lower_ in _PLURAL_COPULAS and noun.lower_ in lexicon.word_sets["people_kind_nouns"]


def copula_kind(doc, ts: int, te: int, *, lexicon: Lexicon) -> str | None:
    """The type the copula defines for the name ``doc[ts:te]`` ("X is an organisation", "X, which is a
    company", "the X are a nomadic community"), or None."""
    root = doc_span(doc, ts, te).root
    if root.dep_ == "nsubj" and root.head.i >= te:
        noun = _complement(root.head, te)
        if noun is not None:
            return "NORP" if _people_defined(root.head, noun, lexicon) else _defined_type(noun, lexicon)
    for clause in root.children:
        if clause.dep_ == "relcl" and clause.i >= te and any(
                c.dep_ == "nsubj" and c.lower_ in _RELATIVES for c in clause.children):
            noun = _complement(clause, te)
            if noun is not None:
                return _defined_type(noun, lexicon)
    return None


def _known_body(text: str, lexicon: Lexicon) -> bool:
    """Whether the tables know ``text`` as an organisation only: the knowledge base or the actor dictionaries."""
    from .entity_context import dictionary_type

    found = {entry.type for entry, _ in lexicon.knowledge.lookup(text)}
    if found:
        return found == {"ORG"}
    return dictionary_type(text, lexicon=lexicon) == "ORG"


def _known_otherwise(text: str, lexicon: Lexicon) -> bool:
    """Whether the tables know ``text`` as a name of another kind than an organisation."""
    return bool(any(entry.type != "ORG" for entry, _ in lexicon.knowledge.lookup(text))
                or lexicon.countries.country_of(text) or lexicon.gazetteer.candidates(text))


def _listed_names(span) -> list:
    """The tagged names listed with ``span`` ("A, B, The C, and D"): names before and after it with only
    commas, "and", "or" and a name's "the" between."""
    doc = span.doc
    ents = list(doc.ents)
    at = next((i for i, e in enumerate(ents) if e.start == span.start and e.end == span.end), None)
    if at is None:
        return []

    def glued(left, right) -> bool:
        between = [t for t in doc[left.end:right.start] if not t.is_space]
        return 0 < len(between) <= _LIST_GAP and all(t.lower_ in _LIST_GLUE for t in between) \
            and any(t.lower_ != "the" for t in between)

    found = []
    i = at
    while i > 0 and glued(ents[i - 1], ents[i]):
        i -= 1
        found.append(ents[i])
    i = at
    while i + 1 < len(ents) and glued(ents[i], ents[i + 1]):
        i += 1
        found.append(ents[i])
    return found


def listed_body(doc, ts: int, te: int, *, lexicon: Lexicon, label: str = "") -> bool:
    """Whether the name ``doc[ts:te]``, tagged a person, a place or a people, stands in a list of organisations
    (see the module)."""
    from .entity_context import is_given_name, is_personal_name

    if label not in ("PERSON", "GPE", "NORP", "LOC"):
        return False
    span = doc_span(doc, ts, te)
    words = [t for t in span if not (t.lower_ == "the" and t.i == ts)]
    if not 1 <= len(words) <= _LISTED_WORDS or not all(t.is_alpha and t.text[:1].isupper() for t in words):
        return False
    text = " ".join(t.text for t in words)
    if is_personal_name(text, lexicon=lexicon) or is_given_name(words[0].text, lexicon=lexicon) \
            or _known_otherwise(text, lexicon):
        return False
    others = _listed_names(span)
    if len(others) < _LISTED_BODIES:
        return False
    known = 0
    for other in others:
        name = other.text[4:] if other.text.startswith("The ") else other.text
        body = _known_body(name, lexicon)
        if not (other.label_ == "ORG" or body) or other.label_ in ("GPE", "NORP") \
                or other.label_ == "PERSON" and not body:
            return False  # a list of mixed kinds: "Trump, China and the EU"
        known += body
    return known >= _KNOWN_BODIES


#: Subjects of a reported clause that make its speaker a person.
_GENDERED_SUBJECTS = frozenset({"he", "she"})
#: A speaker's name of two or three words: "Chester Bexley", "Mary Ann Vance".
_SPEAKER_WORDS = (2, 3)


def gendered_speaker(doc, ts: int, te: int, *, lexicon: Lexicon) -> bool:
    """Whether the name ``doc[ts:te]`` is a speaker whose reported clause says "he" or "she" of itself (see
    the module)."""
    from .entity_context import dictionary_type

    words = list(doc[ts:te])
    if len(words) not in _SPEAKER_WORDS or not all(t.is_alpha and t.is_title for t in words):
        return False
    root = doc_span(doc, ts, te).root
    verb = root.head
    if root.dep_ != "nsubj" or verb.i < te or verb.lemma_ not in lexicon.tables["speech_verbs"]:
        return False
    said = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    if not any(s.dep_ == "nsubj" and s.lower_ in _GENDERED_SUBJECTS for c in said for s in c.children):
        return False
    if any(t.lower_ in lexicon.tables["name_heads"] for t in words):
        return False  # "the Zetland Council said he had been dismissed": a body reporting on someone
    name = doc[ts:te].text
    return not (any(entry.type != "PERSON" for entry, _ in lexicon.knowledge.lookup(name))
                or dictionary_type(name, lexicon=lexicon) or lexicon.countries.country_of(name)
                or lexicon.gazetteer.candidates(name))


def defined_kind(doc, ts: int, te: int, *, lexicon: Lexicon, label: str = "") -> str | None:
    """The type a definition, a list of organisations or a speaker's pronoun gives the name (see the module),
    or None."""
    kind = copula_kind(doc, ts, te, lexicon=lexicon)
    if kind:
        return kind
    if label != "PERSON" and gendered_speaker(doc, ts, te, lexicon=lexicon):
        return "PERSON"
    return "ORG" if listed_body(doc, ts, te, lexicon=lexicon, label=label) else None


#: A person's name whose last word is a head word: "Darrell Castle", "Aaron Hill".
_SURNAME_HEAD_WORDS = (2, 3)


def titled_surname_head(doc, ts: int, te: int, name: str, *, lexicon: Lexicon) -> bool:
    """Whether the name ``doc[ts:te]`` (``name`` its canonical form), which a head word types as a facility
    or a place, has the shape of a person's name the tables do not know otherwise (see the module); the
    caller has read a person's noun or title bound to it."""
    from .entity_context import dictionary_type, is_given_name, knowledge_type

    words = name.split()
    if len(words) not in _SURNAME_HEAD_WORDS or not all(w.isalpha() and w[:1].isupper() and not w.isupper()
                                                         for w in words):
        return False
    if words[0].casefold() in lexicon.tables["name_heads"] or words[0].casefold() in lexicon.tables["context_nouns"]:
        return False  # "Port Hill", "Fort Park": a head word first is no given name
    if (lexicon.gazetteer.candidates(words[0]) or lexicon.countries.country_of(words[0])) \
            and not is_given_name(words[0], lexicon=lexicon):
        return False  # "Windsor Castle", "Kensington Palace": named after a place
    return not (knowledge_type(name, lexicon=lexicon) or dictionary_type(name, lexicon=lexicon)
                or lexicon.gazetteer.candidates(name) or lexicon.countries.country_of(name))


def authored_work(doc, ts: int, te: int, *, lexicon: Lexicon) -> bool:
    """Whether the name ``doc[ts:te]`` is a work named with its author ("X by <person>"; see the module)."""
    from .entity_context import is_personal_name, knowledge_type

    if te + 1 >= len(doc) or doc[te].lower_ != "by" or doc[te + 1].ent_iob_ != "B" or doc[te + 1].ent_type_ != "PERSON":
        return False
    root = doc_span(doc, ts, te).root
    if root.dep_ in ("pobj", "nsubjpass") or any(c.dep_ == "auxpass" for c in root.head.children):
        return False  # "the killing of X by Y", "X was praised by Y": a deed's patient, no title
    words = [t for t in doc[ts:te] if t.is_alpha]
    if not words or not all(t.text[:1].isupper() for t in words):
        return False
    name = doc[ts:te].text
    return not (is_personal_name(name, lexicon=lexicon) or knowledge_type(name, lexicon=lexicon)
                or lexicon.gazetteer.candidates(name) or lexicon.countries.country_of(name))
