"""Entity mentions and the canonical entities they name, within one document.

spaCy's NER gives mentions; this module turns them into one node per
real-world entity:

- leading articles, titles ("US President", "Mr") and possessive endings
  are stripped (``"Trump’s"`` -> ``Trump``);
- a place suffix does not make a new place (``"Idlib province"``,
  ``"Idlib Region"`` -> ``Idlib``);
- a nationality maps to its country (``"Israeli"`` -> ``Israel``), and a
  nationality on an actor noun makes the whole phrase the country acting
  (``"the Russian army"`` -> ``Russia``), but for a government, which is the
  actor layer's country actor ("the French government", as "France's
  government", is ``actor:fragov``); surface forms stay as aliases;
- a known second name of a place is the place (``"Bombay"`` -> ``Mumbai``,
  :mod:`extract.second_names`), and a group's plural and adjective in one
  article are one group (``"Kurdish"`` -> ``Kurds``);
- a lone surname in an article that names the full name maps to the full
  name (``"Trump"`` -> ``Donald Trump``), also where the NER missed it;
- the entity type is voted over all mentions, with hints from the context
  ("the town of X" is a place), which corrects many NER type errors;
- obvious junk is dropped: a capitalised common word at the start of a
  sentence ("Smoke plumes ...") and spans glued across a dateline dash.

Pronouns and definite descriptions are resolved to these entities by
:mod:`extract.coref`.

Lexicons are plain files in ``extract/data/``. Keys are the canonical label,
casefolded and whitespace-collapsed, so the same entity gets the same key in
every article.
"""

from __future__ import annotations

import calendar
import functools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace as _replace

from spacy.attrs import IS_ALPHA as _IS_ALPHA_ATTR, IS_TITLE as _IS_TITLE_ATTR
from spacy.attrs import DEP as _DEP_ATTR, IS_LOWER as _IS_LOWER_ATTR, LOWER as _LOWER_ATTR, ORTH as _ORTH_ATTR
from spacy.attrs import LIKE_NUM as _LIKE_NUM_ATTR, POS as _POS_ATTR
from spacy.symbols import NOUN as _NOUN, PROPN as _PROPN

from .actors.generic import ACTOR_TYPE
from .actors.mentions import agent_code
from .capital_names import capital_names
from .person_cues import cued_persons, person_cue
from .alias_forms import alias_surface
from .government_names import government_of
from .dictionary_names import dictionary_persons
from .doccache import cache_of, doc_ents, doc_span, doc_text, span_chars, span_text, token_column
from .entity_context import (
    PRODUCT,
    context_evidence,
    dictionary_type,
    knowledge_type,
    is_given_name,
    is_people_word,
    is_personal_name,
    is_taxon,
    names_team,
    names_work,
    opposes_team,
)
from .lexicon import Lexicon, get_lexicon
from .start_names import known_start_name, start_names
from .storm_names import map_storm_names
from .brand_countries import map_brand_countries
from .knowledge_names import knowledge_names
from .lexicon.core import DATA_DIR
from .lexicon.normalise import fold_key
from .merge import vote_label, vote_type
from .name_shapes import (
    fused_place_parts, halves_of_one_name, is_commodity, is_continent, is_eponym_concept, is_leading_quantifier,
    is_letter_fragment, is_prefix_fragment, is_process, joins_article, of_phrase_rest, placed_in_region, quote_cut,
    run_on_end, space_variants, transit_end,
)
from .name_bounds import map_scope_variants
from .name_debris import read_debris
from .kind_cues import apposed_body, kind_end
from .defined_kinds import titled_surname_head
from .venue_names import venue_type
from .match_sides import team_reading
from .law_names import head_word, law_type, plan_word, treaty_head
from .name_cues import lone_given_name, paternal_surname
from .admin_places import map_admin_places
from .aka_names import map_aka_names
from .lead_forms import map_lead_forms
from .cut_names import map_cut_mentions
from .comma_names import comma_name_end
from .couple_names import couple_names
from .name_specifiers import lone_specifier, specifier_drafts, specifier_heads
from .inverted_speech import speech_verb_end
from .common_capitals import mark_common_capitals
from .known_bodies import is_known_body
from .hyphen_variants import map_hyphen_variants
from .particle_surnames import map_particle_surnames
from .chamber_committees import map_chamber_committees
from .double_surnames import extend_double_surnames
from .person_variants import map_person_variants
from .region_adjectives import map_region_adjectives
from .institution_scopes import map_institution_scopes
from .language_uses import is_language_use
from .located_places import region_type
from .node_kinds import kin_person, no_node
from .nickname_forms import map_nickname_forms
from .given_name_forms import map_given_name_forms
from .country_forms import map_country_forms
from .nicknames import nickname_joins, without_nickname
from .peoples import is_people_name
from .body_names import (
    and_field_end, body_of_region, court_of_district, district_region_end, map_court_districts, people_head_end,
)
from .bracket_acronyms import (
    CLOSERS, acronyms_before_names, is_name_hyphen, lies_inside, names_after_acronyms, runs_over, spelt_start,
)
from .name_joins import (
    is_fused_pair, is_lone_article, joins_known_name, map_accent_variants, map_dictionary_names, person_after_title_of,
    purpose_phrase_rest, religion_type,
)
from .name_kinds import (
    celestial_type, group_short_type, is_designation, is_law_eponym, is_named_day_part, person_in_titled_pair,
)
from .name_repairs import (
    district_of_region, is_disease, is_portfolio, is_software, map_country_prefixed, map_hyphen_surnames,
    map_inverted_heads, map_lone_heads, map_name_prefixes, map_of_heads, portfolio_before, town_and_region,
)
from .prefixes import word_prefixes, word_suffixes
from .script_names import is_foreign_script_name
from .second_names import group_stem, second_name_of, surname_forms
from .types import Entity

__all__ = [
    "KEPT_LABELS",
    "Mention",
    "Reference",
    "EntityIndex",
    "entities_of",
    "entity_key",
    "concept_key",
    "country_of",
    "country_of_seat",
]

#: spaCy NER labels kept as nodes. Dates, numbers and quantities are not.
KEPT_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"})

_DASHES = frozenset({"-", "–", "—", "--"})
_POSSESSIVE = frozenset({"'s", "’s", "'", "’", "s'", "s’"})
_ARTICLES = frozenset({"the", "a", "an"})
# curly quotes straightened; zero-width characters ("Daily Xtra\u200d's") are no part of a name
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u200b": None, "\u200c": None, "\u200d": None,
                         "\u2060": None, "\ufeff": None})
_SPACES = re.compile(r"\s+")
# A mention made only of these words (and numbers) is a date, not an entity ("January 7").
_CALENDAR_WORDS = frozenset(
    w.casefold() for w in (*calendar.month_name, *calendar.month_abbr, *calendar.day_name) if w
)
# Words skipped when an acronym is spelt from a name's initials ("Directorate of Security").
_ACRONYM_SKIP = frozenset({"of", "the", "and", "for", "on", "in", "de", "la", "du", "des", "&"})
# "Parliament of Iraq", "Congress of the Philippines"
_INSTITUTION_OF = re.compile(r"^(.+?) of (?:the )?(.+)$")
_ORGANISATION = re.compile(r"\bOrganisation\b")
# A country's government is an actor of its own (``actor:fragov``), never the country's node:
# "the French government" is "France's government" and "the government of France".
_GOVERNMENT_NOUNS = frozenset({"government", "governments"})
# How much one mention's contextual reading counts against one tagger label.
_WEAK_WEIGHT = 2
# The head-word type of a law or treaty ("X Act", "X Agreement"): dropped, as the tagger's LAW is.
_LAW = "LAW"
#: The last word that makes a law's name whatever stands before its "of" ("Tenure of Office Act").
_ACT = "act"
# Head-word types a town's name may end in ("Beverly Hills", "Montego Bay").
_PLACE_HEADS = frozenset({"LOC", "FAC"})
# Small words a name never ends in ("Kelly and", "Emeritus of").
_DANGLING = frozenset({"and", "or", "&", "of", "for", "the", "in", "on", "at", "to", "with", "from", "by"})
# Prepositions a tagger leaves at the front of a name ("of Gdańsk").
_LEADING_PREPOSITIONS = frozenset({"of", "in", "at", "for", "from"})


# --------------------------------------------------------------------------
# lexicons: every table comes from extract.lexicon; these are views of the
# default lexicon for the rules that do not take a Lexicon yet.


def _lines(name: str) -> list[str]:
    """The stripped non-comment lines of a shipped data file, header row included
    (for the rules that do not read the lexicon bundle yet)."""
    out = []
    with open(DATA_DIR / name, encoding="utf-8") as handle:
        for line in handle:
            line = line.strip()
            if line and not line.startswith("#"):
                out.append(line)
    return out


def _word_set(name: str, lexicon: Lexicon | None = None) -> frozenset[str]:
    """The casefolded word list ``name`` (``"place_nouns.txt"``)."""
    return (lexicon or get_lexicon()).word_sets[name.removesuffix(".txt")]


def _countries(lexicon: Lexicon | None = None):
    """(name or alias -> label, demonym -> label), keys folded (:func:`fold_key`)."""
    table = (lexicon or get_lexicon()).countries
    return table.names, table.demonyms


def _titles(lexicon: Lexicon | None = None) -> frozenset[str]:
    return _entity_words(lexicon or get_lexicon()).titles


def _place_suffixes(lexicon: Lexicon | None = None) -> tuple[frozenset[str], frozenset[str]]:
    """(suffixes stripped in lower case, suffixes stripped when capitalised too)."""
    return _entity_words(lexicon or get_lexicon()).place_suffixes


def _actor_nouns(lexicon: Lexicon | None = None) -> tuple[frozenset[str], frozenset[str]]:
    """(nouns that make a nationality or country act, nouns that make an organisation act)."""
    return _entity_words(lexicon or get_lexicon()).actor_nouns


def _common_nouns(lexicon: Lexicon | None = None) -> frozenset[str]:
    """Common nouns from our lexicons: never a name on their own."""
    return _entity_words(lexicon or get_lexicon()).common_nouns


@dataclass(frozen=True, slots=True)
class _EntityWords:
    titles: frozenset[str]
    place_suffixes: tuple[frozenset[str], frozenset[str]]
    actor_nouns: tuple[frozenset[str], frozenset[str]]
    common_nouns: frozenset[str]
    #: last word -> type ("arena" -> FAC), first word -> type ("hurricane" -> EVENT)
    last_heads: dict
    first_heads: dict
    #: last words whose name without them is a short form ("Blenheim" for "Blenheim Palace")
    short_heads: frozenset[str]
    #: first words whose name without them is a short form ("Dorian" for "Hurricane Dorian")
    first_short_heads: frozenset[str]
    #: lone party words -> the party ("republican" -> Republican Party)
    parties: dict
    time_zones: frozenset[str]
    #: every last word of the head table, typed or not
    head_words: frozenset[str]
    #: a country's institutions named without the country ("congress", "air force")
    institutions: frozenset[str]


@functools.lru_cache(maxsize=8)
def _entity_words(lexicon: Lexicon) -> _EntityWords:
    """The word tables of the entity rules, compiled from ``lexicon``."""
    lower, capital = set(), set()
    for line in lexicon.words["place_suffixes"]:
        word, _, flag = line.partition(" ")
        lower.add(word.casefold())
        if flag.strip() == "*":
            capital.add(word.casefold())
    country, org = set(), set()
    for line in lexicon.words["actor_nouns"]:
        word, _, flag = line.rpartition(" ") if line.endswith(" org") else (line, "", "")
        word = word.casefold().strip()
        org.add(word)
        if flag != "org":
            country.add(word)
    commons = set(org) | lexicon.word_sets["place_nouns"] | lexicon.word_sets["quantifier_nouns"]
    commons |= set(lexicon.tables["nominalisations"])
    heads = lexicon.tables["name_heads"]
    return _EntityWords(
        titles=frozenset(fold_key(t) for t in lexicon.words["titles"]),
        place_suffixes=(frozenset(lower), frozenset(capital)),
        actor_nouns=(frozenset(country), frozenset(org)),
        common_nouns=frozenset(commons),
        last_heads={w: c[0] for w, c in heads.items() if c[1] != "first" and c[0] != "-"},
        first_heads={w: c[0] for w, c in heads.items() if c[1] == "first" and c[0] != "-"},
        short_heads=frozenset(w for w, c in heads.items() if c[1] != "first" and c[2] == "yes"),
        first_short_heads=frozenset(w for w, c in heads.items() if c[1] == "first" and c[2] == "yes"),
        parties={w: c[0] for w, c in lexicon.tables["party_words"].items()},
        time_zones=frozenset(fold_key(t) for t in lexicon.words["time_zones"]),
        head_words=frozenset(w for w, c in heads.items() if c[1] != "first"),
        institutions=frozenset(fold_key(w) for w in lexicon.words["institutions"]),
    )


# --------------------------------------------------------------------------
# keys

#: The entity-key normaliser (:func:`extract.lexicon.normalise.fold_key`).
_fold = fold_key


def entity_key(label: str) -> str:
    """Return the graph key of an entity with canonical label ``label``.

    Examples
    --------
    >>> entity_key("Donald  Trump")
    'donald trump'
    >>> entity_key("Hayat Tahrir Al Sham")
    'hayat tahrir al sham'
    """
    return fold_key(label)


def concept_key(phrase: str) -> str:
    """Return the key of a concept node (a plain noun phrase).

    Examples
    --------
    >>> concept_key("Innocent  civilian")
    'concept:innocent civilian'
    """
    return "concept:" + fold_key(phrase)


def country_of_seat(name: str, *, lexicon: Lexicon | None = None) -> str | None:
    """Return the country whose capital or seat of government ``name`` is, or None.

    A capital stays a node of its own; this only says whose government it
    can stand for ("Damascus urged", "the Kremlin insisted"). Accents do
    not matter ("Bogotá" is "Bogota").

    Examples
    --------
    >>> country_of_seat("Damascus"), country_of_seat("the Kremlin"), country_of_seat("Idlib")
    ('Syria', 'Russia', None)
    >>> country_of_seat("Bogotá")
    'Colombia'
    """
    return (lexicon or get_lexicon()).countries.country_of_seat(name)


def country_of(name: str, *, lexicon: Lexicon | None = None) -> str | None:
    """Return the country a name, alias, nationality or part stands for, or None.

    Examples
    --------
    >>> country_of("Israeli"), country_of("US"), country_of("Britain")
    ('Israel', 'United States', 'United Kingdom')
    >>> country_of("England")
    'United Kingdom'
    >>> country_of("Idlib") is None
    True
    """
    return (lexicon or get_lexicon()).countries.country_of(name)


# --------------------------------------------------------------------------
# values


@dataclass(frozen=True, slots=True)
class Mention:
    """One surface mention of an entity: tokens ``[token_start, token_end)``.

    ``start`` and ``end`` are character offsets in the document text.
    """

    key: str
    text: str
    start: int
    end: int
    token_start: int
    token_end: int
    label: str


@dataclass(frozen=True, slots=True)
class Reference:
    """A pronoun or description that refers to named entities of the article.

    ``keys`` holds one entity ("the US president" -> ``donald trump``) or
    several ("they" after "Russia and Syria"). ``kind`` is ``"pronoun"``
    or ``"description"``. ``head`` is the token index of the phrase's head.
    """

    keys: tuple[str, ...]
    text: str
    start: int
    end: int
    head: int
    kind: str


