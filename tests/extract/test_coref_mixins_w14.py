"""The coreference resolver composed of its mixins (extract/coref_subjects.py, extract/coref_rivals.py,
extract/coref_common.py): the composition, the size of each class, and one rule of each mixin on a real parse."""

from __future__ import annotations

import inspect

from extract import coref, coref_common, coref_persons
from extract.coref_rivals import RivalRules
from extract.coref_subjects import ClauseSubjectRules
from tests.extract.test_pronoun_agreement import resolved


def test_the_resolver_is_composed_of_the_subject_and_rival_mixins():
    mro = coref._Resolver.__mro__
    assert ClauseSubjectRules in mro and RivalRules in mro
    assert mro.index(coref._Agreement) < mro.index(ClauseSubjectRules) < mro.index(coref._Antecedents)


def test_the_resolver_keeps_its_slots():
    # a mixin without __slots__ would give every resolver a __dict__
    assert not hasattr(coref._Resolver.__new__(coref._Resolver), "__dict__")


def test_no_method_is_defined_twice_across_the_mixins():
    own = [set(k for k in vars(c) if not k.startswith("__"))
           for c in (coref._Antecedents, ClauseSubjectRules, RivalRules, coref._Agreement, coref._Pronouns,
                     coref._Resolver)]
    assert all(not (a & b) for i, a in enumerate(own) for b in own[i + 1:])


def test_each_resolver_class_stays_under_300_lines():
    for cls in (coref._Antecedents, ClauseSubjectRules, RivalRules, coref._Agreement, coref._Pronouns,
                coref._Resolver):
        assert len(inspect.getsourcelines(cls)[0]) < 300, cls.__name__


def test_one_salience_of_a_noun_for_all_the_rules():
    assert coref._role is coref_common._role
    assert coref_persons._role is coref_common._role


def test_a_clause_subject_reached_through_a_conjunct_binds_its(nlp):
    # ClauseSubjectRules: "X arrived and signed its ...": the subject of the verb the conjunct hangs on
    text = "Greenpeace arrived in Oslo on Monday and signed its first agreement with the city."
    assert resolved(nlp, text, "its") == ("greenpeace",)


def test_coordinated_towns_are_no_they(nlp):
    # RivalRules._can_act_together: towns do not act together as "they"; the pronoun is left alone
    text = "Floods hit Guam and Puerto Rico on Monday. They are called nationals of the United States."
    assert resolved(nlp, text, "They") == ()
