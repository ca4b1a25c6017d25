"""Reported statements of officials and bodies: "X said (that) ..." as a statement (CAMEO 010) of X.

An event coder codes "Interior Minister X said the talks would resume",
"the Foreign Ministry said ...", "a Pentagon spokesman said ..." as Make
statement (010) with the speaker as source, and codes a statement by its
content where the content is an event ("police said they arrested two men"
is the arrest) or a judgement ("said X was a hero": praise, read by
:mod:`extract.relations.stated_content`). "say" is otherwise no predicate
(:mod:`extract.relations.verbal`); this module says when it is one.

Two steps, because a speaker's code is known only once the event fields are
read:

- :func:`said_clause` (asked by the reader, :mod:`extract.relations.said_statements`):
  a finite, active, affirmed "say" with one reported clause, in indirect
  speech or holding a quotation (read by what the quotation says, whole:
  :mod:`extract.quoted_statements`), outside any quotation (no "said"
  inside a quotation), whose subject may
  be an actor and is no news medium (a spokesperson is the body it speaks for,
  ``data/speaker_nouns.txt``). The reader emits (speaker, say, unspecified).
- :func:`said_events` (asked by :func:`extract.events.annotate.annotate_relations`
  last): such a relation stays only when its source's code is an official's or
  a body's (a role of ``data/said_roles.txt``: government, military, police,
  legislature, judiciary, party, an international or non-governmental body;
  a state named as such; never a person's role with no country) and nothing
  codes the content instead: no verb or noun of the reported clause names an
  event of another root than statements' or a death or harm ("said they
  arrested two men", "said the talks would resume", "said three people
  died"), and no other relation of the same verb or of a verb coordinated
  with it carries an event ("said X was a hero", "said ... and urged the
  crowd to ..."). Witnesses, residents, scientists, reporters and private
  persons have no such code: their "said" gives nothing.
  An official's statement of its own intent ("said it would send aid", "said
  it was ready to resume talks") is coded by the act it announces instead
  (:mod:`extract.stated_intents`: 03x, a threat 13x, a refusal 12x).

Examples
--------
>>> official_code("USAGOV", "PERSON"), official_code("COP", "CONCEPT")
(True, True)
>>> official_code("USAGOV", "PERSON")
True
>>> official_code("GBRCVL", "CONCEPT")
False
>>> official_code("IRN", "GPE"), official_code("IRN", "PERSON")
(True, False)
"""

from __future__ import annotations

import dataclasses
from functools import lru_cache

from .lexicon import Lexicon, get_lexicon
from .lexicon.cameo import event_for_code
from .quoted_acts import quoted_act
from .quoted_statements import judging_quotation, outside_quotations, quoted_words

__all__ = ["SAY", "official_code", "said_clause", "said_events", "said_roles", "said_verbs"]

#: The lemma this module reads first; ``data/said_verbs.txt`` names all it reads ("write" too).
SAY = "say"
_STATEMENT = "010"
# Finite forms, and the participle after "have" ("has said"): a gerund ("agreed, saying ...") adds to its head.
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_SUBJECT_DEPS = frozenset({"nsubj"})
# Speakers that are never an official's act: the speaker's own listener or no one.
_PERSONAL = frozenset({"i", "we", "you", "one", "someone", "anyone", "everyone", "nobody"})
# Entity types that speak as a state when their code is a country alone ("Iran said").
_STATE_TYPES = frozenset({"GPE", "NORP", "ORG", "ACTOR"})
_BODY_PREFIXES = ("IGO", "NGO")
_LOCATED_IN = "located in"
# The words of a reported clause that may name the event it reports.
_CONTENT_POS = frozenset({"VERB", "NOUN"})
# Roles that make a speaker's words private or the press's, whatever other role the code holds.
_PRIVATE = frozenset({"CVL", "MED"})
# A government's role: a person who holds it first is an official, whatever sector role follows.
_GOVERNMENT = "GOV"
_UNSPECIFIED = "concept:unspecified"
# A statement's root: a reported clause that is itself a statement ("said he would announce ...",
# "said they were concerned") keeps the speaker's.
_STATEMENT_ROOT = "01"


