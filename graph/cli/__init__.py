"""The ``newsgraph`` command: a thin layer over ``extract`` and ``graph``.

Commands parse their options, call library functions
(:func:`graph.build.build`, :func:`graph.queries.run_query`,
:func:`graph.store.push`, ...) and print what they return. Library errors
become one clear message and an exit code in one place,
:mod:`graph.cli.errors`:

- 0: everything went well;
- 1: some input could not be read or some output failed (the run went on);
- 2: bad usage, a missing model, or nothing could be done (``build`` and
  ``extract`` on an empty folder).

Modules: :mod:`graph.cli.build` (``build``, ``extract``, ``triples``),
:mod:`graph.cli.store` (``query``, ``push``, ``validate``), :mod:`graph.cli.kb` (``kb fetch``).
"""

from __future__ import annotations

import click

from .build import build, extract_cmd, triples
from .kb import kb
from .store import push, query, validate

__all__ = ["main"]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="newsgraph")
def main() -> None:
    """Turn news articles into a knowledge graph of who did what to whom."""


for _command in (build, extract_cmd, triples, query, push, validate, kb):
    main.add_command(_command)
