"""A relation's modality: asserted, negated, hypothetical, intended or claimed.

Only an asserted relation is an event ("Russia bombed the town"). The
others keep their predicate but carry no event type:

negated
    A negation on the predicate ("did not bomb", "never signed"), or a
    word that says the act did not happen ("refused to release", "unable
    to question", "without consulting", "has yet to concede", "a meeting,
    which was cancelled", "Putin's visit was cancelled", "called off the
    summit"). Refusing or cancelling is itself an event; the refused act and
    the cancelled, postponed or scrapped event noun are negated (they did
    not take place as reported).
hypothetical
    A modal auxiliary ("could join"; a bare clause under it takes it too:
    "could help X reassure Y"), a condition ("if", "unless",
    "whether": the clause it opens and the clause it conditions), a
    hedging word ("possibly", "a potential charge", "the right to strike
    back"), a yes/no question ("did Russia attack the town?").
intended
    Wished, liked, planned, threatened, ordered, attempted or scheduled
    ("will sign", "plans to leave", "worked to arrange", "likes killing
    them", "threatened to bomb", "urged them to attack", "is to step
    down", "has until Friday to leave" (:mod:`extract.events.deadlines`),
    "instead of signing", "talks on Serbia joining the EU"). "would"
    in reported speech ("said it would withdraw") is intended too.
claimed
    Reported as a claim ("reportedly", "an alleged attack", "reported airstrikes",
    "the rebels, he alleged, attacked", "she testified that X beat her",
    "carried out the suspected bombing", "X claimed that
    Y attacked", "X denied that he made a deal", "was said to have visited", "accused X of shelling").
    "X said Y did" and "according to X" stay asserted, except the accusing side
    ("according to prosecutors", :mod:`extract.events.accusers`).

A performative hedge stays asserted: "I want to express my sympathy", "I
would like to thank X", "we wish to congratulate", "let me thank" perform the
act in the saying (a first-person subject, a verb of wanting or "let", and a
verb of expression: ``_EXPRESSIVE_VERBS``). "The president wants to thank X"
and "I want to meet X" stay intended.

:func:`modality_of` reads the predicate, then walks up the clauses that
govern it (through infinitives, conjoined verbs without their own
subject, complement clauses of nouns, infinitives with their own subject:
"would have allowed China to extradite"), and the first cue found decides.
A second "that" clause joined to a reported clause ("claimed X and that Y") walks to the first.
A past-tense conjunct the parser hung on a reported clause it cannot share
("predicted Trump would lose and asked voters to") walks to the reporting verb.
A bare gerund conjunct the parser hung on a finite verb beside that verb's gerund
complement ("likes dropping bombs, and killing them") walks to the complement.
The cue words are the lexicon's (``extract/data/modality_*.txt``, one list
per modality, user-extensible with overlays).
"""

from __future__ import annotations

from ..delayed_negations import delayed
from ..lexicon import Lexicon
from ..relations.asked_clauses import passive_mandative
from ..syntax import SUBJECT_DEPS, is_mandative
from .accusers import accuser_claim
from .deadlines import DEADLINE_CUE, FOR_TO_CUE, bare_complement, deadline_infinitive, for_infinitive
from .own_tense import own_past_conjunct
from .parentheticals import parenthetical_claim, question_cue
from .scopes import alternative_cue, frame_noun_cue, purpose_cue, shared_negation
from .statements import expressive_event
from .unproven import unproven_cue

__all__ = ["ASSERTED", "modality_of"]

ASSERTED = "asserted"
_LISTS = (
    ("negated", "modality_negated"),
    ("hypothetical", "modality_hypothetical"),
    ("intended", "modality_intended"),
    ("claimed", "modality_claimed"),
)
_STEPS = 6
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_AUX_DEPS = frozenset({"aux", "auxpass"})
_CONDITIONS = frozenset({"if", "unless", "whether"})
# Through these a clause's modality passes to the clause under it.
_WALK_DEPS = frozenset({"xcomp", "conj", "acl", "ccomp", "pcomp", "dobj", "pobj", "prep", "acomp"})


