"""Ingest: user inputs (files, directories, stdin, strings) -> Document records, or IngestErrors.

>>> from dyads.ingest import read_inputs, IngestError
>>> for item in read_inputs(["corpus/", "-"]):
...     if isinstance(item, IngestError):
...         print(item)          # "dyads: corpus/a.pdf: unsupported file type '.pdf' (...)"
"""

from dyads.ingest.errors import IngestError
from dyads.ingest.furniture import FurnitureLine, FurnitureScan, scan_furniture
from dyads.ingest.readers import (
    DEFAULT_MAX_BYTES,
    FORMATS,
    ignored_summary,
    read_document,
    read_inputs,
    read_text,
)

__all__ = [
    "DEFAULT_MAX_BYTES",
    "FORMATS",
    "FurnitureLine",
    "FurnitureScan",
    "IngestError",
    "ignored_summary",
    "read_document",
    "read_inputs",
    "read_text",
    "scan_furniture",
]
