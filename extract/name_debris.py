"""Pieces of text the tagger reads as names that no reader would (audit round w14).

Rules of :mod:`extract.entities`, each keyed on the words around a tagged name, a closed word class or a
shipped table, never on particular names:

- a caption credit's word is no part of the name before it: "Harry Browne Image: Carolmooredc." names
  Harry Browne (``data/caption_words.txt``);
- a name cut off a title by a capitalised role word is part of the title, no body: "National Security" of
  "National Security Advisor John Bolton", "Board" of "Board Member Jennifer Homendy", "Parliament" of
  "a Member of Parliament" (``data/role_fragments.tsv``);
- a capitalised word the parser read as no proper noun is no name unless a table knows it: a word that
  is all its sentence says ("Correct." as an interview answer), a verb before its particle ("Will you
  Shut up"), a comparative or superlative ("Biggest"), an adjective made with a capitalised English
  prefix ("the two Post-Soviet states");
- a genus the tagger cut from its species ("Escherichia" of "Escherichia coli") is no name, nor a class of
  planets named by a celestial body in the plural ("Super Earths", "hot Jupiters"), nor an award ("Best
  Actor") the knowledge base does not know as a name ("Best Buy"), nor a work's title in apposition to
  its noun ("his recent film, Fall of Grace");
- a place's name beginning with an ordinal is a body's session cut by the tagger ("116th United" of "the
  116th United States Congress"); a given name the tagger left between a title and the surname is the
  person's ("Superintendent Yolanda Yu Hoi-kwan" tagged "Yu Hoi-kwan");
- a name after a capitalised "The" inside a sentence is the news medium the knowledge base names "The
  <name>" ("The Atlantic claimed": the magazine, not the ocean the name alone is);
- a plural of a country's demonym is its people, whatever type the tagger gave it: "The Azerbaijanis
  state ..." tagged ORG is NORP (and so, as "the Armenians", the country's side);
- a facility's or a body's name without the scope word the article gives it elsewhere is that name:
  "Bradley Airport" after "Bradley International Airport".
"""

from __future__ import annotations

import re

from .entity_context import is_taxon
from .name_shapes import is_prefix_fragment
from .lexicon import Lexicon
from .lexicon.normalise import fold_key

__all__ = [
    "caption_end", "given_name_after_title", "is_award", "is_cut_taxon", "is_demonym_plural",
    "is_ordinal_place", "is_planet_class", "is_role_fragment", "is_stray_word", "is_work_apposition",
    "map_scope_variants", "medium_after_the", "read_debris"
]

