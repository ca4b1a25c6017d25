"""The lexicon bundle: every table the rules read, loaded once, frozen, cached.

:func:`get_lexicon` gives the :class:`Lexicon` of the shipped data files
(``extract/data/``) extended by overlay directories. An overlay directory
holds files named like the tables (``events.tsv``, ``actors.tsv``,
``countries.tsv``, ``light_verbs.tsv``, ``modal_verbs.txt``, ``Phoenix.Countries.actors.txt``
...), in the same format:

- rows of a table add to it or override the row with the same key (the
  first column; for ``actors.tsv`` the kind and phrase);
- lines of a word list add to it; a line ``-word`` removes ``word``;
- an actor or agent dictionary is read before the packaged one of the
  same name, so its codes are preferred.

Overlays come from ``$NEWSGRAPH_LEXICON`` (directories separated by
``os.pathsep``), then from the ``overlays`` argument; later ones win.
"""

from __future__ import annotations

import dataclasses
import functools
import os
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from ..errors import LexiconError
from . import cache, derived
from .cameo_actors import ACTOR_FILES, AGENT_FILES, ActorTables, compile_actor_tables
from .cameo_actors import DATA_DIR as _DICTIONARY_DIR
from .cameo_verbs import VERB_PATTERN_FILE, read_verb_patterns
from .cameo import CODE_SCHEMA, EVENT_SCHEMA, CameoTables, EventMapError, code_rows, event_rows
from .countries import COUNTRY_SCHEMA, SEAT_SCHEMA, CountryTable, build_country_table
from .gazetteer import Gazetteer, build_gazetteer
from .knowledge import KnowledgeBase, build_knowledge, read_knowledge
from .normalise import fold_place, strip_article
from .readers import Row, Schema, read_rows, read_words

__all__ = [
    "DATA_DIR",
    "OVERLAY_ENV",
    "TABLES",
    "WORD_LISTS",
    "ActorWords",
    "Lexicon",
    "build_lexicon",
    "get_lexicon",
    "overlay_dirs",
]

#: The shipped data files.
DATA_DIR = Path(__file__).resolve().parent.parent / "data"
#: The shipped knowledge base: entities, GeoNames places' QIDs, and well-known organisations.
_KNOWLEDGE_FILES = (DATA_DIR / "wikidata" / "entities.tsv", DATA_DIR / "wikidata" / "places.tsv",
                    DATA_DIR / "known_organisations.tsv")
#: The environment variable listing overlay directories.
OVERLAY_ENV = "NEWSGRAPH_LEXICON"

