"""Old import path of :mod:`graph.formats.rdf`: this name is that module."""

import sys

from .formats import rdf as _module

sys.modules[__name__] = _module
