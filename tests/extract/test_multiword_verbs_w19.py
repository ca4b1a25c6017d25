"""Verbs whose event lies in more than the verb (wave 19, ``extract/relations/multiword_verbs.py``):
"gunned down", "set fire to", "placed X under house arrest", "shot dead X", "set free X" and "carried out
strikes on X" relate an actor noun with no name to a coded actor, as the CAMEO verb patterns code the whole;
look-alikes with no actor target or a figurative sense stay without an event.

Every sentence is invented for the test; the expected codes come from the text (the nationality word, the
role of the noun) and the CAMEO patterns (GUN_DOWN 193, SET * ABLAZE 180, house arrest 173, SET_FREE 080).
"""

from __future__ import annotations

import pytest

from .helpers import event_root, text_relations

_DATE = "2020-06-01"


@pytest.mark.parametrize(
    ("text", "verb", "source", "target", "root"),
    [
        ("Gunmen gunned down a Peruvian judge in Lima on Friday.", "gun", "UAF", "PER", "19"),
        ("The military placed the Malian president under house arrest.", "place", "MIL", "MLI", "17"),
        ("The army shot dead three Syrian smugglers at a border post near the river.", "shoot", "MIL", "SYR", "19"),
        ("Rebels set fire to the Somali embassy on Sunday.", "set", "REB", "SOM", "18"),
        ("Iran set free two Canadian tourists on Monday.", "set", "IRN", "CAN", "08"),
        ("Russian warplanes carried out air strikes on Syrian rebels near Idlib.", "strike", "RUS", "SYR", "19"),
        ("Protesters set the Iraqi consulate on fire.", "set", "", "IRQ", "18"),
        ("The Spanish navy rescued forty Moroccan migrants off Almeria.", "rescue", "ESP", "MAR", "07"),
        ("Ugandan police beat up an opposition candidate in Kampala.", "beat", "UGA", "", "18"),
    ],
)
def test_multiword_verb_relates_actors(nlp, text, verb, source, target, root):
    rel = next((r for r in text_relations(nlp, text, date=_DATE) if r.predicate.lemma.startswith(verb)), None)
    assert rel is not None, f"no {verb!r} relation in {text!r}"
    codes = (rel.subject.actor_code or "", rel.object.actor_code or "")
    assert codes[0].startswith(source) and codes[1].startswith(target), codes
    assert event_root(rel) == root


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Lightning set fire to an old barn near Lyon.", "set"),  # no actor on either side
        ("The airline fired its chief pilot after the crash.", "fire"),  # a dismissal
        ("A hunter shot dead a bear in the forest near Brasov.", "shoot"),  # an animal
        ("Police stamped out corruption in the customs service.", "stamp"),  # no actor acted on
        ("Officials strung up banners along the avenue.", "string"),  # no actor acted on
        ("The central bank rescued the Cypriot economy.", "rescue"),  # no people saved
    ],
)
def test_look_alike_has_no_event(nlp, text, verb):
    assert all(event_root(r) is None for r in text_relations(nlp, text, date=_DATE)
               if r.predicate.lemma.startswith(verb))
