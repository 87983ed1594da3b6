"""The record yielded instead of a Document when an input cannot be read."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class IngestError:
    """One input (a file, a JSONL line, stdin) that could not be turned into a Document.

    Yielded, never raised: a corpus run reports it and goes on with the next document.
    """

    origin: str  # the input named as the user gave it: "corpus/a.txt", "stories.jsonl:17", "<stdin>"
    reason: str  # plain English, no traceback: "file not found", "empty document", ...

    def __str__(self) -> str:
        return f"dyads: {self.origin}: {self.reason}"
