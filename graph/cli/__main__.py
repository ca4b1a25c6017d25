"""``python -m graph.cli``: the ``newsgraph`` command."""

from . import main

main()
