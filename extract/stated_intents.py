"""An official's stated intent: "Iran said it was ready to resume talks" is an intent to negotiate (036).

An event coder codes a statement whose reported clause is the speaker's own
intent, offer or refusal by that content, not as a plain statement (010):
"the ministry said it would send aid to the flood victims" is an intent to
give aid (033), "the rebels said they were willing to negotiate" an intent to
negotiate (036), "Washington said it would impose sanctions on Iran" a threat
of sanctions (1312), "Pakistan said it would not accept the proposal" a
rejection (120). The announced act itself stays a relation of its own, intended
or negated, with no event (:mod:`extract.events.modality`).

:func:`stated_intents` reads a (speaker, say, unspecified) relation that
:func:`extract.said_sources.said_events` would keep or drop, and gives the
intent relations in its place when

- the speaker is an official or a body (:func:`extract.said_sources.official_code`)
  and the "say" is asserted;
- the reported clause's subject is the speaker: a pronoun that agrees with it
  ("it", "they", "we"; "he" or "she" for a person) or the speaker's own words,
  and no relation of the clause gives that subject another actor;
- the clause states an intent (``data/intent_cues.tsv``): a modal auxiliary of
  the future ("would send", "will not accept"; "would have" is none), "be"
  with an adjective of readiness and an infinitive ("was ready to resume",
  "is unwilling to negotiate": a refusal), or a verb of planning with an
  infinitive ("plans to cooperate");
- the announced act has a CAMEO event: its relation's, coded as if it were asserted
  (``withheld`` by the annotation), or, where no relation was read of it ("was ready to
  resume talks with the United States"), its verb's patterns on its frame
  (:func:`extract.events.coding.verb_sense`) when the act is affirmed, names an actor it is
  done with or to, and is one of cooperation (03-08); and ``data/intent_codes.tsv``
  gives the intent for its code: affirmed, the 03 intent (04 -> 036, 07 -> 033,
  08 -> 035 ...) or the 13 threat of a conflict act (16 -> 131, 19 -> 138);
  negated, the 12 refusal (04 -> 125, 08 -> 124), or nothing (a pledge not to
  attack).

The target is the object of the announced act's relation when it is an actor
other than the speaker ("with the United States", "to Syria"; not "withdraw its
troops"), else the unspecified concept.
"""

from __future__ import annotations

import dataclasses
from functools import lru_cache

from .lexicon import Lexicon
from .lexicon.cameo import EventMapError, event_for_code
from .said_sources import official_code, said_clause

__all__ = ["intent_code", "intended_act", "stated_intents"]

_ASSERTED = "asserted"
_UNSPECIFIED = "concept:unspecified"
_CUES = "intent_cues"
_CODES = "intent_codes"
_KEEP = "="
# Pronouns that may stand for the speaker in its own reported clause, by the speaker's kind.
_PERSON_PRONOUNS = frozenset({"he", "she"})
_BODY_PRONOUNS = frozenset({"it", "they"})
_OWN_PRONOUNS = frozenset({"we"})
_NEGATIONS = frozenset({"not", "n't", "never", "no"})
# "would have sent": a counterfactual, no intent.
_PERFECT = "have"
_BE = "be"
_OBJECT_DEPS = frozenset({"dobj", "dative"})
# Roots of cooperation (intent, consultation, diplomatic and material cooperation, aid, yielding).
_COOPERATION = frozenset({"03", "04", "05", "06", "07", "08"})


def _cue(token, lexicon: Lexicon) -> str | None:
    """The kind of ``token`` in ``data/intent_cues.tsv`` ("modal", "adjective", "refusal", "verb"), or None."""
    table = lexicon.tables[_CUES]
    row = table.get(token.lower_) or table.get(token.lemma_.lower())
    return row[0] if row else None


def _negated(*tokens) -> bool:
    return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in _NEGATIONS)
               for t in tokens for c in t.children)


def _infinitive(token):
    return next((c for c in token.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and c.tag_ == "VB"), None)


