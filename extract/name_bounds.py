"""Where a tagged name begins and ends, and which longer name of the article it is (audit round w14).

Rules of :mod:`extract.entities` on the bounds of a name, each keyed on the words around it, a closed word class
or a shipped table, never on particular names (split from :mod:`extract.name_debris`, which judges whether a
name is one at all):

- a caption credit's word is no part of the name before it: "Harry Browne Image: Carolmooredc." names
  Harry Browne (``data/caption_words.txt``);
- a name cut off a title by a capitalised role word is part of the title, no body: "National Security" of
  "National Security Advisor John Bolton", "Board" of "Board Member Jennifer Homendy", "Parliament" of
  "a Member of Parliament" (``data/role_fragments.tsv``);
- a place's name beginning with an ordinal is a body's session cut by the tagger ("116th United" of "the
  116th United States Congress"); a given name the tagger left between a title and the surname is the
  person's ("Superintendent Yolanda Yu Hoi-kwan" tagged "Yu Hoi-kwan");
- a name after a capitalised "The" inside a sentence is the news medium the knowledge base names "The
  <name>" ("The Atlantic claimed": the magazine, not the ocean the name alone is);
- a facility's or a body's name without the scope word the article gives it elsewhere is that name:
  "Bradley Airport" after "Bradley International Airport".
"""

from __future__ import annotations

import re

from .lexicon import Lexicon

__all__ = [
    "caption_end", "given_name_after_title", "is_known_name", "is_ordinal_place", "is_role_fragment",
    "map_scope_variants", "medium_after_the",
]

#: How the knowledge base describes a news medium.
_MEDIA_DESCRIPTION = "media:"
#: An ordinal number: "116th", "2nd".
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


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


def is_known_name(text: str, lexicon: Lexicon) -> bool:
    """Whether the country table, the knowledge base or the actor dictionaries know the name."""
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
        if names == "any" and not _has_body_head(doc, ts, te, lexicon) and not is_known_name(
                doc[ts:te].text, lexicon):
            return True
    return _body_before_title(doc, ts, te, lexicon)


def _body_before_title(doc, ts: int, te: int, lexicon: Lexicon) -> bool:
    """Whether the name is a body's one head word opening a title before a person's name: "Court" of "Court
    Commissioner Loren Keating", "Board" of "Board Chairman Ann Lee" (a head word of an organisation in
    ``data/name_heads.tsv``, a title of ``data/titles.txt``, the tagger's person right after). A country's
    institution ("Senate President Tito Sotto") or a name the tables know stays."""
    if te - ts != 1 or te + 1 >= len(doc):
        return False
    word, title, after = doc[ts], doc[te], doc[te + 1]
    if not (word.is_title and title.is_title and after.is_title and after.ent_type_ == "PERSON"):
        return False
    if title.lower_ not in lexicon.word_sets["titles"] or word.lower_ in lexicon.word_sets["institutions"]:
        return False
    head = lexicon.tables["name_heads"].get(word.lower_)
    if not (head and head[0] == "ORG" and head[1] == "last") and word.lower_ not in lexicon.word_sets["body_nouns"]:
        return False
    return not is_known_name(word.text, lexicon)


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