_ACTOR_KINDS = ("demonym", "role", "seat")
#: Tables keyed by their first column (casefolded); the other columns are their values.
_KEYED_TABLES = {
    "actor_roles.tsv": Schema("actor_roles.tsv", ("role", "label")),
    "nominalisations.tsv": Schema("nominalisations.tsv", ("noun", "verb", "targets"), required=2),
    "possessed_events.tsv": Schema("possessed_events.tsv", ("noun", "verb", "possessor")),
    "event_noun_senses.tsv": Schema("event_noun_senses.tsv", ("noun", "patients", "modifiers")),
    "class_nouns.tsv": Schema("class_nouns.tsv", ("noun", "refers to")),
    "thing_senses.tsv": Schema("thing_senses.tsv", ("noun", "cues")),
    "casualty_nouns.tsv": Schema("casualty_nouns.tsv", ("word", "counts")),
    "harm_verbs.tsv": Schema("harm_verbs.tsv", ("lemma", "counts", "outcome", "victims"), required=1),
    "light_verbs.tsv": Schema("light_verbs.tsv", ("verb", "reads")),
    "pattern_synonyms.tsv": Schema("pattern_synonyms.tsv", ("word", "stands for")),
    "speech_verbs.tsv": Schema("speech_verbs.tsv", ("verb", "claim", "quote"), required=1),
    "mutual_events.tsv": Schema("mutual_events.tsv", ("word", "verb", "noun")),
    "name_heads.tsv": Schema("name_heads.tsv", ("word", "type", "at", "short")),
    "context_nouns.tsv": Schema("context_nouns.tsv", ("noun", "type")),
    "called_nouns.tsv": Schema("called_nouns.tsv", ("noun", "type")),
    "party_words.tsv": Schema("party_words.tsv", ("word", "party")),
    "party_countries.tsv": Schema("party_countries.tsv", ("word", "country")),
    "party_plurals.tsv": Schema("party_plurals.tsv", ("word", "kind")),
    "target_prepositions.tsv": Schema("target_prepositions.tsv", ("verb", "prepositions", "source")),
    "object_targets.tsv": Schema("object_targets.tsv", ("verb noun", "prepositions", "source")),
    "theme_targets.tsv": Schema("theme_targets.tsv", ("verb", "prepositions", "pattern")),
    "appeal_nouns.tsv": Schema("appeal_nouns.tsv", ("noun", "verb", "prepositions")),
    "organisation_roles.tsv": Schema("organisation_roles.tsv", ("phrase", "role", "at")),
    "evaluative_words.tsv": Schema("evaluative_words.tsv", ("word", "evaluation")),
    "expressive_nouns.tsv": Schema("expressive_nouns.tsv", ("noun", "code")),
    "division_nouns.tsv": Schema("division_nouns.tsv", ("noun", "countries")),
    "role_fragments.tsv": Schema("role_fragments.tsv", ("word", "where", "names")),
    "clause_openers.tsv": Schema("clause_openers.tsv", ("word", "kind")),
    "given_name_forms.tsv": Schema("given_name_forms.tsv", ("short", "full forms")),
    "region_adjectives.tsv": Schema("region_adjectives.tsv", ("adjective", "place")),
    "geo_regions.tsv": Schema("geo_regions.tsv", ("name", "type")),
    "host_verbs.tsv": Schema("host_verbs.tsv", ("verb", "frame")),
    "labour_strikes.tsv": Schema("labour_strikes.tsv", ("word", "kind")),
    "adjunct_meeting_nouns.tsv": Schema("adjunct_meeting_nouns.tsv", ("noun", "code", "compound")),
    "closure_words.tsv": Schema("closure_words.tsv", ("word", "kinds")),
    "quote_pronouns.tsv": Schema("quote_pronouns.tsv", ("pronoun", "person", "number", "gender"), required=3),
    "speech_topics.tsv": Schema("speech_topics.tsv", ("verb", "prepositions")),
    "work_parts.tsv": Schema("work_parts.tsv", ("part", "whole", "ordinal")),
    "result_verbs.tsv": Schema("result_verbs.tsv", ("verb", "prepositions")),
    "war_nouns.tsv": Schema("war_nouns.tsv", ("word", "kind", "predicate")),
    "meeting_nouns.tsv": Schema("meeting_nouns.tsv", ("word", "kind")),
    "quoted_acts.tsv": Schema("quoted_acts.tsv", ("word", "code", "kind", "targets")),
    "person_collectives.tsv": Schema("person_collectives.tsv", ("noun", "number")),
    "intent_cues.tsv": Schema("intent_cues.tsv", ("word", "kind")),
    "intent_codes.tsv": Schema("intent_codes.tsv", ("act", "intent", "refusal"), required=1),
}
#: TSV tables by file name.
TABLES: Mapping[str, Schema] = MappingProxyType({
    COUNTRY_SCHEMA.file: COUNTRY_SCHEMA,
    SEAT_SCHEMA.file: SEAT_SCHEMA,
    "actors.tsv": Schema("actors.tsv", ("kind", "phrase", "code")),
    CODE_SCHEMA.file: CODE_SCHEMA,
    "events_petrarch.tsv": Schema("events_petrarch.tsv", EVENT_SCHEMA.columns),
    EVENT_SCHEMA.file: EVENT_SCHEMA,
    "gazetteer_admin1.tsv": Schema(
        "gazetteer_admin1.tsv", ("country", "admin1", "name", "aliases", "seat", "geonames", "lat", "lon"), required=3
    ),
    **_KEYED_TABLES,
})
#: Word lists (one entry per line) by file name.
WORD_LISTS = (
    "accusation_verbs.txt", "actor_nouns.txt", "agent_nouns.txt", "area_nouns.txt", "assembly_verbs.txt", "body_nouns.txt",
    "compass_words.txt", "control_events.txt", "control_verbs.txt", "count_qualifiers.txt", "dummy_objects.txt",
    "event_place_nouns.txt", "harm_states.txt", "incident_nouns.txt", "institutions.txt", "modal_verbs.txt",
    "modality_claimed.txt", "modality_hypothetical.txt", "modality_intended.txt", "modality_negated.txt",
    "negation_sharing.txt",
    "naming_verbs.txt", "non_event_causes.txt", "occurrence_verbs.txt", "one_place_events.txt", "place_nouns.txt",
    "performative_verbs.txt", "placement_verbs.txt", "mass_destruction_weapons.txt", "possessor_agents.txt", "protest_agents.txt", "turnout_verbs.txt", "rally_nouns.txt", "campaign_rally_words.txt", "retained_penalties.txt",
    "place_suffixes.txt", "quantifier_nouns.txt", "raising_verbs.txt", "riot_verbs.txt", "relational_nouns.txt", "sentence_adverbs.txt",
    "speaker_nouns.txt", "state_words.txt", "statement_nouns.txt", "support_verbs.txt", "time_zones.txt", "titles.txt", "vague_amounts.txt",
    "verb_idioms.txt", "counterpart_nouns.txt", "owned_things.txt", "noun_prepositions.txt", "acting_roles.txt",
    "agent_adjectives.txt", "craft_subject_verbs.txt", "standing_thing_nouns.txt", "thing_subject_verbs.txt",
    "team_nouns.txt", "vessel_prefixes.txt",
    "sport_nouns.txt", "software_names.txt",
    "natural_forces.txt", "work_nouns.txt", "figurative_objects.txt", "market_nouns.txt", "rival_nouns.txt", "objection_objects.txt", "property_modifiers.txt",
    "person_nouns.txt", "plain_person_nouns.txt", "media_words.txt", "captive_nouns.txt", "people_kind_nouns.txt",
    "discourse_objects.txt", "criticism_verbs.txt", "as_adjunct_nouns.txt", "tie_nouns.txt", "care_places.txt", "undergoer_verbs.txt",
    "force_nouns.txt", "information_nouns.txt", "comment_verbs.txt", "problem_nouns.txt", "stance_verbs.txt",
    "recipient_verbs.txt", "envoy_nouns.txt", "proposal_nouns.txt", "deed_nouns.txt", "stance_nouns.txt", "voicing_verbs.txt",
    "accident_verbs.txt", "operation_nouns.txt", "attack_nouns.txt", "weapon_nouns.txt", "striking_verbs.txt",
    "struck_deal_nouns.txt", "state_offices.txt", "client_verbs.txt",
    "struck_facilities.txt", "harmless_attack_words.txt", "territory_nouns.txt", "tested_weapons.txt",
    "shared_institutions.txt", "scoped_institutions.txt", "state_namesakes.txt", "party_names.txt", "national_bodies.txt", "state_body_heads.txt", "part_body_nouns.txt",
    "quotation_verbs.txt", "crowd_nouns.txt", "protest_cues.txt", "obstruction_verbs.txt", "filling_verbs.txt", "public_space_nouns.txt",
    "member_nouns.txt", "group_member_nouns.txt", "body_kinds.txt",
    "religions.txt", "religious_groups.txt", "people_words.txt", "naming_body_nouns.txt", "deities.txt",
    "celestial_bodies.txt", "celestial_words.txt", "constellation_genitives.txt", "designations.txt",
    "title_nouns.txt", "vessel_nouns.txt", "animal_nouns.txt", "settlement_nouns.txt", "division_kinds.txt", "embassy_nouns.txt",
    "commodity_names.txt", "process_names.txt", "occasion_verbs.txt",
    "conveying_verbs.txt", "dispute_verbs.txt", "fight_scene_words.txt", "dispute_settings.txt",
    "discourse_fillers.txt",
    "generic_medium_nouns.txt",
    "report_verbs.txt", "spokesperson_nouns.txt", "said_roles.txt", "said_verbs.txt", "characterising_verbs.txt",
    "acknowledgement_verbs.txt", "fault_nouns.txt", "released_statement_nouns.txt", "publishing_verbs.txt",
    "accusing_sources.txt",
    "medium_kinds.txt",
    "political_roles.txt", "partnership_verbs.txt", "granted_nouns.txt", "aid_nouns.txt", "claim_participles.txt", "publishing_adverbs.txt",
    "banning_verbs.txt", "ending_verbs.txt", "belief_nouns.txt",
    "search_verbs.txt", "recording_nouns.txt", "scene_nouns.txt", "creature_nouns.txt", "recognition_verbs.txt",
    "boundary_nouns.txt",
    "office_nouns.txt", "occasion_nouns.txt", "leisure_venues.txt", "contest_nouns.txt",
    "prize_nouns.txt",
    "proceeding_verbs.txt", "declared_periods.txt", "legal_appeal_nouns.txt", "court_nouns.txt", "detention_words.txt", "conduct_nouns.txt",
    "caption_words.txt", "people_heads.txt",
    "manner_suffixes.txt", "party_member_nouns.txt", "doctrine_suffixes.txt",
    "company_nouns.txt", "acronym_org_kinds.txt", "post_nominals.txt", "given_names.txt", "given_names_wide.txt", "treaty_nouns.txt",
    "law_links.txt", "plan_heads.txt", "system_kinds.txt", "model_suffixes.txt", "abstract_suffixes.txt",
    "match_verbs.txt", "family_nouns.txt", "event_nouns.txt", "fused_verb_nouns.txt",
    "content_verbs.txt", "accusing_words.txt", "measure_nouns.txt",
    "role_adjectives.txt",
    "doerless_harm_verbs.txt", "violence_story_words.txt", "lone_shooter_words.txt", "civilian_sites.txt", "clientele_nouns.txt",
    "lone_victim_verbs.txt",
    "outsider_words.txt", "plural_bodies.txt", "origin_participles.txt", "member_scoped_institutions.txt", "subnational_modifiers.txt",
    "person_verbs.txt", "person_passives.txt",
    "reporting_bodies.txt", "collective_plurals.txt",
    "travel_verbs.txt", "destination_verbs.txt",
    "penalty_nouns.txt", "questioning_verbs.txt", "investigator_nouns.txt", "hazard_words.txt",
    "treaty_exit_nouns.txt",
    "storm_titles.txt", "surname_particles.txt", "award_heads.txt", "award_names.txt", "party_modifiers.txt", "courtesy_titles.txt", "own_name_facilities.txt", "chamber_names.txt", "committee_heads.txt",
    "abstract_in_words.txt", "model_nouns.txt", "called_places.txt",
    "resignation_pressures.txt", "resignation_words.txt", "oath_words.txt", "law_nouns.txt", "law_content_verbs.txt",
    "specifier_heads.txt", "naming_participles.txt",
    "product_kinds.txt", "surname_endings.txt", "craft_kinds.txt", "craft_verbs.txt", "craft_motion_verbs.txt",
    "other_country_words.txt", "venue_heads.txt", "claiming_verbs.txt", "wrongdoing_verbs.txt",
)


