"""Old import path of :mod:`graph.formats.html`: this name is that module."""

import sys

from .formats import html as _module

sys.modules[__name__] = _module
