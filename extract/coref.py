"""Coreference by rules: pronouns and definite descriptions resolved to the article's named entities.

:func:`extract.entities.entities_of` calls :func:`references_of` on the
mentions it found. A personal pronoun ("he", "her") goes to the person
:func:`extract.coref_persons.person_antecedent` finds, or nowhere; "it" as a subject to an
organisation or place; "they" to the last coordinated names ("Russia and
Syria") or a group. For "it" and "they" the subject of the pronoun's own clause
decides first; then a subject outranks an object, which outranks any other
noun (:func:`_role`), and a nearer agreeing common noun, or a named subject of
another kind in the pronoun's clause, leaves the pronoun unresolved. "The two countries", "both sides" and "the two
leaders" go to the pair of that kind named in this sentence and the one
before, when exactly two are named there, else nowhere; "the two men", "the pair", "the men" and a lone "both"
go to persons (or, for "both", actors) named so (:mod:`extract.coref_person_groups`). A definite description ("the group", "the US
president", "the region") goes to the latest entity the article described
so (a title before a name, an apposition, a copula, a suffix as in "Idlib
province"), else, for a class noun of ``data/class_nouns.tsv``, to the
nearest organisation or country; "the company", "the network" (the ``COMPANY`` class) to the most
salient company named as a subject, object or possessor in this sentence or the two before: never a
public body (a body, institution or non-business agent word in its name, or a dictionary actor that is
no business), never the subject of its own clause, and nowhere when two companies are as salient.
"Both parties", "the two groups" are two organisations the article named or described by that noun.
A name's head word describes it ("Thames Valley Police" ... "Police",
"the Court of Appeals" ... "the appeals court"),
a plural description ("the parties") names no single organisation, and a
resolved description or pronoun is an antecedent for a later "it"/"they"; an
"it" left unresolved competes as one, so the next does not jump to a name
mentioned in passing. Nothing inside a quotation is resolved. A speaker goes on past the nouns of its
quotation, a quantified subject, a singular they, an object "them" and a part of a place:
:mod:`extract.coref_continuity`. A relative "which" as the subject stands for its noun, a phrase whose verb
was left out has no subject to take, and "the news" is no medium: :mod:`extract.coref_clauses`.
The resolver is made of mixins: the subject of the pronoun's own clause and what it binds the pronoun to
(:mod:`extract.coref_subjects`), agreement in number and kind and the rivals that leave a pronoun
unresolved (:mod:`extract.coref_rivals`); the pronoun sets, windows and :func:`_role` they share are
:mod:`extract.coref_common`'s. Agreement before a guess: a plural noun between a lone organisation and
"they", a name coordinated with another or a place named only as where for "it", another pair for "the two
sides" (:mod:`extract.coref_groups`), an event complement for "it" (:mod:`extract.coref_event_it`).
"The country" is a country named in its own right, not one named in passing (:mod:`extract.coref_countries`);
"the X party" describes X (:mod:`extract.coref_party_names`); a list member, a name of the wrong kind for the
noun, or a plural name is no singular antecedent (:mod:`extract.coref_name_heads`).
A thing told of in the present after a past deed ("The Senate rejected the measure. It would have ...") and a
craft's "it" ("the day it sank") are no actor (:mod:`extract.coref_things`); an "it" able or willing is no empty
"it" (:mod:`extract.coref_agent_states`). The "it" of a verb no actor does ("what it means", "where it died") is
no body (:mod:`extract.coref_thing_verbs`); a thing that cannot speak is no rival for "it said"
(:mod:`extract.coref_speakers`).
"""

from __future__ import annotations

import bisect
import functools
import re

from spacy.attrs import DEP as _DEP_ATTR, IDX as _IDX_ATTR, POS as _POS_ATTR
from spacy.symbols import NOUN as _NOUN, NUM as _NUM, PRON as _PRON

from .doccache import doc_span, sentence_bounds, sentence_ranges, token_column
from .entities import Reference, _fold, _titles
from .lexicon import Lexicon, get_lexicon
from .syntax import NOMINAL_SUBJECT_DEPS
from .coref_acting import never_acts
from .coref_persons import person_words, person_antecedent
from .coref_sources import only_a_source
from .coref_expletive import is_expletive
from .coref_agent_states import agent_state
from .coref_things import craft_subject, standing_thing
from .coref_thing_verbs import thing_verb_subject
from .coref_divisions import division_description
from .coref_settlements import settlement_description
from .coref_clauses import elided_clause, generic_medium_noun
from .coref_plural import counted_subject, persons_since
from .coref_mixed import with_common_conjunct
from .coref_kinds import foreign_proper_modifier, of_noun_describes, prefer_standing_name, standing_descriptor, \
    number_agrees
from .coref_complements import emphatic_head, own_of_complement
from .coref_lists import counted_list, inner_conjunct, list_members, list_number
from .coref_person_groups import bare_both, both_test, collective_number, group_rival, named_together, person_test, whole_group
from .coref_groups import coordinated_name, other_pair, place_named_where, plural_rival_between
from .coref_sides import acting_pair
from .coref_teams import city_subject_over
from .coref_armed import armed_group, is_armed_name
from .coref_cataphora import fronted_owner, names_an_event, own_name, under_plural_relative, unnamed_own_name
from .coref_event_it import event_complement, names_event
from .coref_interviewers import only_an_interviewer
from .coref_acts import act_complement, lone_country, named_below, several_referents
from .coref_hosts import owner_not_host
from .coref_countries import country_antecedent, newer_country
from .coref_name_heads import head_fits, listed_with_kind, plural_alias
from .coref_party_names import following_class_noun, noun_after_name
from .coref_situations import actor_complement, event_verb_subject, named_they_before, with_single_quotes
from .coref_continuity import object_them, person_noun_between, plural_noun_between, says
from .coref_common import (
    _DESCRIPTION_WINDOW, _PERSON_PRONOUNS, _PLACE_KINDS, _PLURAL_KINDS, _PLURAL_PRONOUNS, _PLURAL_TAGS,
    _PRONOUN_WINDOW, _PRONOUNS, _THING_KINDS, _THING_PRONOUNS, _following_subject, _role, quotation_bounds,
)
from .coref_rivals import RivalRules
from .coref_subjects import ClauseSubjectRules

__all__ = ["Reference", "references_of"]