@dataclass(frozen=True, slots=True)
class ActorWords:
    """What the actor coder reads: role words, demonyms and seats, all keyed accent-free.

    ``demonyms`` maps to ISO alpha-3; ``seats`` to a full actor code
    ("kremlin" -> ``RUSGOV``); ``roles`` to a CAMEO role (``MIL``).
    """

    roles: Mapping[str, str]
    demonyms: Mapping[str, str]
    seats: Mapping[str, str]

    def __reduce__(self):
        return (_actor_words, (dict(self.roles), dict(self.demonyms), dict(self.seats)))


def _actor_words(roles, demonyms, seats) -> ActorWords:
    return ActorWords(MappingProxyType(roles), MappingProxyType(demonyms), MappingProxyType(seats))


@dataclass(frozen=True, slots=True, eq=False)
class Lexicon:
    """Every table the rules read, frozen. Get it with :func:`get_lexicon`.

    Attributes
    ----------
    countries : CountryTable
        Countries, demonyms, parts, ISO codes and seats of government.
    gazetteer : Gazetteer
        Place names -> GeoNames entries.
    cameo : CameoTables
        CAMEO code labels and the predicate -> event map.
    actors : ActorWords
        Role words, demonyms and seats for actor codes.
    dictionaries : ActorTables
        The Phoenix actor and agent dictionaries, compiled
        (:mod:`extract.lexicon.cameo_actors`).
    words : mapping of str to tuple of str
        Each word list (by name without ``.txt``) as written, in file order.
    word_sets : mapping of str to frozenset of str
        The same lists casefolded, for membership tests.
    tables : mapping of str to mapping of str to tuple of str
        The keyed tables (by name without ``.tsv``): the casefolded first
        column -> the other columns. ``actor_roles``, ``nominalisations``, ``class_nouns``,
        ``casualty_nouns``, ``harm_verbs``, ``light_verbs``, ``speech_verbs``, ``mutual_events``,
        ``name_heads``, ``party_words``, ``target_prepositions``;
        :meth:`keys_where` selects by a column.
    overlays : tuple of str
        The overlay directories applied, in order.
    knowledge : KnowledgeBase
        Names, types and Wikidata QIDs (:mod:`extract.lexicon.knowledge`);
        :meth:`with_knowledge` adds a user's files.

    Two lexicons are equal only if they are the same object, so a
    lexicon can key a cache.
    """

    countries: CountryTable
    gazetteer: Gazetteer
    cameo: CameoTables
    actors: ActorWords
    dictionaries: ActorTables
    words: Mapping[str, tuple[str, ...]]
    word_sets: Mapping[str, frozenset[str]]
    tables: Mapping[str, Mapping[str, tuple[str, ...]]]
    overlays: tuple[str, ...] = ()
    knowledge: KnowledgeBase = KnowledgeBase()

    def __reduce__(self):
        return (
            _lexicon_from_state,
            (self.countries, self.gazetteer, self.cameo, self.actors, self.dictionaries, dict(self.words),
             {k: dict(v) for k, v in self.tables.items()}, self.overlays, self.knowledge),
        )

    def with_knowledge(self, files: Iterable[str | Path]) -> Lexicon:
        """This lexicon with the entries of a user's knowledge-base files added (they win).

        Raises
        ------
        extract.lexicon.KnowledgeError
            On an unreadable file or a bad row, naming the file and line.
        """
        files = [Path(path) for path in files]
        if not files:
            return self
        # Compiled once and cached like the lexicon itself: the key covers
        # the lexicon's own sources and the files' bytes (an unreadable file
        # fails here, naming it, as read_knowledge would).
        for path in files:
            try:
                path.read_bytes()
            except OSError:
                read_knowledge(path)  # raises KnowledgeError naming the file
        key = cache.cache_key([*_sources(tuple(Path(d) for d in self.overlays)), *files], salt="kb")
        knowledge = cache.read_cached(key)
        if knowledge is None or type(knowledge) is not type(self.knowledge):
            entries = [entry for path in files for entry in read_knowledge(path)]
            if not entries:
                return self
            knowledge = self.knowledge.extended(entries)
            cache.write_cached(key, knowledge)
        return dataclasses.replace(self, knowledge=knowledge)

    def keys_where(self, table: str, column: str, *values: str) -> frozenset[str]:
        """The keys of a keyed table whose ``column`` holds one of ``values``.

        Examples
        --------
        >>> sorted(get_lexicon().keys_where("harm_verbs", "victims", "yes"))
        ['hurt', 'injure', 'kill', 'maim', 'wound']
        """
        return _keys_where(self, table, column, values)