def _kind(word: str, lexicon: Lexicon, kinds=("negated", "hypothetical", "intended", "claimed")) -> str | None:
    """The modality whose cue list holds ``word`` (lower case), among ``kinds``."""
    sets = lexicon.word_sets
    for kind, name in _LISTS:
        if kind in kinds and word in sets.get(name, ()):
            return kind
    return None


def _token_kind(token, lexicon: Lexicon, kinds) -> str | None:
    return _kind(token.lower_, lexicon, kinds) or _kind(token.lemma_.lower(), lexicon, kinds)


def _aux_modality(token, lexicon: Lexicon) -> tuple[str, str] | None:
    """A modal or future auxiliary of ``token``: "could join", "will sign"."""
    for child in token.children:
        if child.dep_ not in _AUX_DEPS:
            continue
        kind = _token_kind(child, lexicon, ("hypothetical", "intended"))
        if kind is None:
            continue
        cue = child.lower_
        if cue in ("would", "'d") and _in_reported_speech(token, lexicon):
            return "intended", cue  # "said it would withdraw": announced, not conditional
        return kind, cue
    return None


def _in_reported_speech(token, lexicon: Lexicon) -> bool:
    head = token.head
    speech = lexicon.keys_where("speech_verbs", "claim", "yes")
    return token.dep_ == "ccomp" and (head.lemma_.lower() in speech or head.lemma_.lower() == "announce")


_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
# Verbs of expression a speaker performs by saying that they want to: "I want to thank", "let me
# express" (a closed class: thanking, greeting, sympathy, apology, praise, condemnation).
# A verb of conveying ("extend", "offer", "send") is one only with an expressive object ("offer my
# condolences", not "offer them a deal"): :func:`extract.events.statements.expressive_event`.
_EXPRESSIVE_VERBS = frozenset({
    "thank", "congratulate", "express", "apologize", "apologise", "welcome", "condemn", "praise",
    "commend", "salute", "applaud", "denounce"})
# Verbs of wanting that hedge a performative ("I would like to thank"), and "let" ("let me thank").
_HEDGE_VERBS = frozenset({"want", "wish", "like", "love"})
_FIRST_PERSON = frozenset({"i", "we"})
_FIRST_PERSON_OBJECTS = frozenset({"me", "us"})


def _denied_argument(token, lexicon: Lexicon) -> tuple[str, str] | None:
    """"neither X nor Y would endorse", "no deal was reached", "conceded nothing"."""
    for arg in token.children:
        if arg.dep_ not in _ARGUMENT_DEPS:
            continue
        if arg.pos_ == "PRON" and _kind(arg.lower_, lexicon, ("negated",)):
            return "negated", arg.lower_
        for det in arg.children:
            if det.dep_ in ("det", "preconj") and _kind(det.lower_, lexicon, ("negated",)):
                return "negated", det.lower_
    return None


def denied_member(span, lexicon: Lexicon) -> str | None:
    """The negating determiner of an argument the predicate's own arguments do not show: a
    conjunct ("has a delegate but no senator", "no representative or senator") or a "with"
    partner ("with no one"), read on the relation's own argument span: "no"."""
    if span is None:
        return None
    root = span.root
    if root.dep_ in _ARGUMENT_DEPS and root.head.pos_ in ("VERB", "AUX"):
        return None  # the predicate's own argument: _denied_argument reads it
    while True:
        dets = [d for d in root.children if d.dep_ in ("det", "preconj") and d.i < root.i]
        for det in dets:
            if _kind(det.lower_, lexicon, ("negated",)):
                return det.lower_
        # "no representative or senator": a conjunct with no determiner of its own shares the first's
        if dets or root.dep_ != "conj":
            return None
        root = root.head


_UNDOING = ("cancel", "postpone", "scrap", "call off")
# An event noun in these slots of an undoing verb is the event undone: "the visit was
# cancelled", "postponed the summit", "called off the meeting" (not its subject: the one who cancels).
_UNDONE_DEPS = frozenset({"nsubjpass", "dobj"})