# Area words that describe the same kind of place ("Idlib province" ... "the region").
_QUOTE_CHARS = frozenset({'"', "“", "”", "«", "»"})
# Plural pronouns and quantifiers that, as the subject of a "their"'s clause, are its antecedent.
_PLURAL_QUANTIFIERS = frozenset({"those", "these", "many", "some", "others", "both", "all", "several", "most", "few"})
# "the two countries": the pair must be named in this sentence or the one before.
_PAIR_WINDOW = 1
_PAIR_DETS = frozenset({"the", "these", "those"})
# Modifiers that make a description no reference back ("the same group", "the other side").
# "the opposing party", "a rival group": another entity of the class than the one named.
_NOT_ANAPHORIC = frozenset({"same", "other", "such", "opposing", "rival", "opposite", "different"})
# Kinds of entity whose name's head word describes it ("Thames Valley Police" ... "police").
_NAMED_HEAD_KINDS = frozenset({"ORG", "FAC"})
# Marks a descriptor read off a name: a description matches it only if the name has its every modifier.
_NAME_WORDS = "\x00name"
# Marks a descriptor read off a plural noun ("Houthi rebels"): only such one is what a plural description names.
_PLURAL_NOUN = "\x00plural"
# Agent roles a company's name may hold a word of ("Gulf Airways" BUS, "Altavia Media" MED).
_COMPANY_ROLES = frozenset({"BUS", "MED"})
# Places coordinated after these name where something is, or examples, not who acts ("in Guam and Puerto Rico").
_PLACE_OR_EXAMPLE_PREPS = frozenset({
    "in", "at", "from", "to", "into", "across", "throughout", "near", "around", "within", "inside",
    "outside", "as", "like", "including",
})


@functools.lru_cache(maxsize=8)
def _public_body_words(lexicon: Lexicon) -> frozenset[str]:
    """Words that make an organisation's name a public body's, not a company's: the body nouns
    ("commission", "council") and the last words of a country's institutions ("Senate", "Court")."""
    words = {w for w in lexicon.word_sets["body_nouns"] if _class_nouns(lexicon).get(w) != "COMPANY"}
    words.update(name.split()[-1].casefold() for name in lexicon.words["institutions"])
    return frozenset(words)


@functools.lru_cache(maxsize=8)
def _class_nouns(lexicon: Lexicon) -> dict[str, str]:
    """Head noun -> what a description with it can refer to (``data/class_nouns.tsv``)."""
    return {noun: cells[0] for noun, cells in lexicon.tables["class_nouns"].items()}


def _modifier_key(tok, token_mention, mentions, lexicon: Lexicon) -> str:
    """A modifier word, with country names and nationalities folded to the country."""
    m = token_mention[tok.i]
    if m >= 0:
        return mentions[m].key
    country = lexicon.countries.country_of(tok.text)
    return _fold(country) if country else tok.lower_


def _head_word(tok, lexicon: Lexicon) -> str:
    word = tok.lemma_.casefold() if tok.pos_ == "NOUN" else tok.lower_
    return "area" if word in lexicon.word_sets["area_nouns"] else word


_QUOTE_OR_PARAGRAPH = re.compile(r'["“”«»]|\n[^\S\n]*\n')


def _quoted_spans(text: str):
    """A test for whether a character offset lies inside a quotation.

    Quotations open with “, « or a straight quote and close with ”, » or the
    next straight quote; a blank line closes any that is left open.
    """
    starts, ends = quotation_bounds(
        text, _QUOTE_OR_PARAGRAPH, lambda char, is_open: char in ("“", "«") or (char == '"' and not is_open))

    def inside(offset: int) -> bool:
        k = bisect.bisect_right(starts, offset) - 1
        return k >= 0 and offset < ends[k]

    return inside


def _fronted_possessor(res, tok, plural: bool) -> bool:
    """Whether a common noun of the pronoun's number is the possessor in a phrase fronted before
    the subject pronoun, in its own clause ("since the seat's creation, it has been held by ...").
    ``res`` is the article's resolver."""
    if tok.dep_ not in NOMINAL_SUBJECT_DEPS:
        return False
    verb = tok.head
    for child in verb.children:
        if child.i >= tok.i or child.dep_ not in ("prep", "advcl", "npadvmod"):
            continue
        for t in child.subtree:
            if (
                t.dep_ == "poss" and t.pos_ == "NOUN" and res.token_mention[t.i] < 0
                and not (t.i in res.resolved and res._agrees(res.resolved[t.i], plural))
                and res._common_agrees(t, plural)
            ):
                return True
    return False


def references_of(doc, text, mentions, entities, token_mention, *, lexicon: Lexicon | None = None) -> list[Reference]:
    """The pronouns and descriptions of ``doc`` that refer to its named entities.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        A Doc with a dependency parse (without one, nothing is resolved).
    text : str
        The Doc's text.
    mentions : list of Mention
        The named mentions, in text order.
    entities : dict of str to Entity
        The canonical entities by key.
    token_mention : list of int
        For each token, the index of the mention it is in, or -1.
    lexicon : Lexicon, optional
        The tables to read; by default :func:`extract.lexicon.get_lexicon`'s.

    Returns
    -------
    list of Reference
        In text order, at most one per head token.
    """
    if not doc.has_annotation("DEP") or not mentions:
        return []
    resolver = _Resolver(doc, mentions, entities, token_mention, lexicon or get_lexicon())
    quoted = with_single_quotes(_quoted_spans(text), text)  # and ‘...’
    resolver.quoted = quoted
    references: list[Reference] = []
    seen_heads = set()

    def add(keys, span, head, kind):
        if head in seen_heads or not keys or only_an_interviewer(resolver, keys, head) \
                or owner_not_host(resolver, keys, head):
            return  # "Wikinews asked X how their research ...", "expel US troops from the country": not them
        seen_heads.add(head)
        resolver.remember(head, tuple(keys), kind)
        references.append(
            Reference(keys=tuple(keys), text=span.text, start=span.start_char, end=span.end_char, head=head, kind=kind)
        )

    # POS and offsets as one array: a Token is made only for pronouns and nouns
    rows = doc.to_array([_POS_ATTR, _IDX_ATTR]).reshape(-1, 2)
    read = ((rows[:, 0] == _PRON) | (rows[:, 0] == _NOUN) | (rows[:, 0] == _NUM)).nonzero()[0]  # the only POS read
    for i, (pos, idx) in zip(read.tolist(), rows[read].tolist()):
        if token_mention[i] >= 0 or quoted(idx):
            continue
        tok = doc[i]
        if pos == _NUM:  # "all three": a list of three names, or nothing
            pair = resolver.pair(tok) if list_number(tok) else None
            if pair is not None:
                add(pair[0], pair[1], tok.i, "description")
            continue
        if pos == _PRON and tok.lower_ in _PRONOUNS:
            keys = resolver.pronoun(tok)
            if keys:
                add(keys, doc_span(doc, tok.i, tok.i + 1), tok.i, "pronoun")
            elif tok.lower_ not in _PERSON_PRONOUNS:
                resolver.anaphors.append((tok.i, ()))  # a thing or group the article does not name
            continue
        pair = resolver.pair(tok)
        if pair is not None:  # "the two countries", "both sides": a pair or nothing
            add(pair[0], pair[1], tok.i, "description")
            continue
        found = resolver.description(tok)
        if found is not None:
            add([found[0]], found[1], tok.i, "description")
    return references