class EntityIndex:
    """The canonical entities of one Doc and the tokens that mention them.

    Iterating yields the entities in order of first mention.
    """

    __slots__ = ("entities", "mentions", "references", "_by_key", "_token_mention", "_token_reference")

    def __init__(self, entities, mentions, token_mention, references=()):
        self.entities: tuple[Entity, ...] = tuple(entities)
        self.mentions: tuple[Mention, ...] = tuple(mentions)
        self.references: tuple[Reference, ...] = tuple(references)
        self._by_key = {e.key: e for e in self.entities}
        self._token_mention = token_mention
        self._token_reference = {r.head: r for r in self.references}

    def reference_at(self, i: int) -> Reference | None:
        """Return the reference whose head is token ``i`` (a pronoun or description), or None."""
        return self._token_reference.get(i)

    def __iter__(self) -> Iterator[Entity]:
        return iter(self.entities)

    def __len__(self) -> int:
        return len(self.entities)

    def __contains__(self, key) -> bool:
        return key in self._by_key

    def __getitem__(self, key: str) -> Entity:
        return self._by_key[key]

    def get(self, key: str, default=None):
        return self._by_key.get(key, default)

    def mention_at(self, i: int) -> Mention | None:
        """Return the mention covering token ``i``, or None."""
        m = self._token_mention[i] if 0 <= i < len(self._token_mention) else -1
        return self.mentions[m] if m >= 0 else None

    def entity_at(self, i: int) -> Entity | None:
        """Return the entity that token ``i`` mentions, or None."""
        mention = self.mention_at(i)
        return self._by_key[mention.key] if mention is not None else None

    def entity_of(self, span) -> Entity | None:
        """Return the entity a spaCy ``Span`` (by its root) or ``Token`` names."""
        token = getattr(span, "root", span)
        return self.entity_at(token.i)

    def with_entities(self, entities) -> EntityIndex:
        """Return a copy whose entities are replaced by same-key ``entities``.

        Used after annotation added actor codes or gazetteer links; entities
        whose key is not among ``entities`` stay as they were.
        """
        new = {e.key: e for e in entities}
        merged = [new.get(e.key, e) for e in self.entities]
        return EntityIndex(merged, self.mentions, self._token_mention, self.references)


# --------------------------------------------------------------------------
# building


class _Draft:
    """A mention being cleaned: token range, NER label, canonical label."""

    __slots__ = ("ts", "te", "label", "canonical", "hint", "weak", "country", "suspect", "placed")

    def __init__(self, ts, te, label):
        self.ts, self.te, self.label = ts, te, label
        self.canonical = ""
        self.hint = None  # a type the name or its context gives: evidence, voting first
        self.weak = None  # a type one mention's context suggests: voting with the tagger's labels
        self.country = False
        self.suspect = False  # looks like a capitalised common word
        self.placed = False  # written "in Town, State": a place, never a person's surname


def _text(doc, ts: int, te: int) -> str:
    # editorial brackets ("[Bashar al] Assad") are not part of a name
    memo = cache_of(doc).memo("entities._text")  # the same range is read by several rules
    found = memo.get((ts, te))
    if found is None:
        found = memo[ts, te] = _SPACES.sub(
            " ", span_text(doc, ts, te).translate(_QUOTES).replace("[", "").replace("]", "")).strip()
    return found


def _is_paragraph_start(doc, i: int) -> bool:
    if i == 0:
        return True
    prev = doc[i - 1]
    return prev.is_space and "\n" in prev.text


def _is_spaced_dash(doc, i: int) -> bool:
    tok = doc[i]
    if tok.text not in _DASHES or not tok.whitespace_:
        return False
    return i > 0 and bool(doc[i - 1].whitespace_)


def _starts_clause(doc, i: int) -> bool:
    """True where a capital letter says nothing: sentence start, after a quote or dash."""
    if i == 0 or doc[i].is_sent_start:
        return True
    prev = doc[i - 1]
    if prev.is_space or prev.is_quote or (prev.is_punct and prev.text in "([:"):
        return True
    return _is_spaced_dash(doc, i - 1)


def _strip_front(doc, ts: int, te: int, lexicon: Lexicon) -> int:
    """Skip articles, titles and "US President"-like prefixes; return the new start."""
    titles = _titles(lexicon)
    # "General Motors", "the Justice Department": a title word that starts an organisation's name stays
    headed = doc[te - 1].lower_ in _entity_words(lexicon).head_words
    strings, orths = doc.vocab.strings, token_column(doc, _ORTH_ATTR)  # the words' texts: no Token made
    changed = True
    while changed and ts < te:
        changed = False
        first = doc[ts]
        if (
            first.lower_ in _ARTICLES
            or first.is_punct
            or first.is_space
            or (first.lower_ in _LEADING_PREPOSITIONS and first.is_lower and ts + 1 < te)
            # "Multiple Creative Commons-licensed videos" opening a sentence; not "with Multiple Sclerosis"
            or (is_leading_quantifier(first) and ts + 1 < te and _starts_clause(doc, ts))
        ):
            ts += 1
            changed = True
            continue
        for width in (3, 2, 1):
            if ts + width >= te or headed:  # never strip the whole name, nor an organisation's first word
                continue
            words = [strings[orth] for orth in orths[ts : ts + width]]
            if _fold(" ".join(words)) in titles or _fold("".join(words)) in titles:
                ts += width
                changed = True
                break
        if not changed:
            ts, changed = _strip_country_title(doc, ts, te, titles, lexicon)
    return ts


def _strip_country_title(doc, ts: int, te: int, titles, lexicon: Lexicon) -> tuple[int, bool]:
    """Skip a country and a title before a name: "US President Donald Trump", "United States Representative
    Elijah Cummings" (a country of up to three words, a title of one or two); at least a word is left, and
    none where the rest holds a head word or a class noun ("United States General Services Administration")."""
    for width in (3, 2, 1):
        if ts + width + 1 >= te or not lexicon.countries.country_of(_text(doc, ts, ts + width)):
            continue
        for title in (2, 1):
            if ts + width + title < te and _fold(_text(doc, ts + width, ts + width + title)) in titles and not any(
                    t.lower_ in lexicon.tables["name_heads"] or t.lower_ in lexicon.tables["context_nouns"]
                    for t in doc[ts + width + title:te]):
                return ts + width + title, True
    return ts, False


def _after_stripped_title(doc, start: int, ts: int, te: int, lexicon: Lexicon) -> bool:
    """Whether a title stripped from the front (``start`` to ``ts``) ends right before two or three capitalised
    words that have no head word of a kind of thing: a person's name."""
    titles = _titles(lexicon)
    if ts <= start or not 2 <= te - ts <= 3 or not all(t.is_title and t.is_alpha for t in doc_span(doc, ts, te)):
        return False
    if any(t.lower_ in lexicon.tables["name_heads"] for t in doc_span(doc, ts, te)):
        return False
    return any(ts - width >= start and _fold(_text(doc, ts - width, ts)) in titles for width in (1, 2, 3))


def _strip_occupation(doc, ts: int, te: int, lexicon: Lexicon) -> int:
    """The start of a person's name after an occupation noun the tagger took in, capitalised at a sentence's
    start ("Broadcaster Piers Morgan", "Actress Jane Doe": a noun of ``data/context_nouns.tsv``), or ``ts``;
    the rest must read as a person's name (:func:`extract.entity_context.is_personal_name`), or, at a
    sentence's start, be two or three capitalised words. The noun is no given name ("Hunter Biden")."""
    first = doc[ts]
    if not 3 <= te - ts <= 4 or not first.is_title or first.lower_ not in lexicon.tables["context_nouns"] or (
            is_given_name(first.text, lexicon=lexicon)):
        return ts
    if is_personal_name(_text(doc, ts + 1, te), lexicon=lexicon) or first.is_sent_start and all(
            t.is_title and t.is_alpha for t in doc[ts + 1:te]):
        return ts + 1
    return ts


def _strip_place_before_person(doc, ts: int, te: int, lexicon: Lexicon) -> int:
    """The start of a person's name the tagger fused to the place of a title before it ("First Minister of
    Scotland Nicola Sturgeon": Nicola Sturgeon), or ``ts``. The place is a country or a province; the rest must
    read as a person's name (:func:`extract.entity_context.is_personal_name`), or be two or three capitalised
    words after "<title> of"."""
    for width in (1, 2, 3):
        if te - (ts + width) < 2:
            break
        place = _text(doc, ts, ts + width)
        known = lexicon.countries.country_of(place) or any(
            c.kind == "admin1" for c in lexicon.gazetteer.candidates(place))
        rest = _text(doc, ts + width, te)
        if not known and not (lexicon.gazetteer.candidates(place) and _after_title_of(doc, ts, lexicon)
                              and is_personal_name(rest, lexicon=lexicon)):
            continue  # "Mayor of Koszalin Piotr Jedlinski": a town of the title, then a person's name
        if is_personal_name(rest, lexicon=lexicon) or (_after_title_of(doc, ts, lexicon) and 2 <= te - ts - width <= 3
                                                       and all(t.is_title and t.is_alpha for t in doc[ts + width:te])):
            return ts + width
    return ts


def _after_title_of(doc, ts: int, lexicon: Lexicon) -> bool:
    """Whether "<title> of" stands right before ``ts`` ("Minister of", "Prime Minister of")."""
    if ts < 2 or doc[ts - 1].lower_ != "of":
        return False
    titles = _titles(lexicon)
    return any(ts - 1 - width >= 0 and _fold(_text(doc, ts - 1 - width, ts - 1)) in titles for width in (1, 2, 3))


def _strip_back(doc, ts: int, te: int) -> int:
    while te > ts:
        last = doc[te - 1]  # one Token a word
        if not (last.text in _POSSESSIVE or last.tag_ == "POS" or last.is_punct or last.is_space):
            break
        te -= 1
    return te


# A paragraph that opens with up to five capitalised words, maybe a
# "(AFP)", then a spaced dash: "BEIRUT (AFP) - ...", "Maarat Al Numan - ...".
_DATELINE = re.compile(
    r"(?:\A|\n)[^\S\n]*((?:[A-Z][\w'’.]*[^\S\n]+){0,4}[A-Z][\w'’.]*)"
    r"(?:[^\S\n]*\([^)\n]{1,30}\))?[^\S\n]+(?:--|[-–—])[^\S\n]"
)


def _doc_text(doc) -> str:
    """``doc.text``: the one place the rules build the whole text of a Doc."""
    return doc_text(doc)


def _dateline(doc, text: str) -> Iterator[tuple[int, int]]:
    """Token ranges of paragraph-initial place names before a spaced dash."""
    for match in _DATELINE.finditer(text):
        span = doc.char_span(match.start(1), match.end(1))
        if span is not None and all(t.is_alpha or t.text == "." for t in span):
            yield span.start, span.end


#: An interview transcript's speaker label at the start of a paragraph: "((WN))  What ...".
_SPEAKER_LABEL = re.compile(r"(?m)^[^\S\n]*\(\(([^()\n]{1,80})\)\)")


def _speaker_labels(text: str) -> list[tuple[int, int]]:
    """Character ranges of the paragraph-initial speaker labels of a transcript: markup, not mentions."""
    return [m.span(1) for m in _SPEAKER_LABEL.finditer(text)]


def _draft_mentions(doc, text: str) -> list[_Draft]:
    drafts: list[_Draft] = []
    labels = _speaker_labels(text) if "((" in text else []
    datelines = list(_dateline(doc, text))
    taken = set()
    for ts, te in datelines:
        d = _Draft(ts, te, "GPE")
        d.hint = "GPE"
        drafts.append(d)
        taken.update(range(ts, te))
    for ent in doc_ents(doc):
        if ent.label_ not in KEPT_LABELS:
            continue
        if labels and any(a <= ent.start_char < b for a, b in labels):
            continue  # "((Jane Doe))" names the speaker of the paragraph; it is no mention in the text
        # cut spans glued across a spaced dash ("Al Numan - Bombardments")
        start = ent.start
        parts = []
        glued = any(c in text[ent.start_char : ent.end_char] for c in "-–—")  # no dash, nothing to cut
        for i in range(ent.start, ent.end) if glued else ():
            if _is_spaced_dash(doc, i):
                parts.append((start, i))
                start = i + 1
        parts.append((start, ent.end))
        for ts, te in parts:
            while ts < te and ts in taken:
                ts += 1
            if ts < te:
                drafts.append(_Draft(ts, te, ent.label_))
    return drafts


#: How many capitalised words before "&" an organisation's name may take back ("Baylor Scott & White").
_AMPERSAND_REACH = 3


def _joined_at_ampersand(doc, drafts: list[_Draft], lexicon: Lexicon) -> list[_Draft]:
    """An organisation or facility the tagger began after "&" takes back the names before it ("Baylor Scott
    & White Medical Center", not "Baylor Scott" and "White Medical Center"), and so after "and" between two
    given names ("Bill and Melinda Gates Foundation"): only a span holding a head word of
    ``data/name_heads.tsv``; the mentions it covers go."""
    heads = _entity_words(lexicon).head_words
    dropped: set[int] = set()
    for d in drafts:
        ts = d.ts
        if d.label not in ("ORG", "FAC", "PERSON") or ts < 2 or doc[ts - 1].text not in ("&", "and"):
            continue
        if not any(t.lower_ in heads for t in doc[ts:d.te]):
            continue
        if doc[ts - 1].text == "and" and not _couple_name(doc, ts, lexicon):
            continue
        start = ts - 1
        while start > 0 and ts - 1 - start < _AMPERSAND_REACH and doc[start - 1].is_title \
                and doc[start - 1].pos_ == "PROPN" and not doc[start - 1].is_sent_start:
            start -= 1
        if start == ts - 1 and doc[start - 1].is_sent_start and doc[start - 1].is_title:
            start -= 1  # the name opens the sentence
        if start == ts - 1:
            continue
        d.ts = start
        dropped.update(id(o) for o in drafts if o is not d and start <= o.ts and o.te <= ts)
    return [d for d in drafts if id(d) not in dropped]


#: Dashes that join two names with no space ("Apollo–Soyuz").
_JOINING_DASHES = frozenset({"–", "-"})


def _continued_names(doc, drafts: list[_Draft], lexicon: Lexicon) -> list[_Draft]:
    """Names the tagger cut where the rest is a capitalised word it left out of every name: after a dash
    with no space ("Apollo" + "–Soyuz": "Apollo–Soyuz"; not "Israel–Hamas", whose second name is one
    itself, nor an acronym's or a country's pair, nor a longer name :func:`_cut_at_hyphen` drops), and a
    title word before a place whose last word is a place noun ("General" + "Santos City", as no title comes
    before a city's name), and a plural possessive and a word where the article tags the whole elsewhere
    ("Fishmongers" + "' Hall")."""
    covered = bytearray(len(doc))
    for d in drafts:
        covered[d.ts : d.te] = b"\x01" * (d.te - d.ts)

    def free_name(i: int) -> bool:
        return 0 <= i < len(doc) and not covered[i] and doc[i].pos_ == "PROPN" and doc[i].is_title

    place_nouns = _place_suffixes(lexicon)[0]
    titles = _titles(lexicon)
    whole = {_fold(_text(doc, d.ts, d.te)) for d in drafts if d.te - d.ts > 2}
    for d in drafts:
        te = d.te
        if _plural_owner(doc, te) and free_name(te + 1) and _fold(_text(doc, d.ts, te + 2)) in whole:
            covered[te : te + 2] = b"\x01\x01"  # "Fishmongers" + "' Hall", where "Fishmongers' Hall" is tagged too
            d.te = te = te + 2
        if te + 1 < len(doc) and doc[te].text in _JOINING_DASHES and not doc[te - 1].whitespace_ \
                and not doc[te].whitespace_ and free_name(te + 1) and not _known_name(doc[te + 1].text, lexicon) \
                and not _text(doc, d.ts, te).isupper() and not lexicon.countries.country_of(_text(doc, d.ts, te)) \
                and not _cut_at_hyphen(doc, d.ts, te, lexicon):
            end = te + 1
            while free_name(end):
                end += 1
            covered[d.te : end] = b"\x01" * (end - d.te)
            d.te = end
        last = doc[d.te - 1]
        if last.is_title and last.lower_ in place_nouns and free_name(d.ts - 1) \
                and _fold(doc[d.ts - 1].text) in titles:
            d.ts -= 1
            covered[d.ts] = 1
    return drafts


