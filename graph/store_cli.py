"""Old import path of :mod:`graph.cli.store`: this name is that module."""

import sys

from .cli import store as _module

sys.modules[__name__] = _module