# Kinds of one named thing that no plural noun describes ("Wuhan ... deaths") and no person noun does.
_SINGLE_KINDS = frozenset({"GPE", "LOC", "FAC", "PERSON"})


def _noun_fits(noun, entity_type: str, persons: frozenset[str]) -> bool:
    """Whether a noun the parse ties to a name can describe it: a person noun ("man", "official") only a
    person, a plural noun no one place, facility or person."""
    if entity_type != "PERSON" and noun.lemma_.casefold() in persons:
        return False
    return not (entity_type in _SINGLE_KINDS and noun.tag_ in _PLURAL_TAGS)


def _other_kind(mods: frozenset, dmods: frozenset, entities) -> bool:
    """Whether two descriptions of one head word name two kinds of it by their words: "the appeals court"
    after "the district court" (no name or country among the words, none shared)."""
    words = {m for m in mods if m not in entities}
    before = {m for m in dmods if m not in entities and m not in (_NAME_WORDS, _PLURAL_NOUN)}
    return bool(words) and bool(before) and not words & before


class _Antecedents:
    """What resolution reads off one Doc: sentences, mention roots, descriptions and coordinated names,
    and the candidates they offer an anaphor (ranked, agreeing in number and kind)."""

    __slots__ = (
        "doc", "mentions", "entities", "token_mention", "sent_of", "roots", "root_ends",
        "descriptors", "descriptor_starts", "groups", "group_starts", "lexicon", "resolved", "anaphors", "quoted",
        "divisions", "stated_genders", "apposed",
    )

    def __init__(self, doc, mentions, entities, token_mention, lexicon: Lexicon):
        self.doc = doc
        self.lexicon = lexicon
        self.mentions = mentions
        self.entities = entities
        self.token_mention = token_mention
        # sentence number of each token
        self.sent_of = [0] * len(doc)
        # the tokens of names in apposition, in order: a description's phrase is walked only when one lies in its reach
        appos = doc.vocab.strings["appos"]
        self.apposed = [i for i, dep in enumerate(token_column(doc, _DEP_ATTR)) if dep == appos and token_mention[i] >= 0]
        for n, (start, end) in enumerate(sentence_ranges(doc)):
            self.sent_of[start:end] = [n] * (end - start)
        # (root token, mention) in text order
        self.roots = [(doc_span(doc, m.token_start, m.token_end).root, m) for m in mentions]
        self.root_ends = [mention.token_end for _root, mention in self.roots]
        self.descriptors = self._descriptors()
        self.descriptors.sort(key=lambda d: d[0])
        self.descriptor_starts = [d[0] for d in self.descriptors]
        self.groups = self._groups()
        self.group_starts = [g[0] for g in self.groups]
        #: head token -> the keys an earlier pronoun or description was resolved to
        self.resolved: dict[int, tuple[str, ...]] = {}
        #: (head token, keys) of the resolved pronouns and descriptions, in text order
        self.anaphors: list[tuple[int, tuple[str, ...]]] = []
        #: a test of a character offset for lying inside a quotation (set by :func:`references_of`)
        self.quoted = None
        #: head token -> the division "the state" there names: only its clause's pronouns take it (no chain)
        self.divisions: dict[int, tuple[str, ...]] = {}
        #: key -> the gender the text states of that person (:func:`extract.coref_persons.stated_genders`),
        #: read once: it depends on the mentions and entities only, both fixed for the Doc
        self.stated_genders: dict[str, str] | None = None

    def modifiers(self, noun) -> frozenset:
        """The modifier words before a noun, country names and nationalities folded to the country."""
        return frozenset(
            _modifier_key(c, self.token_mention, self.mentions, self.lexicon)
            for c in noun.lefts
            if c.dep_ in ("amod", "compound", "nmod") and c.is_alpha
        )

    def remember(self, head: int, keys: tuple[str, ...], kind: str) -> None:
        """Note a resolved pronoun or description: a later anaphor may take it as its antecedent,
        and a description describes its entity as its head word does ("the network" ... "the network")."""
        if head in self.divisions:
            return  # "the state" names a division for its own clause; for any other it stays a common noun
        self.resolved[head] = keys
        self.anaphors.append((head, keys))
        if kind == "description" and len(keys) == 1:
            tok = self.doc[head]
            mods = self.modifiers(tok)
            if tok.tag_ in _PLURAL_TAGS:
                mods |= {_PLURAL_NOUN}
            if not any(c.dep_ == "det" for c in tok.lefts):
                mods |= {_NAME_WORDS}  # "Police" ... "Police": a bare name head again
            k = bisect.bisect_right(self.descriptor_starts, head)
            self.descriptor_starts.insert(k, head)
            self.descriptors.insert(k, (head, keys[0], _head_word(tok, self.lexicon), mods))

    def anaphor_with_score(self, i, accept, window, *, plural: bool):
        """(score, keys) of the best anaphor before token i: resolved, with keys that pass
        ``accept``, or an "it" ("they" if ``plural``) left unresolved (keys ``()``: what it
        stands for is not named), ranked as :meth:`ranked_with_score` ranks names; or None."""
        sent_of, doc = self.sent_of, self.doc
        here = sent_of[i]
        best = None
        for head, keys in reversed(self.anaphors):
            if head >= i:
                continue
            distance = here - sent_of[head]
            if distance > window:
                break
            if keys and not accept(keys):
                continue
            if not keys and (doc[head].lower_ in _PLURAL_PRONOUNS) != plural:
                continue
            score = (-distance, _role(doc[head]), head)
            if best is None or score > best[0]:
                best = (score, keys)
        return best

    def _descriptors(self) -> list[tuple[int, str, str, frozenset]]:
        """What the article says each entity is (titles, appositions, copulas, suffixes):
        (position, key, head word, modifiers)."""
        doc, token_mention, mentions = self.doc, self.token_mention, self.mentions
        titles = _titles(self.lexicon)
        descriptors: list[tuple[int, str, str, frozenset]] = []

        persons = person_words(self.lexicon)

        def describe(position, key, noun):
            if not _noun_fits(noun, self.entities[key].type, persons):
                return  # "Wuhan, China - a man from ...", "... - the first deaths": no description of the city
            mods = self.modifiers(noun)
            if noun.tag_ in _PLURAL_TAGS:
                mods |= {_PLURAL_NOUN}
            descriptors.append((position, key, _head_word(noun, self.lexicon), mods))

        for root, mention in self.roots:
            ts = mention.token_start
            ent_type = self.entities[mention.key].type
            # "US President Donald Trump": the title words before a person's name
            if ent_type == "PERSON":
                i = ts - 1
                words = []
                while i >= 0 and doc[i].is_alpha and (doc[i].lower_ in titles or _fold(doc[i].text) in titles):
                    words.append(doc[i].lower_)
                    i -= 1
                if words:
                    mods = set(words[1:])
                    if i >= 0 and token_mention[i] >= 0:
                        mods.add(mentions[token_mention[i]].key)
                    descriptors.append((ts, mention.key, words[0], frozenset(mods)))
            # "Thames Valley Police" ... "police", "the Court of Appeals" ... "the court"
            if mention.token_end - ts > 1 and ent_type in _NAMED_HEAD_KINDS and root.is_alpha and root.is_title:
                words = frozenset(t.lower_ for t in doc_span(doc, ts, mention.token_end) if t.is_alpha)
                descriptors.append((ts, mention.key, root.lower_, words | {_NAME_WORDS}))
            # "the German carmaker Volkswagen", "broadcast corporation ABS-CBN": a company noun before the name
            if ent_type == "ORG" and ts > 0:
                before = doc[ts - 1]
                if (
                    before.pos_ in ("NOUN", "ADJ") and token_mention[before.i] < 0
                    and before.dep_ in ("compound", "nmod", "amod")  # "[my] firm eTranslate": "firm" read as ADJ
                    and ts <= before.head.i < mention.token_end
                    and _class_nouns(self.lexicon).get(before.lemma_.casefold()) == "COMPANY"
                ):
                    describe(ts, mention.key, before)
            # "the Sustainable Australia party": the class noun right after the name
            after = following_class_noun(doc, mention, root, _class_nouns(self.lexicon)) if ent_type == "ORG" else None
            if after is not None:
                describe(ts, mention.key, after)
            # "Idlib province", "the Russian army", "the Syrian regime"
            if mention.token_end - ts > 1:
                last = doc[mention.token_end - 1]
                if last.pos_ == "NOUN" and not last.ent_type_:
                    describe(ts, mention.key, last)
            for child in root.children:
                # "Hayat Tahrir Al Sham, a group dominated by ..."
                if child.dep_ == "appos" and child.pos_ == "NOUN" and token_mention[child.i] < 0:
                    describe(ts, mention.key, child)
            # "Tonga's parliament, the Legislative Assembly"
            if (
                root.dep_ == "appos" and root.head.pos_ == "NOUN" and token_mention[root.head.i] < 0
                and root.head.i < ts and (root.head.tag_ not in _PLURAL_TAGS or ent_type == "NORP")
            ):  # the noun stands before the name: "in Wuhan, China - a man from ..." describes no Wuhan
                describe(ts, mention.key, root.head)
            # "the town of Khan Sheikhun" (not "the centre of Maidan Wardak province": a part of the place)
            if (
                root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN"
                and root.pos_ == "PROPN" and of_noun_describes(root.head.head, ent_type, self.lexicon)
            ):  # "the coast of Antarctica", "the shooting of X": a part or an event, not the entity
                describe(ts, mention.key, root.head.head)
            # "X is a group"
            if root.dep_ in NOMINAL_SUBJECT_DEPS and root.head.lemma_ == "be":
                for child in root.head.children:
                    if child.dep_ == "attr" and child.pos_ == "NOUN" and token_mention[child.i] < 0:
                        describe(ts, mention.key, child)
        return descriptors

    def _groups(self) -> list[tuple[int, int, bool, tuple[str, ...]]]:
        """Coordinated names: (position, sentence, role (:func:`_role`), keys)."""
        token_mention, mentions = self.token_mention, self.mentions
        groups = []
        for root, mention in self.roots:
            # "France, Germany and Italy": the whole list, not "Germany and Italy" on its own
            members = None if inner_conjunct(root, token_mention) else list_members(root, token_mention, mentions)
            if members is not None and len(members) > 1 and not self._no_actor_group(root, members):
                groups.append((mention.token_start, self.sent_of[root.i], _role(root), tuple(members)))
        return groups

    def _no_actor_group(self, root, members) -> bool:
        """Coordinated names that are no pair "they" can stand for: places named where something is
        or as examples ("in Guam and Puerto Rico", "such as Guam and Puerto Rico"), or names that
        modify a noun."""
        types = {self.entities[k].type for k in members if k in self.entities}
        if root.dep_ in ("compound", "nmod", "amod") and root.head.i > root.i:
            return True  # "Turkish and Turkish Cypriot mining rights": modifiers of a noun
        if with_common_conjunct(root, self.token_mention):
            return True  # "Russia, Turkey and other countries": a group the names do not make up
        return (
            types <= _PLACE_KINDS and root.dep_ == "pobj" and root.head.lower_ in _PLACE_OR_EXAMPLE_PREPS
        )

    def _root(self, mention):
        """The head token of a mention."""
        return doc_span(self.doc, mention.token_start, mention.token_end).root

    def ranked(self, i, accept, window):
        """Candidate mentions before token i: this sentence first, subjects first, then recency."""
        found = self.ranked_with_score(i, accept, window)
        return found[1] if found else None

    def ranked_with_score(self, i, accept, window, *, roles: bool = False):
        """(score, mention) of :meth:`ranked`'s choice, or None; with ``roles``, a subject before an
        object before any other noun (:func:`_role`), else a subject before the rest."""
        sent_of = self.sent_of
        here = sent_of[i]
        best = None
        # walk back from the pronoun; stop once out of the window
        for j in range(bisect.bisect_right(self.root_ends, i) - 1, -1, -1):
            root, mention = self.roots[j]
            distance = here - sent_of[root.i]
            if distance > window:
                break
            if mention.token_end > i or not accept(mention):
                continue
            role = _role(root) if roles else root.dep_ in NOMINAL_SUBJECT_DEPS
            score = (-distance, role, mention.token_start)
            if best is None or score > best[0]:
                best = (score, mention)
        return best