@lru_cache(maxsize=4)
def _roles_of(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(word.upper() for word in lexicon.word_sets["said_roles"])


def said_verbs(lexicon: Lexicon) -> frozenset[str]:
    """The verbs of ``data/said_verbs.txt`` ("say", "write")."""
    return lexicon.word_sets["said_verbs"]


def said_roles(lexicon: Lexicon | None = None) -> frozenset[str]:
    """The roles of ``data/said_roles.txt``: a speaker with one of them makes a statement (010)."""
    return _roles_of(lexicon or get_lexicon())


def official_code(code: str | None, kind: str, *, lexicon: Lexicon | None = None) -> bool:
    """Is ``code`` the code of an official or a body whose "said" is a statement?

    Parameters
    ----------
    code : str or None
        The speaker's actor code ("USAGOV", "IGOUNO", "IRN", "COP").
    kind : str
        The speaker's entity type ("PERSON", "GPE", "CONCEPT" ...).
    lexicon : Lexicon, optional
        Gives ``data/said_roles.txt`` and the country codes; by default
        :func:`extract.lexicon.get_lexicon`'s.

    Returns
    -------
    bool
        True for a role of the list after the country ("USAGOV"), or alone
        on a body or a plain noun ("COP" of "police"), an international or
        non-governmental body ("IGOUNO", "NGOHRIAMN"), or a country alone on
        a state, a people or an organisation ("Iran said"); False for no code, a private role among
        the roles ("GBRCVL", "USAMED", "USAGOVMED" of a state medium; a person's ``GOVMED`` is an
        information minister's, an official's), a person with a
        nationality alone, and a person with a role and no country.
    """
    if not code:
        return False
    lexicon = lexicon or get_lexicon()
    if code.startswith(_BODY_PREFIXES):
        return True
    chunks = [code[i:i + 3] for i in range(0, len(code), 3)]
    country = chunks[0] != "---" and chunks[0] in lexicon.countries.by_alpha3
    if country or chunks[0] == "---":
        chunks = chunks[1:]
    if not chunks:
        return kind in _STATE_TYPES
    if kind == "PERSON" and not country:
        return False  # a role read off a description with no country ("a student at X State University": GOV)
    if kind == "PERSON" and chunks[0] == _GOVERNMENT:
        return True  # "Information Minister X" (``KENGOVMED``): a minister speaks for a government, not the press
    return bool(set(chunks) & said_roles(lexicon)) and _PRIVATE.isdisjoint(chunks)


def _statement_clauses(verb, kids, lexicon: Lexicon) -> list:
    """A "that" clause the parse hung on the statement noun of the verb's "in" phrase: "said in a
    statement that the talks would resume" (``data/statement_nouns.txt``)."""
    nouns = lexicon.word_sets["statement_nouns"]
    return [clause for prep in kids if prep.dep_ == "prep" and prep.lower_ == "in"
            for noun in prep.children if noun.dep_ == "pobj" and noun.lemma_.lower() in nouns
            for clause in noun.children if clause.dep_ in ("acl", "ccomp") and clause.pos_ in ("VERB", "AUX")
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)]


