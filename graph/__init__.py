"""newsgraph.graph: facts to a knowledge graph, its exports, stores and queries."""

__all__: list[str] = []
