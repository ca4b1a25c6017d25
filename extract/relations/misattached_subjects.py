"""Subjects the parser took from the wrong noun: a place after a preposition, a relative clause's antecedent.

Two shapes of one mistake, where the parse hands a clause a subject that the sentence does not give it:

- **a place after a locative preposition as a participle's subject.** "Thousands of protesters marched in
  Khartoum demanding civilian rule": the parser may read "Khartoum demanding civilian rule" as a gerund
  clause with "Khartoum" as its subject, and the relations would say (Khartoum, demand, civilian rule).
  A place name that stands right after "in", "at", "through", "from" ... (with only a place of its own
  phrase between: "from Dubai, UAE making its second attempt") is where something happened, not who
  did it: :func:`stranded_place` says so and the participle gets no subject from it. A preposition that a
  verb takes with a clause of its own ("resulted in Iran agreeing", "led to Venezuela releasing") keeps
  the reading; "with", "despite", "about" are no places and are never read.
- **a relative clause hung on a noun before the one it follows.** "Muyembe, Director General of the
  Institut ... that monitored the trial": the parser hung "that monitored" on the person, and the
  relations would say Muyembe monitored the trial. "that" and "which" do not stand for a person named
  or titled before a nearer noun: when the clause follows (after an "of", "for", "at" ... phrase of
  the person) a noun that is no person, that noun is the antecedent. And a list of two or more names
  takes a plural verb: "the towns of Beni, Butembo and Katwa in the Democratic Republic of the Congo,
  which has suffered an outbreak" cannot say the towns "has suffered"; a singular verb goes to the
  noun just before the comma, inside the list's last member. :func:`nearer_antecedent` gives that noun.

Both are checked over the Wikinews articles outside the test half (``benchmarks/data/edges_audit.md``,
wave 18).
"""

from __future__ import annotations

__all__ = ["nearer_antecedent", "stranded_place"]

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Prepositions of place and of going: their object is where, not who.
_LOCATIVE_PREPS = frozenset({"in", "at", "near", "through", "across", "outside", "inside", "around", "throughout",
                             "from", "into", "within", "along", "off", "toward", "towards", "to", "via", "beyond"})
# Verbs whose preposition takes a clause with a subject of its own ("resulted in Iran agreeing", "led to X
# releasing", "insisted on Y leaving"): the noun there is the clause's doer.
_CLAUSE_TAKING_HEADS = frozenset({"result", "lead", "end", "culminate", "contribute", "amount", "object", "insist",
                                  "persist", "succeed", "rely", "depend", "count", "agree", "consent", "look",
                                  "point", "react", "respond", "add", "see", "watch", "hear"})
# Forms of a singular verb in a relative clause ("which has suffered", "which is", "that was").
_SINGULAR_AUX = frozenset({"has", "is", "was", "does", "'s"})
_NONPERSON_PRONOUNS = frozenset({"that", "which"})


def stranded_place(subject, verb) -> bool:
    """Is ``subject``, the parse's subject of the participle ``verb``, a place name that stands right after a
    preposition of place ("marched in Khartoum demanding ...", "en route from Dubai, UAE making ...")?"""
    if verb.tag_ != "VBG" or subject.dep_ != "nsubj" or subject.ent_type_ not in _PLACE_LABELS:
        return False
    doc = subject.doc
    i = subject.left_edge.i - 1
    while i >= 0 and (doc[i].text == "," or doc[i].ent_type_ in _PLACE_LABELS or doc[i].dep_ == "det"):
        i -= 1  # "from Dubai, UAE": a place qualifying the place
    if i < 0:
        return False
    prep = doc[i]
    return (prep.pos_ == "ADP" and prep.lower_ in _LOCATIVE_PREPS
            and prep.head.lemma_.lower() not in _CLAUSE_TAKING_HEADS)


def nearer_antecedent(verb, head, person_like):
    """The noun a relative clause ``verb`` says something of when the parse's antecedent ``head`` cannot be
    it (a person for "that"/"which" with a nearer noun that is none; a list of names for a singular verb),
    or None. ``person_like(token)`` says whether a token stands for a person."""
    pronouns = [c for c in verb.children if c.lower_ in _NONPERSON_PRONOUNS and c.i < verb.i]
    if not pronouns:
        return None
    pronoun = pronouns[0]
    doc = verb.doc
    i = pronoun.i - 1
    while i > head.i and doc[i].is_punct:
        i -= 1
    near = doc[i]
    if (near.i <= head.i or near.dep_ != "pobj" or near.pos_ not in ("NOUN", "PROPN")
            or not any(a.i == head.i for a in near.ancestors)):
        return None  # the clause follows its head's own phrase, or a noun outside it
    if (person_like(head) or head.dep_ == "appos" and person_like(head.head)) and not person_like(near):
        return near  # "Muyembe, Director General of the Institut ... that monitored the trial"
    conjuncts = [c for c in head.children if c.dep_ == "conj"]
    if (conjuncts and head.ent_type_ and all(c.ent_type_ for c in conjuncts)
            and doc[pronoun.i - 1].text == "," and _singular(verb)
            and not any(near.i == c.i for c in conjuncts)):
        return near  # "the towns of Beni, Butembo and Katwa in the Congo, which has suffered ..."
    return None


def _singular(verb) -> bool:
    """Does the relative clause's verb say its subject is one thing ("has suffered", "is", "specializes")?"""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if aux:
        return aux[0].lower_ in _SINGULAR_AUX
    return verb.tag_ == "VBZ" or verb.lower_ in _SINGULAR_AUX