class _Agreement(ClauseSubjectRules, RivalRules, _Antecedents):
    """Which candidates agree with an anaphor: in number and kind, against the subject of its own
    clause (:class:`~extract.coref_subjects.ClauseSubjectRules`), and against the rivals that leave a
    pronoun unresolved (:class:`~extract.coref_rivals.RivalRules`)."""

    __slots__ = ()

    def agreeing(self, tok, *, plural: bool) -> list[str]:
        """The named entity an "it" or "they" refers to: one of the right number and kind that no
        nearer common noun ("the aircraft", "the burglars") competes with; else nothing."""
        bound = self._bound(tok, plural)
        if bound is not None:
            return bound
        if _fronted_possessor(self, tok, plural):
            return []  # "since the seat's creation in 1984, it has been held by ...": the seat
        kinds = _PLURAL_KINDS if plural else _THING_KINDS
        after = self._other_named_subject(tok)
        found = self.ranked_with_score(
            tok.i,
            # "of Kobe, Japan": a country named to place a city is no antecedent
            lambda m: m.token_start > after and number_agrees(self.entities[m.key], plural, kinds, self.lexicon)
            and not self._modifier(m)
            and not self._place_after_place(m)
            # "Tesco and other retailers ... they": the group, no one name
            and not (plural and with_common_conjunct(self._root(m), self.token_mention)),
            _PRONOUN_WINDOW,
            roles=True,
        )
        if plural and found is not None and names_an_event(self.entities[found[1].key]):
            return []  # "Collins won the California Primary. Their victory": an event, not who won it
        singular = found is not None and (  # "the Turpins" are a group themselves
            self.doc[found[1].token_start : found[1].token_end].root.tag_ not in _PLURAL_TAGS
        )
        paired = not plural and found is not None and (
            coordinated_name(self, found[1]) or place_named_where(self, found[1], tok)
            or plural_alias(self, found[1])  # "some Democrats advocated ... until it reached": not the party
        )
        if found is not None:
            found = (found[0], [found[1].key])
        chained = self.anaphor_with_score(
            tok.i, lambda keys: self._agrees(keys, plural), _PRONOUN_WINDOW, plural=plural
        )
        if chained is not None and chained[0][2] > after and (found is None or chained[0] > found[0]):
            found = (chained[0], list(chained[1]))
            singular, paired = True, False
        if paired:
            return []  # "The EU and the UK failed to reach a deal. It would have ...", "in Syria ... it comforts"
        common = self._nearest_common(tok.i, plural, unquoted=says(tok, self.lexicon))
        if found is None or (common is not None and common > found[0]):
            return []
        since = self.sent_of[tok.i] + found[0][0]  # no further back than the antecedent found
        if plural and singular and len(found[1]) == 1 and self._plural_rival(
            tok.i, found[1][0], commons=True, since=since
        ):
            return []  # "the articles of impeachment ... They do not impose fines": not the House
        if plural and len(found[1]) == 1 and (
            persons_since(self, found[1][0], tok) or only_a_source(self, found[1][0], tok, cited_only=True)
            or person_noun_between(self, found[0][2], tok) or city_subject_over(self, found[0][2])
        ):
            return []  # "the Academy ... Peebles, Queloz and Mayor. They", "according to NPR, ... their guns"
        if plural and singular and len(found[1]) == 1 and self.entities[found[1][0]].type != "NORP" and (
            plural_rival_between(self, found[0][2], tok)
        ):
            return []  # "Apple sued two former engineers. They are accused ...": the engineers
        if len(found[1]) == 1 and self.entities[found[1][0]].type == "ORG" and never_acts(self, found[1][0]):
            return []  # "published in PNAS ... they made these tools": a body never shown acting is no "they", no "it"
        return found[1]