def _reshaped(doc, drafts: list[_Draft], lexicon: Lexicon) -> list[_Draft]:
    """Names the tagger cut short, split or fused, made whole (:mod:`extract.name_shapes`): a name runs on to
    its head word ("Bernardo O'Higgins" + "Riquelme Base"), a lone name article joins the name after it
    ("Las" + "Estrellas"), "Crete and Cyprus" tagged as one name is two places. Mentions a longer one
    now covers go."""
    out: list[_Draft] = []
    for d in drafts:
        d.te = comma_name_end(doc, d.ts, d.te, d.label, lexicon=lexicon)  # "University of California" + ", Davis"
        if out and (district_of_region(doc, out[-1], d, lexicon=lexicon) or body_of_region(
                doc, out[-1], d, lexicon=lexicon)):
            out[-1].te, out[-1].label = d.te, "ORG"  # "the Western District" + "of Texas": the court's district
            continue
        court_end = court_of_district(doc, out[-1], d, lexicon=lexicon) if out else None
        if court_end:  # "the United States" + "District Court for the" + "Western District of Virginia"
            out[-1].te, out[-1].label = court_end, "ORG"
            continue
        if out and (joins_article(doc, out[-1], d) or halves_of_one_name(doc, out[-1], d, lexicon=lexicon)
                    and not _known_name(_text(doc, out[-1].ts, out[-1].te), lexicon)
                    or (of_phrase_rest(doc, out[-1], d, lexicon=lexicon)
                        or purpose_phrase_rest(doc, out[-1], d, lexicon=lexicon))
                    and not _known_name(_text(doc, d.ts, d.te), lexicon)
                    or joins_known_name(doc, out[-1], d, lexicon=lexicon)):
            # "Las" + "Estrellas", "Command" + "and Control Centre", "Progressive Party" + "of Working People"
            out[-1].te = d.te
            continue
        parts = fused_place_parts(doc, d.ts, d.te, lexicon=lexicon) if d.label in ("ORG", "GPE", "LOC") else None
        if parts is None and d.label in ("GPE", "LOC"):
            parts = town_and_region(doc, d.ts, d.te, lexicon=lexicon)  # "Winchester, Hampshire": two places
        if parts:
            out.extend(_Draft(ts, te, kind) for ts, te, kind in parts)
            continue
        d.te = run_on_end(doc, d.ts, d.te, d.label, lexicon=lexicon)
        d.te = and_field_end(doc, d.ts, d.te, d.label, lexicon=lexicon)  # "Institute of Allergy" + "and Infectious Diseases"
        end = people_head_end(doc, d.ts, d.te, d.label, lexicon=lexicon)  # "Eastern Shoshone" + "Tribe"
        end = district_region_end(doc, d.ts, end, lexicon=lexicon)  # "the Northern District" + "of Illinois"
        if end != d.te:
            d.te, d.label = end, "ORG"
        out.append(d)
    return _kept(out)


def _without_works(doc, drafts: list[_Draft], lexicon: Lexicon) -> list[_Draft]:
    """The mentions that name no work or ship (:func:`extract.entity_context.names_work`: "the mockumentary
    X", "the research ship X"); the same words elsewhere in the article go too ("X had its premiere"),
    unless they are a place's or a person's name too ("the ship Hamburg" leaves the city)."""
    bound = [d for d in drafts if names_work(doc, d.ts, d.te, lexicon=lexicon)]
    if not bound:
        return drafts
    titles = {_fold(_text(doc, d.ts, d.te)) for d in bound if not _place_or_person(_text(doc, d.ts, d.te), lexicon)}
    dropped = {id(d) for d in bound}
    return [d for d in drafts if id(d) not in dropped and not (titles and _in_title(doc, d, titles))]


def _place_or_person(name: str, lexicon: Lexicon) -> bool:
    name = " ".join(w for w in name.split() if w.lower() != "the")
    return bool(lexicon.countries.country_of(name) or lexicon.gazetteer.candidates(name)
                or is_personal_name(name, lexicon=lexicon))


def _in_title(doc, draft: _Draft, titles: set[str]) -> bool:
    """Whether the mention, or it with the one or two words before it, is one of the works' ``titles``
    (folded): "America" tagged alone in "Mister America is a continuation"."""
    return any(_fold(_text(doc, draft.ts - k, draft.te)) in titles for k in range(min(draft.ts, 2) + 1))


#: Labels whose names are never joined by their spaces: people, and peoples ("East African" is no
#: "The EastAfrican" newspaper).
_NOT_SPACED = frozenset({"PERSON", "NORP"})


def _map_space_variants(drafts: list[_Draft]) -> None:
    """One name written with and without a space ("Marine Traffic", "MarineTraffic") is one entity, not
    a person's (people's names are left to the surname rules)."""
    variants = space_variants({d.canonical for d in drafts if d.label not in _NOT_SPACED and not d.country})
    for d in drafts:
        if d.label not in _NOT_SPACED and d.canonical in variants:
            d.canonical = variants[d.canonical]


def _known_name(word: str, lexicon: Lexicon) -> bool:
    """Whether a word is a name on its own: a country, a place, a knowledge-base entry or a dictionary actor."""
    return bool(lexicon.countries.country_of(word) or lexicon.gazetteer.candidates(word)
                or lexicon.knowledge.lookup(word) or lexicon.dictionaries.actor_codes(word))


#: The words a tagger cuts a name at: "Rogaland Fire" and "Rescue" of "Rogaland Fire and Rescue".
_JOINING_WORDS = frozenset({"and", "&"})


def _name_words(doc, draft: _Draft) -> tuple[str, ...]:
    """The words of a draft without a leading article or quote: its name as the article spells it."""
    words = [span_text(doc, k, k + 1) for k in range(draft.ts, draft.te)]  # cut from the text: no Token per word
    while words and (words[0].lower() == "the" or not any(c.isalnum() for c in words[0])):
        words.pop(0)
    return tuple(words)


def _joined_at_and(doc, drafts: list[_Draft], lexicon: Lexicon) -> list[_Draft]:
    """A name the tagger cut at "and" or "&" takes back the rest where the article or the knowledge base
    spells the whole: "Rogaland Fire" + "and Rescue" is "Rogaland Fire and Rescue" when that name stands
    whole elsewhere in the article or is an entry's own label ("Port Authority of New York and New Jersey").
    The mentions the whole covers go. Not when the words after "and" are a name the article gives alone
    elsewhere ("Woolworths and Coles" tagged whole once is two chains when "Coles" stands alone)."""
    wholes = {}
    for d in drafts:
        words = _name_words(doc, d)
        if len(words) >= 3 and any(w.lower() in _JOINING_WORDS for w in words[1:-1]):
            wholes.setdefault(words, d.label)
    if not wholes and not any(_and_cut(doc, d) is not None for d in drafts):
        return drafts
    alone = {}
    for d in drafts:
        alone.setdefault(_name_words(doc, d), set()).add(d.ts)
    dropped: set[int] = set()
    for d in drafts:
        cut = _and_cut(doc, d)
        if id(d) in dropped or d.label not in ("ORG", "FAC", "PERSON", "GPE", "LOC") or cut is None:
            continue
        words = _name_words(doc, d)
        words = words[: len(words) - (d.te - cut)]  # without an "and" the mention ends in
        start = cut - len(words)
        found = next(((start + len(w), label) for w, label in sorted(wholes.items(), key=lambda x: -len(x[0]))
                      if len(w) > len(words) and w[: len(words)] == words and start + len(w) <= len(doc)
                      and tuple(t.text for t in doc[start:start + len(w)]) == w), None) if words else None
        if found is None and words:
            found = _known_whole(doc, start, cut, lexicon)
        if found is None:
            continue
        end, label = found
        rest = tuple(t.text for t in doc[cut + 1:end])
        if alone.get(rest, set()) - {cut + 1}:
            continue  # the words after "and" name something of their own in this article
        d.te, d.label = end, label
        dropped.update(id(o) for o in drafts if o is not d and d.ts <= o.ts and o.te <= end)
    return [d for d in drafts if id(d) not in dropped]


def _and_cut(doc, draft: _Draft) -> int | None:
    """The position of the "and" (or "&") a name is cut at: the word right after the mention, or its own
    last word where the tagger took the "and" but not the rest ("Organisation for Economic Co-operation
    and" + "Development"); None when there is none or nothing follows it."""
    cut = draft.te - 1 if draft.te - draft.ts > 1 and doc[draft.te - 1].lower_ in _JOINING_WORDS else draft.te
    return cut if cut + 1 < len(doc) and doc[cut].lower_ in _JOINING_WORDS else None


#: How many capitalised words after "and" a known name may take ("... of New York and New Jersey").
_AND_REACH = 4


def _known_whole(doc, start: int, cut: int, lexicon: Lexicon) -> tuple[int, str] | None:
    """(end, type) of the longest run of capitalised words after "and" at ``cut`` that makes, with the name
    from ``start``, the own label of one knowledge-base entry, one QID (no alias: "X and Y" as an alias may name a
    pair); None if there is none."""
    best = None
    end = cut + 1
    while end < len(doc) and end - cut <= _AND_REACH and (doc[end].is_title or doc[end].lower_ == "of"):
        end += 1
        if not doc[end - 1].is_title:
            continue
        entries = [entry for entry, alias in lexicon.knowledge.lookup(_text(doc, start, end)) if alias is None]
        if len({entry.qid or entry.label for entry in entries}) == 1 and len({e.type for e in entries}) == 1:
            best = (end, entries[0].type)  # an entry the base writes twice is still one
    return best


def _couple_name(doc, ts: int, lexicon: Lexicon) -> bool:
    """Whether "and" at ``ts - 1`` joins two given names of one name: "Bill and Melinda Gates Foundation"
    (a lone given name before it, two capitalised names after it), not "Microsoft and Apple Inc."."""
    before = doc[ts - 2]
    return (before.is_title and is_given_name(before.text, lexicon=lexicon)
            and (ts < 3 or not doc[ts - 3].is_title) and ts + 2 < len(doc)
            and all(t.is_title and t.pos_ == "PROPN" for t in doc[ts:ts + 2]))


def _clean(doc, draft: _Draft, lexicon: Lexicon) -> bool:
    """Strip, extend and type one draft; return False to drop it."""
    if draft.label == "PERSON" and draft.te - draft.ts == 1:
        draft.ts = _given_name_before(doc, draft.ts, lexicon)  # "Ethiopians Dejene Debela": not "Debela" alone
    ts = _strip_front(doc, draft.ts, draft.te, lexicon)
    ts = speech_verb_end(doc, ts, draft.te, lexicon=lexicon)  # "Remarked Center for ...": the verb is no name
    if draft.label != "PERSON" and (_after_stripped_title(doc, draft.ts, ts, draft.te, lexicon)
                                    or person_after_title_of(doc, ts, draft.te, draft.label, lexicon=lexicon)
                                    or person_in_titled_pair(doc, ts, draft.te, draft.label, lexicon=lexicon)
                                    or kin_person(doc, ts, draft.te, draft.label)):
        draft.hint = draft.label = "PERSON"  # "United States Representative Elijah Cummings" tagged ORG
    if draft.label == "PERSON":
        ts = _strip_occupation(doc, ts, draft.te, lexicon)
    person = _strip_place_before_person(doc, ts, draft.te, lexicon)
    if person != ts:
        ts, draft.hint, draft.label = person, "PERSON", "PERSON"
    ts, te = _trim(doc, ts, _strip_back(doc, ts, draft.te), lexicon)
    debris = read_debris(doc, ts, te, draft.label, lexicon=lexicon) if ts < te else (ts, te, draft.label, None)
    if debris is None or is_language_use(doc, ts, te, draft.label):  # "the Arabic page": a language, no node
        return False  # "National Security" of "National Security Advisor", "Correct." (extract.name_debris)
    ts, te, draft.label, hint = debris  # "Harry Browne Image:" ends before "Image"; "the Azerbaijanis" NORP
    if is_people_name(doc, ts, te, draft.label):
        draft.label = hint = "NORP"  # "the ethnic Ndebele" tagged PERSON (extract.peoples)
    draft.hint = draft.hint or hint  # "The Atlantic claimed": the magazine
    if ts >= te or not _has_letters(doc, ts, te, lexicon) or _is_junk(doc, ts, te, lexicon) \
            or is_lone_article(doc, ts, te):
        return False
    if is_letter_fragment(doc, ts, te):
        return False  # '"COVI" represents the coronavirus': letters of "COVID-19"
    if is_foreign_script_name(_text(doc, ts, te)):
        return False  # "Скажем", "Union नहीं है": the tagger's guess in a quoted original (extract.script_names)
    if is_eponym_concept(doc, ts, te):
        return False  # "the Streisand effect": a concept named after someone, no actor
    if is_law_eponym(doc, ts, te, lexicon=lexicon) or is_named_day_part(doc, ts, te) \
            or is_designation(_text(doc, ts, te), lexicon=lexicon):
        return False  # "Newton's laws", "Super" of "Super Tuesday", "a Foreign Terrorist Organization"
    if is_prefix_fragment(_text(doc, ts, te)) and _modifies_noun(doc, ts, te) or is_commodity(
            _text(doc, ts, te), lexicon=lexicon):
        return False  # "the trans-Anatolian pipeline", "liquid natural gas (LNG)": an adjective, a commodity
    if _no_actor_shape(doc, ts, te, lexicon):
        return False  # "Python", "Middle East Respiratory Syndrome", "East African Affairs": no actor
    if draft.label not in ("GPE", "NORP") and _cut_at_hyphen(doc, ts, te, lexicon):
        return False  # "Harvard" of "Harvard–Smithsonian Center for Astrophysics": a cut name
    if _is_vessel(doc, draft.ts, te, lexicon) or (ts != draft.ts and _is_vessel(doc, ts, te, lexicon)):
        return False  # "MV Alan Kurdi", "USS Cole": a ship is no actor, nor its prefix alone
    if draft.label != "NORP" and _is_indefinite(doc_span(doc, ts, te)) and not lexicon.countries.country_of(_text(doc, ts, te)):
        return False  # "make an Order declaring", "drove a Ford": a name with "a" before it is used as a noun
    if not any(c.isupper() for c in span_text(doc, ts, te)):
        return False  # "green algae", "maisha": a name has a capital letter
    transit = transit_end(doc, ts, te, lexicon=lexicon)
    if transit is not None:
        te, draft.hint, draft.label = transit, "FAC", "FAC"  # "the Jubilee line", "the Underground"
    te, kind = kind_end(doc, ts, te, lexicon=lexicon)  # "Chelsea 2-1": no score; "the Bush family" (extract.kind_cues)
    if kind:
        draft.hint = draft.label = kind
    draft.ts, draft.te = ts, te
    names, demonyms = _countries(lexicon)
    _mark_common_word(doc, draft, ts, te, lexicon)
    core_end = _place_suffix(doc, draft, ts, te, demonyms, lexicon)
    canonical = without_nickname(doc, ts, core_end, lexicon) or _text(doc, ts, core_end)  # "Matiu Ratana"

    folded = _fold(canonical)
    if folded not in names and "-" in folded and folded.replace("-", " ") in names:
        folded = folded.replace("-", " ")  # "A United-States-based team": the country's own name
    if folded in names and draft.label != "PERSON":
        draft.canonical = names[folded]
        draft.country = True
        if is_continent(draft.canonical, lexicon=lexicon):
            draft.country, draft.hint = False, "LOC"  # "Antarctica": a continent, no country
    elif draft.label == "NORP" and folded in demonyms:
        draft.canonical = demonyms[folded]
        draft.country = True
    else:
        if canonical.isupper() and len(canonical) > 4 and draft.hint == "GPE":
            canonical = canonical.title()  # "BEIRUT" in a dateline
        draft.canonical = _named_form(canonical, draft, lexicon)
    if draft.te == te and (draft.country or draft.label == "ORG"):
        # "YPG militia", "Israeli aircraft": the group acting ("the Russian army" is an actor of its own)
        draft.te = _actor_end(doc, ts, te, org=not draft.country, lexicon=lexicon)
    if draft.hint is None and not draft.country:
        draft.hint = celestial_type(doc, canonical, lexicon=lexicon) or religion_type(
            canonical, lexicon=lexicon) or knowledge_type(
            canonical, lexicon=lexicon, label=draft.label)  # "Soviet Union" said ORG
    if draft.hint is None and not draft.country and is_continent(canonical, lexicon=lexicon):
        draft.hint = "LOC"  # "Africa" said GPE: a continent of the knowledge base
    if draft.hint is None and not draft.country and draft.label in ("PERSON", "ORG", "NORP", "FAC", "LOC"):
        # "Borneo" said PERSON; "the Mediterranean" said LOC stays a sea whatever one mention's context reads
        draft.hint = region_type(canonical, lexicon=lexicon)  # (extract.located_places)
    _type_hints(doc, draft, lexicon)
    if draft.hint == _LAW:
        return False  # "the Paris Agreement", "the Patriot Act": a law is no actor (as the tagger's LAW)
    if draft.hint is None and not draft.country and draft.label != "ORG":
        draft.hint = dictionary_type(canonical, lexicon=lexicon) or (  # "Reuters", "Boko Haram" said PERSON
            group_short_type(canonical, lexicon=lexicon) if draft.label == "PERSON" else None)
    _place_hint(draft, lexicon)
    _city_demonym_hint(draft, lexicon)
    if not draft.country and not _context_reading(doc, draft, ts, core_end, canonical, lexicon):
        return False
    if not draft.country and draft.label in ("PERSON", "NORP", "ORG", "GPE", "FAC") and draft.hint in (None, "GPE") \
            and not is_personal_name(canonical, lexicon=lexicon) and placed_in_region(doc, ts, core_end, lexicon=lexicon):
        draft.hint, draft.weak, draft.placed = "GPE", None, True  # "in Chippewa Falls, Wisconsin"
    # context hints: "the town of X", "X, a town in ..."
    root = doc_span(doc, ts, core_end).root
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in _word_set(
        "place_nouns.txt", lexicon
    ):
        draft.hint = "GPE"
    for child in root.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN" and child.lower_ in _word_set("place_nouns.txt", lexicon):
            draft.hint = "GPE"
    return True


