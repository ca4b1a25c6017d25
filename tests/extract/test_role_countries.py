"""The country of a generic actor comes from the mention itself or from the text's places, never from
another noun (issue 11, point 3).

- Police, courts and protesters take the article's places only, not another noun's nationality word
  ("two Canadian tourists were robbed. Police arrested three men": no ``CANCOP``).
- "The country's president", "the nation's army" stand for the country named before.
- A place stated with its country once ("Tripoli, Lebanon") keeps that country through the article.
- A one-word place name that is a person's surname in the article gives no country.

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest

from .helpers import document_facts


def _codes(nlp, text: str, verb: str) -> list[tuple[str | None, str | None]]:
    facts = document_facts(nlp, text, date="2020-03-02")
    return [(r.subject.actor_code if r.subject else None, r.object.actor_code if r.object else None)
            for r in facts.relations if r.predicate.lemma.startswith(verb)]


def _subjects(nlp, text: str, verb: str) -> set[str | None]:
    codes = _codes(nlp, text, verb)
    assert codes, text
    return {subject for subject, _ in codes}


@pytest.mark.parametrize("text, verb, role", [
    ("Two Canadian tourists were robbed on Sunday. Police arrested three men after the robbery.", "arrest", "COP"),
    ("A German cyclist was hit by a truck on Friday. Police arrested the driver two hours later.", "arrest", "COP"),
])
def test_a_nationality_word_of_another_noun_gives_the_police_no_country(nlp, text, verb, role):
    subjects = _subjects(nlp, text, verb)
    assert subjects == {role}, subjects


def test_the_place_the_story_is_set_in_gives_the_police_their_country(nlp):
    text = "Two Canadian tourists were robbed in Bali, Indonesia, on Sunday. Police arrested three men."
    assert _subjects(nlp, text, "arrest") == {"IDNCOP"}


def test_a_national_role_still_takes_the_only_country_named(nlp):
    # a government is no local role: a nationality word names the one country there is
    from extract.actors.sole_country import LOCAL_ROLES, only_named_country
    from extract.lexicon import get_lexicon

    doc = nlp("The Kenyan economy grew by five percent last year.")
    assert only_named_country(doc, get_lexicon()) == "KEN"
    assert "GOV" not in LOCAL_ROLES and "COP" in LOCAL_ROLES


@pytest.mark.parametrize("text, verb, code", [
    ("Voters in Ghana went to the polls on Sunday. The country's president met Kenyan President Uhuru Kenyatta.",
     "meet", "GHAGOV"),
    ("Floods hit Peru this week. The nation's army arrested John Smith.", "arrest", "PERMIL"),
])
def test_the_country_noun_stands_for_the_country_named_before(nlp, text, verb, code):
    assert code in _subjects(nlp, text, verb)


def test_two_countries_named_before_give_the_country_noun_none(nlp):
    text = "Ghana and Togo signed a trade deal on Sunday. The country's president met Kenyan President Uhuru Kenyatta."
    subjects = _subjects(nlp, text, "meet")
    assert not any(s and s.startswith(("GHA", "TGO")) for s in subjects), subjects


def test_the_state_of_a_country_of_states_is_a_state(nlp):
    from extract.lexicon import get_lexicon
    from extract.relations.possessors import _earlier_country, country_noun_owner

    class _Index:  # coreference resolved nothing; the country is the one named before
        def __init__(self, doc):
            self.doc = doc

        def reference_at(self, i):
            return None

        def entity_at(self, i):
            from types import SimpleNamespace

            ent = next(e for e in self.doc.ents if e.start <= i < e.end)
            return SimpleNamespace(key=ent.text.casefold(), label=ent.text, type=ent.label_, actor_code=None)

    lexicon = get_lexicon()
    doc = nlp("Floods hit Mexico on Monday. The state's governor asked for help.")
    state = next(t for t in doc if t.text == "state")
    assert _earlier_country(state, _Index(doc), lexicon)[1].label == "Mexico"
    assert country_noun_owner(state, _Index(doc), lexicon) is None  # Mexico's divisions are states
    doc = nlp("Floods hit Ghana on Monday. The state's army was sent to help.")
    state = next(t for t in doc if t.text == "state")
    assert country_noun_owner(state, _Index(doc), lexicon).label == "Ghana"
    doc = nlp("Floods hit Ghana on Monday. A state's army was sent to help.")
    state = next(t for t in doc if t.text == "state")
    assert country_noun_owner(state, _Index(doc), lexicon) is None  # "a state": no country named before


def test_a_place_stated_once_keeps_its_country(nlp):
    from extract.actors.stated_places import stated_in_article
    from extract.lexicon import get_lexicon

    lexicon = get_lexicon()
    doc = nlp("Clashes broke out in Tripoli, Lebanon, on Sunday. Police in Tripoli arrested two men.")
    second = [t for t in doc if t.text == "Tripoli"][1]
    assert stated_in_article(doc[second.i : second.i + 1], lexicon=lexicon) == "LBN"
    doc = nlp("Paris, Texas and Paris, France are far apart. Paris is busy.")
    last = [t for t in doc if t.text == "Paris"][-1]
    assert stated_in_article(doc[last.i : last.i + 1], lexicon=lexicon) is None  # two countries stated
    text = "Clashes broke out in Tripoli, Lebanon, on Sunday. Police in Tripoli arrested two men."
    assert _subjects(nlp, text, "arrest") == {"LBNCOP"}


def test_a_surname_names_no_place(nlp):
    from extract.actors.localities import is_person_surname
    from extract.actors.sole_country import setting_country
    from extract.lexicon import get_lexicon

    lexicon = get_lexicon()
    doc = nlp("Michael Jordan visited Jordan on Monday. Police arrested two fans after a fight.")
    place = next(e for e in doc.ents if e.text == "Jordan")
    assert is_person_surname(place)
    assert setting_country(doc, lexicon) is None
    doc = nlp("King Abdullah visited Jordan on Monday. Police arrested two fans after a fight.")
    place = next(e for e in doc.ents if e.text == "Jordan")
    assert not is_person_surname(place)
    assert setting_country(doc, lexicon) == "JOR"


def test_police_in_a_place_that_is_a_surname_take_no_country(nlp):
    text = "Ali Amman spoke to reporters on Monday. Police in Amman arrested two men."
    assert _subjects(nlp, text, "arrest") == {"COP"}
    assert _subjects(nlp, "Police in Amman arrested two men on Monday.", "arrest") == {"JORCOP"}


def test_a_university_department_is_no_government(nlp):
    from extract.actors.body_offices import body_kind
    from extract.lexicon import get_lexicon

    lexicon = get_lexicon()
    assert body_kind("the Department of Mathematics and Statistics".split(), lexicon=lexicon) == "academic"
    assert body_kind("the Department of Health".split(), lexicon=lexicon) != "academic"
    text = "British mathematician Richard Guy died on Monday. He continued to work at the Department of Physics."
    objects = {o for _, o in _codes(nlp, text, "work")}
    assert not any(o and o.endswith("GOV") for o in objects), objects
