"""Output stage: events as JSON lines, CSV or a table; the JSON Schema of an event."""

from dyads.output.writers import CSV_COLUMNS, event_schema, write_events

__all__ = ["CSV_COLUMNS", "event_schema", "write_events"]
