"""An agent noun a possessive pronoun owns takes its certain owner's code (``extract.actors.pronoun_owners``).

Every sentence is invented for the test; the expected codes come from the text and the shipped tables
(the agents file: troops, forces, soldiers, warships ``~MIL``; police ``~COP``; rebels ``REB``; the
countries table).
"""

from __future__ import annotations

import pytest

from extract.actors.pronoun_owners import OWNED, owned_code, pronoun_binder
from extract.lexicon import get_lexicon

from .helpers import document_facts, relations_named


def _argument(nlp, text, verb, text_of):
    facts = document_facts(nlp, text, date="2020-06-01")
    for rel in relations_named(facts, verb):
        for arg in (rel.subject, rel.object):
            if arg.text.lower() == text_of:
                return arg
    raise AssertionError(f"no argument {text_of!r} of {verb!r} in {text!r}")


def _possessed(doc, noun):
    head = next(t for t in doc if t.text == noun)
    return head, next(c for c in head.children if c.dep_ == "poss")


@pytest.mark.parametrize(
    ("text", "verb", "mention", "code"),
    [
        # the gerund after "accused X of" is X's: Turkey owns "its", not Iraq
        ("Iraq accused Turkey of massing its troops on the border.", "mass", "its troops", "TURMIL"),
        # an armed group's fighters are the group itself
        ("Syrian rebels said their fighters killed ten government soldiers near Idlib.", "kill", "their fighters", "SYRREB"),
        # the subject of the verb reporting the clause
        ("Kenya said its police arrested two smugglers in Mombasa.", "arrest", "its police", "KENCOP"),
    ],
)
def test_certain_owner_gives_the_code(nlp, text, verb, mention, code):
    assert _argument(nlp, text, verb, mention).actor_code == code


def test_a_company_gives_its_staff_no_country(nlp):
    # Brussels is the article's only country, but Nokia's engineers are not Belgian civilians
    facts = document_facts(nlp, "Nokia said its engineers met regulators in Brussels on Monday.", date="2020-06-01")
    countries = get_lexicon().countries.by_alpha3
    codes = [arg.actor_code for rel in facts.relations for arg in (rel.subject, rel.object)
             if arg.text.lower() == "its engineers"]
    assert not any(code and code[:3] in countries for code in codes)


def test_rebels_forces_are_no_state_military(nlp):
    # Libya is the only country named, yet the rebels' forces are not the Libyan military
    arg = _argument(nlp, "The rebels said their forces had taken control of the airport near Tripoli, Libya.",
                    "take", "their forces")
    assert arg.actor_code == "REB"


def test_two_countries_before_the_pronoun_leave_it_uncoded(nlp):
    doc = nlp("Ghana told Togo that its soldiers would leave the border area.")
    head, pronoun = _possessed(doc, "soldiers")
    binder, rivals = pronoun_binder(head, pronoun)
    assert binder.text == "Ghana" and [t.text for t in rivals] == ["Togo"]
    lexicon = get_lexicon()
    codes = {"Ghana": "GHA", "Togo": "TGO"}
    from extract.actors import with_country

    found = owned_code(head, with_country("MIL", "role", lexicon), ("ghana", "GPE", "GHA"), lexicon=lexicon,
                       code_of=lambda tok: with_country(codes[tok.text], "entity", lexicon) if tok.text in codes else None)
    assert found.source == OWNED and found.country is None and found.code == "MIL"


def test_coordinated_owners_are_not_certain(nlp):
    doc = nlp("Spain and Italy said their navies would search the area together.")
    head, pronoun = _possessed(doc, "navies")
    binder, _ = pronoun_binder(head, pronoun)
    assert binder is None


def test_the_controlling_object_binds_an_infinitive(nlp):
    doc = nlp("Chile urged Peru to withdraw its ambassador from Santiago.")
    head, pronoun = _possessed(doc, "ambassador")
    binder, rivals = pronoun_binder(head, pronoun)
    assert binder.text == "Peru" and not rivals


def test_plural_their_does_not_take_a_singular_country(nlp):
    # a binder disagreeing in number binds nothing: coreference decides (no certain owner here)
    doc = nlp("Canada said their soldiers had crossed the river.")
    head, pronoun = _possessed(doc, "soldiers")
    assert pronoun_binder(head, pronoun) is None
