"""The application factory: routes, errors, the body limit, offline docs and the dashboard."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles

from dyads import __version__
from dyads.interfaces.api.backend import Backend
from dyads.interfaces.api.errors import BodyLimit, install_error_handlers
from dyads.interfaces.api.routes import router

DEFAULT_MAX_BODY = 10 * 1024 * 1024
DASHBOARD = Path(__file__).resolve().parents[1] / "web" / "dist"

_DESCRIPTION = """\
Code news articles into political events (CAMEO/PLOVER) and query the event store: fused events with
their reports, the signed alliance network and its blocs, time series and a map.

Every error is `{"error": {"code", "message", "field"}}` with a 4xx or 5xx status.  Write endpoints
need `Authorization: Bearer <token>` when the server was started with `--token` (or `$DYADS_TOKEN`).
"""


def create_app(
    db: str | None,
    *,
    read_only: bool = False,
    token: str | None = None,
    max_body_bytes: int = DEFAULT_MAX_BODY,
    model: str | None = None,
    actor_files: tuple[str, ...] = (),
    dashboard: str | Path | None = DASHBOARD,
) -> FastAPI:
    """The dyads HTTP API on the event store ``db`` (None: coding only, no store endpoints).

    The store is opened now (read-only with ``read_only``, which also refuses every write with 403), so a
    missing, foreign or busy file fails here with a ``StoreError``, before the server listens.  ``token``:
    writes need ``Authorization: Bearer <token>``.  ``dashboard``: a folder of static files served at /
    when it holds an index.html.
    """
    if max_body_bytes < 1:
        raise ValueError("max_body_bytes must be positive")
    if token is not None and not token.strip():
        raise ValueError("the token is empty")
    backend = Backend(db, read_only=read_only, model=model, actor_files=actor_files)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        backend.close()

    app = FastAPI(
        title="dyads",
        version=__version__,
        description=_DESCRIPTION,
        docs_url=None,  # FastAPI's page loads Swagger UI from a CDN; ours below works offline
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.backend = backend
    app.state.token = token
    app.state.max_body_bytes = max_body_bytes
    install_error_handlers(app)
    app.add_middleware(BodyLimit, limit=max_body_bytes)
    app.include_router(router)
    _openapi_with_event_schema(app)

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        page = resources.files("dyads.interfaces.api").joinpath("docs.html").read_text(encoding="utf-8")
        return HTMLResponse(page)

    index = Path(dashboard) / "index.html" if dashboard else None
    if index is not None and index.is_file():
        # mounted last: every path the API does not answer is a file of the dashboard
        app.mount("/", StaticFiles(directory=index.parent, html=True), name="dashboard")
    else:

        @app.get("/", include_in_schema=False)
        def home() -> RedirectResponse:
            return RedirectResponse("/docs")

    return app


def _openapi_with_event_schema(app: FastAPI) -> None:
    """Add the coded event's JSON Schema (``dyads schema``) to /openapi.json as ``CodedEvent``, which the
    coding responses refer to.  Its ``$defs`` become components of their own."""
    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = build()
            schema.setdefault("components", {}).setdefault("schemas", {}).update(coded_event_schemas())
        return app.openapi_schema  # type: ignore[return-value]

    app.openapi = openapi  # type: ignore[method-assign]


def coded_event_schemas() -> dict[str, Any]:
    from dyads.output.writers import event_schema

    text = json.dumps(event_schema()).replace('"#/$defs/', '"#/components/schemas/CodedEvent_')
    schema = json.loads(text)
    defs = schema.pop("$defs", {})
    for key in ("$schema", "$id"):
        schema.pop(key, None)
    return {"CodedEvent": schema, **{f"CodedEvent_{name}": d for name, d in defs.items()}}
