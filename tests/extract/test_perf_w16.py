"""The attribute ruler's windowed Matcher finds what the whole-Doc Matcher finds, Doc after Doc."""

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG

TEXTS = [
    # contractions the multi-token patterns are for, one right after another (windows that touch)
    "Y'all ain't gonna believe it. Let's go, c'mon, there's gotta be nothin' left.",
    # "there is" / "there were": the expletive pattern, twice in one sentence
    "There is a bridge and there were two roads, officials said.",
    # none of them: no match at all
    "The minister met the ambassador in Nairobi on Monday.",
]


def _matches(ruler, doc):
    rows = doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()
    return sorted(ruler._complex_matches(doc, rows)), sorted(ruler._matcher(doc, allow_missing=True))


def test_windowed_matches_are_the_whole_docs(nlp):
    ruler = nlp.get_pipe("attribute_ruler")
    found = []
    for doc in nlp.pipe(TEXTS):
        windowed, whole = _matches(ruler, doc)
        assert windowed == whole
        found.append(len(whole))
    assert found[0] >= 4  # y'all, ai n't, gon na, let 's (c'mon, got ta) all match
    assert found[1] >= 2  # there is, there were
    assert found[2] == 0


def test_contractions_get_the_rulers_lemmas(nlp):
    doc = nlp("They ain't gonna stop, y'all.")
    lemmas = {t.text.lower(): t.lemma_ for t in doc}
    assert lemmas["ai"] == "be"
    assert lemmas["gon"] == "go"