@functools.lru_cache(maxsize=256)
def _keys_where(lexicon: Lexicon, table: str, column: str, values: tuple[str, ...]) -> frozenset[str]:
    schema = _KEYED_TABLES.get(table + ".tsv")
    if schema is None or column not in schema.columns[1:]:
        raise LexiconError(f"table {table!r} has no column {column!r}; keyed tables: {sorted(_KEYED_TABLES)}")
    at = schema.columns.index(column) - 1
    return frozenset(key for key, cells in lexicon.tables[table].items() if cells[at] in values)


def _lexicon_from_state(countries, gazetteer, cameo, actors, dictionaries, words, tables, overlays,
                        knowledge=None) -> Lexicon:
    return Lexicon(
        countries=countries,
        gazetteer=gazetteer,
        cameo=cameo,
        actors=actors,
        dictionaries=dictionaries,
        words=MappingProxyType(words),
        word_sets=MappingProxyType({k: frozenset(w.casefold() for w in v) for k, v in words.items()}),
        tables=MappingProxyType({k: MappingProxyType(v) for k, v in tables.items()}),
        overlays=overlays,
        knowledge=knowledge if knowledge is not None else KnowledgeBase(),
    )


# --------------------------------------------------------------------------
# building


def _files(name: str, overlays: tuple[Path, ...]) -> list[Path]:
    return [DATA_DIR / name, *(d / name for d in overlays if (d / name).is_file())]