_ABBREVIATION = re.compile(r"(?:[A-Z]{1,3}\.)+|[A-Z]{1,3}(?:&[A-Z]{1,3})+")


def _has_letters(doc, ts: int, te: int, lexicon: Lexicon) -> bool:
    """A name has a word of letters: "2019", "--" and "COVID-19" have none. A capital abbreviation has no alpha
    token but counts when it is an ampersand name ("PG&E", "AT&T") or a dotted one the country or knowledge data
    know ("U.S.", "U.K.", "U.N."); an unknown dotted one ("D.C." of "Washington, D.C.") stays out as before."""
    if any(token_column(doc, _IS_ALPHA_ATTR)[ts:te]):
        return True
    if te - ts != 1 or not _ABBREVIATION.fullmatch(text := doc[ts].text):
        return False
    return "&" in text or bool(lexicon.countries.country_of(text) or knowledge_type(text, lexicon=lexicon))


def _no_actor_shape(doc, ts: int, te: int, lexicon: Lexicon) -> bool:
    """Software, a disease, a minister's portfolio (:mod:`extract.name_repairs`), a political process
    (:mod:`extract.name_shapes`), a common abbreviation or its spelled-out form, a title of rank
    (:mod:`extract.node_kinds`): no actor."""
    text = _text(doc, ts, te)
    return (is_software(text, lexicon=lexicon) or is_disease(text, lexicon=lexicon) or is_portfolio(doc, ts, te, lexicon=lexicon)
            or portfolio_before(doc, te) or is_process(text, lexicon=lexicon) or no_node(doc, ts, te, lexicon=lexicon))


def _mark_common_word(doc, draft: _Draft, ts: int, te: int, lexicon: Lexicon) -> None:
    """Junk: a capitalised common word where capitals mean nothing is only a suspect."""
    commons = _common_nouns(lexicon)
    if draft.hint is None and _starts_clause(doc, ts):
        words = [t for t in doc[ts:te] if t.is_alpha]
        common = all(
            t.pos_ not in ("PROPN", "ADJ")
            or t.lower_ in commons
            or t.lower_.rstrip("s") in commons
            for t in words
        )
        if common and not lexicon.countries.country_of(doc[ts:te].text) \
                and not known_start_name(doc, ts, te, lexicon=lexicon):  # "Labour won" (extract.start_names)
            # kept only if the article names it elsewhere ("Trump's call")
            draft.suspect = True


def _place_suffix(doc, draft: _Draft, ts: int, te: int, demonyms: dict, lexicon: Lexicon) -> int:
    """A place suffix inside the span ("Idlib Province") or right after it; the end of the name before it."""
    lower_sfx, capital_sfx = _place_suffixes(lexicon)
    core_end = te
    last = doc[te - 1]
    compass = lexicon.word_sets["compass_words"]
    if te - ts > 1 and (
        (last.is_lower and last.lower_ in lower_sfx) or last.lower_ in capital_sfx
    ) and not all(t.lower_ in compass for t in doc[ts : te - 1]):  # "the Southern District" keeps its head
        body = _entity_words(lexicon).last_heads.get(doc[te - 2].lower_) if doc[te - 2].is_title else None
        if body == "ORG":
            draft.hint = draft.hint or body  # "the Paris Police Prefecture": a body's seat, named whole
            return core_end
        core_end = te - 1
        draft.hint = draft.hint or ("LOC" if draft.label == "LOC" and last.is_lower else "GPE")  # "the Pacific region"
    elif te < len(doc) and draft.label in ("GPE", "LOC", "FAC", "ORG", "PERSON", "NORP"):
        nxt = doc[te]
        if (nxt.is_lower and nxt.lower_ in lower_sfx) or (
            nxt.is_title and nxt.lower_ in capital_sfx
            and not (te + 1 < len(doc) and doc[te + 1].is_title)  # "United States District Court": a court's name
        ):
            if draft.label != "NORP" or not demonyms.get(_fold(doc[ts:te].text)):
                draft.te = te + 1
                draft.hint = draft.hint or "GPE"
    return core_end


def _context_reading(doc, draft: _Draft, ts: int, core_end: int, canonical: str, lexicon: Lexicon) -> bool:
    """The type the words around the name give (a weak reading or a hint); False to drop it."""
    found = context_evidence(doc, ts, core_end, lexicon=lexicon, label=draft.label)
    said = found.type if found else None
    if said == PRODUCT or is_taxon(canonical):
        return False  # "a Boeing 737", "Acropora millepora": no actor
    if said and not found.strong:
        # one mention's reading ("the Kaufland chain", "exploded in X"): it counts as a label does,
        # and a known town stays the town ("the Mumbai airport")
        if not (said in ("LOC", "FAC") and draft.label == "GPE" and lexicon.gazetteer.candidates(canonical)):
            draft.weak = said
    elif said and (draft.hint is None or draft.hint == "GPE" and said in ("LOC", "FAC")):
        draft.hint = said  # "actress Stormy Daniels", "the retailer Biedronka"
    elif said == "PERSON" and found.strong and draft.hint in ("FAC", "LOC") and titled_surname_head(
            doc, ts, core_end, canonical, lexicon=lexicon):
        draft.hint = said  # "presidential nominee Darrell Castle": the title outweighs the head word (extract.defined_kinds)
    elif said == "ORG" and draft.hint == "GPE" and apposed_body(doc, ts, core_end, lexicon=lexicon):
        draft.hint = said  # "Lincoln, the luxury car brand": the apposition outweighs the gazetteer (extract.kind_cues)
    elif said == "ORG" and draft.hint == "GPE" and team_reading(doc, ts, core_end, lexicon=lexicon, label=draft.label):
        draft.hint = said  # "Preston won 3-1 against Hull City": the club outweighs the gazetteer (extract.match_sides)
    elif draft.hint is None and draft.label in ("ORG", "LOC", "FAC", "GPE") and is_personal_name(
            canonical, lexicon=lexicon):
        draft.hint = "PERSON"  # "told Paul Rivera of WESH 2 news"
    elif draft.hint is None and draft.label == "NORP" and is_personal_name(canonical, lexicon=lexicon) \
            and person_cue(doc, ts, core_end, lexicon=lexicon):
        draft.hint = "PERSON"  # "biologist Christian Keysers said": a given name the tagger read as a nationality
    return True


#: Dependencies of a word that modifies a noun ("a Reuters reporter"): an article before it is the noun's.
_NOUN_MODIFIERS = frozenset({"compound", "nmod", "amod", "poss"})


def _cut_at_hyphen(doc, ts: int, te: int, lexicon: Lexicon) -> bool:
    """Whether the name runs on through a dash or hyphen with no space into the capitalised name it belongs
    to ("Harvard–Smithsonian Center", whose head "Center" is a proper noun after the dash): the tagger cut a
    longer name. An acronym and a country stay ("NASA-SpaceX launch", "US-China talks")."""
    if te + 1 >= len(doc) or doc[te].text not in _DASHES or doc[te - 1].whitespace_ or doc[te].whitespace_:
        return False
    head = doc[ts:te].root.head
    if not doc[te + 1].is_title or head.i <= te or head.pos_ != "PROPN" or not head.is_title:
        return False  # "the joint NASA-Space X launch": two names that modify a noun
    return not doc[ts:te].text.isupper() and not lexicon.countries.country_of(_text(doc, ts, te))


def _modifies_noun(doc, ts: int, te: int) -> bool:
    """Whether the name modifies a noun ("the trans-Anatolian pipeline", "pro-Beijing lawmakers"), unlike a
    group named by it ("ex-Muslims said")."""
    root = doc[ts:te].root
    return root.dep_ in _NOUN_MODIFIERS or (te < len(doc) and doc[te].pos_ == "NOUN" and doc[te].is_lower)


def _is_indefinite(span) -> bool:
    """Whether the name heads a phrase with "a" or "an" right before it ("an Order declaring ...", "a Ford"),
    which a name never takes: a common noun capitalised, a product, a family's member. Not a name that
    modifies a noun ("a Reuters reporter") nor a town before its state ("a Frederick, Maryland facility")."""
    root, doc = span.root, span.doc
    if root.dep_ in _NOUN_MODIFIERS or span.start == 0 or doc[span.start - 1].lower_ not in ("a", "an"):
        return False
    if span.end < len(doc) and (doc[span.end].pos_ == "NOUN" and doc[span.end].is_lower or doc[span.end].text == ","):
        return False  # "an International Space Station spacewalk", "a Frederick, Maryland facility": a modifier
    return any(child.dep_ == "det" and child.i == span.start - 1 for child in root.children)


def _given_name_before(doc, ts: int, lexicon: Lexicon) -> int:
    """The start of a person's name whose given name the tagger left out ("Council spokesperson Barend
    Leyts", "Ethiopians Dejene Debela"): one capitalised proper noun before a lone surname, bound to it,
    in no entity, no title, common noun, country or place, and not one of a run of capitalised words
    (an organisation's name). Else ``ts``."""
    if ts == 0:
        return ts
    tok = doc[ts - 1]
    if tok.ent_type_ or not tok.is_title or not tok.is_alpha or tok.pos_ != "PROPN" or tok.head.i != ts:
        return ts
    if _starts_clause(doc, ts - 1):
        return ts  # "Afterwards Trump visited", "Hi Agastya": a capital that says nothing
    if (_fold(tok.text) in _titles(lexicon) or tok.lower_ in _common_nouns(lexicon)
            or tok.lower_ in lexicon.tables["context_nouns"] or lexicon.countries.country_of(tok.text)
            or lexicon.gazetteer.candidates(tok.text)):
        return ts
    if ts >= 2 and doc[ts - 2].is_title and not doc[ts - 2].ent_type_ and not _starts_clause(doc, ts - 2):
        return ts  # "Rhode Island Smith"? a run of capitals is no given name and surname
    return ts - 1


def _is_vessel(doc, ts: int, te: int, lexicon: Lexicon) -> bool:
    """Whether ``doc[ts:te]`` names a ship: it starts with a ship prefix ("MV Alan Kurdi"), is the prefix of a
    name that follows ("MV" before "Alan Kurdi"), or stands after one, titles between ("MV Professor Albrecht
    Penck"). Prefixes (``data/vessel_prefixes.txt``) are compared as written: "MS" is, "Ms" is not."""
    prefixes = lexicon.words["vessel_prefixes"]
    if doc[ts].text in prefixes:
        return te - ts > 1 or (te < len(doc) and doc[te].is_title)
    titles = _titles(lexicon)
    i = ts - 1
    while i >= 0 and ts - i <= 3 and _fold(doc[i].text) in titles:
        i -= 1  # "MV Professor Albrecht Penck": the ship is named after a professor
    return i >= 0 and doc[i].text in prefixes and (i == 0 or not doc[i - 1].is_title)


#: How many capitalised words after a ship prefix make the ship's name.
_VESSEL_NAME_REACH = 4


def _vessel_names(doc, lexicon: Lexicon) -> frozenset[str]:
    """The names the article gives after a ship prefix ("the USS Grayback" ... "the Grayback"), folded: the
    ship's name alone is the ship, no actor either. Titles after the prefix stay in ("MV Professor X")."""
    prefixes = {doc.vocab.strings[p] for p in lexicon.words["vessel_prefixes"]}  # as ORTH ids
    names = set()
    for i in (i for i, orth in enumerate(token_column(doc, _ORTH_ATTR)) if orth in prefixes):
        end = i + 1
        while end < len(doc) and end - i <= _VESSEL_NAME_REACH and doc[end].is_title:
            end += 1
        if end > i + 1:
            names.add(_fold(_text(doc, i + 1, end)))
    nouns = lexicon.word_sets["vessel_nouns"]
    appos = doc.vocab.strings["appos"]
    # "The boat, Conception, caught fire": a name in apposition to a vessel noun before it
    for t in (doc[i] for i, (dep, pos) in enumerate(zip(token_column(doc, _DEP_ATTR), token_column(doc, _POS_ATTR)))
              if dep == appos and pos == _PROPN):
        if t.head.i < t.i and t.head.lower_ in nouns:
            start = t.left_edge.i
            if all(w.is_title for w in doc[start : t.i + 1]) and t.i - start < _VESSEL_NAME_REACH:
                names.add(_fold(_text(doc, start, t.i + 1)))
    return frozenset(names)