#: Parts of speech of a capitalised word that is no name: "Correct.", "Shut up", "Post-Soviet".
_NOT_NAME_POS = frozenset({"VERB", "AUX", "ADJ", "ADV", "INTJ"})
#: Hyphens inside a word ("anti-poverty").
_HYPHENS = frozenset({"-", "\u2010", "\u2011"})
#: What ends a sentence that is one word.
_UTTERANCE_ENDS = frozenset({".", "!", "?"})
#: Tags of a comparative or a superlative adjective or adverb: "Longer", "Biggest".
_GRADED_TAGS = frozenset({"JJR", "JJS", "RBR", "RBS"})
#: Dependencies of a word that modifies a noun.
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
#: Labels the stray-word rule judges: a people's or a place's adjective ("French", "Syrian") is left alone.
_STRAY_LABELS = frozenset({"ORG", "PERSON", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"})
#: How the knowledge base describes a news medium.
_MEDIA_DESCRIPTION = "media:"
#: An ordinal number: "116th", "2nd".
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
#: Labels a country's demonym in the plural may be given by the tagger and still be its people.
_PEOPLE_MISLABELS = frozenset({"ORG", "PERSON", "GPE"})


def caption_end(doc, ts: int, te: int, *, lexicon: Lexicon) -> int:
    """The end of a name without a caption credit's word the tagger read into it: "Harry Browne Image"
    before ":" ends before "Image". The word must be capitalised, the last of the name, not its only one,
    and right before a colon."""
    if te - ts < 2 or te >= len(doc) or doc[te].text != ":":
        return te
    last = doc[te - 1]
    if last.is_title and last.lower_ in lexicon.word_sets["caption_words"]:
        return te - 1
    return te


def _known(text: str, lexicon: Lexicon) -> bool:
    return bool(lexicon.countries.country_of(text) or lexicon.knowledge.lookup(text)
                or lexicon.dictionaries.actor_codes(text))


def _body_word(doc, ts: int, te: int, lexicon: Lexicon) -> bool:
    """Whether the name is one word that is a body noun ("Board") or a country's institution ("Parliament")."""
    if te - ts != 1:
        return False
    word = doc[ts].lower_
    return word in lexicon.word_sets["body_nouns"] or word in lexicon.word_sets["institutions"]


def _has_body_head(doc, ts: int, te: int, lexicon: Lexicon) -> bool:
    heads = lexicon.tables["name_heads"]
    return any(t.lower_ in heads for t in doc[ts:te])


def is_role_fragment(doc, ts: int, te: int, *, lexicon: Lexicon) -> bool:
    """Whether the name ``doc[ts:te]`` is part of a title cut off by a capitalised role word of
    ``data/role_fragments.tsv``: "National Security" right before "Advisor", "Board" right before
    "Member", "Parliament" right after "Member of". A role word in lower case ("a board member") or a
    name with a body's head word ("Security Council adviser") or known to the tables leaves it."""
    table = lexicon.tables["role_fragments"]
    found = []
    if te < len(doc) and doc[te].is_title:
        row = table.get(doc[te].lower_)
        if row and row[0] in ("after", "both"):
            found.append(row[1])
    if ts >= 2 and doc[ts - 1].lower_ == "of" and doc[ts - 2].is_title:
        row = table.get(doc[ts - 2].lower_)
        if row and row[0] in ("before", "both"):
            found.append(row[1])
    for names in found:
        if names == "body" and _body_word(doc, ts, te, lexicon):
            return True
        if names == "any" and not _has_body_head(doc, ts, te, lexicon) and not _known(
                doc[ts:te].text, lexicon):
            return True
    return False


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
    its particle ("Will you Shut up"), a comparative or a superlative ("Biggest"), or an adjective made with
    a capitalised English prefix that modifies a noun ("the two Post-Soviet states"). Not a people's or a
    place's adjective (only names of ``_STRAY_LABELS``), not a word in capitals, not a name the country table,
    the knowledge base or the actor dictionaries know. A proper adjective inside a phrase ("the Smithsonian
    museum", "the Khurais oil field") is left alone."""
    if label not in _STRAY_LABELS:
        return False
    text = doc[ts:te].text
    if is_prefix_fragment(text[:1].lower() + text[1:]) and any(t.is_title for t in doc[ts:te]):
        root = doc[ts:te].root
        return root.dep_ in _MODIFIER_DEPS and not ts <= root.head.i < te and not _known(text, lexicon)
    if te - ts != 1:
        return False
    tok = doc[ts]
    if tok.pos_ not in _NOT_NAME_POS or tok.is_upper or not tok.is_title:
        return False
    if lexicon.countries.demonyms.get(fold_key(tok.text)) or tok.lower_ in lexicon.word_sets["religions"]:
        return False
    stray = _whole_utterance(doc, ts, te) or tok.tag_ in _GRADED_TAGS or (
        tok.pos_ == "VERB" and te < len(doc) and doc[te].tag_ == "RP")
    return stray and not _known(text, lexicon)


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
    return all(t.is_title for t in doc[ts + 1:te]) and not _known(doc[ts:te].text, lexicon)


def given_name_after_title(doc, ts: int, te: int, label: str, *, lexicon: Lexicon) -> int:
    """The start of a person's name whose given name the tagger left between a title and the name: "Police
    Senior Superintendent Yolanda Yu Hoi-kwan" tagged "Yu Hoi-kwan". One capitalised proper noun in no
    entity, right after a title word of ``data/titles.txt`` and right before the name, and no country or
    place. Else ``ts``."""
    if label != "PERSON" or ts < 2:
        return ts
    tok, title = doc[ts - 1], doc[ts - 2]
    if tok.ent_type_ or not tok.is_title or not tok.is_alpha or tok.pos_ != "PROPN":
        return ts
    if not title.is_title or title.lower_ not in lexicon.word_sets["titles"] or title.ent_type_:
        return ts
    if tok.lower_ in lexicon.word_sets["titles"] or lexicon.countries.country_of(tok.text) \
            or lexicon.gazetteer.candidates(tok.text):
        return ts
    return ts - 1


def is_ordinal_place(doc, ts: int, te: int, label: str) -> bool:
    """Whether a place's name begins with an ordinal number: "116th United" of "the 116th United States
    Congress" (a session of a body the tagger cut), no place."""
    return label in ("GPE", "LOC") and te - ts >= 2 and _ORDINAL.fullmatch(doc[ts].text) is not None


def is_work_apposition(doc, ts: int, te: int, *, lexicon: Lexicon) -> bool:
    """Whether the name stands in apposition after a comma to a work's noun of ``data/title_nouns.txt``: "his
    recent film, Fall of Grace", "her new album, X" (a work's title, no actor, as "the film X" is)."""
    if ts < 2 or doc[ts - 1].text != "," or doc[ts - 2].lower_ not in lexicon.word_sets["title_nouns"]:
        return False
    root = doc[ts:te].root
    return root.dep_ == "appos" and root.head.i == ts - 2


def medium_after_the(doc, ts: int, te: int, *, lexicon: Lexicon) -> str | None:
    """The type of a news medium whose name begins with a capitalised "The" inside a sentence ("a report from
    The Hill", "The Atlantic claimed"): the knowledge base's entry whose own label is "The <name>" and which it
    describes as a medium ("media: magazine"), which the name without "The" is not (the Atlantic Ocean)."""
    if ts == 0 or doc[ts - 1].text != "The" or doc[ts - 1].is_sent_start:
        return None
    whole = f"The {doc[ts:te].text}"
    types = {entry.type for entry, _ in lexicon.knowledge.lookup(whole)
             if entry.label == whole and (entry.description or "").startswith(_MEDIA_DESCRIPTION)}
    return types.pop() if len(types) == 1 else None


def read_debris(doc, ts: int, te: int, label: str, *, lexicon: Lexicon) -> tuple[int, int, str, str | None] | None:
    """The one call of :mod:`extract.entities`: the name's start, end, label and a type hint (or None) after
    these rules, or None when the name is no name (a title's fragment, a stray word)."""
    te = caption_end(doc, ts, te, lexicon=lexicon)
    if is_role_fragment(doc, ts, te, lexicon=lexicon) or is_stray_word(doc, ts, te, label, lexicon=lexicon) \
            or is_cut_taxon(doc, ts, te, lexicon=lexicon) or is_planet_class(doc, ts, te, lexicon=lexicon) \
            or is_award(doc, ts, te, lexicon=lexicon) or is_ordinal_place(doc, ts, te, label) \
            or is_work_apposition(doc, ts, te, lexicon=lexicon):
        return None
    if is_demonym_plural(doc, ts, te, label, lexicon=lexicon):
        label = "NORP"
    hint = medium_after_the(doc, ts, te, lexicon=lexicon)
    return given_name_after_title(doc, ts, te, label, lexicon=lexicon), te, label, hint


#: Words a facility's or a body's name drops in its short form: "Bradley Airport" for "Bradley
#: International Airport", "Fresno Airport" for "Fresno Yosemite International Airport" is not one (a name word).
_SCOPE_WORDS = frozenset({"international", "regional", "municipal", "memorial"})


def map_scope_variants(drafts, *, lexicon: Lexicon) -> None:
    """A name ending in a head word of ``data/name_heads.tsv`` that is a longer name of the article without its
    scope words ("International", "Regional", "Municipal", "Memorial") is that name (in place): "Bradley
    Airport" after "Bradley International Airport". Not people's or countries' names; where two longer names
    fit, nothing is joined."""
    heads = lexicon.tables["name_heads"]
    longs: dict[str, str | None] = {}
    for d in drafts:
        words = d.canonical.split()
        if d.label == "PERSON" or d.country or len(words) < 3 or not any(w.casefold() in _SCOPE_WORDS for w in words):
            continue
        key = " ".join(w.casefold() for w in words if w.casefold() not in _SCOPE_WORDS)
        longs[key] = d.canonical if longs.get(key, d.canonical) == d.canonical else None
    if not longs:
        return
    for d in drafts:
        words = d.canonical.split()
        if d.label == "PERSON" or d.country or len(words) < 2 or words[-1].casefold() not in heads:
            continue
        if any(w.casefold() in _SCOPE_WORDS for w in words):
            continue
        long = longs.get(" ".join(w.casefold() for w in words))
        if long:
            d.canonical = long
