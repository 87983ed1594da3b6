"""The HTTP API of dyads (FastAPI): `dyads serve`, or ``create_app(db, ...)`` under any ASGI server.

Endpoints (all JSON; /docs lists them with their parameters and shapes, /openapi.json describes them):

* ``GET  /v1/health``                      status, version, read-only, what the store holds
* ``POST /v1/code``                        code an article (JSON, form or file upload); nothing stored
* ``POST /v1/documents``                   code and store (token when set; refused when read-only)
* ``GET  /v1/documents/{doc_hash|doc_id}`` a stored document with its text
* ``GET  /v1/events``                      fused events: `dyads events` filters, sort, limit/offset paging
* ``GET  /v1/events.csv``, ``.parquet``    the same selection as a file
* ``GET  /v1/events/{id}``                 one fused event with every report fused into it
* ``GET  /v1/network``, ``/v1/network/edge``, ``/v1/blocs``   the alliance network, one tie, the blocs
* ``GET  /v1/series``                      events per period by quad class, with Goldstein
* ``GET  /v1/actors/search``               stored actor codes by code prefix or name
* ``GET  /v1/map``                         geocoded events by place, events per country

The response shapes are in ``dyads.interfaces.api.models``.
"""

from dyads.interfaces.api.app import DEFAULT_MAX_BODY, create_app

__all__ = ["DEFAULT_MAX_BODY", "create_app"]
