"""The reader: every relation rule over one Doc, and :func:`relations_of`."""

from __future__ import annotations

from spacy.attrs import LOWER as _LOWER_ATTR, POS as _POS_ATTR
from spacy.symbols import NOUN as _NOUN, PROPN as _PROPN, VERB as _VERB

from ..entities import EntityIndex, _titles
from ..lexicon import Lexicon, get_lexicon
from ..types import Document, Relation
from .accusations import AccusationRules
from .adjunct_meetings import AdjunctMeetingRules
from .agentless_violence import AgentlessViolenceRules
from .appeal_clauses import AppealClauseRules
from .appeal_nouns import AppealNounRules, appeal_nouns
from .arguments import ArgumentRules
from .charges import CHARGE_NOUNS, ChargeRules
from .clauses import ClauseRules
from .conduct import ConductRules
from .conjunct_actors import ConjunctActorRules
from .control import ControlRules
from .descriptions import DescriptionRules
from .displaced_agents import DisplacedAgentRules
from .grants import GrantRules
from .implicit import ImplicitRules
from .lost_verbs import LostVerbRules
from .mandative_clauses import MandativeClauseRules
from .media_sourcing import MediaSourcingRules
from .aimed_things import AimedThingRules
from .multiword_verbs import MultiwordVerbRules
from .nominal import NounRules, _light_verbs
from .nominal_gerunds import nominal_gerund
from .one_sided import OneSidedRules
from .output import RelationOutput
from .participles import ParticipleRules
from .passive_idioms import PassiveIdiomRules
from .partners import PartnerRules, mutual_frames
from .places import PlaceRules
from .protest_frames import ProtestFrameRules, rally_words
from .quotation_cues import discourse_filler, misread_title
from .released_statements import ReleasedStatementRules
from .self_reports import SelfReportRules
from .sentences import DetentionSentenceRules
from .aid_amounts import ReceivedAidRules
from .speakers import quotation_runs
from .said_statements import SaidStatementRules
from .quoted_act_relations import QuotedActRules
from .stated_content import StatedContentRules
from .purposes import PurposeRules
from .role_actors import RoleActorRules
from .agent_roles import AgentRoleRules
from .generic_pairs import GenericPairRules
from .labour_strikes import LabourStrikeRules
from .targets import TargetRules
from .treaty_exits import TreatyExitRules
from .undergoers import UndergoerRules, possessed_events
from .unnamed_accusations import UnnamedAccusationRules
from .verbal import VerbRules
from .votes import VoteRules
from .meeting_nouns import MeetingNounRules
from .war_nouns import WarNounRules, war_words

__all__ = ["relations_of"]


class _Reader(VerbRules, NounRules, PartnerRules, TargetRules, DescriptionRules, PlaceRules, ControlRules,
              LostVerbRules, ImplicitRules, UndergoerRules, AccusationRules, UnnamedAccusationRules, PurposeRules, ClauseRules, ArgumentRules,
              GrantRules, ChargeRules, ReleasedStatementRules, AppealClauseRules, MandativeClauseRules, AppealNounRules,
              OneSidedRules, StatedContentRules, SaidStatementRules, QuotedActRules, VoteRules, DetentionSentenceRules, ReceivedAidRules, ConductRules, ParticipleRules,
              AgentlessViolenceRules, PassiveIdiomRules, SelfReportRules, RoleActorRules, AgentRoleRules, GenericPairRules, LabourStrikeRules,
              MultiwordVerbRules, AdjunctMeetingRules, TreatyExitRules, MediaSourcingRules, AimedThingRules,
              ProtestFrameRules, DisplacedAgentRules, ConjunctActorRules, WarNounRules, MeetingNounRules,
              RelationOutput):
    """The rules over one Doc; memoises subjects so conjuncts can inherit them."""

    def __init__(self, doc, document: Document, index: EntityIndex, lexicon: Lexicon):
        self.doc = doc
        self.document = document
        self.index = index
        self.lexicon = lexicon
        words = lexicon.word_sets
        self.dummies = words["dummy_objects"]
        self.quantifiers = words["quantifier_nouns"]
        self.places = words["place_nouns"]
        self.controls = words["control_verbs"]
        self.relational = words["relational_nouns"]
        self.titles = _titles(lexicon)
        self.lights = _light_verbs(lexicon)
        self.incidents = words["incident_nouns"]
        self.agent_nouns = words["agent_nouns"]
        self.harms = lexicon.keys_where("harm_verbs", "victims", "yes")
        self.outcomes = lexicon.keys_where("harm_verbs", "outcome", "yes")
        self.raising = words["raising_verbs"]
        self.idioms = words["verb_idioms"]
        self.supports = words["support_verbs"] | lexicon.keys_where("light_verbs", "reads", "event", "both")
        self._country_context: tuple[str, ...] | None = None
        self.displaced_nouns: set[int] = set()  # penalty nouns read with their displaced agent
        self._subjects: dict[int, tuple[list, str]] = {}
        self._self_reports: dict[int, list[tuple[int, str]]] = {}
        self.out: list[Relation] = []
        self._seen: set = set()
        self._sentences = None
        self._sentence_ends: list[int] = []


