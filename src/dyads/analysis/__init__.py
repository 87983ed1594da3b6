"""Analysis of stored events: dyad time series (series), the signed alliance network (network), its blocs
(blocs), alignment shifts between windows (shifts) and pictures of them (plots).

Each module works on plain rows from the event store (``dyads.store.Store``), so it can also be fed rows
from elsewhere; ``Store.network()``, ``Store.blocs()``, ``Store.series()`` and ``Store.shifts()`` wire them
to a store file.
"""
