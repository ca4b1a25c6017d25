"""Bodies' names the tagger cut at their bounds: the place, district or field after the head word (audit round w15).

Rules of :mod:`extract.entities` on where a body's name ends, found corpus-wide by class
(``benchmarks/bounds_audit.py``), each keyed on the words around the name, closed word classes or shipped
tables, never on particular names (the other bounds rules: :mod:`extract.name_bounds`):

- a body's name ending in an organisation's head word of ``data/name_heads.tsv`` and the state or country
  tagged right after its "of" or "of the" are one name: "the Supreme Court of Puerto Rico", "the Alliance
  Party of Northern Ireland", "the Southern District of New York" (the body's, no mention of the place);
- a court's name and the district or circuit it serves, "for the" between, are one name: "the United
  States District Court for the Western District of Virginia", "the Court of Appeals for the Ninth Circuit";
- a people's name runs on to a capitalised head word of ``data/people_heads.txt`` right after it: "the
  Eastern Shoshone Tribe", "the Sioux Tribes" (an organisation);
- an organisation's "X of A" name runs on over "and" and the capitalised words of a second field the tagger
  left untagged: "the National Institute of Allergy" + "and Infectious Diseases", "the Rosenstiel School of
  Marine" + "and Atmospheric Science" (no place, person or body of its own: "the University of Miami and
  Apex Shark Expeditions" are two);
- a federal judicial district of a state of the United States named alone ("convicted in the Southern
  District of New York") is the district court the article may name in full: one name, "United States
  District Court for the Southern District of New York".
"""

from __future__ import annotations

import re

from .entity_context import is_given_name
from .lexicon import Lexicon
from .name_repairs import is_region

__all__ = [
    "and_field_end", "body_of_region", "court_of_district", "district_region_end", "map_court_districts",
    "people_head_end",
]


#: The last word of a name of a court's district or circuit: "the Western District", "the Ninth Circuit".
_DISTRICT_WORDS = frozenset({"district", "circuit"})
#: The last word of a court's name before "for the": "District Court", "Court of Appeals".
_COURT_WORDS = frozenset({"court", "appeals"})
#: How many words the untagged name of a district's state may have: "New Hampshire".
_REGION_REACH = 3
#: Labels of a tagged name a body's name may be.
_BODY_LABELS = frozenset({"ORG", "LOC", "FAC"})


def _ends_in_body_head(doc, ts: int, te: int, lexicon: Lexicon) -> bool:
    last = doc[te - 1]
    if not last.is_title:
        return False
    if last.lower_ in _DISTRICT_WORDS:
        return True
    row = lexicon.tables["name_heads"].get(last.lower_)
    return bool(row) and row[0] == "ORG" and row[1] != "first"


def _name_start(doc, draft) -> int:
    """The first word of a tagged name after the "the" the tagger may have read into it."""
    return draft.ts + 1 if doc[draft.ts].lower_ == "the" and draft.te - draft.ts > 1 else draft.ts


def body_of_region(doc, first, second, *, lexicon: Lexicon) -> bool:
    """Whether a body's name ending in an organisation's head word ("Supreme Court", "Alliance Party",
    "Southern District") and the state or country tagged right after its "of" or "of the" are one name:
    "the Supreme Court of Puerto Rico", "the Alliance Party of Northern Ireland". The first name has two
    words at least and is no country; the second is a country, a first-level division or a region of the
    knowledge base (:func:`extract.name_repairs.is_region`), not a town ("the Madrid District Hospital")."""
    end = first.te
    if first.label not in _BODY_LABELS or end - first.ts < 2 or end + 1 >= len(doc) or doc[end].lower_ != "of":
        return False
    start = end + 2 if doc[end + 1].lower_ == "the" else end + 1
    if _name_start(doc, second) != start or second.label not in ("GPE", "LOC") or not _ends_in_body_head(doc, first.ts, end, lexicon):
        return False
    if lexicon.countries.country_of(doc[_name_start(doc, first):end].text):
        return False
    return is_region(doc[start:second.te].text, lexicon)


def court_of_district(doc, first, second, *, lexicon: Lexicon) -> int | None:
    """The end of one name made of a court's name and the district or circuit tagged after its "for the":
    "the United States" + "District Court for the" + "Western District of Virginia" (the tagger's country,
    untagged capitalised words ending in "Court", then the district), "the Court of Appeals" + "for the" +
    "Ninth Circuit". The words between are capitalised and untagged, the last before "for" is "Court" or
    "Appeals". A district is one of a state or country ("of Virginia"): where the tagger left the state
    untagged, the name runs on over it; where it tagged it, the name ends at the district, and
    :func:`extract.name_repairs.district_of_region` joins the two. Else None."""
    if first.label not in ("ORG", "GPE") or second.te - second.ts < 2 or second.te >= len(doc):
        return None
    last = doc[second.te - 1]
    if last.lower_ not in _DISTRICT_WORDS or not last.is_title:
        return None
    gap = doc[first.te:_name_start(doc, second)]
    if len(gap) < 2 or gap[-1].lower_ != "the" or gap[-2].lower_ != "for":
        return None
    words = [first.te - 1] + [t.i for t in gap[:-2]]
    if any(not doc[i].is_title or (i >= first.te and doc[i].ent_iob_ != "O") for i in words):
        return None
    if doc[words[-1]].lower_ not in _COURT_WORDS:
        return None
    if last.lower_ == "circuit":
        return second.te
    if doc[second.te].lower_ != "of" or second.te + 1 >= len(doc):
        return None
    if doc[second.te + 1].ent_iob_ != "O":
        return second.te  # the state tagged: joined next
    end = _untagged_region_end(doc, second.te, lexicon)
    return end if end > second.te else None