def relations_of(doc, document: Document, index: EntityIndex, *, lexicon: Lexicon | None = None) -> list[Relation]:
    """Return the relations a parsed ``Doc`` states between its entities.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        A Doc with a dependency parse, lemmas and POS tags.
    document : Document
        The document the Doc was parsed from (its id goes into each relation).
    index : EntityIndex
        The entities of ``doc``, from :func:`extract.entities.entities_of`.
    lexicon : Lexicon, optional
        The tables to read; by default :func:`extract.lexicon.get_lexicon`'s.

    Returns
    -------
    list of Relation
        In document order of their predicates. Each has at least one named
        entity argument; offsets are document offsets.
    """
    if not doc.has_annotation("DEP"):
        return []  # no parse, no grammar to read
    reader = _Reader(doc, document, index, lexicon or get_lexicon())
    # read POS and lowercase ids as one array: a Token is made only for candidates
    strings = doc.vocab.strings
    possessed = possessed_events(reader.lexicon)
    appealing = appeal_nouns(reader.lexicon)
    rallies = rally_words(reader.lexicon)
    wars = war_words(reader.lexicon)
    rows = doc.to_array([_POS_ATTR, _LOWER_ATTR]).reshape(-1, 2)
    read = ((rows[:, 0] == _VERB) | (rows[:, 0] == _NOUN) | (rows[:, 0] == _PROPN)).nonzero()[0]  # the only POS read
    runs = None  # the Doc's quotations, read at its first verb
    for i, (pos, lower) in zip(read.tolist(), rows[read].tolist()):
        if pos == _VERB:
            token = doc[i]  # one Token per verb, read by every rule below
            if runs is None:
                runs = quotation_runs(doc)
            if discourse_filler(token, reader.lexicon) or misread_title(token, runs, index, reader.lexicon):
                continue  # "I mean, just a ball of flames", '"...", Caloundra coach X said': nothing of the world
            reader.verb(token)
            reader.grant(token)  # "granted X a pardon", "was granted clemency": the recipient is the target
            reader.adjunct_meeting(token)  # "said in a meeting with Y": the subject's consultation of Y (040)
            reader.treaty_exit(token)  # "withdrew the US from the treaty with Iran": (Trump, withdraw, Iran) 161
            reader.causative_passive(token)  # "X had her home searched"
            reader.accused_clause(token)  # "police alleged the accused performed two attacks"
            reader.unnamed_accusation(token)  # "X claimed the vote was rigged": X's accusation (112)
            reader.released_statement(token)  # "a statement released by X": X's statement (010)
            reader.issued_statement(token)  # "X issued a statement": X's statement (010), as a speech given
            reader.sourced_saying(token)  # "according to state media, X said": X's statement (010)
            reader.appeal_clause(token)  # "X called for Y to ...": X's appeal to Y (020)
            reader.mandative_clause(token)  # "X demanded that Y resign": X's demand on Y (100)
            reader.passive_idiom(token)  # "X came under fire from Y": Y's criticism of X (111)
            reader.stated_content_relation(token)  # "X said Y was a hero": X's praise of Y (051)
            reader.said_statement(token)  # "the ministry said ...": its statement (010), kept by said_sources
            reader.quoted_act_relation(token)  # 'X tweeted: "Thank you to Y"': X's praise of Y (quoted_acts.py)
            reader.free_relative_statement(token)  # "in what the police declared a terrorist attack" (010)
            reader.vote(token)  # "voted for X", "in favour of X", "for X but against Y" (051/110)
            reader.detention_sentence(token)  # "X received prison terms": (unspecified, term, X) 173
            reader.received_amount(token)  # "X received $6 billion from Y": (Y, receive, X) (aid_amounts.py)
            reader.agentless_violence(token)  # "Dozens died in the attack", "rockets struck the base"
            reader.turnout_protest(token)  # "thousands turned out to protest against X" (protest_frames.py)
            reader.displaced_agent(token)  # "was given a ban by X", "fined $5m by X" (displaced_agents.py)
            if nominal_gerund(token):  # "Fighting between A and B killed dozens": the noun (nominal_gerunds.py)
                _read_noun(reader, doc, i, strings[lower], index, possessed, appealing, rallies, wars)
        elif pos == _NOUN or pos == _PROPN:
            _read_noun(reader, doc, i, strings[lower], index, possessed, appealing, rallies, wars)
    reader.descriptions()
    reader.out.sort(key=lambda r: (r.predicate.start, r.subject.start, r.object.start))
    return reader.out


def _read_noun(reader, doc, i: int, word: str, index: EntityIndex, possessed, appealing, rallies, wars) -> None:
    """The rules of a noun at ``doc[i]`` (``word`` its lower form): event nouns, wars, pairs, rallies."""
    lemma = reader.event_noun(word)
    if word in appealing and index.mention_at(i) is None and reader.appeal_noun(doc[i]):
        return  # "Germany's call on Russia to withdraw": (Germany, call on, Russia)
    if lemma is not None:
        if index.mention_at(i) is None and i not in reader.displaced_nouns:
            reader.noun(doc[i], lemma)
    elif word in wars and index.mention_at(i) is None:
        reader.war_noun(doc[i])  # "the conflict between Armenia and Azerbaijan" (war_nouns.py)
    elif mutual_frames(word, kind="noun", lexicon=reader.lexicon) and index.mention_at(i) is None:
        token = doc[i]
        reader.between(token, token.lemma_.lower())  # "a deal between the two countries"
    elif word in rallies and index.mention_at(i) is None and reader.rally_noun(doc[i]):
        return  # "took part in rallies against X": the subject's demonstration (protest_frames.py)
    elif word in possessed and index.mention_at(i) is None:
        reader.possessed_event(doc[i])  # "his release", "the minister's resignation"
    elif word in CHARGE_NOUNS and index.mention_at(i) is None:
        reader.legal_charge(doc[i])  # "charges were filed against X", "X faces charges of fraud"