#: Words before the name of the person a ship is named after: "renamed after Alan Kurdi".
_NAMED_FOR = frozenset({"after", "for", "honour", "honor"})


def _names_vessel(doc, draft: _Draft, vessels: frozenset[str], lexicon: Lexicon) -> bool:
    """Whether a cleaned mention is a ship's name without its prefix: after "the" ("the Grayback was short
    on torpedoes"), or a name that reads as no person's ("Namse Bangdzod could be the victim"); a person
    the ship is named after is not ("renamed after Alan Kurdi")."""
    if _fold(draft.canonical) not in vessels or draft.ts == 0:
        return False
    before = doc[draft.ts - 1].lower_
    if before == "the":
        return True
    return before not in _NAMED_FOR and not is_personal_name(
        draft.canonical, lexicon=lexicon) and not is_given_name(draft.canonical.split()[0], lexicon=lexicon)


#: A score as one token ("43–5", "2-0"): each side at most two digits, so "737-800" and "1939–45" stay.
_SCORE = re.compile(r"^\d{1,2}[-–]\d{1,2}$")


def _trim(doc, ts: int, te: int, lexicon: Lexicon) -> tuple[int, int]:
    """Balance brackets and drop a trailing "in 2008"."""
    te = quote_cut(doc, ts, te)  # 'said on Twitter "Youtube-dl is ...': the name ends before the quotation
    depth, opened = 0, None
    orths, strings = token_column(doc, _ORTH_ATTR), doc.vocab.strings  # the brackets found by text id: no Token made
    opening, closing = strings["("], strings[")"]
    for i in range(ts, te):
        if orths[i] == opening:
            opened = i if depth == 0 else opened
            depth += 1
        elif orths[i] == closing:
            if depth:
                depth -= 1
            else:
                ts = i + 1  # "Forces) said": a stray closing bracket ends what came before
    if depth and opened is not None:
        te = opened  # "National Emergency Operation Centre (NEOC": the name ends before the bracket
    if te - ts > 2 and doc[te - 1].like_num and doc[te - 2].lower_ == "in":
        te -= 2  # "Rally for the Republic in 2008"
    if te - ts > 2 and doc[te - 1].is_lower and doc[te - 1].is_alpha and doc[te - 2].like_num:
        te -= 2  # "placed Humberto 785 miles west of": a distance, never part of a name
    if te - ts > 1 and _SCORE.match(doc[te - 1].text):
        te -= 1  # "defeated Caboolture 43–5": a score, never part of a name
    while te - ts > 1 and (doc[te - 1].is_lower or doc[te - 1].text == "&") and doc[te - 1].lower_ in _DANGLING:
        te -= 1  # "Kelly and", "Emeritus of": a name cut after a small word
    return ts, _strip_back(doc, ts, te)


#: A word of a rating scale: "Category 2" (a storm), "Stage 4", "Level 3" name no entity.
_RATING_WORDS = frozenset({"category", "level", "stage", "phase", "grade", "tier"})


def _is_junk(doc, ts: int, te: int, lexicon: Lexicon) -> bool:
    """A title alone ("Detective Inspector", "US Senator"), a time zone, a date or a rating ("Category 2")
    is not an entity."""
    words = _entity_words(lexicon)
    folded = _fold(_text(doc, ts, te))
    if folded in words.time_zones or folded in words.titles:
        return True
    first, _, rest = folded.partition(" ")
    if rest in words.titles and lexicon.countries.country_of(first):
        return True
    if _title_plural(folded, words.titles) and not (lexicon.knowledge.lookup(_text(doc, ts, te))
                                                     or lexicon.gazetteer.candidates(_text(doc, ts, te))):
        return True  # "among the Representatives who voted": holders of a title ("the Senators": a team)
    widths = (1, 2) if not folded or folded in word_prefixes(words.titles) else ()  # no title starts so: no look
    for width in widths:  # "Interior" of "Interior Minister", "Home" of "Home Secretary": a title's fragment
        if te + width <= len(doc) and _fold(f"{folded} {_text(doc, te, te + width)}") in words.titles:
            return True
    widths = (1, 2) if not folded or folded in word_suffixes(words.titles) else ()  # no title ends so: no look
    for width in widths:
        if ts - width >= 0 and _fold(f"{_text(doc, ts - width, ts)} {folded}") in words.titles:
            return True  # "State" of "Secretary of State"
    if ts >= 2 and doc[ts - 1].text in _DASHES and not doc[ts - 2].whitespace_ and not doc[ts - 1].whitespace_ \
            and _fold(f"{doc[ts - 2].text} {folded}") in words.titles:
        return True  # "Emeritus" of "Bishop-Emeritus"
    if not any(token_column(doc, _LIKE_NUM_ATTR)[ts:te]):
        return False  # no number, no date
    tokens = doc[ts:te]
    if len(tokens) == 2 and tokens[0].lower_ in _RATING_WORDS and tokens[1].like_num:
        return True  # "Category 2", "Stage 4": a rating on a scale, no name
    return any(t.like_num for t in tokens) and all(t.lower_ in _CALENDAR_WORDS for t in tokens if t.is_alpha)


#: Plurals of titles that name a chamber ("the Lords voted"): kept.
_CHAMBER_PLURALS = frozenset({"lords"})


def _title_plural(folded: str, titles) -> bool:
    """Whether a folded name is a title's plural ("representatives", "prime ministers", "secretaries")."""
    if folded in _CHAMBER_PLURALS or not folded.endswith("s"):
        return False
    return folded[:-1] in titles or folded.endswith("ies") and folded[:-3] + "y" in titles


#: A country's short form that starts brands rather than a state's bodies ("USA Today", "USA Gymnastics";
#: the state's are written "U.S. Senate", "US Army"): not spelt out.
_BRAND_COUNTRY_FORMS = frozenset({"USA"})


def _named_form(canonical: str, draft: _Draft, lexicon: Lexicon) -> str:
    """The canonical form of a name that is not a country: a party word is its party
    ("Republican" -> Republican Party), an abbreviated country in front is spelt out
    ("U.S. Senate" -> United States Senate), a known second name of a place is its name
    ("Bombay" -> Mumbai, :mod:`extract.second_names`)."""
    words = _entity_words(lexicon)
    party = words.parties.get(_fold(canonical))
    if party and draft.label in ("NORP", "ORG", "PERSON"):
        draft.hint = "ORG"
        return party
    if draft.label != "PERSON":
        match = _INSTITUTION_OF.match(canonical)
        if match and _fold(match.group(1)) in words.institutions:
            country = lexicon.countries.names.get(_fold(match.group(2)))
            if country:
                return f"{country} {match.group(1)}"  # "Parliament of Iraq" -> Iraq Parliament
        canonical = _ORGANISATION.sub("Organization", canonical)  # one spelling, one key
    first, _, rest = canonical.partition(" ")
    if rest and draft.label != "PERSON" and first.replace(".", "").isupper() and rest[:1].isupper() \
            and first not in _BRAND_COUNTRY_FORMS:
        country = lexicon.countries.names.get(_fold(first))
        if country and country != first:
            return f"{country} {rest}"
    if draft.label != "PERSON":
        return second_name_of(canonical, lexicon=lexicon) or canonical  # "Bombay" -> Mumbai
    return canonical


def _type_hints(doc, draft: _Draft, lexicon: Lexicon) -> None:
    """Hints from the name itself: its head word ("X Arena" is a facility), a title before it (a person)."""
    if draft.country or draft.hint:
        return
    words = _entity_words(lexicon)
    parts = draft.canonical.casefold().split()
    if len(parts) < 2:
        return
    # "Board of Elections", "School of Law", "Commission on X": the head stands before the preposition
    hint = words.last_heads.get(head_word(parts)) or words.first_heads.get(parts[0]) \
        or venue_type(parts, lexicon=lexicon)  # "Mesquite Convention Center" (extract.venue_names)
    if hint is None and parts[-1] == _ACT:
        hint = _LAW  # "Tenure of Office Act": no head before "of"; "Act" ends a law's name ("School of Law" stays)
    if hint is None or hint == "EVENT":
        hint = law_type(draft.canonical, parts, lexicon=lexicon) or hint  # "Convention on X", "X Program"
    if hint and len(parts) == 2 and is_given_name(parts[0], lexicon=lexicon) and not (
            hint == _LAW and treaty_head(parts, lexicon=lexicon)):
        hint = None  # "Robert Plant", "Darrell Castle": a given name and a surname that is also a head word
    elif hint in _PLACE_HEADS and any(c.kind == "city" for c in lexicon.gazetteer.candidates(draft.canonical)):
        hint = None  # "Beverly Hills", "Montego Bay": the town, not the hills or the bay
    if hint is None and draft.ts and all(p[:1].isalpha() for p in parts):
        before = doc[draft.ts - 1]
        if _fold(before.text) in words.titles and all(t.is_title for t in doc[draft.ts : draft.te] if t.is_alpha):
            hint = "PERSON"  # "spokesperson Morgan Ortagus"
    draft.hint = hint


# A place of the gazetteer this big is the place even where the tagger said organisation.
_PROMINENT_PLACE = 100_000


def _place_hint(draft: _Draft, lexicon: Lexicon) -> None:
    """A city or region of the gazetteer that the tagger typed LOC, ORG, NORP or FAC is a GPE
    ("Poznan", "New South Wales"); a seat of government is left to the actor rules, and a name written in
    capitals the tagger did not call a place to the tagger ("ISNA")."""
    if draft.country or draft.hint or draft.label not in ("LOC", "ORG", "NORP", "FAC", "PERSON"):
        return
    if draft.label == "PERSON" and " " not in draft.canonical:
        return  # "Houston said": a lone surname as often as a city
    if draft.label != "LOC" and draft.canonical.isupper() and draft.canonical.isalpha():
        return  # "news agency ISNA": an acronym the tagger called an organisation, not the town Isna
    found = [e for e in lexicon.gazetteer.candidates(draft.canonical) if e.kind != "country"]
    if not found or lexicon.countries.country_of_seat(draft.canonical) and draft.label != "NORP":
        return  # a capital typed NORP ("Tunis") is no people: the place
    if draft.label == "ORG" and is_known_body(draft.canonical, lexicon=lexicon):
        return  # "Toyota", "Hamas": the tables' organisation, not the town of that name (extract.known_bodies)
    best = max(found, key=lambda e: (e.kind == "admin1", e.population))
    # a province without a seat of the gazetteer ("Pool", "Falcon") is too often a word or a name besides
    if draft.label == "LOC" or (best.kind == "admin1" and best.population) or best.population >= _PROMINENT_PLACE:
        draft.hint = "GPE"
    elif draft.label == "PERSON" and not is_given_name(draft.canonical.split()[0], lexicon=lexicon):
        draft.hint = "GPE"  # "Fort Lee", "San Jose": a town's full name that starts with no given name


#: Endings that make a city's people of its name: "Londoner", "New Yorkers", "Dubliner".
_CITY_DEMONYM_ENDINGS = ("ers", "er")
#: A city this big names its people so; a smaller place's name and "-er" is too often a surname ("Turner").
_DEMONYM_CITY = 1_000_000


def _city_demonym_hint(draft: _Draft, lexicon: Lexicon) -> None:
    """A big city's name and "-er(s)" is its people, NORP ("any Londoner would do", "New Yorkers"): the city
    is one of the gazetteer of a million people or more; no country, no name the knowledge base knows."""
    if draft.country or draft.hint or draft.label not in ("PERSON", "NORP", "ORG", "GPE"):
        return
    name = draft.canonical
    for ending in _CITY_DEMONYM_ENDINGS:
        stem = name[: -len(ending)]
        if name.endswith(ending) and len(stem) >= 4 and stem[-1] not in "e":
            if any(c.kind == "city" and c.population >= _DEMONYM_CITY for c in lexicon.gazetteer.candidates(stem)) \
                    and not lexicon.knowledge.lookup(name):
                draft.hint = "NORP"
            return


#: The forms a lone surname takes ("Bashar al-Assad" -> al-assad, assad): :func:`extract.second_names.surname_forms`.
_surnames = surname_forms


def _actor_end(doc, ts: int, te: int, *, org: bool, lexicon: Lexicon) -> int:
    """End of "YPG militia" / "Hamas fighters", or ``te``.

    A country or nationality before an agent noun of the actor tables ("the Russian army", "Chilean
    military authorities", "US troops") keeps ``te``: the phrase is the actor layer's "Russia: military",
    its own node, no mention of the country. Before another noun of ``actor_nouns.txt`` ("Israeli
    aircraft") it still reads as the country acting."""
    nouns = _actor_nouns(lexicon)[1 if org else 0]
    root_head = doc_span(doc, ts, te).root.head
    end = te
    if not org and end < len(doc) and doc[end].lower_ in _GOVERNMENT_NOUNS:
        return te  # "the French government" is the actor layer's government of France, not France
    while end < len(doc) and end - te < 2 and doc[end].lower_ in nouns and not doc[end].ent_type_:
        end += 1
        if root_head.i == end - 1:
            if not org and agent_code([t.text for t in doc[te:end]], lexicon) is not None:
                return te  # "the Iranian military": the actor layer's "Iran: military", no mention of Iran
            return end
    return te