def _undoing_verb(verb, lexicon: Lexicon) -> str | None:
    """The undoing cue ("cancel", "call off") of ``verb``, if it is an undoing verb in the negated list."""
    lemma = verb.lemma_.lower()
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    key = f"{lemma} {particles[0]}" if particles else lemma
    return key if key in _UNDOING and _kind(key, lexicon, ("negated",)) else None


def _undone_noun(token, lexicon: Lexicon) -> tuple[str, str] | None:
    """An event noun that its verb or relative clause undoes: "a meeting, which was cancelled",
    "Putin's visit to China was cancelled", "called off the summit"."""
    if token.pos_ != "NOUN":
        return None
    for child in token.children:
        if child.dep_ == "relcl":
            cue = _undoing_verb(child, lexicon)
            if cue is not None:
                return "negated", cue
    if token.dep_ in _UNDONE_DEPS and token.head.pos_ == "VERB":
        cue = _undoing_verb(token.head, lexicon)
        if cue is not None:
            return "negated", cue
    return None


def _performative_hedge(token, lexicon: Lexicon) -> bool:
    """Is ``token`` a verb of expression the speaker performs through a hedge: "I want to express",
    "we would like to thank", "let me thank", "let us condemn"?"""
    lemma = token.lemma_.lower()
    if token.dep_ not in ("xcomp", "ccomp") or not (
            lemma in _EXPRESSIVE_VERBS or expressive_event(lemma, token, lexicon) is not None):
        return False
    head = token.head
    lemma = head.lemma_.lower()
    if lemma == "let":  # "let me thank": the parser makes "me" the subject of the complement
        return token.dep_ == "ccomp" and any(
            c.dep_ in ("nsubj", "dobj") and c.lower_ in _FIRST_PERSON_OBJECTS for c in token.children)
    if lemma not in _HEDGE_VERBS or token.dep_ != "xcomp" or not _infinitive(token):
        return False
    if any(c.dep_ == "neg" for c in head.children) or any(
            c.dep_ in _AUX_DEPS and c.lower_ not in ("would", "'d") for c in head.children):
        return False  # "I do not want to thank", "I will want to": no act performed now
    return head.tag_ in ("VBP", "VB") and any(
        c.dep_ == "nsubj" and c.lower_ in _FIRST_PERSON for c in head.children)


# "reported airstrikes", "the reported attack": a participle that hedges an event noun only before it
# ("the attack reported by X" is asserted with a source); "reported" the verb stays asserted.
_CLAIMING_PARTICIPLES = frozenset({"reported"})


def _claim_modifier(noun, lexicon: Lexicon) -> str | None:
    """The claim word modifying the event noun ``noun`` ("an alleged attack", "reported airstrikes"), or None."""
    if noun.pos_ != "NOUN" or lexicon.cameo.event_of(noun.lemma_.lower()) is None:
        return None
    for child in noun.children:
        if child.dep_ in ("amod", "compound") and child.i < noun.i and (
                child.lower_ in _CLAIMING_PARTICIPLES or _kind(child.lower_, lexicon, ("claimed",))):
            return child.lower_
    return None


def _claimed_noun(token, lexicon: Lexicon) -> tuple[str, str] | None:
    """A claimed event noun that carries ``token``'s event: "reported airstrikes" itself, the object of
    a light verb ("carried out the alleged attack"), the subject of a verb of outcome ("a suspected
    bombing killed three"). Other verbs stay asserted ("police investigated the alleged attack")."""
    if token.pos_ == "NOUN":
        cue = _claim_modifier(token, lexicon)
        return ("claimed", cue) if cue in _CLAIMING_PARTICIPLES else None  # "alleged": the amod rule's
    if token.pos_ != "VERB":
        return None
    particles = [c.lower_ for c in token.children if c.dep_ == "prt"]
    lemma = token.lemma_.lower()
    phrase = f"{lemma} {particles[0]}" if particles else lemma
    if phrase in lexicon.keys_where("light_verbs", "reads", "event", "both"):
        deps = ("dobj", "obj", "nsubjpass")
    elif lemma in lexicon.keys_where("harm_verbs", "outcome", "yes"):
        deps = ("nsubj",)
    else:
        return None
    for child in token.children:
        cue = _claim_modifier(child, lexicon) if child.dep_ in deps else None
        if cue is not None:
            return "claimed", cue
    return None