def _rows(name: str, overlays: tuple[Path, ...], *, error: type[LexiconError] = LexiconError) -> list[Row]:
    return [row for path in _files(name, overlays) for row in read_rows(path, TABLES[name], error=error)]


def _word_list(name: str, overlays: tuple[Path, ...]) -> tuple[str, ...]:
    words: dict[str, None] = {}
    for path in _files(name, overlays):
        for row in read_words(path):
            word = row.cells[0]
            if word.startswith("-") and len(word) > 1 and path.parent != DATA_DIR:
                words.pop(word[1:].strip(), None)
            else:
                words.setdefault(word, None)
    return tuple(words)


def _keyed(name: str, overlays: tuple[Path, ...]) -> dict[str, tuple[str, ...]]:
    return {row.cells[0].casefold(): row.cells[1:] for row in _rows(name, overlays)}


def _actors(countries: CountryTable, overlays: tuple[Path, ...]) -> ActorWords:
    tables = {
        "role": {},
        "demonym": countries.demonym_codes(),
        "seat": countries.seat_codes(),
    }
    for row in _rows("actors.tsv", overlays):
        kind, phrase, code = row.cells
        if kind not in tables or not _actor_code_ok(code):
            raise row.error(
                f"expected 'kind<TAB>phrase<TAB>CODE' with kind in {_ACTOR_KINDS} "
                f"and an upper-case code of 3-letter groups, got {kind!r}, {phrase!r}, {code!r}"
            )
        key = fold_place(phrase)
        tables[kind][strip_article(key) if kind == "seat" else key] = code
    return _actor_words(tables["role"], tables["demonym"], tables["seat"])