def entities_of(doc, *, resolve: bool = True, lexicon: Lexicon | None = None, date=None) -> EntityIndex:
    """Return the canonical entities of a parsed ``Doc`` and their mentions.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        A Doc with NER (and, for the context hints, a dependency parse).
    resolve : bool
        Also resolve pronouns and definite descriptions to the entities
        they refer to (``EntityIndex.references``); needs the parse.
    lexicon : Lexicon, optional
        The tables to read; by default :func:`extract.lexicon.get_lexicon`'s.
    date : str or datetime.date, optional
        The article's date: the actor dictionaries' persons who hold a code then are recognised by
        the names they list (:mod:`extract.dictionary_names`); None reads them as of now.

    Returns
    -------
    EntityIndex
        Entities in order of first mention, each with its aliases (surface
        forms other than the label), mention count and voted type; and a map
        from tokens to mentions.
    """
    lexicon = lexicon or get_lexicon()
    text = _doc_text(doc)
    mentions = _joined_at_and(doc, _joined_at_ampersand(doc, _draft_mentions(doc, text), lexicon), lexicon)
    mentions = _reshaped(doc, _continued_names(doc, mentions, lexicon), lexicon)
    mentions = _kept(specifier_drafts(doc, mentions, _Draft, lexicon=lexicon))  # "Lost 52" + "Project"
    vessels = _vessel_names(doc, lexicon)
    mentions = _with_defined_names(doc, _without_works(doc, mentions, lexicon), lexicon)
    mentions = _kept(names_after_acronyms(doc, mentions, _Draft, _titles(lexicon)))  # "CEMB [Council of ...]"
    mentions = _kept(nickname_joins(doc, mentions, _Draft, lexicon))  # 'Matiu "Matt" Ratana', "James (Jim) Hedges"
    mentions = _kept(mentions + [_Draft(*found) for found in capital_names(  # "UNICEF" read as a common noun
        doc, [(d.ts, d.te, d.label) for d in mentions], lexicon=lexicon)])
    mentions = _kept(mentions + [_Draft(*found) for found in start_names(  # "Dell announced": left untagged
        doc, [(d.ts, d.te, d.label) for d in mentions], lexicon=lexicon)])
    mentions = _kept(mentions + [_Draft(*found) for found in cued_persons(  # "preacher Michelle Tidball": untagged
        doc, [(d.ts, d.te, d.label) for d in mentions], lexicon=lexicon)])
    mentions = _kept(mentions + _knowledge_drafts(doc, mentions, date, lexicon))  # "shares of Glencore"
    drafts = _split_pairs(doc, _kept([d for d in mentions if _clean(doc, d, lexicon)
                                      and not (vessels and _names_vessel(doc, d, vessels, lexicon))]))
    drafts = couple_names(doc, drafts, _Draft, lexicon=lexicon)  # "Mark and Patricia McCloskey": two McCloskeys
    laws = _law_acronyms(doc, lexicon)
    if laws:
        drafts = [d for d in drafts if d.country or _fold(d.canonical) not in laws]  # "the DMCA": a law
    drafts = _with_dictionary_persons(doc, drafts, date, lexicon)  # "Merkel asked Putin to", "Pompeo (ORG) said"
    _persons_by_surname(drafts, lexicon)
    _map_opponents(doc, drafts, lexicon)
    map_hyphen_surnames(doc, drafts)
    drafts = extend_double_surnames(doc, drafts, lexicon=lexicon)  # "López [Obrador] said", "Iván Duque [Márquez]"
    map_person_variants(doc, drafts)  # "Robert Mugabe", "De Zoysa" ... "Robert Gabriel Mugabe", "Kumar De Zoysa"
    map_nickname_forms(doc, drafts, lexicon=lexicon)  # "Jim Hedges" ... "James (Jim) Hedges"
    map_given_name_forms(drafts, lexicon=lexicon)  # "Mitch Stoltz" ... "Mitchell Stoltz"
    map_particle_surnames(drafts, lexicon=lexicon)  # "De La Fuente" tagged ORG ... "Rocky De La Fuente"
    full_names = _map_surnames(doc, drafts, lexicon)
    map_accent_variants(drafts)  # "Erdogan" ... "Recep Tayyip Erdoğan"
    drafts = [d for d in drafts if not is_fused_pair(d.canonical, full_names)]  # "Browne-Jorgensen"
    map_name_prefixes(drafts)
    _split_owners(doc, drafts, full_names, lexicon)
    _map_person_countries(drafts, lexicon)
    _map_former_demonyms(drafts, lexicon)
    map_region_adjectives(drafts, lexicon=lexicon)  # "Central European" ... "Central Europe"
    _map_first_names(drafts, full_names, lexicon)
    _map_acronyms(doc, drafts, lexicon)
    _map_initials(drafts)
    _map_short_forms(drafts, lexicon)
    map_chamber_committees(drafts, lexicon=lexicon)  # "the Intelligence Committee" ... "Senate Intelligence Committee"
    map_of_heads(drafts, lexicon=lexicon)
    map_country_forms(drafts, lexicon=lexicon)  # "Australia Liberal Party" ... "Australian Liberal Party"
    map_country_prefixed(drafts, lexicon=lexicon)
    map_brand_countries(drafts, lexicon=lexicon)  # "Mazars USA" beside "Mazars": an organisation
    map_inverted_heads(drafts, lexicon=lexicon)
    map_lone_heads(doc, drafts, lexicon=lexicon)
    map_scope_variants(drafts, lexicon=lexicon)  # "Bradley Airport" ... "Bradley International Airport"
    map_storm_names(drafts, lexicon=lexicon)  # "Storm Lorenzo" ... "Hurricane Lorenzo"
    map_admin_places(drafts, lexicon=lexicon)  # "Westchester" ... "Westchester County"
    map_court_districts(drafts, lexicon=lexicon)  # "Southern District of New York": the district court
    _map_knowledge_names(drafts, lexicon)
    map_dictionary_names(drafts, lexicon=lexicon)  # "ISIS" ... "ISIL"
    _map_known_last_words(drafts, lexicon)
    map_institution_scopes(doc, drafts, lexicon=lexicon)  # "Kenya's Senate", "the Philippine Senate ... the Senate"
    _map_institutions(drafts, lexicon)
    _map_group_forms(doc, drafts)
    _map_space_variants(drafts)
    map_hyphen_variants(drafts)  # "Al Qaeda" ... "Al-Qaeda"
    map_aka_names(doc, drafts)  # "First MSMU, also called Sechenov University": one university
    map_lead_forms(drafts, lexicon=lexicon, doc=doc)  # "Scripps" ... "Scripps National Spelling Bee"
    drafts = map_cut_mentions(doc, drafts)  # "the Center for [Biological Diversity]": the article's longer name
    _mark_written_lower(doc, drafts, lexicon)
    mark_common_capitals(doc, drafts, lexicon=lexicon)  # "Olympiad in Neurosurgery" beside "neurosurgery"
    # a capitalised common word is junk unless the article names it elsewhere
    named = {_fold(d.canonical) for d in drafts if not d.suspect}
    drafts = [d for d in drafts if not d.suspect or _fold(d.canonical) in named]
    heads = specifier_heads(lexicon)
    drafts = [d for d in drafts if not lone_specifier(d.canonical, heads)]  # "the Project said": no one's name
    drafts = _with_missed_names(doc, drafts, full_names, lexicon)
    entities, mentions, token_mention = _entities(doc, drafts, lexicon)
    references = ()
    if resolve:
        from .coref import references_of  # coref reads this module's tables: imported when used

        references = references_of(
            doc, text, mentions, {e.key: e for e in entities}, token_mention, lexicon=lexicon
        )
    return EntityIndex(entities, mentions, token_mention, references)


#: Determiners that open a sentence before a capitalised common word ("The Cathedral was under renovation").
_OPENING_DETERMINERS = frozenset({"the", "this", "that", "a", "an"})


def _mark_written_lower(doc, drafts: list[_Draft], lexicon: Lexicon) -> None:
    """A one-word name at the start of a sentence (or after its opening "The") that the same article also
    writes in lower case as a common noun is that noun, capitalised by its place: "The Cathedral was under
    renovation" in an article on "the cathedral" (in place: marked suspect, kept only if named elsewhere).
    Not a name of the knowledge base ("Apple")."""
    lower = None
    for d in drafts:
        if d.te - d.ts != 1 or d.hint is not None or d.country or d.suspect or not doc[d.ts].is_title:
            continue
        ts = d.ts
        if not (_starts_clause(doc, ts) or doc[ts - 1].lower_ in _OPENING_DETERMINERS and _starts_clause(doc, ts - 1)):
            continue
        if lower is None:
            strings = doc.vocab.strings  # the lower-case nouns, read as columns: no Token per word
            lower = {strings[low] for low, is_lower, pos in zip(token_column(doc, _LOWER_ATTR), token_column(
                doc, _IS_LOWER_ATTR), token_column(doc, _POS_ATTR)) if is_lower and pos == _NOUN}
        low = doc[ts].lower_
        if (low in lower or _plural_of(low, lower)) and not lexicon.knowledge.lookup(doc[ts].text):
            d.suspect = True  # "Guardrails can only take so much" in an article on "the guardrail"


def _plural_of(word: str, nouns) -> bool:
    """Whether ``word`` is the plural ("guardrails") of one of ``nouns`` ("guardrail")."""
    return len(word) > 3 and word.endswith("s") and not word.endswith("ss") and word[:-1] in nouns


def _kept(drafts: list[_Draft]) -> list[_Draft]:
    """The drafts in text order; of two that overlap after extension, the earlier (longer) one."""
    drafts = sorted(drafts, key=lambda d: (d.ts, -d.te))
    kept: list[_Draft] = []
    last_end = -1
    for d in drafts:
        if d.ts >= last_end:
            kept.append(d)
            last_end = d.te
    return kept


def _split_pairs(doc, drafts: list[_Draft]) -> list[_Draft]:
    """"Kelly and Baroni" tagged as one name: two people, where both are surnames of full names the
    article gives ("Bridget Anne Kelly", "William Baroni"); "Johnson & Johnson" stays one."""
    surnames = {s for d in drafts if d.label == "PERSON" and " " in d.canonical for s in _surnames(d.canonical)}
    if len(surnames) < 2:
        return drafts
    out = []
    for d in drafts:
        first, joint, last = (doc[d.ts], doc[d.ts + 1], doc[d.te - 1]) if d.te - d.ts == 3 else (None,) * 3
        if (first is not None and joint.lower_ in ("and", "&") and _fold(first.text) != _fold(last.text)
                and _fold(first.text) in surnames and _fold(last.text) in surnames):
            for i in (d.ts, d.te - 1):
                part = _Draft(i, i + 1, "PERSON")
                part.canonical = doc[i].text
                out.append(part)
        else:
            out.append(d)
    return out


def _persons_by_surname(drafts: list[_Draft], lexicon: Lexicon) -> None:
    """A two- or three-word name whose last word the article also uses alone is a person
    ("Antoine Quirin" ... "Quirin"), whatever the tagger said (in place).

    Not a name with a head word ("Blenheim Palace"), a place of the gazetteer, a name
    that starts with a country or nationality, or one that ends in a continent or a region
    ("Gas Infrastructure Europe").
    """
    lone = {_fold(d.canonical) for d in drafts if " " not in d.canonical and not d.country
            and not is_people_word(d.canonical, lexicon=lexicon)}  # "Muslim" is no surname of "Salih Muslim"
    if not lone:
        return
    heads = _entity_words(lexicon).head_words
    for d in drafts:
        parts = d.canonical.split()
        if d.label == "PERSON" or d.country or d.hint or not 2 <= len(parts) <= 3:
            continue
        if not all(p.isalpha() and p[:1].isupper() for p in parts) or _fold(parts[-1]) not in lone:
            continue
        if parts[-1].casefold() in heads or lexicon.countries.country_of(parts[0]):
            continue
        if is_continent(parts[-1], lexicon=lexicon) or parts[-1].casefold() in lexicon.tables["geo_regions"]:
            continue  # "Gas Infrastructure Europe" beside "Europe": a body named after its region, no surname
        if not lexicon.gazetteer.candidates(d.canonical):
            d.label = "PERSON"


def _map_opponents(doc, drafts: list[_Draft], lexicon: Lexicon) -> None:
    """In an article that names a team by a player's or coach's role noun ("Caloundra coach X"), a place's
    name on the other side of a match ("against Noosa", "Caloundra defeated Maroochydore") is a team too,
    an organisation (in place). Never a country."""
    teams = {_fold(d.canonical) for d in drafts if not d.country and names_team(doc, d.ts, d.te, lexicon=lexicon,
                                                                                  label=d.label)}
    if not teams:
        return
    tokens = {i for d in drafts if _fold(d.canonical) in teams for i in range(d.ts, d.te)}
    for d in drafts:
        if d.country or d.label not in ("GPE", "LOC", "PERSON") or d.hint not in (None, "GPE"):
            continue
        if " " in d.canonical and d.label == "PERSON":
            continue  # "Sam Marshall" is a player, not a side
        if lexicon.countries.country_of(d.canonical) or not opposes_team(doc, d.ts, d.te, tokens):
            continue
        d.hint = "ORG"


def _map_surnames(doc, drafts: list[_Draft], lexicon: Lexicon | None = None) -> dict[str, str | None]:
    """Map a lone surname to the full name the article gives (in place); return surname -> full name (None
    where two people share it). Where they do, the lone surname is still the one person named in full before
    its first use ("Usman Khan ... Khan" before "Sadiq Khan"; "Elijah Cummings ... Cummings" before his
    parents): it is never the name of someone the article has not yet introduced."""
    full_names: dict[str, str | None] = {}
    introduced: dict[str, list[tuple[int, str]]] = {}
    people = [d for d in drafts if (d.label == "PERSON" or d.hint == "PERSON") and not d.country and " " in d.canonical]
    lasts = {last for d in people for last in _surnames(d.canonical)}
    for d in drafts:
        if (d.label == "PERSON" or d.hint == "PERSON") and not d.country and " " in d.canonical:
            # "Vázquez" of "Wanda Vázquez Garced"; not where another name ends in it ("Peter Mabil")
            paternal = [p for p in paternal_surname(d.canonical, lexicon=lexicon) if p not in lasts] if lexicon else []
            for last in _surnames(d.canonical) + paternal:
                if lexicon and is_people_word(last, lexicon=lexicon):
                    continue  # "Muslim" alone is the faith's people, not Salih Muslim
                introduced.setdefault(last, []).append((d.ts, d.canonical))
                if last not in full_names:
                    full_names[last] = d.canonical
                elif full_names[last] is not None and _fold(full_names[last]) != _fold(d.canonical):
                    full_names[last] = None  # two people share the surname: refuse to guess
    first_use = _first_lone_uses(doc, drafts, {last for last, full in full_names.items() if full is None})
    for d in drafts:
        if " " not in d.canonical and not d.country and not d.placed:
            first_use.setdefault(_fold(d.canonical), d.ts)
    earlier = {last: full_names[last] if full_names[last] else _first_introduced(doc, introduced[last], first_use[last])
               for last in full_names if last in first_use}
    for d in drafts:
        if " " not in d.canonical and not d.country and not d.placed:
            full = earlier.get(_fold(d.canonical))
            if full and lexicon and is_software(d.canonical, lexicon=lexicon):
                continue  # "Linux" is the system, not a person "Rocky Linux" the tagger made
            if full:
                d.canonical = full
                if d.label in ("ORG", "NORP", "GPE", "LOC", "FAC"):
                    d.label = "PERSON"
                if d.hint != "PERSON":
                    d.hint = d.weak = None  # "Downey" is Robert Downey Jr., not the town
    return {**full_names, **{last: full for last, full in earlier.items() if full}}


def _first_lone_uses(doc, drafts: list[_Draft], surnames: set[str]) -> dict[str, int]:
    """Where each of ``surnames`` is first written alone, outside every longer name (the tagger may have missed
    that mention: "Cummings, the Democratic chairman")."""
    if not surnames:
        return {}
    inside = {i for d in drafts if d.te - d.ts > 1 for i in range(d.ts, d.te)}
    uses: dict[str, int] = {}
    for tok in doc:
        if tok.i not in inside and tok.is_title:
            folded = _fold(tok.text)
            if folded in surnames:
                uses.setdefault(folded, tok.i)
    return uses


def _first_introduced(doc, people: list[tuple[int, str]], first_use: int) -> str | None:
    """The one full name among ``people`` (start, name) given before ``first_use``, or None; None too where
    that name shares its surname with a given name coordinated before it ("David and Louise Turpin": the
    surname is the couple's)."""
    before = {_fold(name): (start, name) for start, name in people if start < first_use}
    if len(before) != 1:
        return None
    start, name = next(iter(before.values()))
    if start >= 2 and doc[start - 1].lower_ in ("and", "&") and doc[start - 2].is_title:
        return None
    return name


def _acronym_shape(text: str) -> bool:
    """Whether a word is written as an acronym: a capital first, letters only (dots allowed), more capitals
    than small letters and two at least ("SDF", "U.N.", "AfCFTA"; not "McDonald")."""
    bare = text.replace(".", "")
    upper = sum(c.isupper() for c in bare)
    return bare.isalpha() and bare[:1].isupper() and upper >= 2 and upper > len(bare) - upper


