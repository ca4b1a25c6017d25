"""Victims of harm verbs and the concepts a verb may relate: "a mass stabbing killed three people",
"authorities arrested twelve people", but not "killing animals" (:class:`VictimRules`, mixed into
:class:`extract.relations.verbal.VerbRules`)."""

from __future__ import annotations

from ..coref_person_groups import counted_antecedent
from ..actors.mentions import is_generic_actor
from ..syntax import prepositional_objects
from ..lexicon.cameo_verbs import _PREPOSITIONS
from ..types import Argument, Event

__all__ = ["VictimRules"]

# Prepositions that name an event noun's other side when the parser hangs them on its light verb.
_SIDE_PREPOSITIONS = frozenset({"into", "of", "against", "over"})

# Nouns for people that the actor dictionaries give no role: harm verbs' victims ("killed another person").
_PERSON_NOUNS = frozenset({"person", "individual", "bystander", "pedestrian", "relative", "family", "baby",
                           "infant", "toddler", "teenager", "adult", "neighbour", "neighbor", "friend"})


class VictimRules:
    """Who a harm verb harms, and when two concepts (no names) may be related by a verb.

    Expects ``lexicon``, the argument, nominal and target rules and the word
    sets ``harms``, ``quantifiers``, ``agent_nouns``, ``incidents`` and
    ``titles`` on the reader.
    """

    def concepts_may_relate(self, sub_tokens, lemma: str, *, actor: bool = True, verb=None) -> bool:
        """May a concept subject relate to a concept object through ``lemma``?

        A harm verb may ("a mass stabbing killed three people"), and so may an
        actor noun in an event of the CAMEO map ("authorities arrested twelve
        people"), or, given the ``verb`` token, in the event of a verb pattern
        that fits its frame where the verb has no event of its own (CAMEO's
        LIFT, VOW, STAGE: "the government lifted the curfew" 0813, "opposition
        supporters staged a demonstration" 141); "the violence raised fears" may not.
        """
        if lemma in self.harms:
            return True  # whatever kills is worth the edge: "an IT worker ..., killing four"
        if not actor:
            return False
        for tok in sub_tokens:
            for member in self.members(tok):
                if member.lower_ in self.quantifiers:  # "thousands of protesters": the protesters
                    member = next(iter(prepositional_objects(member, ("of",))), member)
                member = counted_antecedent(member, self.lexicon) or member  # "Two officers ... Both": the officers
                if (member.lemma_.lower() in self.agent_nouns or member.lower_ in self.agent_nouns
                        or is_generic_actor(member, lexicon=self.lexicon)):  # "a Kenyan court"
                    return self.lexicon.cameo.event_of(lemma) is not None or self.fitted_event(lemma, verb)
        return False

    def fitted_event(self, lemma: str, verb) -> bool:
        """Does a verb pattern fitted on ``verb``'s frame give verb ``lemma`` (as the predicate reads it) an event?"""
        if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() != lemma:
            return False  # a phrase ("gun down") or another word: the map's event alone
        from ..events.coding import frame_words, verb_sense  # the coder's; imported late: events reads relations
        if not isinstance(verb_sense(lemma, verb, None, self.lexicon), Event):  # None or NO_SENSE
            return False
        # a pattern of a lone preposition ("WERE * IN + [154]" DEPLOY) says too little to relate two unnamed
        # sides: "the hospital department has deployed all the necessary preparations in order to ..."
        fitted = self.lexicon.cameo.patterns.fitted(lemma, *frame_words(verb))
        if fitted is not None and any(self._restated_noun(obj, verb, fitted.code)
                                      for obj in verb.children if obj.dep_ == "dobj"):
            return False  # "opened an investigation into X": the event noun's own rule reads X
        return fitted is None or any(not set(alts) <= _PREPOSITIONS for alts in fitted.words)

    def _restated_noun(self, noun, verb, code: str | None) -> bool:
        """Does the verb's pattern (``code``) restate the event of ``noun``, an event noun with a side of its own?

        "opened an investigation into X" (OPEN * INVESTIGATION [090]) is the investigation's own event,
        and the event noun's rule reads its side, X; "lifted the ban on gatherings" (0813) is another event
        than the ban. The side may hang on the noun or, as the parser often puts it, on the verb ("opened an
        investigation into Renault"); a place or time on the verb is no side ("staged a demonstration in Nairobi").
        """
        nominalisations = self.lexicon.tables["nominalisations"]
        row = nominalisations.get(noun.lemma_.lower()) or nominalisations.get(noun.lower_)
        if row is None or code is None:
            return False
        noun_verb = row if isinstance(row, str) else row[0]
        noun_event = self.lexicon.cameo.event_of(noun_verb)
        if noun_event is None or noun_event.root != code[:2]:
            return False
        return (any(child.dep_ == "prep" for child in noun.children)
                or any(child.dep_ == "prep" and child.lower_ in _SIDE_PREPOSITIONS for child in verb.children))

    def victims(self, tok) -> list[Argument]:
        """The objects of a harm verb: people, places or bare numbers, not incidents.

        In "killed five and wounded 110, another attack ascribed to ..." the
        attack is no victim; in "killing animals" a noun that names no people is none either.
        """
        out = []
        for member in self.members(tok):
            args = self.member_arguments(member)
            if not args:
                count = self.count_argument(member)
                args = [count] if count is not None else []
            elif member.lemma_.lower() in self.incidents or self.event_noun(member.lower_):
                args = [a for a in args if not a.is_concept]
            elif not self.victim_like(member):
                args = [a for a in args if not a.is_concept or a.actor_code]  # "killing animals": no victims
            out.extend(args)
        return out

    def victim_like(self, tok) -> bool:
        """May the plain noun ``tok`` be harmed as a person is: named or resolved, counted, a title,
        or a noun for people of the actor dictionaries ("civilians", "farmers")? "killed animals",
        "injured his knee" name no victims."""
        tok = counted_antecedent(tok, self.lexicon) or tok  # "Two rebels ... Both were killed": the rebels
        lemma = tok.lemma_.lower()
        return self.patient_like(tok) or lemma in _PERSON_NOUNS or tok.lower_ in self.titles or lemma in self.titles