def _actor_code_ok(code: str) -> bool:
    return len(code) >= 3 and len(code) % 3 == 0 and code.isascii() and code.isalpha() and code.isupper()


def _check_overlay_files(overlays: tuple[Path, ...]) -> None:
    known = set(TABLES) | set(WORD_LISTS) | set(ACTOR_FILES) | set(AGENT_FILES)
    for directory in overlays:
        for path in sorted(directory.iterdir()):
            if path.suffix in (".tsv", ".txt") and path.name not in known:
                raise LexiconError(
                    f"{path}: no lexicon table has this name; overlay files are named like the tables: "
                    + ", ".join(sorted(known))
                )


def build_lexicon(overlays: Iterable[str | Path] = ()) -> Lexicon:
    """Read every table from the data files and ``overlays``, with no cache.

    Raises
    ------
    LexiconError
        On a bad row (naming the file and line) or an overlay file that names no table.
    """
    dirs = tuple(Path(d) for d in overlays)
    _check_overlay_files(dirs)
    countries = build_country_table(_rows("countries.tsv", dirs), _rows("seats.tsv", dirs))
    labels = code_rows(_rows("cameo_codes.tsv", dirs, error=EventMapError))
    derived = event_rows(_rows("events_petrarch.tsv", dirs, error=EventMapError), labels)
    hand = event_rows(_rows("events.tsv", dirs, error=EventMapError), labels)
    cameo = CameoTables(
        MappingProxyType(labels),
        MappingProxyType({**derived, **hand}),
        MappingProxyType({k: v for k, v in hand.items() if v is not None}),
        read_verb_patterns(_DICTIONARY_DIR / VERB_PATTERN_FILE, synonyms={
            word: tuple(cells[0].casefold().split()) for word, cells in _keyed("pattern_synonyms.tsv", dirs).items()}),
    )
    words = {name[:-4]: _word_list(name, dirs) for name in WORD_LISTS}
    tables = {name[:-4]: _keyed(name, dirs) for name in _KEYED_TABLES}
    actors = _actors(countries, dirs)
    # The big ones last: they take the time, and a bad row elsewhere fails first.
    dictionaries = compile_actor_tables(
        _dictionary_files(ACTOR_FILES, dirs), agents=_dictionary_files(AGENT_FILES, dirs)
    )
    gazetteer = build_gazetteer(countries.gazetteer_names(), _rows("gazetteer_admin1.tsv", dirs))
    knowledge = build_knowledge(*_KNOWLEDGE_FILES)
    return _lexicon_from_state(
        countries, gazetteer, cameo, actors, dictionaries, words, tables, tuple(str(d) for d in dirs), knowledge
    )