def _map_acronyms(doc, drafts: list[_Draft], lexicon: Lexicon) -> None:
    """"Syrian Democratic Forces (SDF)": the acronym names the same organisation (in place); so does one the
    tagger left out of every name ("the Federal Security Service (FSB)") after a name that is no person's,
    unless it is a country's code ("(UK)")."""
    acronyms: dict[str, str] = {}
    starts = {d.ts: d for d in drafts}
    for d in drafts:
        if d.te + 2 < len(doc) and doc[d.te + 2].text == CLOSERS.get(doc[d.te].text):
            inner = starts.get(d.te + 1)
            word = doc[d.te + 1].text
            if inner is None:
                if d.label == "PERSON" or not _acronym_shape(word) or lexicon.countries.country_of(word):
                    continue
            elif inner.te != d.te + 2 or inner.country or not (doc[d.te + 1].is_upper or _acronym_shape(word)):
                continue
            if " " in d.canonical and not d.country:
                short = inner.canonical if inner is not None else word
                acronyms.setdefault(_fold(short), _spelt_by(short, d.canonical))
    for short, full in acronyms_before_names(doc, drafts).items():  # "CEMB [Council of Ex-Muslims of Britain]"
        acronyms.setdefault(_fold(short), full)
    if acronyms:
        for d in drafts:
            full = acronyms.get(_fold(d.canonical))
            if full:
                d.canonical = full


#: How many words back from its bracket a law's name may start: "Digital Millennium Copyright Act (DMCA)".
_LAW_NAME_REACH = 8
#: Small words inside a law's name: "Act on the Protection of ...".
_LAW_NAME_SMALL = frozenset({"of", "and", "on", "for", "the", "to"})


def _law_acronyms(doc, lexicon: Lexicon) -> frozenset[str]:
    """The acronyms (folded) the article defines in brackets after a law's name: "the Digital Millennium
    Copyright Act (DMCA)" makes every "DMCA" the law, no actor, as the law's name is (its head word is a
    LAW head of ``data/name_heads.tsv``, or a plan's or a system's of :func:`extract.law_names.law_type`;
    the acronym must spell the name)."""
    heads = _entity_words(lexicon).last_heads
    found = set()
    strings = doc.vocab.strings
    titles, lowers = token_column(doc, _IS_TITLE_ATTR), token_column(doc, _LOWER_ATTR)
    for i in range(1, len(doc) - 2):  # the title-case test read as a column: a Token only for a LAW head word
        if not titles[i - 1]:
            continue
        if heads.get(strings[lowers[i - 1]]) != _LAW and not plan_word(doc, i - 1, lexicon=lexicon):
            continue
        start = _defined_start(doc, i)
        if start is None:
            continue
        name = _text(doc, start, i)  # "the Automatic Identification System (AIS)"; not "World Food Programme (WFP)"
        if heads.get(strings[lowers[i - 1]]) == _LAW or law_type(name, name.casefold().split(), lexicon=lexicon):
            found.add(_fold(doc[i + 1].text))
    return frozenset(found)


def _names_person(word: str, lexicon: Lexicon) -> bool:
    """Whether a (lower-case) head word names a person: "manager", "director", a title's last word."""
    return word in lexicon.word_sets["person_nouns"] or word in lexicon.word_sets["speaker_nouns"] or (
        lexicon.tables["context_nouns"].get(word, ("",))[0] == "PERSON") or word in _entity_words(lexicon).titles


def _defined_start(doc, i: int) -> int | None:
    """Where the name starts that the acronym in brackets at ``doc[i]`` ("(", acronym, ")") spells by its
    initials: the capitalised words (and small words) right before the bracket, all of them; or None."""
    if i < 1 or i + 2 >= len(doc) or doc[i + 2].text != CLOSERS.get(doc[i].text) or not doc[i + 1].is_upper or (
            len(doc[i + 1].text) < 2 or not doc[i - 1].is_title):
        return None
    start = i - 1
    while start > 0 and i - start < _LAW_NAME_REACH and (
            doc[start - 1].is_title or doc[start - 1].lower_ in _LAW_NAME_SMALL and doc[start - 1].is_lower
            or is_name_hyphen(doc, start - 1)):  # "Council of Ex-Muslims of Britain [CEMB]"
        start -= 1
    while start < i - 1 and doc[start].is_lower:
        start += 1  # the name starts with a capital: "the Digital ..." without "the"
    acronym = doc[i + 1].text.replace(".", "")
    return spelt_start(doc, start, i, lambda s, e: acronym in _initials(_text(doc, s, e)))  # "Members of the ..."


def _with_defined_names(doc, mentions: list[_Draft], lexicon: Lexicon) -> list[_Draft]:
    """A name the acronym after it in brackets spells whole is one mention, typed as the acronym: "the British
    American Drama Academy (BADA)", which the tagger read as the people "British" and no name; the pieces
    the tagger took from it go. Not a person's title ("Divisional Railway Manager (DRM)") nor software."""
    starts = {m.ts: m for m in mentions}
    added = []
    for inner in mentions:
        i = inner.ts - 1
        if inner.te != inner.ts + 1 or inner.label not in ("ORG", "FAC", "GPE") or i < 1 or doc[i].text not in CLOSERS:
            continue
        start = _defined_start(doc, i)
        if start is None or i - start < 2 or (start in starts and starts[start].te == i):
            continue
        if _names_person(doc[i - 1].lower_, lexicon) or is_software(doc[inner.ts].text, lexicon=lexicon) or (
                is_software(_text(doc, start, i), lexicon=lexicon)):
            continue
        if any(runs_over(doc, m.ts, m.te, start, i) for m in mentions):
            continue  # a mention runs over the name's edge: leave it
        added.append(_Draft(start, i, inner.label))
    if not added:
        return mentions
    inside = [(a.ts, a.te) for a in added]
    return _kept([m for m in mentions if not any(lies_inside(doc, m.ts, m.te, s, e) for s, e in inside)] + added)


def _spelt_by(acronym: str, name: str) -> str:
    """The name an acronym in brackets defines: the whole name, or the place or body after its "of" when only
    that spells it ("the Parliament of New South Wales (NSW)" defines NSW as New South Wales)."""
    bare = acronym.replace(".", "").upper()
    match = _INSTITUTION_OF.match(name)
    if bare not in _initials(name) and match and bare in _initials(match.group(2)):
        return match.group(2)
    return name


def _plural_owner(doc, i: int) -> bool:
    """Whether ``doc[i]`` is the bare apostrophe of a plural possessive ("Fishmongers' Hall")."""
    return 0 < i < len(doc) - 1 and doc[i].tag_ == "POS" and doc[i].text in ("'", "\u2019") and (
        doc[i - 1].lower_.endswith("s"))


def _split_owners(doc, drafts: list[_Draft], full_names: dict[str, str | None], lexicon: Lexicon) -> None:
    """"Paul's Rally for the Republic": where the owner is a name of the article, or a name of two words or
    more the knowledge base holds ("United Nations' Food and Agriculture Organization"), the entity is what
    follows the possessive (in place); "People's Party of Canada" and "Fishmongers' Hall" stay whole."""
    known = {_fold(d.canonical) for d in drafts if not d.suspect} | {k for k, v in full_names.items() if v}
    for d in drafts:
        for i in range(d.ts + 1, d.te - 1):
            if doc[i].tag_ == "POS" and doc[i + 1].is_title:
                owner = _text(doc, d.ts, i)
                if _plural_owner(doc, i) and " " not in owner and not lexicon.countries.country_of(owner):
                    break  # "Fishmongers' Hall", "Workers' Party": a one-word plural owner is part of the name
                if _fold(owner) in known or " " in owner and any(
                        alias is None for _e, alias in lexicon.knowledge.lookup(owner)):
                    d.ts = i + 1
                    d.canonical = _text(doc, d.ts, d.te)
                break


def _map_person_countries(drafts: list[_Draft], lexicon: Lexicon) -> None:
    """A country or nationality the tagger took for a person ("Malawi", "Tongan") is the country (in place).

    Runs after :func:`_map_surnames`: a lone "Jordan" in an article about Michael Jordan is his.
    """
    names, demonyms = _countries(lexicon)
    for d in drafts:
        if d.label != "PERSON" or d.country:
            continue
        folded = _fold(d.canonical)
        country = names.get(folded) or demonyms.get(folded)
        if country:
            d.canonical, d.label, d.country = country, "GPE", True


def _map_former_demonyms(drafts: list[_Draft], lexicon: Lexicon) -> None:
    """A nationality adjective the country table does not know joins the country the article names with it as
    its first word, when the knowledge base holds that name as a country ("Soviet" with the "Soviet Union"),
    as "Russian" joins Russia: the adjective names that country's people or state, not a node of its own."""
    countries: dict[str, str] = {}
    for d in drafts:
        words = d.canonical.split()
        if len(words) == 2 and (d.label == "GPE" or d.hint == "GPE") and not d.country:
            countries.setdefault(_fold(words[0]), d.canonical)
    if not countries:
        return
    for d in drafts:
        if d.label != "NORP" or d.country or " " in d.canonical or lexicon.countries.country_of(d.canonical):
            continue
        country = countries.get(_fold(d.canonical))
        if country and knowledge_type(country, lexicon=lexicon) == "GPE":
            d.canonical = country


def _map_first_names(drafts: list[_Draft], full_names: dict[str, str | None], lexicon: Lexicon) -> None:
    """A lone given name that starts exactly one full name of the article is that person (in place); so is
    a lone word the tagger called an organisation that no dictionary, knowledge base or gazetteer knows
    ("Tasha's on her command post" after "Tasha Yar")."""
    firsts: dict[str, str | None] = {}
    given_at: dict[str, int] = {}
    otherwise = {_fold(d.canonical) for d in drafts if d.label != "PERSON"}  # "Cipriani Dolci", a restaurant too
    for d in drafts:
        if d.label == "PERSON" and not d.country and " " in d.canonical:
            first = _fold(d.canonical.split(" ", 1)[0])
            known = firsts.get(first, d.canonical)
            firsts[first] = d.canonical if known is not None and _fold(known) == _fold(d.canonical) else None
            given_at.setdefault(first, d.ts)
    for d in drafts:
        if d.country or " " in d.canonical:
            continue
        folded = _fold(d.canonical)
        if d.label != "PERSON" and not ((_unknown_lone_org(d, lexicon) or lone_given_name(
                d.canonical, label=d.label, hint=d.hint, lexicon=lexicon)) and given_at.get(folded, d.ts) < d.ts
                                        and _fold(firsts.get(folded) or "") not in otherwise):
            continue  # an organisation's word is a person's only after a full name always tagged a person's
        if folded not in full_names and firsts.get(folded):
            d.canonical, d.label = firsts[folded], "PERSON"


#: Tagger labels of a lone word that may be a person's given name the tagger misread ("Qaboos became Sultan" GPE).
_LONE_MISREAD = frozenset({"ORG", "GPE"})


def _unknown_lone_org(d: _Draft, lexicon: Lexicon) -> bool:
    """Whether a one-word draft is typed ORG or GPE by the tagger alone, a word no table knows (no place of the
    gazetteer, no entry of the knowledge base or the dictionaries): "Qaboos" after "Qaboos bin Said"."""
    name = d.canonical
    return d.label in _LONE_MISREAD and d.hint is None and not d.suspect and not name.isupper() and not (
        dictionary_type(name, lexicon=lexicon) or knowledge_type(name, lexicon=lexicon)
        or lexicon.gazetteer.candidates(name))


def _initials(name: str) -> set[str]:
    """The acronyms a name spells: its capitals' initials, with and without the small words."""
    words = name.replace("-", " ").split()
    letters = []
    for word in words:
        bare = word.replace(".", "")
        letters.append((word, bare if "." in word and bare.isupper() else word[:1]))
    every = "".join(x for _w, x in letters).upper()
    content = "".join(x for w, x in letters if w.casefold() not in _ACRONYM_SKIP).upper()
    return {every, content}


def _map_initials(drafts: list[_Draft]) -> None:
    """An acronym spelt by the initials of exactly one name of the article is that name (in place):
    "JHU" after "Johns Hopkins University"."""
    longs: dict[str, str | None] = {}
    for d in drafts:
        if not d.country and d.label != "PERSON" and " " in d.canonical:
            for form in _initials(d.canonical):
                known = longs.get(form, d.canonical)
                longs[form] = d.canonical if known is not None and _fold(known) == _fold(d.canonical) else None
    for d in drafts:
        bare = d.canonical.replace(".", "")
        if not d.country and 2 <= len(bare) <= 6 and bare.isalpha() and bare.isupper() and longs.get(bare):
            d.canonical = longs[bare]


#: First words an organisation's long name may drop ("National Search and Rescue Agency", "House Oversight and
#: Reform Committee"), when the rest keeps three words or more ("Security Council" is no short form of
#: "National Security Council").
_SCOPE_WORDS = frozenset({"national", "federal", "house", "senate"})
_SCOPE_REST = 3


def _short_forms(drafts: list[_Draft], lexicon: Lexicon) -> dict[str, _Draft | None]:
    """Folded short form -> the one draft whose name it shortens ("blenheim" -> Blenheim Palace, "dorian" ->
    Hurricane Dorian), None where two names share it."""
    words = _entity_words(lexicon)
    heads, first_heads = words.short_heads, words.first_short_heads
    longs: dict[str, _Draft | None] = {}
    for d in drafts:
        parts = d.canonical.split()
        if d.country or len(parts) < 2:
            continue
        if parts[-1].casefold() in heads:
            short = _fold(" ".join(parts[:-1]))
        elif parts[0].casefold() in first_heads:
            short = _fold(" ".join(parts[1:]))  # "Dorian" after "Hurricane Dorian"
        elif parts[0].casefold() in _SCOPE_WORDS and len(parts) > _SCOPE_REST and d.label == "ORG":
            short = _fold(" ".join(parts[1:]))  # "Search and Rescue Agency" after "National Search and Rescue Agency"
        elif (cut := _purpose_cut(parts, words.last_heads)) and d.label == "ORG":
            short = _fold(" ".join(parts[:cut]))  # "Max Planck Institute" after "... Institute for Evolutionary Anthropology"
        else:
            continue
        for form in _short_variants(short, parts):
            known = longs.get(form, d)
            longs[form] = d if known is not None and _fold(known.canonical) == _fold(d.canonical) else None
    return longs


def _purpose_cut(parts: list[str], last_heads: dict) -> int | None:
    """Where an organisation's name drops its purpose phrase in a short form: the position of its first "for"
    when an organisation's head word stands right before it and a capitalised word before that ("Max Planck
    Institute" of "Max Planck Institute for Evolutionary Anthropology"; not a head alone, "Institute" of
    "Institute for Justice", nor a place's "of", "Republican Party" of "Republican Party of Idaho")."""
    cut = next((k for k, word in enumerate(parts) if word == "for"), None)
    if cut is None or cut < 2 or cut + 1 >= len(parts) or last_heads.get(parts[cut - 1].casefold()) != "ORG":
        return None
    return cut if parts[cut - 2][:1].isupper() and parts[cut - 1][:1].isupper() else None


#: Heads whose one-word short form also names the body in the plural: "the Liberals" (Liberal Party),
#: "the Greens" (Green Party), "the Nationals" (National Party).
_PLURAL_SHORT_HEADS = frozenset({"party"})


def _short_variants(short: str, parts: list[str]) -> tuple[str, ...]:
    """The folded short forms of a name: the short form, and for a party of one word before its head the
    plural of that word ("liberals" of "Liberal Party")."""
    if len(parts) == 2 and parts[-1].casefold() in _PLURAL_SHORT_HEADS and short.isalpha() and not short.endswith("s"):
        return short, short + "s"
    return (short,)


