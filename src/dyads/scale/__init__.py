"""Distributed runs: the pipeline over a corpus on a Dask cluster, written as partitioned Parquet.

>>> from dyads.scale import run
>>> report = run(["corpus/"], "events/", workers=4)   # or scheduler="tcp://host:8786"
>>> print(report.summary())

See ``dyads.scale.runner`` for resuming and failures, ``dyads.scale.worker`` for the output layout and
``dyads.scale.plan`` for how inputs are cut into partitions.
"""

from dyads.scale.plan import Member, Partition, plan
from dyads.scale.runner import DEFAULT_PARTITION_SIZE, RunError, RunReport, run
from dyads.scale.worker import COLUMNS, PartitionResult, Settings, code_partition

__all__ = [
    "COLUMNS",
    "DEFAULT_PARTITION_SIZE",
    "Member",
    "Partition",
    "PartitionResult",
    "RunError",
    "RunReport",
    "Settings",
    "code_partition",
    "plan",
    "run",
]
