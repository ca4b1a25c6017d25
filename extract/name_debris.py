"""Pieces of text the tagger reads as names that no reader would (audit round w14).

Rules of :mod:`extract.entities`, each keyed on the words around a tagged name, a closed word class or a
shipped table, never on particular names (where a name begins and ends is :mod:`extract.name_bounds`):

- a capitalised word the parser read as no proper noun is no name unless a table knows it: a word that
  is all its sentence says ("Correct." as an interview answer), a verb before its particle ("Will you
  Shut up"), a comparative or superlative ("Biggest"), an adjective made with a capitalised English
  prefix ("the two Post-Soviet states");
- a genus the tagger cut from its species ("Escherichia" of "Escherichia coli") is no name, nor a class of
  planets named by a celestial body in the plural ("Super Earths", "hot Jupiters"), nor an award ("Best
  Actor") the knowledge base does not know as a name ("Best Buy"), nor a work's title in apposition to
  its noun ("his recent film, Fall of Grace");
- a plural of a country's demonym is its people, whatever type the tagger gave it: "The Azerbaijanis
  state ..." tagged ORG is NORP (and so, as "the Armenians", the country's side).

:func:`read_debris` is the one call of :mod:`extract.entities` for both modules.
"""

from __future__ import annotations

from .award_names import is_award_name, is_award_word
from .clause_openers import opener_end
from .doctrine_words import is_doctrine_word
from .entity_context import is_taxon
from .hyphen_tails import hyphen_tail_end
from .lexicon import Lexicon
from .lexicon.normalise import fold_key
from .manner_compounds import is_manner_compound
from .party_names import party_name_bounds
from .name_bounds import (caption_end, given_name_after_title, is_known_name, is_ordinal_place, is_role_fragment,
                          medium_after_the)
from .name_leftovers import read_leftovers
from .name_shapes import is_prefix_fragment
from .party_phrases import party_phrase_bounds
from .doccache import doc_span

__all__ = [
    "is_award", "is_cut_taxon", "is_demonym_plural", "is_planet_class", "is_stray_word", "is_work_apposition",
    "read_debris",
]