def intended_act(clause, lexicon: Lexicon):
    """The act a reported clause states its subject's intent to do, and whether it is refused.

    Parameters
    ----------
    clause : spacy.tokens.Token
        The head of the reported clause ("send" of "it would send aid", "was" of "it was ready to").
    lexicon : Lexicon
        Gives ``data/intent_cues.tsv``.

    Returns
    -------
    tuple of (spacy.tokens.Token, bool) or None
        The verb of the act ("send", "resume") and True when the intent is negated ("would not
        accept", "was not ready to", "unwilling to"); None when the clause states no intent.
    """
    kids = list(clause.children)
    if any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() == _PERFECT for c in kids):
        return None
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in kids):
        return None
    if clause.lemma_.lower() == _BE:
        for adj in (c for c in kids if c.dep_ == "acomp"):
            kind = _cue(adj, lexicon)
            act = _infinitive(adj) if kind in ("adjective", "refusal") else None
            if act is not None:
                return act, _negated(clause, adj) != (kind == "refusal")
        return None
    if clause.pos_ != "VERB":
        return None
    if _cue(clause, lexicon) == "verb":
        act = _infinitive(clause)
        return (act, _negated(clause)) if act is not None else None
    if any(c.dep_ == "aux" and _cue(c, lexicon) == "modal" for c in kids):
        return clause, _negated(clause)
    return None


@lru_cache(maxsize=4)
def _code_rows(lexicon: Lexicon) -> dict:
    return dict(lexicon.tables[_CODES])


def intent_code(act: str, negated: bool, lexicon: Lexicon) -> str | None:
    """The CAMEO code of stating an intent to do an act of code ``act`` (``data/intent_codes.tsv``).

    Examples
    --------
    >>> from extract.lexicon import get_lexicon
    >>> lexicon = get_lexicon()
    >>> intent_code("046", False, lexicon), intent_code("0731", False, lexicon)
    ('036', '0333')
    >>> intent_code("163", False, lexicon), intent_code("040", True, lexicon)
    ('1312', '125')
    >>> intent_code("190", True, lexicon) is None, intent_code("010", False, lexicon) is None
    (True, True)
    """
    rows = _code_rows(lexicon)
    key = next((act[:n] for n in range(len(act), 1, -1) if act[:n] in rows), None)
    if key is None:
        return None
    cells = tuple(rows[key]) + ("", "")
    code = cells[1] if negated else cells[0]
    return act if code == _KEEP else (code or None)


def _act_event(verb, lexicon: Lexicon):
    """The event of the announced act by its verb's patterns ("resume talks" 046, "send aid" 070)."""
    from .events.coding import NO_SENSE, verb_sense  # the events import said_sources: read at call time

    lemma = verb.lemma_.lower()
    default = lexicon.cameo.event_of(lemma)
    sense = verb_sense(lemma, verb, default, lexicon)
    if sense is NO_SENSE or (sense is None and default is not None and default.root in _COOPERATION):
        return default  # "plans to cooperate": an ambiguous verb of cooperation keeps its default when intended
    return sense


def _has_partner(act, lexicon: Lexicon) -> bool:
    """Does the act name an actor it is done with or to ("help Greece", "resume talks with the
    United States"; "rule on the case", "provide more details": none)?"""
    from .events.participants import token_can_act  # the events import said_sources: read at call time

    heads = [c for c in act.children if c.dep_ in _OBJECT_DEPS]
    phrases = [p for h in (act, *heads) for p in h.children if p.dep_ == "prep"]
    heads += [o for p in phrases for o in p.children if o.dep_ == "pobj"]
    return any(h.pos_ != "PRON" and token_can_act(h, lexicon) for h in heads)