def _untagged_region_end(doc, of: int, lexicon: Lexicon) -> int:
    """The end of the untagged state or country right after ``doc[of]`` ("of"), or ``of``."""
    if of + 1 >= len(doc) or doc[of].lower_ != "of":
        return of
    end = of + 1
    while end < len(doc) and end - of <= _REGION_REACH and doc[end].is_title and doc[end].ent_iob_ == "O":
        end += 1
    return end if end > of + 1 and is_region(doc[of + 1:end].text, lexicon) else of


def district_region_end(doc, ts: int, te: int, *, lexicon: Lexicon) -> int:
    """The end of a district's name with the state or country the tagger left untagged after its "of": "the
    Northern District" + "of Illinois" (the tagged one :func:`extract.name_repairs.district_of_region`
    joins). Two words at least, the last "District" or "Circuit", capitalised. Else ``te``."""
    if te - ts < 2 or te >= len(doc) or not doc[te - 1].is_title or doc[te - 1].lower_ not in _DISTRICT_WORDS:
        return te
    end = _untagged_region_end(doc, te, lexicon)
    return end if end > te else te


def people_head_end(doc, ts: int, te: int, label: str, *, lexicon: Lexicon) -> int:
    """The end of a people's name with the capitalised head word of ``data/people_heads.txt`` right after it:
    "Eastern Shoshone" + "Tribe". The word is untagged, opens no sentence and ends the capitalised run, and
    the people's name is no country's. Else ``te``."""
    if label not in ("NORP", "LOC", "GPE", "ORG") or te >= len(doc):
        return te
    tok = doc[te]
    if not tok.is_title or tok.ent_iob_ != "O" or tok.is_sent_start or tok.lower_ not in lexicon.word_sets["people_heads"]:
        return te
    if te + 1 < len(doc) and doc[te + 1].is_title:
        return te
    if lexicon.countries.country_of(doc[ts:te].text):
        return te
    return te + 1


#: How many capitalised words the second field of an "X of A and B" name may have: "Infectious Diseases".
_FIELD_REACH = 3


def and_field_end(doc, ts: int, te: int, label: str, *, lexicon: Lexicon) -> int:
    """The end of an organisation's "X of A" name with the second field the tagger cut at "and": "National
    Institute of Allergy" + "and Infectious Diseases (NIAID)". Up to three untagged capitalised words after
    "and" that end the capitalised run, none a head word of ``data/name_heads.tsv`` (a body of its own:
    "and Center for Ecosystem Sentinels"), the first no given name, the words no country or place of the
    gazetteer. Else ``te``."""
    if label != "ORG" or te - ts < 3:
        return te
    at = te - 1 if doc[te - 1].lower_ == "and" else te  # the tagger may have read the "and" into the name
    if at + 2 >= len(doc) or doc[at].lower_ != "and" or not doc[at - 1].is_title:
        return te
    if not any(t.lower_ == "of" for t in doc[ts + 1:at - 1]):
        return te
    end = at + 1
    while end < len(doc) and end - at <= _FIELD_REACH and doc[end].is_title and doc[end].is_alpha \
            and doc[end].ent_iob_ == "O" and not doc[end].is_sent_start:
        end += 1
    if end == at + 1 or end < len(doc) and (doc[end].is_title or doc[end].lower_ in ("of", "and", "&")):
        return te
    tail = doc[at + 1:end]
    heads = lexicon.tables["name_heads"]
    if any(t.lower_ in heads for t in tail) or is_given_name(tail[0].text, lexicon=lexicon):
        return te
    if lexicon.countries.country_of(tail.text) or lexicon.gazetteer.candidates(tail.text) or any(
            lexicon.gazetteer.candidates(t.text) or lexicon.countries.country_of(t.text) for t in tail):
        return te
    return end


#: A judicial district of a state named alone: "Southern District of New York".
_STATE_DISTRICT = re.compile(r"(?:Northern|Southern|Eastern|Western|Middle|Central) District of ([A-Z][\w. ]+)")
#: The country whose federal courts are named by their districts.
_COURT_COUNTRY = "US"


def map_court_districts(drafts, *, lexicon: Lexicon) -> None:
    """A judicial district of a state of the United States named alone, "Southern District of New York"
    (joined by :func:`extract.name_repairs.district_of_region`), is the district court: its canonical name
    becomes "United States District Court for the Southern District of New York", the name the article
    or another gives it in full (in place). The state must be a region the gazetteer places in the
    United States."""
    for d in drafts:
        if d.label == "PERSON" or d.country:
            continue
        match = _STATE_DISTRICT.fullmatch(d.canonical)
        if not match:
            continue
        state = match.group(1)
        if is_region(state, lexicon) and any(c.country == _COURT_COUNTRY for c in lexicon.gazetteer.candidates(state)):
            d.canonical = f"United States District Court for the {d.canonical}"