def _own_cues(token, lexicon: Lexicon, *, first: bool) -> tuple[str, str] | None:
    """Cues on ``token`` itself: negation (on the predicate only), conditions, auxiliaries, adverbs."""
    if first:
        # "did not endorse her until July" asserts the July endorsement (extract/delayed_negations.py)
        for child in () if delayed(token) else token.children:
            if child.dep_ == "neg":
                return "negated", child.lower_
            if child.dep_ in _AUX_DEPS and any(g.dep_ == "neg" for g in child.children):
                return "negated", next(g.lower_ for g in child.children if g.dep_ == "neg")
        found = (_denied_argument(token, lexicon) or _undone_noun(token, lexicon) or _claimed_noun(token, lexicon)
                 or shared_negation(token, lexicon) or alternative_cue(token, lexicon))  # extract/events/scopes.py
        if found:
            return found
        # "NATO will respond if Russia attacks": the conditioned clause.
        for child in token.children:
            if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITIONS for m in child.children):
                return "hypothetical", next(m.lower_ for m in child.children if m.dep_ == "mark")
    for child in token.children:
        if child.dep_ == "mark" and child.lower_ in _CONDITIONS:
            return "hypothetical", child.lower_
    # "the rebels, he alleged, attacked", "did Russia attack?" (extract/events/parentheticals.py)
    found = parenthetical_claim(token, lexicon) or question_cue(token)
    if found:
        return found
    found = _aux_modality(token, lexicon)
    if found:
        return found
    for child in token.children:
        # "reportedly bombed", "an alleged attack" (not "right away")
        if child.dep_ == "amod" or (child.dep_ == "advmod" and (child.i < token.i or child.lower_.endswith("ly"))):
            kind = _token_kind(child, lexicon, ("hypothetical", "claimed", "intended"))
            if kind is not None:
                return kind, child.lower_
    return None


def _infinitive(token) -> bool:
    """Is ``token`` an infinitive ("to extradite")?"""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _has_complement(head, token) -> bool:
    """Has ``head`` an object or a preposition before ``token`` ("called a meeting to discuss"),
    so an infinitive after it says a purpose, not what ``head`` attempts ("worked to arrange")?"""
    return any(c.dep_ in ("dobj", "dative", "prep", "obj") and c.i < token.i for c in head.children)


def _governor_cues(token, lexicon: Lexicon) -> tuple[str, str] | None:
    """Cues in the word that governs ``token``'s clause: "refused to", "plans to", "claimed that",
    "was said to", "accused X of", "instead of", "talks on X joining"."""
    dep, head = token.dep_, token.head
    if _performative_hedge(token, lexicon):
        return ASSERTED, None  # "I would like to thank X": the thanking is done by saying it
    if deadline_infinitive(token):
        return "intended", DEADLINE_CUE  # "has until October 28 to release": owed, not done
    if dep == "ccomp" and (_subjunctive(token) or passive_mandative(token)) and _token_kind(head, lexicon, ("intended",)):
        return "intended", head.lemma_.lower()  # "requested Trump declare an emergency", "that X be freed": asked for
    found = purpose_cue(token, lexicon)  # "so as to disperse", "so that the Kurds retreat" (extract/events/scopes.py)
    if found:
        return found
    if dep in ("xcomp", "acl", "ccomp", "advcl"):
        infinitive = _infinitive(token)
        if dep == "advcl" and infinitive and head.pos_ in ("VERB", "AUX"):
            found = _aux_modality(head, lexicon)
            if found:
                return found  # "will work with the police to ensure ...": the purpose of a future act
        if infinitive and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in head.children) and _kind(
                "yet to", lexicon, ("negated",)):
            return "negated", "yet to"  # "has yet to concede", "is yet to sign"
        if dep in ("xcomp", "acl") and head.lemma_.lower() == "be" and infinitive:
            return "intended", "is to"  # "is to step down"
        kinds = ("negated", "intended", "hypothetical", "claimed") if infinitive or dep == "xcomp" else ("claimed",)
        kind = _token_kind(head, lexicon, kinds)
        if kind is not None and not (kind == "intended" and dep == "advcl" and _has_complement(head, token)):
            return kind, head.lemma_.lower()
        if dep == "xcomp" and any(c.dep_ in ("auxpass", "nsubjpass") for c in head.children):
            key = f"{head.lemma_.lower()} to"
            if _kind(key, lexicon, ("claimed",)):
                return "claimed", key  # "was said to have visited"
    return _preposition_cues(token, lexicon)