def _own_subject(subject, speaker, kind: str, lexicon: Lexicon) -> bool:
    """Is the clause's ``subject`` the speaker: an agreeing pronoun, or the speaker's own words?

    "he" or "she" stands for a person or a person's title ("the German chancellor"), "it" or
    "they" for a body; a spokesperson (``data/speaker_nouns.txt``) speaks for either, "we" for any.
    """
    if subject.pos_ == "PRON":
        head = speaker.lemma_.lower()
        person = kind == "PERSON" or head in lexicon.word_sets["person_nouns"]
        spokesperson = head in lexicon.word_sets["speaker_nouns"]
        return (subject.lower_ in _OWN_PRONOUNS or (subject.lower_ in _PERSON_PRONOUNS and person)
                or (subject.lower_ in _BODY_PRONOUNS and (spokesperson or not person)))
    own = " ".join(t.lower_ for t in subject.subtree)
    return own == " ".join(t.lower_ for t in speaker.subtree if t.dep_ != "punct")


def _acts(relation, act, relations, words) -> list:
    """The relations of the announced act whose subject is the speaker's clause subject."""
    return [other for other, own in zip(relations, words)
            if other is not relation and any(t.i == act.i for t in own)]


def stated_intents(relation, verb, relations, words, *, lexicon: Lexicon, withheld: dict) -> list:
    """The intent relations that stand for the statement ``relation``, or an empty list (see the module's text).

    Parameters
    ----------
    relation : Relation
        An annotated (speaker, say, unspecified) relation.
    verb : spacy.tokens.Token or None
        Its verb of saying.
    relations : list of Relation
        The sentence's annotated relations, to find the announced act's target.
    words : list of tuple
        The predicate tokens of each of ``relations``.
    withheld : dict
        The event each non-asserted relation would carry, by (predicate start, object start)
        (:func:`extract.events.annotate.annotate_relations`).
    lexicon : Lexicon
        The intent cues and codes, the CAMEO map and the said roles.

    Returns
    -------
    list of Relation
        ``relation`` with the intent's event and each actor target of the act (or the unspecified
        concept); empty when the statement states no intent of its speaker that CAMEO codes.
    """
    if verb is None or relation.modality not in (None, _ASSERTED):
        return []
    speaker_arg = relation.subject
    if not official_code(speaker_arg.actor_code, speaker_arg.type, lexicon=lexicon):
        return []
    clause = said_clause(verb, lexicon=lexicon)
    speakers = [c for c in verb.children if c.dep_ == "nsubj"]
    subjects = [c for c in clause.children if c.dep_ == "nsubj"] if clause is not None else []
    if clause is None or len(speakers) != 1 or len(subjects) != 1:
        return []
    if not _own_subject(subjects[0], speakers[0], speaker_arg.type, lexicon):
        return []
    found = intended_act(clause, lexicon)
    if found is None:
        return []
    act, negated = found
    acts = _acts(relation, act, relations, words)
    if any(a.subject.actor_code and a.subject.actor_code != speaker_arg.actor_code for a in acts):
        return []  # "it" is another actor's ("Iran said it [the deal] would ...")
    if acts:  # the act's relation, coded as if asserted ("send aid" 070; "release the figures": none)
        coded = [(a, withheld.get((a.predicate.start, a.object.start))) for a in acts]
    else:  # no relation read of the act ("was ready to resume talks"): its verb's patterns, cooperation only
        event = None if negated or not _has_partner(act, lexicon) else _act_event(act, lexicon)
        coded = [(None, event)] if event is not None and event.root in _COOPERATION else []
    found = [(a, code) for a, event in coded if event is not None
             for code in [intent_code(event.code, negated, lexicon)] if code is not None]
    if not found:
        return []
    try:
        intent = event_for_code(found[0][1], lexicon.cameo.labels)
    except EventMapError:
        return []
    targets = {a.object.key: a.object for a, _code in found  # "withdraw its troops": the speaker's own, no target
               if a is not None and a.object.key != _UNSPECIFIED and a.object.actor_code
               and a.object.actor_code != speaker_arg.actor_code}
    objects = list(targets.values()) or [relation.object]
    return [dataclasses.replace(relation, object=obj, event=intent, modality=_ASSERTED, negated=False)
            for obj in objects]