def _map_short_forms(drafts: list[_Draft], lexicon: Lexicon) -> None:
    """A name without its head word ("Blenheim" after "Blenheim Palace", "Burisma" after "Burisma Holdings"), or an
    organisation's without its purpose phrase ("Max Planck Institute" after "Max Planck Institute for Chemistry") is
    the named entity (in place), unless it is a country or a place of the gazetteer (a city is never its airport
    or council), or the surname of a person the article names in full ("Trump" beside "Trump Entertainment" and
    "Donald Trump")."""
    longs = _short_forms(drafts, lexicon)
    if not longs:
        return
    surnames = {_fold(" ".join(d.canonical.split()[k:])) for d in drafts if d.label == "PERSON"
                for k in range(1, len(d.canonical.split()))}
    for d in drafts:
        long = longs.get(_fold(d.canonical))
        if long is None or d.country or lexicon.countries.country_of(d.canonical) or _fold(d.canonical) in surnames:
            continue
        if lexicon.gazetteer.candidates(d.canonical) and not _names_company(d, long, lexicon):
            continue
        d.canonical, d.label = long.canonical, long.label
        d.hint = long.hint  # its own last word is an inner word of the full name ("Tower" of "Watch Tower Society")


def _names_company(short: _Draft, long: _Draft, lexicon: Lexicon) -> bool:
    """Whether a short form that is also a small town's name is the company of the article ("Mahan" after
    "Mahan Air"): no evidence makes it a place, the long name's head word is an organisation's,
    and no candidate place is a country, a province or a big city."""
    if short.hint not in (None, "ORG"):
        return False
    head = long.canonical.split()[-1].casefold()
    if _entity_words(lexicon).last_heads.get(head) != "ORG":
        return False
    return not any(c.kind != "city" or c.population >= _PROMINENT_PLACE for c in lexicon.gazetteer.candidates(short.canonical))


def _knowledge_entry(name: str, lexicon: Lexicon):
    """The one organisation of the knowledge base ``name`` names by its label or an undated alias, or None."""
    found = {entry.qid: entry for entry, alias in lexicon.knowledge.lookup(name)
             if entry.qid and (alias is None or (alias.start is None and alias.end is None))}
    if len(found) != 1:
        return None
    entry = next(iter(found.values()))
    return entry if entry.type == "ORG" else None


def _map_knowledge_names(drafts: list[_Draft], lexicon: Lexicon) -> None:
    """Two names of the article that name one organisation of the knowledge base, and no other, are one
    entity named by the longer ("Ford" and "Ford Motor Company", Q44294) (in place). Not a country nor a
    person: their names have rules of their own."""
    by_qid: dict[str, set[str]] = {}
    for d in drafts:
        if d.country or d.label == "PERSON" or lexicon.countries.country_of(d.canonical):
            continue
        entry = _knowledge_entry(d.canonical, lexicon)
        if entry is not None:
            by_qid.setdefault(entry.qid, set()).add(d.canonical)
    names = {}
    for found in by_qid.values():
        if len({_fold(n) for n in found}) > 1:
            longest = max(sorted(found), key=len)
            names.update({n: longest for n in found})
    for d in drafts:
        if d.canonical in names:
            d.canonical = names[d.canonical]


def _map_known_last_words(drafts: list[_Draft], lexicon: Lexicon) -> None:
    """A lone word that ends the name of one organisation of the article that the knowledge base knows by that
    label ("the Hornets" after "the Charlotte Hornets", "Dead associates" after "Grateful Dead") is that
    organisation (in place); not a country, nor a place of the gazetteer, nor a word two names of the article
    end in."""
    longs: dict[str, str | None] = {}
    for d in drafts:
        parts = d.canonical.split()
        if len(parts) < 2 or d.country or knowledge_type(d.canonical, lexicon=lexicon) != "ORG":
            continue
        last = _fold(parts[-1])
        longs[last] = d.canonical if longs.get(last, d.canonical) == d.canonical else None
    if not longs:
        return
    for d in drafts:  # "the Post" in an article naming the New York Post and the Washington Post: either
        parts = d.canonical.split()
        if len(parts) >= 2 and longs.get(_fold(parts[-1])) not in (None, d.canonical):
            longs[_fold(parts[-1])] = None
    for d in drafts:
        long = longs.get(_fold(d.canonical)) if " " not in d.canonical and not d.country else None
        if long is None or lexicon.countries.country_of(d.canonical) or lexicon.gazetteer.candidates(d.canonical):
            continue
        d.canonical, d.label, d.hint = long, "ORG", "ORG"


def _map_institutions(drafts: list[_Draft], lexicon: Lexicon) -> None:
    """"Congress" after "United States Congress" (or "Parliament" after "Parliament of New South Wales" or
    "Tunisian Parliament") in the same article is that one (in place).

    Only the article's own full name counts: an institution named alone in an article that
    names no full form keeps its bare name, never the article's main country (an actor's
    country comes from its mention, not from what the article is about)."""
    words = _entity_words(lexicon)
    if not any(_fold(d.canonical) in words.institutions for d in drafts if not d.country):
        return
    # the article's own full name wins: "Air Force" after "United States Air Force"
    named: dict[str, set[str]] = {}
    for d in drafts:
        parts = d.canonical.split(" ")
        for n in range(1, len(parts)):
            country, institution = " ".join(parts[:n]), _fold(" ".join(parts[n:]))
            if institution in words.institutions and (lexicon.countries.names.get(_fold(country))
                                                      or lexicon.countries.demonyms.get(_fold(country))):
                named.setdefault(institution, set()).add(d.canonical)
        match = _INSTITUTION_OF.match(d.canonical)
        if match and not d.country and _fold(match.group(1)) in words.institutions:
            named.setdefault(_fold(match.group(1)), set()).add(d.canonical)  # "Parliament of New South Wales"
    for d in drafts:
        folded = _fold(d.canonical)
        if d.country or d.label == "PERSON" or folded not in words.institutions:
            continue
        full = named.get(folded, set())
        if len(full) == 1:
            d.canonical = next(iter(full))


def _map_group_forms(doc, drafts: list[_Draft]) -> None:
    """A group's plural, singular and adjective in one article ("Kurds", "Kurdish") are one group, named by
    its plural (in place). Only names the tagger called a group (NORP) or an organisation, never a country
    (those map to the country already); an adjective in "-ish" only when a NORP. A family's singular is the
    family only after "the" ("the Turpin's offspring"): the surname of a person of the article written alone
    is that person ("Melania Trump ... the Trumps ... Trump has been given zinc"; extract.family_plurals)."""
    forms: dict[str, set[str]] = {}
    surnames = {_fold(d.canonical).rsplit(" ", 1)[-1] for d in drafts
                if (d.hint or d.label) == "PERSON" and " " in d.canonical.strip()}
    for d in drafts:
        kind = d.hint or d.label  # "Houthis" tagged PERSON, typed ORG by its cues
        if d.country or kind not in ("NORP", "ORG"):
            continue
        stem = group_stem(d.canonical)
        if _fold(d.canonical) in surnames and not (d.ts > 0 and doc[d.ts - 1].lower_ == "the"):
            continue
        if stem != _fold(d.canonical).removesuffix("s") and kind != "NORP":
            continue  # "-ish" is an adjective's ending only for a group
        forms.setdefault(stem, set()).add(d.canonical)
    for stem, names in forms.items():
        plurals = sorted(n for n in names if _fold(n).endswith("s") and group_stem(n) == stem)
        if len({_fold(n) for n in names}) < 2 or not plurals:
            continue
        for d in drafts:
            if d.canonical in names and d.canonical != plurals[0]:
                d.canonical = plurals[0]


def _with_missed_names(
    doc, drafts: list[_Draft], full_names: dict[str, str | None], lexicon: Lexicon
) -> list[_Draft]:
    """``drafts`` and the names the NER missed elsewhere in the article ("a Tweet by Trump")."""
    single: dict[str, str] = {}
    for d in drafts:
        surface = _fold(_text(doc, d.ts, d.te))
        if " " not in surface and d.label != "NORP":
            single[surface] = d.canonical
    for last, full in full_names.items():
        if full:
            single.setdefault(last, full)
    for short, full in _short_forms(drafts, lexicon).items():
        if full is not None and " " not in short and not lexicon.gazetteer.candidates(short):
            single.setdefault(short, full.canonical)  # "Salling" after "Salling Group"
    if not single:
        return drafts
    covered = bytearray(len(doc))
    for d in drafts:
        covered[d.ts : d.te] = b"\x01" * (d.te - d.ts)
    titles = _titles(lexicon)
    extra = []
    n = len(doc)
    # POS and title case as one array: a Token is made only for candidates
    rows = doc.to_array([_POS_ATTR, _IS_TITLE_ATTR])
    for i in (rows[:, 1] != 0).nonzero()[0].tolist():
        if covered[i]:
            continue
        tok = doc[i]
        canonical = single.get(_fold(tok.text))
        if canonical is None or (tok.pos != _PROPN and not _name_out_of_place(doc, tok, lexicon)):
            continue
        if is_software(tok.text, lexicon=lexicon):
            continue  # "Linux" is the system, not a person "Rocky Linux" the tagger made
        if tok.ent_type_ in _DOCUMENT_TYPES:
            continue  # "interpret the Constitution" read as a law: not "Constitution" of "Constitution Party"
        if doc_text(doc)[max(0, tok.idx - 2):tok.idx] == "((":  # the text built once per Doc
            continue  # "((Wikinews))": a transcript's speaker label is markup, no mention (as in _draft_mentions)
        i = tok.i
        if i and doc[i - 1].pos == _PROPN and _fold(doc[i - 1].text) not in titles:
            continue
        if i + 1 < n and doc[i + 1].pos == _PROPN:
            continue
        if i + 2 < n and not tok.whitespace_ and doc[i + 1].text in _DASHES and not doc[i + 1].whitespace_ \
                and doc[i + 2].is_lower:
            continue  # "Youtube-dl", "Trump-backed": a word made with the name, no mention of it
        d = _Draft(i, i + 1, "")
        d.canonical = canonical
        extra.append(d)
    return sorted(drafts + extra, key=lambda d: d.ts) if extra else drafts


def _knowledge_drafts(doc, drafts: list[_Draft], date, lexicon: Lexicon) -> list[_Draft]:
    """The names no draft covers that the knowledge base or the actor dictionaries know
    (:mod:`.knowledge_names`), typed by the tables: evidence, voting first."""
    extra = []
    for ts, te, kind in knowledge_names(doc, [(d.ts, d.te, d.label) for d in drafts], lexicon=lexicon, date=date):
        d = _Draft(ts, te, kind)
        d.hint = kind
        extra.append(d)
    return extra


def _with_dictionary_persons(doc, drafts: list[_Draft], date, lexicon: Lexicon) -> list[_Draft]:
    """``drafts`` and the persons of the actor dictionaries the tagger missed (:mod:`.dictionary_names`)."""
    found, retyped = dictionary_persons(doc, [(d.ts, d.te, d.label) for d in drafts], date=date, lexicon=lexicon)
    for at in retyped:
        if not drafts[at].country and drafts[at].hint is None:
            drafts[at].hint = "PERSON"  # "Pompeo said" tagged an organisation
    extra = []
    for ts, te in found:
        d = _Draft(ts, te, "PERSON")
        d.canonical, d.hint = _text(doc, ts, te), "PERSON"  # a surname joins the article's full name later
        extra.append(d)
    return sorted(drafts + extra, key=lambda d: d.ts) if extra else drafts


#: Tagger labels of a law's name, which no missed mention of an actor's short form is (a work's is too often
#: a name the tagger misread: "told Wikinews").
_DOCUMENT_TYPES = frozenset({"LAW"})
#: Parts of speech a name the tagger misread may carry ("Salling its intention" a verb, "the Libertarian nominee");
#: not a noun: a capitalised plural ("Neandertals") or an acronym in a line of another language is too often no name.
_MISREAD_NAME_POS = frozenset({"VERB", "ADJ"})


def _name_out_of_place(doc, tok, lexicon: Lexicon) -> bool:
    """Whether a capitalised token the tagger did not read as a proper noun is still a name: it is
    written capitalised inside a sentence (not its first word, nor after a quotation mark, a colon or a dash),
    is no stop word nor a common noun the article may capitalise, and is read as a verb or an adjective."""
    if tok.pos_ not in _MISREAD_NAME_POS or tok.is_stop or tok.is_sent_start or not tok.is_alpha:
        return False
    if tok.lower_ in _common_nouns(lexicon):
        return False
    before = doc[tok.i - 1] if tok.i else None
    return before is not None and not before.is_space and before.text not in _AFTER_OPENING


#: Tokens after which any word may be capitalised.
_AFTER_OPENING = frozenset({'"', "“", "‘", "'", "«", ":", "(", "[", "—", "–", "-", "...", "…", "•", "*"})


def _entities(doc, drafts: list[_Draft], lexicon: Lexicon) -> tuple[list[Entity], list[Mention], list[int]]:
    """One entity per key, its label and type voted (:mod:`extract.merge`) over its mentions' evidence first
    (hints), then their tagger labels;
    the mentions; each token's mention index (or -1)."""
    votes: dict[str, Counter] = {}
    hints: dict[str, Counter] = {}
    labels: dict[str, Counter] = {}
    aliases: dict[str, set] = {}
    counts: Counter = Counter()
    longest: dict[str, tuple[int, str]] = {}
    order: list[str] = []
    mentions: list[Mention] = []
    token_mention = [-1] * len(doc)
    governments = {}
    for d in drafts:
        government = None if d.country or d.label == "PERSON" else government_of(d.canonical, lexicon=lexicon)
        key = government.key if government else entity_key(d.canonical)  # "the French Government": the actor
        if government:
            governments[key] = government
        if key not in votes:
            votes[key], hints[key], labels[key], aliases[key] = Counter(), Counter(), Counter(), set()
            order.append(key)
        if d.country:
            hints[key]["GPE"] += 1
        elif d.label:
            votes[key][d.label] += 1
        if d.hint:
            hints[key][d.hint] += 1
        if d.weak:
            votes[key][d.weak] += _WEAK_WEIGHT
        if d.label and d.label != "NORP" or d.country:
            width = len(d.canonical)
            if d.label and width > longest.get(key, (0, ""))[0]:
                longest[key] = (width, "GPE" if d.country else d.label)
        labels[key][government.label if government else d.canonical] += 1
        counts[key] += 1
        text = span_text(doc, d.ts, d.te)
        start, end = span_chars(doc, d.ts, d.te)
        surface = alias_surface(text.translate(_QUOTES), lexicon=lexicon)  # "NATO members" is no alias of NATO
        aliases[key].add(surface)
        mention = Mention(
            key=key,
            text=text,
            start=start,
            end=end,
            token_start=d.ts,
            token_end=d.te,
            label=d.label or "",
        )
        for i in range(d.ts, d.te):
            token_mention[i] = len(mentions)
        mentions.append(mention)

    entities = []
    for key in order:
        # one referent, one type: the mentions with evidence (a head word, a dictionary, the context, a
        # country) vote first, the tagger's labels break their ties; without evidence the labels vote,
        # a tie going to the type of the longest name ("Idlib province" over "Idlib")
        if hints[key]:
            etype = vote_type(hints[key], evidence=votes[key])
        else:
            evidence = {longest[key][1]: 1} if key in longest else None
            etype = vote_type(votes[key], evidence=evidence) or "PERSON"
        label = vote_label(labels[key])
        entity = Entity(key=key, label=label, type=etype, aliases=tuple(sorted(a for a in aliases[key] if a != label)),
                        mentions=counts[key])
        if key in governments:  # the actor layer's node: "France: government"
            government = governments[key]
            entity = _replace(entity, type=ACTOR_TYPE, actor_code=government.code,
                                         country=government.country, role=government.code[3:])
        entities.append(entity)
    return entities, mentions, token_mention