class _Pronouns(_Agreement):
    """The rules of pronouns and plural pronouns."""

    __slots__ = ()

    def pronoun(self, tok) -> list[str]:
        """The keys a pronoun refers to (none if unresolved)."""
        doc, token_mention, mentions, entities = self.doc, self.token_mention, self.mentions, self.entities
        lower = tok.lower_
        if is_expletive(tok) and not actor_complement(tok, self.lexicon) and not agent_state(tok, self.lexicon):
            return []  # "it is clear that ...", "it rained", "it took five hours to ...": no referent
        if lower not in _PERSON_PRONOUNS and elided_clause(tok):
            return []  # "did not find the network had breached laws, nor its franchise terms"
        beside = emphatic_head(tok)
        if beside is not None:  # "Egypt itself": the name beside it; "the network, which itself": no name
            if token_mention[beside.i] >= 0:
                return [mentions[token_mention[beside.i]].key]
            return list(self.resolved.get(beside.i, ()))
        # "Damascus and its allies": the name the pronoun's phrase is coordinated with
        if tok.dep_ == "poss" and tok.head.dep_ == "conj" and token_mention[tok.head.head.i] >= 0:
            target = mentions[token_mention[tok.head.head.i]]
            etype = entities[target.key].type
            if (lower in _THING_PRONOUNS and etype != "PERSON") or (
                lower in _PERSON_PRONOUNS and etype == "PERSON"
            ):
                return [target.key]
        if lower in _PERSON_PRONOUNS:
            # "In his statement, Israeli Prime Minister X said": the subject that follows
            subject = _following_subject(doc, tok) if tok.dep_ == "poss" else None
            if subject is not None and token_mention[subject.i] >= 0:
                target = mentions[token_mention[subject.i]]
                if entities[target.key].type == "PERSON":
                    return [target.key]
            return person_antecedent(self, tok, _PRONOUN_WINDOW)
        owner = fronted_owner(self, tok)
        if owner is not None:
            return owner  # "To modernize its military, Hungary licensed ...": the subject after it
        if lower in _THING_PRONOUNS:
            if lower == "it" and (tok.dep_ not in NOMINAL_SUBJECT_DEPS or tok.head.pos_ not in ("VERB", "AUX")):
                return []  # an object "it" is mostly an event or a thing ("named it ...", "considers it a PCI")
            keys = self.agreeing(tok, plural=False)
            event = event_complement(tok, self.lexicon) if keys else None
            if event is not None and not any(
                self.entities[k].type == "EVENT" or names_event(self.entities[k].label, event) for k in keys
            ):
                return []  # "It was the fourth launch this month": an event, not the country named
            if keys and not any(self.entities[k].type == "EVENT" for k in keys) and act_complement(tok, self.lexicon):
                return []  # "EFF said it was a counterproductive move": the act, not who did or judged it
            if named_below(self, tok, keys):
                return []  # "How has it evolved since IBM acquired Red Hat?": not the name its clause gives
            if keys and (event_verb_subject(self, tok, keys) or named_they_before(self, tok, keys)):
                return []  # "Spain declared a state of emergency. It will last two weeks": the emergency
            if standing_thing(self, tok, keys) or craft_subject(self, tok, keys) or thing_verb_subject(self, tok, keys):
                return []  # "Samsung launched a new phone. It costs $900", "the day it sank": a thing
            return [] if len(keys) == 1 and only_a_source(self, keys[0], tok) else keys
        keys = self.plural_pronoun(tok)
        if (len(keys) == 1 and several_referents(tok)) or named_below(self, tok, keys) or standing_thing(self, tok, keys):
            return []  # "they all": not one body; "they said Apple would": not Apple; "... new rules. They ban"
        return keys

    def plural_pronoun(self, tok) -> list[str]:
        """The keys "they", "their" ... refer to: the subject of their clause, the last coordinated
        names that can act together (countries, organisations, peoples, persons), else a group."""
        doc, token_mention = self.doc, self.token_mention
        sent_start = sentence_bounds(doc, tok.i)[0]
        if self._quantified(tok) or counted_subject(tok) or under_plural_relative(self, tok):
            return []  # "Those giving their final pleas", "Many said they": the pronoun's own subject, no name
        # "Barr and Ross refused ... the committee voted to refer them": an object "them" is never its
        # clause's subject; only coordinated names before it can be what it is
        own = self._other_named_subject(tok) if object_them(tok) else None
        bound = self._bound(tok, True) if own is None else None
        if bound is not None:  # "the Taliban ... seeks to reimpose their version"
            return bound
        if any(
            t.tag_ == "NNS" and token_mention[t.i] < 0 and t.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "ROOT")
            and not (t.i in self.resolved and self._agrees(self.resolved[t.i], True))
            for t in doc_span(doc, sent_start, tok.i)
        ):
            return []  # "Rescuers ... their hands", "sent the police a plan, which they rejected": nearer
        here = self.sent_of[tok.i]
        best = None
        for j in range(bisect.bisect_left(self.group_starts, tok.i) - 1, -1, -1):
            position, sent, role, keys = self.groups[j]
            if here - sent > _PRONOUN_WINDOW:
                break
            score = (sent - here, role, position)
            if (self._can_act_together(keys) or self._mixed(keys)) and (best is None or score > best[0]) \
                    and not any(names_an_event(self.entities[k]) for k in keys):  # "the Nevada Caucus and ..."
                best = (score, keys)
        if best is None:
            return [] if own is not None else self.agreeing(tok, plural=True)
        found = self.ranked_with_score(
            tok.i,
            lambda m: number_agrees(self.entities[m.key], True, _PLURAL_KINDS, self.lexicon) and not self._modifier(m)
            and not (own is not None and m.token_start <= own < m.token_end),
            _PRONOUN_WINDOW,
            roles=True,
        )
        if found is not None and found[0] > best[0]:  # a single name is nearer: as if there were no pair
            return [] if own is not None else self.agreeing(tok, plural=True)
        if self._mixed(best[1]):
            return []  # "Tuli and Equally American sued ... They": both, but not as one kind
        if own is not None and plural_noun_between(self, best[0][2], tok):
            return []  # "Russia and Turkey signed the agreements. The UN welcomed them": the agreements
        common = self._nearest_common(tok.i, True)
        return [] if common is not None and common > best[0] else list(best[1])

    @staticmethod
    def _quantified(tok) -> bool:
        """Whether the subject of a pronoun's clause, or the noun its clause qualifies, is a plural
        pronoun or quantifier before it ("Those giving their speeches", "Many said they would")."""
        node = tok
        for _ in range(4):
            if node.head is node:
                return False
            verb = node.head
            if any(
                c.lower_ in _PLURAL_QUANTIFIERS and c.dep_ in NOMINAL_SUBJECT_DEPS and c.i < tok.i
                for c in verb.children
            ):
                return True
            if verb.lower_ in _PLURAL_QUANTIFIERS and node.dep_ in ("acl", "relcl") and verb.i < tok.i:
                return True  # "Those giving their ...": the noun the clause qualifies
            if verb.pos_ in ("VERB", "AUX") and node.dep_ in NOMINAL_SUBJECT_DEPS:
                return False
            node = verb
        return False


