"""An "it" whose verb no actor does: "what Red Hat announced and what it means", "where it died".

Some verbs take a thing, an act or an event for their subject and never a body, a country or a place
(``data/thing_subject_verbs.txt``: "mean", "happen", "cost", "die"). The subject "it" of such a verb is
what was announced, decided or sent ("Could you explain what Red Hat announced and what it means for
CentOS?", "The Senate sent the bill back to committee, where it died"), never the organisation or the
country named beside it, so it is left unresolved. "It means to" (intends) is a doer's verb and keeps
its subject; so does a pronoun whose antecedent is itself a thing (an event, a law, a product).
"""

from __future__ import annotations

__all__ = ["thing_verb_subject"]

#: Kinds of entity that act: what such a verb's "it" is not.
_ACTOR_TYPES = frozenset({"ORG", "GPE", "NORP", "PERSON", "LOC", "FAC"})


def thing_verb_subject(res, tok, keys) -> bool:
    """Whether the subject "it" ``tok`` of a verb of ``thing_subject_verbs`` (no infinitive: not "it means
    to") stands for a thing, so that ``keys``, all actors or places the other rules found for it, are no
    antecedent of it. ``res`` is the article's resolver (its ``entities`` and ``lexicon`` are read)."""
    if not keys or tok.lower_ != "it" or tok.dep_ != "nsubj":
        return False
    verb = tok.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.casefold() not in res.lexicon.word_sets["thing_subject_verbs"]:
        return False
    if any(c.dep_ == "xcomp" and c.tag_ == "VB" for c in verb.children):
        return False  # "it means to expand": intends
    return all(res.entities[k].type in _ACTOR_TYPES for k in keys if k in res.entities)