def _preposition_cues(token, lexicon: Lexicon) -> tuple[str, str] | None:
    """A clause under "<word> <preposition>": "instead of signing", "accused X of shelling",
    "talks on Serbia joining the EU", "without consulting"."""
    dep, head = token.dep_, token.head
    pairs: list[tuple[str, str]] = []  # (word, preposition)
    if dep == "pcomp" and head.dep_ in ("prep", "agent"):
        pairs += [(w.lower_, head.lower_) for w in head.children if w.dep_ == "advmod"]  # "instead of"
        pairs += [(head.head.lemma_.lower(), head.lower_), (head.head.lower_, head.lower_)]
    elif dep == "acl" and token.tag_ == "VBG":
        if head.dep_ == "pobj" and head.head.dep_ == "prep":
            pairs.append((head.head.head.lemma_.lower(), head.head.lower_))
        # "talks on Serbia joining": the gerund hangs on the noun, beside its preposition
        pairs += [(head.lemma_.lower(), c.lower_) for c in head.children if c.dep_ == "prep" and c.i < token.i]
    if dep in ("acl", "advcl") and token.tag_ == "VBG" and head.pos_ == "NOUN":
        # "precedent for the President mediating": the parser makes the preposition the gerund's marker
        pairs += [(head.lemma_.lower(), c.lower_) for c in token.children if c.dep_ == "mark" and c.i < token.i]
    for word, prep in pairs:
        key = f"{word} {prep}"
        kind = _kind(key, lexicon)
        if kind is not None:
            return kind, key
    if dep == "pcomp" and _kind(head.lower_, lexicon, ("negated",)):
        return "negated", head.lower_  # "without consulting"
    return frame_noun_cue(token, lexicon)  # "the prospect of an attack", "demands for sanctions"


def _reporting_conjunct(token):
    """The reporting verb of a past-tense conjunct the parser hung on the reported clause, when
    that clause cannot share it, else None.

    "said there was fraud and asked voters to ...": "there" asks nothing; "predicted Trump would
    lose and asked voters to ...": a bare past form shares no modal with a reported base form.
    The conjunct then carries the reporting verb's modality, not the reported clause's cues.
    """
    head = token.head
    matrix = head.head
    if (token.tag_ != "VBD" or head.dep_ != "ccomp" or matrix.i == head.i or matrix.pos_ != "VERB"
            or matrix.tag_ != "VBD" or any(c.dep_ in _AUX_DEPS or c.dep_ in SUBJECT_DEPS for c in token.children)):
        return None
    kids = list(head.children)
    if not any(c.dep_ == "cc" and head.i < c.i < token.i for c in kids):
        return None  # "sign the Act, renamed the X Act": no "and" joins a second act of the speaker
    if any(c.dep_ == "expl" for c in kids) or (head.tag_ == "VB" and any(c.dep_ == "aux" for c in kids)):
        return matrix
    return None


def _gerund_sibling(token):
    """The gerund complement of a finite verb that a bare gerund conjunct of that verb was meant to
    join ("likes dropping bombs on people, and killing them", the parser hanging "killing" on
    "likes"), else None: a gerund with no auxiliary of its own is no finite clause."""
    head = token.head
    if token.tag_ != "VBG" or head.tag_ not in _FINITE or any(c.dep_ in _AUX_DEPS for c in token.children):
        return None
    return next((c for c in head.children if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i < token.i), None)


