"""The entity vote (extract/merge.py): one rule for a document, the pieces of a long one and a graph."""

from __future__ import annotations

import itertools
import subprocess
import sys
from pathlib import Path

import pytest

from extract.facts import _Pieces
from extract.merge import vote_label, vote_type
from extract.types import Document, Entity

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("votes", "expected"),
    [
        ({"Trump": 3, "Donald Trump": 1}, "Trump"),  # most votes
        ({"Trump": 2, "Donald Trump": 2}, "Donald Trump"),  # tie: the longer
        ({"IDLIB": 2, "Idlib": 2}, "Idlib"),  # tie: not in capitals, before length
        ({"SDF": 1, "Sdf": 1, "Syrian Democratic Forces": 1}, "Syrian Democratic Forces"),
        ({"Donald TRUMP": 1, "Donald Trump": 1}, "Donald TRUMP"),  # full tie: alphabetical
    ],
)
def test_vote_label(votes, expected):
    for order in itertools.permutations(votes.items()):
        assert vote_label(dict(order)) == expected


@pytest.mark.parametrize(
    ("votes", "evidence", "expected"),
    [
        ({"GPE": 3, "ORG": 1}, None, "GPE"),  # most votes
        ({"GPE": 2, "PERSON": 2}, None, "PERSON"),  # tie: ENTITY_TYPES order
        ({"GPE": 2, "PERSON": 2}, {"GPE": 5, "PERSON": 1}, "GPE"),  # tie: more evidence first
        ({"CONCEPT": 1, "ORG": 1}, None, "ORG"),  # named types before concepts
        ({"WORK_OF_ART": 1, "XYZ": 1}, None, "WORK_OF_ART"),  # unknown types last, alphabetical
    ],
)
def test_vote_type(votes, evidence, expected):
    for order in itertools.permutations(votes.items()):
        assert vote_type(dict(order), evidence=evidence) == expected


def test_no_votes():
    assert vote_label({}) is None and vote_type({}) is None


def test_pieces_of_a_long_document_vote_by_the_same_rule():
    pieces = _Pieces(Document(id="long", text="x" * 10))
    pieces._add_entity(Entity("idlib", "IDLIB", "ORG", mentions=2))
    pieces._add_entity(Entity("idlib", "Idlib", "GPE", mentions=2))
    merged = pieces._entity("idlib")
    assert (merged.label, merged.type) == ("Idlib", "ORG")
    assert merged.aliases == ("IDLIB",) and merged.mentions == 4


def test_merge_imports_no_spacy():
    # extract/__init__.py loads the pipeline modules; load the package without it
    code = (
        "import sys, types\n"
        f"pkg = types.ModuleType('extract'); pkg.__path__ = [{str(ROOT / 'extract')!r}]\n"
        "sys.modules['extract'] = pkg\n"
        "import extract.merge\n"
        "assert extract.merge.vote_type({'GPE': 1}) == 'GPE'\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('spacy', 'thinc')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