def said_clause(verb, *, lexicon: Lexicon, runs=None):
    """The reported clause of a "say" that may be a statement of its subject, or None.

    Parameters
    ----------
    verb : spacy.tokens.Token
        A verb.
    lexicon : Lexicon
        Gives ``data/statement_nouns.txt``.
    runs : dict, optional
        The Doc's quotation runs (token index -> run), from
        :func:`extract.relations.speakers.quotation_runs`; a verb in one is a quotation's.

    Returns
    -------
    spacy.tokens.Token or None
        The head of the clause ("resume" of "said the talks would resume");
        None for another verb, a gerund or infinitive, a passive or negated
        "say", no clause or two, a verb inside a quotation, or a subject
        that is a personal pronoun. A clause holding a quotation is one
        (:mod:`extract.quoted_statements`).
    """
    if verb.lemma_.lower() not in said_verbs(lexicon) or verb.pos_ != "VERB":
        return None
    kids = list(verb.children)
    perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in kids)
    if verb.tag_ not in _FINITE and not perfect:
        return None
    if any(c.dep_ in ("auxpass", "nsubjpass", "neg") for c in kids):
        return None
    clauses = ([c for c in kids if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
               or _statement_clauses(verb, kids, lexicon))
    subjects = [c for c in kids if c.dep_ in _SUBJECT_DEPS]
    if len(clauses) != 1 or len(subjects) != 1 or subjects[0].lower_ in _PERSONAL:
        return None
    if not outside_quotations(verb, runs):
        return None
    return clauses[0]  # a clause holding a quotation is read by what it says (quoted_statements.py)


def _predicate_words(doc, relation) -> tuple:
    """The tokens of a relation's predicate ("have said", "carried out"); empty when they do not align."""
    span = doc.char_span(relation.predicate.start, relation.predicate.end, alignment_mode="expand")
    return tuple(span) if span is not None else ()


def _said_verb(words, lexicon: Lexicon):
    """The "say" of a predicate's words ("said" of "have said", "wrote"), or None."""
    return next((t for t in reversed(words) if t.lemma_.lower() in said_verbs(lexicon)), None)


def _said_relation(relation, lexicon: Lexicon) -> bool:
    return relation.predicate.lemma in said_verbs(lexicon) and relation.object.key == _UNSPECIFIED


def _coded_word(tok, lexicon: Lexicon) -> bool:
    """Is ``tok`` a verb or noun that names the event a statement reports: one the CAMEO map gives an
    event of another root than statements' ("disrupted", "negotiations"), or a death or a harm
    ("three people died", "injured": a casualty report is coded by its count, not as a statement)?"""
    if tok.pos_ not in _CONTENT_POS or _sourcing_phrase(tok):
        return False
    lemma = tok.lemma_.lower()  # the lemma: "found" of "find" is no founding
    if lemma in lexicon.word_sets["undergoer_verbs"] or lemma in lexicon.keys_where("harm_verbs", "victims", "yes"):
        return True
    if tok.pos_ == "NOUN":  # "an investigation": the verb the noun stands for
        lemma = _noun_event(tok.lower_, lexicon) or lemma
    event = lexicon.cameo.event_of(lemma)
    return event is not None and event.root != _STATEMENT_ROOT


def _sourcing_phrase(tok) -> bool:
    """Is ``tok`` the "according" of "according to" (a source named, no agreement)?"""
    nxt = tok.nbor() if tok.i + 1 < len(tok.doc) else None
    return tok.lower_ == "according" and nxt is not None and nxt.lower_ == "to"


def _noun_event(word: str, lexicon: Lexicon) -> str | None:
    from .relations.nominal import event_lemma  # the relations import this module: read at call time

    return event_lemma(word, lexicon=lexicon)


def _content_coded(verb, clause, relations, words, lexicon: Lexicon) -> bool:
    """Is the statement coded by what it says: a word of the reported clause that names an event
    (whether or not a relation was read of it: "said the attack injured fourteen officers", "said
    output had been disrupted"; a quotation's words to its end, and its praise or blame:
    :mod:`extract.quoted_statements`), or a relation with an event on the verb itself or a verb
    coordinated with it ("said ... and urged the crowd to ...", "said Y was a hero": 051)?"""
    if quoted_act(verb, lexicon) is not None:
        return True  # 'X said: "Thank you to Y"': the formula's act (quoted_acts.py)
    quoted = quoted_words(verb, clause)  # a quotation says all it holds, past its sentence
    said = (*clause.subtree, *quoted)
    if any(_coded_word(t, lexicon) for t in said) or (quoted and judging_quotation(said, lexicon)):
        return True
    beside = {c.i for c in verb.conjuncts}
    beside.add(verb.i)
    for other, own in zip(relations, words):
        if _said_relation(other, lexicon) or other.predicate.lemma == _LOCATED_IN or not any(t.i in beside for t in own):
            continue
        if other.event is not None or lexicon.cameo.event_of(other.predicate.lemma.removeprefix("not ")) is not None:
            return True
    return False


def said_events(doc, relations, *, lexicon: Lexicon, withheld: dict | None = None) -> list:
    """``relations`` without the reported statements that are none (see the module's text).

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed document.
    relations : list of Relation
        The annotated relations (event and argument codes filled).
    lexicon : Lexicon
        Gives ``data/said_roles.txt``.
    withheld : dict, optional
        The event each non-asserted relation would carry, by (predicate start, object start):
        an official's stated intent is coded by the act it announces (:mod:`extract.stated_intents`).

    Returns
    -------
    list of Relation
        The same relations, less each (speaker, say, unspecified) whose
        speaker is no official or body or whose content carries its own event;
        a statement of the speaker's own intent becomes that intent.
    """
    if not any(_said_relation(r, lexicon) for r in relations):
        return relations
    from .stated_intents import stated_intents  # it reads this module's speakers: imported at call time

    words = [_predicate_words(doc, r) for r in relations]
    kept = []
    for relation, own in zip(relations, words):
        if _said_relation(relation, lexicon) and not _quoted_act(relation, own, lexicon):
            intents = stated_intents(relation, _said_verb(own, lexicon), relations, words, lexicon=lexicon,
                                     withheld=withheld or {})
            if intents:  # "said it would send aid": the intent the content states (stated_intents.py)
                kept.extend(intents)
                continue
            if not _stands(relation, _said_verb(own, lexicon), relations, words, lexicon):
                continue
            if relation.event is None:  # "wrote": no event of its own, a statement by its clause
                relation = dataclasses.replace(relation, event=event_for_code(_STATEMENT, lexicon.cameo.labels))
        kept.append(relation)
    return kept


def _quoted_act(relation, own, lexicon: Lexicon) -> bool:
    """Is ``relation`` the quoted formula's act ('X wrote, "My thoughts are with those who ..."' 018 on
    the unspecified concept; kept for an official by :func:`extract.quoted_acts.quoted_act_events`)?"""
    verb = _said_verb(own, lexicon)
    return (verb is not None and relation.event is not None and relation.event.code != _STATEMENT
            and quoted_act(verb, lexicon) is not None)


def _stands(relation, verb, relations, words, lexicon: Lexicon) -> bool:
    if verb is None or (relation.event is None and verb.lemma_.lower() == SAY):
        return False
    clause = said_clause(verb, lexicon=lexicon)
    if clause is None:
        return False
    subject = relation.subject
    if not official_code(subject.actor_code, subject.type, lexicon=lexicon):
        return False
    return not _content_coded(verb, clause, relations, words, lexicon)