def _dictionary_files(names: Iterable[str], dirs: tuple[Path, ...]) -> list[Path]:
    # An overlay's dictionary comes first: its codes are preferred.
    overlays = [d / name for d in reversed(dirs) for name in names if (d / name).is_file()]
    return overlays + [_DICTIONARY_DIR / name for name in names]


# --------------------------------------------------------------------------
# the shared, cached lexicon

_LOADED: dict[tuple[Path, ...], Lexicon] = {}
_REQUESTS: dict[tuple[str, tuple[str, ...] | None], Lexicon] = {}
_LOCK = threading.Lock()


def overlay_dirs(overlays: Iterable[str | Path] | str | Path | None = None) -> tuple[Path, ...]:
    """The overlay directories in force: ``$NEWSGRAPH_LEXICON``'s, then ``overlays``.

    Raises
    ------
    LexiconError
        If a directory does not exist, naming where it came from.
    """
    if isinstance(overlays, (str, Path)):
        overlays = (overlays,)
    found = []
    env = os.environ.get(OVERLAY_ENV, "")
    for source, items in ((OVERLAY_ENV, env.split(os.pathsep) if env else ()), ("overlays", overlays or ())):
        for item in items:
            if not str(item).strip():
                continue
            path = Path(item).expanduser()
            if not path.is_dir():
                raise LexiconError(f"{source}: lexicon overlay {str(item)!r} is not a directory")
            found.append(path.resolve())
    return tuple(dict.fromkeys(found))


def get_lexicon(overlays: Iterable[str | Path] | str | Path | None = None) -> Lexicon:
    """The lexicon of the shipped tables plus the overlays, built once per process.

    The compiled lexicon is kept on disk (see :mod:`extract.lexicon.cache`),
    so a new process loads it instead of rebuilding the gazetteer.

    Parameters
    ----------
    overlays : path or iterable of paths, optional
        Overlay directories, applied after those of ``$NEWSGRAPH_LEXICON``.

    Raises
    ------
    LexiconError
        On a bad table row (naming the file and line) or a missing overlay directory.

    Examples
    --------
    >>> lexicon = get_lexicon()
    >>> lexicon.countries.country_of("Syrian"), lexicon.cameo.event_of("airstrike").code
    ('Syria', '195')
    """
    env = os.environ.get(OVERLAY_ENV, "")
    if overlays is None:
        found = _REQUESTS.get((env, None))
        if found is not None:
            return found
    elif isinstance(overlays, (str, Path)):
        overlays = (overlays,)
    # The rules call this often: the same request is answered without touching the disk.
    request = (env, None if overlays is None else tuple(str(o) for o in overlays))
    found = _REQUESTS.get(request)
    if found is not None:
        return found
    dirs = overlay_dirs(overlays) if env or overlays else ()
    with _LOCK:
        found = _LOADED.get(dirs)
        if found is None:
            found = _LOADED[dirs] = _load(dirs)
        _REQUESTS[request] = found
    return found


def _sources(dirs: tuple[Path, ...]) -> list[Path]:
    names = [*TABLES, *WORD_LISTS]
    tables = [path for name in names for path in _files(name, dirs)]
    dictionaries = _dictionary_files(ACTOR_FILES, dirs) + _dictionary_files(AGENT_FILES, dirs)
    return tables + dictionaries + [_DICTIONARY_DIR / VERB_PATTERN_FILE, *_KNOWLEDGE_FILES]


def _load(dirs: tuple[Path, ...]) -> Lexicon:
    if dirs:
        _check_overlay_files(dirs)
    key = cache.cache_key(_sources(dirs))
    found = cache.read_cached(key)
    if not isinstance(found, Lexicon):
        found = build_lexicon(dirs)
        cache.write_cached(key, found)
    derived.remember_key(found, key)  # the tables rules derive from it are cached under its key
    return found
