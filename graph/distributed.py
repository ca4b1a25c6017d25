"""Old import path of the Dask extraction, now behind :class:`graph.runners.DaskRunner`."""

from .runners import NQuadsPart, PART_NAME, extract_facts_dask, write_nquads_dask

__all__ = ["NQuadsPart", "PART_NAME", "extract_facts_dask", "write_nquads_dask"]