_SINGULAR = frozenset({"he", "she", "it", "NN", "NNP"})
_QUOTING = frozenset({":", "\"", "\u201c", "\u201d", "''", "``"})


def _subjunctive(token) -> bool:
    """Is the complement clause a mandative subjunctive ("requested the president declare", "ordered
    that he remain"): a bare form, not a present whose subject could take it ("proposed: 'I request'"),
    and no quotation between it and its verb?"""
    if not is_mandative(token):
        return False
    low, high = sorted((token.i, token.head.i))
    if any(t.text in _QUOTING for t in token.doc[low:high]):
        return False
    if token.tag_ == "VB":
        return True
    return any(c.dep_ == "nsubj" and (c.lower_ in _SINGULAR or c.tag_ in _SINGULAR) for c in token.children)


def _that_clause(token) -> bool:
    """Does ``token`` open its clause with "that" ("and that victims were rescued")?"""
    return any(c.dep_ == "mark" and c.lower_ == "that" and c.i < token.i for c in token.children)


def _purposed(token) -> bool:
    """Is ``token`` a clause in the present or bare form under an infinitive ("to ensure they
    monitor", "to make sure it is"): what the infinitive aims at, with the infinitive's modality?"""
    return (token.tag_ in _UNMARKED and _infinitive(token.head)
            and not any(c.dep_ in _AUX_DEPS for c in token.children))


_UNMARKED = frozenset({"VB", "VBP", "VBZ"})


def modality_of(pred, lexicon: Lexicon) -> tuple[str, str | None]:
    """(modality, cue word) of a predicate token: one of :data:`extract.types.MODALITIES`.

    Examples of what it reads are in the module docstring; the cue is the
    word that decided (None for asserted).
    """
    if pred is None:
        return ASSERTED, None
    token = pred
    for step in range(_STEPS):
        found = _own_cues(token, lexicon, first=step == 0) or _governor_cues(token, lexicon)
        if found:
            return found
        unproven = unproven_cue(token)  # "did not find that X attacked" (extract/events/unproven.py)
        if unproven:
            return unproven
        if for_infinitive(token):
            return "hypothetical", FOR_TO_CUE  # "the best way for Russia to withdraw" (extract/events/deadlines.py)
        dep, head = token.dep_, token.head
        if head.i == token.i or dep not in _WALK_DEPS:
            break
        if (dep == "ccomp" and head.pos_ in ("VERB", "AUX") and not _infinitive(token) and not _purposed(token)
                and not bare_complement(token)):  # "could help X reassure Y": the bare clause is the helping's
            break  # "X said Y did": the saying does not make the deed uncertain
        # "would have allowed China to extradite": an infinitive takes its governor's modality
        if dep == "conj" and _reporting_conjunct(token) is not None:
            token = head.head  # "predicted Trump would lose and asked voters to": the asking is the predicting's
            continue
        if dep == "conj" and head.dep_ == "ccomp" and _that_clause(token):
            token = head  # "claimed the site was X and that victims were rescued": a second reported clause
            continue
        if dep == "conj" and any(c.dep_ in SUBJECT_DEPS for c in token.children):
            break  # a clause with its own subject keeps its own modality
        if own_past_conjunct(token):
            break  # "would have faced impeachment but resigned" (extract/events/own_tense.py)
        if dep == "conj" and _gerund_sibling(token) is not None:
            token = _gerund_sibling(token)  # "likes dropping bombs and killing them": the killing is liked too
            continue
        if dep == "acl" and token.tag_ in _FINITE and any(c.dep_ in SUBJECT_DEPS for c in token.children):
            break  # '"... should make any assumption ...", Pompeo told the press': a finite clause of its own
        token = head
    return accuser_claim(pred, lexicon) or (ASSERTED, None)  # "according to prosecutors" (extract/events/accusers.py)