class _Resolver(_Pronouns):
    """The rules: pronouns and plural pronouns (:class:`_Pronouns`), pairs ("the two countries") and descriptions."""

    __slots__ = ()

    def _modifier(self, mention) -> bool:
        """A name that only modifies another noun ("the Boeing 737 Max") is not what "it" is."""
        root = doc_span(self.doc, mention.token_start, mention.token_end).root
        return root.dep_ in ("compound", "nmod", "amod") and root.head.i >= mention.token_end

    def pair(self, tok):
        """(keys, span) of "the two countries", "both sides", "the two leaders"; None for another noun.

        The keys are the two entities of the noun's kind (``data/class_nouns.tsv``) named in this
        sentence before the noun and in the sentence before; with more or fewer, none (unresolved).
        For an organisation noun ("both parties", "the two groups") each must have been named or
        described by that noun ("the Labour Party", "X, an armed group").
        """
        number = list_number(tok)
        if number:  # "the three countries", "all three": a list of that many names
            keys = self._counted(tok, number)
            return (keys, self.doc[min(c.i for c in tok.lefts) : tok.i + 1]) if keys else None
        if bare_both(tok):  # "Both received seven-year terms": two actors of any kind, not "two officers"
            keys = () if group_rival(self, tok, tok.i, 2, _PAIR_WINDOW) else self._pair_keys(
                tok.i, both_test(self, self._kind_test("ACTOR")))
            return (keys if named_together(self, keys, tok.i, _PAIR_WINDOW) else ()), self.doc[tok.i : tok.i + 1]
        collective = collective_number(tok, self.lexicon)
        if collective and not any(c.lower_ in _NOT_ANAPHORIC for c in tok.lefts):  # "the pair", "the trio"
            start = min(c.i for c in tok.lefts if c.dep_ == "det")
            accept = person_test(self, tok)
            if accept is None:
                return None  # "the couple's home": a possessor, no phrase of its own
            keys = () if group_rival(self, tok, start, collective, _PAIR_WINDOW) else self._pair_keys(
                start, accept) if collective == 2 else counted_list(
                self, tok, collective, lambda key: self._first_accepted(key, tok.i, accept), _PAIR_WINDOW)
            return keys or (), self.doc[start : tok.i + 1]
        if tok.tag_ != "NNS":
            return None
        lefts = [c for c in tok.lefts if c.dep_ in ("det", "predet", "preconj", "nummod")]
        words = {c.lower_ for c in lefts}
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.rights):
            return None  # "both sides of the border", "the two countries of the region"
        noun = tok.lemma_.casefold()
        kind = _class_nouns(self.lexicon).get(noun)
        if "both" not in words and not ("two" in words and words & _PAIR_DETS):
            return None if kind else self._persons_named(tok, lefts)  # "the men", "the officers"
        accept = self._kind_test(kind) if kind else person_test(self, tok)  # "the two men", "both officers"
        if accept is None or (not kind and group_rival(self, tok, min(c.i for c in lefts), 2, _PAIR_WINDOW)):
            return None
        if kind == "ORG":  # "both parties": two the article named or described as parties, not any two bodies
            described = {key for position, key, dhead, _mods in self.descriptors if position < tok.i and dhead == noun}
            of_kind = accept

            def accept(m) -> bool:
                return of_kind(m) and m.key in described

        start = min(c.i for c in lefts)
        return self._pair_keys(start, accept), self.doc[start : tok.i + 1]

    def _pair_keys(self, start: int, accept) -> tuple[str, ...]:
        """The two entities ``accept`` takes named before token ``start`` in its sentence and the one before,
        in text order; else the coordinated pair that acts beside hosts of the kind; else ``()``."""
        here = self.sent_of[start]
        keys: list[str] = []
        for j in range(bisect.bisect_right(self.root_ends, start) - 1, -1, -1):
            root, mention = self.roots[j]
            if here - self.sent_of[root.i] > _PAIR_WINDOW:
                break
            if mention.token_end <= start and mention.key not in keys and accept(mention):
                keys.append(mention.key)
        acting = acting_pair(self, accept, start, _PAIR_WINDOW) if len(keys) > 2 or (
            len(keys) == 2 and other_pair(self, keys, start, _PAIR_WINDOW)) else None
        if acting is not None:  # "Ethiopia and Eritrea held talks ..., hosted by Saudi Arabia. The two sides"
            return acting
        if len(keys) != 2 or other_pair(self, keys, start, _PAIR_WINDOW):
            return ()  # "Israel and Hamas agreed a truce brokered by Egypt. The two sides": not Egypt
        return tuple(reversed(keys))

    def _persons_named(self, tok, lefts):
        """(keys, span) of "the men", "these officers": the one coordinated list of persons named just
        before, of the noun's kind and gender, with no group of the same noun nearer; else None."""
        if [c.lower_ for c in lefts] not in (["the"], ["these"], ["those"]) or any(
                c.lower_ in _NOT_ANAPHORIC or c.dep_ in ("amod", "compound") for c in tok.lefts):
            return None  # "the other men", "the French officers", "the police officers": more than the noun
        accept = person_test(self, tok)
        start = lefts[0].i
        if accept is None or group_rival(self, tok, start, 0, _PAIR_WINDOW):
            return None
        keys = whole_group(self, tok, start, accept, _PAIR_WINDOW)
        return (keys, self.doc[start : tok.i + 1]) if keys else None

    def _first_accepted(self, key: str, before: int, accept) -> bool:
        """Whether the first mention of ``key`` before token ``before`` passes ``accept``."""
        first = next((m for _root, m in self.roots if m.key == key and m.token_start < before), None)
        return first is not None and accept(first)

    def _counted(self, tok, number: int):
        """The keys of "the three countries" / "all three": a list of that many names of the noun's kind."""
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.rights):
            return None  # "the three countries of the region", "all three of them"
        kind = "ACTOR" if tok.pos_ == "NUM" else _class_nouns(self.lexicon).get(tok.lemma_.casefold())
        accept = self._kind_test(kind) if kind else person_test(self, tok)  # "the three men"
        if accept is None or (not kind and group_rival(self, tok, tok.i, number, _PAIR_WINDOW)):
            return None
        return counted_list(self, tok, number, lambda key: self._first_accepted(key, tok.i, accept), _PAIR_WINDOW)

    def _kind_test(self, kind):
        """A test of a mention for a class noun's kind (COUNTRY, ORG, PERSON, ACTOR), or None."""
        entities, countries = self.entities, self.lexicon.countries

        def country(m) -> bool:
            return entities[m.key].type == "GPE" and countries.country_of(entities[m.key].label) is not None

        if kind == "COUNTRY":
            return country
        if kind in ("ORG", "PERSON"):
            return lambda m: entities[m.key].type == kind
        if kind == "ACTOR":
            return lambda m: entities[m.key].type in ("ORG", "PERSON") or country(m)
        if kind == "COMPANY":
            return self._is_company
        return None

    def _bare_name_head(self, tok):
        """(key, span) of a bare subject noun that is the head word of a name named before
        ("Thames Valley Police ... Police arrested a man"), or None."""
        if tok.dep_ not in NOMINAL_SUBJECT_DEPS or any(
            c.dep_ in ("amod", "compound", "nmod", "poss") for c in tok.lefts
        ):
            return None
        here = self.sent_of[tok.i]
        for j in range(bisect.bisect_left(self.descriptor_starts, tok.i) - 1, -1, -1):
            position, key, dhead, dmods = self.descriptors[j]
            if here - self.sent_of[position] > _DESCRIPTION_WINDOW:
                break
            if dhead == tok.lower_ and _NAME_WORDS in dmods:
                return key, self.doc[tok.i : tok.i + 1]
        return None

    def _has_apposed_name(self, tok) -> bool:
        """Does a name in apposition lie in the phrase of ``tok`` ("the president, X")? Its subtree is walked
        only when such a name lies between its edges."""
        at = bisect.bisect_left(self.apposed, tok.left_edge.i)
        if at == len(self.apposed) or self.apposed[at] > tok.right_edge.i:
            return False
        return any(c.dep_ == "appos" and self.token_mention[c.i] >= 0 for c in tok.subtree)

    def description(self, tok):
        """(key, span) of the entity a definite description refers to, or None."""
        doc, entities = self.doc, self.entities
        named = own_name(self, tok)
        if named is not None:
            return named  # "the news agency AFP", "the organisation which is called SAMPAD": the name beside it
        if tok.pos_ != "NOUN" or tok.dep_ in ("attr", "appos") or self._has_apposed_name(tok) \
                or unnamed_own_name(self, tok):  # "the faction The Dark Order": a name the entities left out
            return None  # "X was the deputy commander", "Tehran, the capital" describe X; "the president, X": X
        modified = noun_after_name(self, tok, _class_nouns(self.lexicon))
        if modified is not None:  # "the Antifa organization" names Antifa, no organisation named before
            start = min([c.i for c in tok.lefts if c.dep_ == "det"] + [modified.token_start])
            return modified.key, doc_span(doc, start, tok.i + 1)
        dets = [c for c in tok.lefts if c.dep_ == "det"]
        if not dets:
            return self._bare_name_head(tok)
        if dets[0].lower_ not in ("the", "this", "that") or any(c.lower_ in _NOT_ANAPHORIC for c in tok.lefts):
            return None  # "the same group", "the other party" are no reference back
        head = _head_word(tok, self.lexicon)
        mods = self.modifiers(tok)
        span = doc_span(doc, dets[0].i, tok.i + 1)
        here = self.sent_of[tok.i]
        plural = tok.tag_ in _PLURAL_TAGS
        named = {m for m in mods if m in entities}
        def matches(j) -> bool:  # a description that agrees on every country or name it gives
            _position, key, dhead, dmods = self.descriptors[j]
            return dhead == head and named <= dmods | {key} and (_NAME_WORDS not in dmods or mods <= dmods) \
                and not _other_kind(mods, dmods, entities) \
                and not (_NAME_WORDS in dmods and generic_medium_noun(tok, self.lexicon))  # "the news of"

        for j in range(bisect.bisect_left(self.descriptor_starts, tok.i) - 1, -1, -1):
            position, key, dhead, dmods = self.descriptors[j]
            if here - self.sent_of[position] > _DESCRIPTION_WINDOW:
                break
            if matches(j):  # the latest, unless it only modifies a noun beside a standing name
                position, key, dhead, dmods = self.descriptors[standing_descriptor(self, j, matches)]
                newer = None if plural else newer_country(self, tok, position, key, _DESCRIPTION_WINDOW)
                if newer is not None:  # "... from the country. The coalition came to Iraq ... of the country"
                    return newer.key, span
                if plural and _PLURAL_NOUN not in dmods and entities[key].type != "NORP":
                    return None  # "the parties", "the researchers": not the one organisation named
                if own_of_complement(tok, entities[key].label, self.token_mention, self.lexicon):
                    return None  # "the border state of Texas ... the state of emergency": another thing
                return key, span
        division = None if plural else division_description(self, tok)
        if division is not None:  # "The governor of Ohio announced the state had extended its order"
            self.divisions[tok.i] = (division.key,)
            return division.key, span
        settlement = None if plural else settlement_description(self, tok)
        if settlement is not None:  # "Protests continued in Minsk ... detained in the city"
            return settlement, span
        lower = tok.lower_
        classes = _class_nouns(self.lexicon)
        if plural and lower not in classes:
            return None  # "the parties": a plural names no one organisation by its class ("the jihadists" may)
        kind = classes.get(tok.lemma_.casefold()) or classes.get(lower)
        if kind == "ORG":
            def is_org(m) -> bool:  # "Hamas ... the group", typed ORG or a place; not "Hamas and Fatah"
                entity = entities[m.key]
                armed = entity.type == "ORG" and is_armed_name(entity.label, self.lexicon)
                if armed or armed_group(entity, self.lexicon):
                    return not coordinated_name(self, m)
                return entity.type == "ORG" and not listed_with_kind(self, m) \
                    and head_fits(tok.lemma_.casefold(), entity.label)  # "Twitter, and Facebook"; "the ministry"

            found = prefer_standing_name(
                self, tok.i, self.ranked(tok.i, is_org, _DESCRIPTION_WINDOW), is_org, _DESCRIPTION_WINDOW
            )
        elif kind == "COUNTRY":
            found = country_antecedent(self, tok, _DESCRIPTION_WINDOW) \
                or lone_country(self, tok)  # further back: the one country the article named
        elif kind == "COMPANY":
            found = self._company(tok)
        else:
            found = None
        if found is not None and (foreign_proper_modifier(
            tok, entities[found.key].label, self.token_mention, self.lexicon
        ) or own_of_complement(tok, entities[found.key].label, self.token_mention, self.lexicon)):
            return None  # "the Birther movement" names another body than the party named before
        return (found.key, span) if found is not None else None

    def _is_company(self, mention) -> bool:
        """An organisation that may be "the company" or "the network": no word of its name is a body,
        institution, class or agent noun other than a business or medium ("the Electoral Commission", "Police"),
        and the actor dictionaries code it as a business or not at all (not "UNICEF", "Greenpeace")."""
        entity = self.entities[mention.key]
        if entity.type != "ORG":
            return False
        lexicon = self.lexicon
        codes = lexicon.dictionaries.actor_codes(entity.label)
        if codes and not any(("BUS" in code or code.startswith("MNC")) for code in codes):
            return False
        classes = _class_nouns(lexicon)
        for word in entity.label.casefold().split():
            if classes.get(word) == "COMPANY":
                continue
            if word == "group":
                continue  # companies and armed groups alike: the dictionaries decide
            role = lexicon.dictionaries.agent_role(word)
            if (role is not None and role not in _COMPANY_ROLES) or word in classes:
                return False
            if word in _public_body_words(lexicon):
                return False
        return True

    def _company(self, tok):
        """The mention "the company" or "the network" refers to, or None.

        The most salient company (:meth:`_is_company`) before it in this sentence or the two before,
        as a subject, an object or a possessor ("in an interview with the Mercury News, X said the
        firm ..." is not the newspaper), that is not the subject of its own clause ("the NTC issued
        an order to the network"); None when a second company is named as near and in as salient a
        place, or when the noun describes a name ("the company Acme") or carries a country or name.
        """
        if tok.dep_ in ("compound", "nmod") or any(
            c.dep_ == "appos" and self.token_mention[c.i] >= 0 for c in tok.children
        ):
            return None  # "the Mexican company Cultura Colectiva": the name's descriptor, no reference back
        if any(m in self.entities for m in self.modifiers(tok)) or any(
            self.lexicon.countries.country_of(c.text) for c in tok.lefts if c.dep_ in ("amod", "compound")
        ):
            return None  # "the Mexican company": a country or a name the class alone cannot check
        subject = self._clause_subject(tok)
        own = set()
        if subject is not None:
            if self.token_mention[subject.i] >= 0:
                own.add(self.mentions[self.token_mention[subject.i]].key)
            own.update(self.resolved.get(subject.i, ()))

        def salient(m) -> bool:  # a subject, an object or a possessor, not a name after a preposition
            if m.key in own or not self._is_company(m):
                return False
            root = self.doc[m.token_start : m.token_end].root
            return _role(root) > 0 or root.dep_ == "poss"

        best = self.ranked_with_score(tok.i, salient, _PRONOUN_WINDOW, roles=True)
        if best is None:
            return None
        rival = self.ranked_with_score(
            tok.i, lambda m: m.key != best[1].key and salient(m), _PRONOUN_WINDOW, roles=True
        )
        if rival is not None and rival[0][:2] == best[0][:2]:
            return None  # "Tesco sold its stores to Salling Group ... the company": either
        return best[1]