#: Parts of speech of a capitalised word that is no name: "Correct.", "Shut up", "Post-Soviet".
_NOT_NAME_POS = frozenset({"VERB", "AUX", "ADJ", "ADV", "INTJ"})
#: Hyphens inside a word ("anti-poverty").
_HYPHENS = frozenset({"-", "\u2010", "\u2011"})
#: What ends a sentence that is one word.
_UTTERANCE_ENDS = frozenset({".", "!", "?"})
#: Tags of a comparative or a superlative adjective or adverb: "Longer", "Biggest".
_GRADED_TAGS = frozenset({"JJR", "JJS", "RBR", "RBS"})
#: A predicate word's parts of speech, the dependencies of a clause's head and the children that make it one.
_PREDICATE_POS = frozenset({"VERB", "ADJ"})
_CLAUSE_DEPS = frozenset({"ROOT", "advcl", "xcomp", "ccomp", "conj"})
_PREDICATE_CHILDREN = frozenset({"dobj", "conj", "acomp", "attr"})
#: Dependencies of a word that modifies a noun.
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
#: Labels the stray-word rule judges: a people's or a place's adjective ("French", "Syrian") is left alone.
_STRAY_LABELS = frozenset({"ORG", "PERSON", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"})
#: Labels a country's demonym in the plural may be given by the tagger and still be its people.
_PEOPLE_MISLABELS = frozenset({"ORG", "PERSON", "GPE"})


def _whole_utterance(doc, ts: int, te: int) -> bool:
    """Whether the name is all its sentence says: punctuation (a speaker's label's brackets) or nothing before
    it, a full stop, "!" or "?" right after it ("((Sara Seager))  Correct.")."""
    before = ts - 1
    while before >= 0 and doc[before].is_space:
        before -= 1
    if before >= 0 and not doc[before].is_punct:
        return False
    return te < len(doc) and doc[te].text in _UTTERANCE_ENDS


def is_stray_word(doc, ts: int, te: int, label: str, *, lexicon: Lexicon) -> bool:
    """Whether a tagged name is a capitalised word the parser read as no proper noun: an adjective, a verb, an
    adverb or an interjection that is all its sentence says ("Correct." answering a question), a verb before
    its particle ("Will you Shut up"), a verb or an adjective heading a clause ("[Buy] the things"), a comparative or a superlative ("Biggest"), or an adjective made with
    a capitalised English prefix that modifies a noun ("the two Post-Soviet states"). Not a people's or a
    place's adjective (only names of ``_STRAY_LABELS``), not a word in capitals, not a name the country table,
    the knowledge base or the actor dictionaries know. A proper adjective inside a phrase ("the Smithsonian
    museum", "the Khurais oil field") is left alone."""
    if label not in _STRAY_LABELS:
        return False
    text = doc_span(doc, ts, te).text
    if is_prefix_fragment(text[:1].lower() + text[1:]) and any(t.is_title for t in doc[ts:te]):
        root = doc[ts:te].root
        return root.dep_ in _MODIFIER_DEPS and not ts <= root.head.i < te and not is_known_name(text, lexicon)
    if te - ts != 1:
        return False
    tok = doc[ts]
    if tok.pos_ not in _NOT_NAME_POS or tok.is_upper or not tok.is_title:
        return False
    if lexicon.countries.demonyms.get(fold_key(tok.text)) or tok.lower_ in lexicon.word_sets["religions"]:
        return False
    stray = _whole_utterance(doc, ts, te) or tok.tag_ in _GRADED_TAGS or (
        tok.pos_ == "VERB" and te < len(doc) and doc[te].tag_ == "RP") or _heads_clause(tok)
    return stray and not is_known_name(text, lexicon)


def _heads_clause(tok) -> bool:
    """Whether a capitalised verb or adjective is the predicate of a clause, with its object or a conjoined
    predicate: "[Buy] the things from the shops", "[Taken] someone's opinion", '"[Heartbroken] and numb," writes
    ...'. A name the parser misreads as a verb is a subject or an object, no clause's head."""
    return tok.pos_ in _PREDICATE_POS and tok.dep_ in _CLAUSE_DEPS and any(
        c.dep_ in _PREDICATE_CHILDREN for c in tok.children)


def is_demonym_plural(doc, ts: int, te: int, label: str, *, lexicon: Lexicon) -> bool:
    """Whether a name the tagger gave an actor's or a place's type is the plural of a country's demonym
    ("the Azerbaijanis" tagged ORG): then it is the country's people (NORP)."""
    if label not in _PEOPLE_MISLABELS or te - ts != 1:
        return False
    tok = doc[ts]
    if not tok.text.endswith("s") or tok.is_upper:
        return False
    return bool(lexicon.countries.demonyms.get(fold_key(tok.text)))


#: The first word of an award's name: "Best Actor", "Best Picture".
_AWARD_FIRST = frozenset({"best"})
#: The word after it that says what the award is for ("Best Buy", a company, has none).
_AWARD_WORDS = frozenset({"actor", "actress", "director", "picture", "film", "movie", "album", "song", "artist",
                          "player", "newcomer", "supporting", "documentary", "screenplay", "record", "new",
                          "original", "foreign", "animated", "novel", "book", "performance", "male", "female"})


#: Endings of a species' epithet after a genus cut off ("coli", "cerevisiae"); "tennis" of "Georgian
#: tennis" ends in none.
_EPITHET_ENDINGS = ("i", "ae", "um", "us", "ensis", "oides")


def is_cut_taxon(doc, ts: int, te: int, *, lexicon: Lexicon) -> bool:
    """Whether the name is the genus of a Latin binomial the tagger cut before its species: "Escherichia"
    of "Escherichia coli". Never a country or its demonym ("Georgian tennis"), an adjective ("Smithsonian"),
    nor before a noun of the type tables ("museum") or a word joined to the next ("anti-poverty")."""
    if te - ts != 1 or te >= len(doc) or not doc[te].is_lower or lexicon.countries.country_of(doc[ts].text):
        return False
    if not doc[te].lower_.endswith(_EPITHET_ENDINGS) or lexicon.countries.demonyms.get(fold_key(doc[ts].text)):
        return False
    epithet = doc[te]
    if doc[ts].pos_ == "ADJ" or epithet.lower_ in lexicon.tables["context_nouns"] \
            or epithet.lower_ in lexicon.tables["name_heads"] or te + 1 < len(doc) and not epithet.whitespace_ \
            and doc[te + 1].text in _HYPHENS:
        return False  # "the Smithsonian museum", "Christian anti-poverty": an adjective, a noun, a prefix
    return is_taxon(f"{doc[ts].text} {epithet.text}")


def is_planet_class(doc, ts: int, te: int, *, lexicon: Lexicon) -> bool:
    """Whether the name ends in a planet's name in the plural ("Super Earths", "hot Jupiters",
    "mini-Neptunes"): a class of planets, no entity (``data/celestial_bodies.txt``)."""
    last = doc[te - 1]
    if not last.text.endswith("s") or len(last.text) < 4:
        return False
    bodies = lexicon.word_sets["celestial_bodies"]
    stem = last.text[:-1].casefold()
    return stem in bodies or "*" + stem in bodies


def is_award(doc, ts: int, te: int, *, lexicon: Lexicon) -> bool:
    """Whether the name is an award's ("Best Actor"): "Best", a word of what awards are for and at most one
    capitalised word more, not a name the tables know ("Best Buy" is none)."""
    if not 2 <= te - ts <= 3 or doc[ts].lower_ not in _AWARD_FIRST or not doc[ts].is_title \
            or doc[ts + 1].lower_ not in _AWARD_WORDS:
        return False
    return all(t.is_title for t in doc[ts + 1:te]) and not is_known_name(doc[ts:te].text, lexicon)


def is_work_apposition(doc, ts: int, te: int, *, lexicon: Lexicon) -> bool:
    """Whether the name stands in apposition after a comma to a work's noun of ``data/title_nouns.txt``: "his
    recent film, Fall of Grace", "her new album, X" (a work's title, no actor, as "the film X" is)."""
    if ts < 2 or doc[ts - 1].text != "," or doc[ts - 2].lower_ not in lexicon.word_sets["title_nouns"]:
        return False
    root = doc[ts:te].root
    return root.dep_ == "appos" and root.head.i == ts - 2


def read_debris(doc, ts: int, te: int, label: str, *, lexicon: Lexicon) -> tuple[int, int, str, str | None] | None:
    """The one call of :mod:`extract.entities`: the name's start, end, label and a type hint (or None) after
    these rules, or None when the name is no name (a title's fragment, a stray word)."""
    te = hyphen_tail_end(doc, ts, caption_end(doc, ts, te, lexicon=lexicon), lexicon=lexicon)  # "Moon Jae-in"
    bounds = read_leftovers(doc, ts, te, label, lexicon=lexicon)  # "led Iraq War", "Carroll/Patel"
    if bounds is None:
        return None
    ts, te = bounds
    ts = opener_end(doc, ts, te, lexicon=lexicon)  # "Neither Dasbach", "Will Red Hat ...?"
    if is_role_fragment(doc, ts, te, lexicon=lexicon) or is_stray_word(doc, ts, te, label, lexicon=lexicon) \
            or is_cut_taxon(doc, ts, te, lexicon=lexicon) or is_planet_class(doc, ts, te, lexicon=lexicon) \
            or is_award(doc, ts, te, lexicon=lexicon) or is_ordinal_place(doc, ts, te, label) \
            or is_work_apposition(doc, ts, te, lexicon=lexicon) or is_manner_compound(doc, ts, te, lexicon=lexicon) \
            or is_doctrine_word(doc, ts, te, lexicon=lexicon) or is_award_name(doc, ts, te, lexicon=lexicon) \
            or is_award_word(doc, ts, te, lexicon=lexicon):
        return None  # "Soviet-style", "Islamophobia", "Berwick Prize" (extract.manner_compounds, doctrine_words, award_names)
    ts, te = party_phrase_bounds(doc, ts, te, label, lexicon=lexicon)
    ts, party = party_name_bounds(doc, ts, te, label, lexicon=lexicon)  # "the Social Democrats", "the Greens"
    if party:
        return ts, te, "ORG", "ORG"
    if is_demonym_plural(doc, ts, te, label, lexicon=lexicon):
        label = "NORP"
    hint = medium_after_the(doc, ts, te, lexicon=lexicon)
    return given_name_after_title(doc, ts, te, label, lexicon=lexicon), te, label, hint


