"""The endpoints.  Reads run on a cursor of their own (``Reader``); the one write endpoint needs the token
when the server has one and is refused on a read-only server."""

from __future__ import annotations

import hmac
import json
import os
import tempfile
from collections.abc import Iterator
from typing import Annotated, Any, Literal, TypeVar

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, ValidationError
from starlette.background import BackgroundTask
from starlette.datastructures import UploadFile

from dyads import __version__
from dyads.ingest import IngestError, read_document
from dyads.interfaces.api import params
from dyads.interfaces.api.backend import Backend
from dyads.interfaces.api.errors import ApiError
from dyads.interfaces.api.models import (
    ActorHit,
    CodeRequest,
    CodeResponse,
    DocumentRequest,
    ErrorResponse,
    EventDetail,
    EventPage,
    Health,
    MapResponse,
    NetworkEdge,
    NetworkResponse,
    SeriesResponse,
    StoredDocument,
    StoreResponse,
)
from dyads.records import Document
from dyads.store import EventFilter, Store
from dyads.store.db import SORT_KEYS

_ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorResponse, "description": what}
    for status, what in (
        (400, "bad request"),
        (404, "not found"),
        (413, "request body too large"),
        (422, "a parameter or field is invalid (named in error.field)"),
        (503, "no event store, or the coding pipeline cannot load"),
    )
}
router = APIRouter(prefix="/v1", responses=_ERRORS)

MAX_PAGE = 1000
FILE_FORMATS = {".txt": "text", ".text": "text", ".md": "text", ".html": "html", ".htm": "html"}


# ----------------------------------------------------------------------------------------- dependencies


def get_backend(request: Request) -> Backend:
    return request.app.state.backend


def reader(backend: Annotated[Backend, Depends(get_backend)]) -> Iterator[Store]:
    with backend.reading() as store:
        yield store


Reader = Annotated[Store, Depends(reader)]


def checked_filter(f: params.Filter, store: Reader) -> EventFilter:
    params.check_actors(store, f)
    return f


CheckedFilter = Annotated[EventFilter, Depends(checked_filter)]
_bearer = HTTPBearer(auto_error=False, description="the token the server was started with (--token)")


def require_write(
    request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
) -> None:
    """Writes are refused on a read-only server (403) and need the bearer token when one is set (401)."""
    backend = get_backend(request)
    if backend.read_only:
        raise ApiError(
            403, "read_only", "this server is read-only (started with --read-only): nothing is stored"
        )
    token: str | None = request.app.state.token
    if token is None:
        return
    challenge = {"WWW-Authenticate": "Bearer"}
    if credentials is None:
        raise ApiError(
            401,
            "unauthorized",
            "this endpoint needs the header `Authorization: Bearer <token>` (the server's --token)",
            "Authorization",
            challenge,
        )
    # constant-time comparison: the time taken must not tell how much of a guess was right
    if not hmac.compare_digest(credentials.credentials.encode(), token.encode()):
        raise ApiError(401, "unauthorized", "wrong token", "Authorization", challenge)


# ----------------------------------------------------------------------------------------- coding


def _body_doc(model: type[BaseModel]) -> dict[str, Any]:
    """OpenAPI for an endpoint that reads its body itself: JSON, or a form with the same fields or a file."""
    schema = model.model_json_schema()
    form = {
        **schema,
        "properties": {
            **schema["properties"],
            "file": {
                "type": "string",
                "format": "binary",
                "description": "a .txt or .html file instead of text",
            },
        },
    }
    return {
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {"schema": schema},
                "multipart/form-data": {"schema": form},
                "application/x-www-form-urlencoded": {"schema": schema},
            },
        }
    }


M = TypeVar("M", bound=CodeRequest)


async def _read_request(request: Request, model: type[M], limit: int) -> tuple[M, bytes | str, str]:
    """The request's fields (JSON or form) validated by ``model``, the article (text, or a file's bytes)
    and where it came from."""
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    upload: UploadFile | None = None
    if media == "application/json" or media.endswith("+json"):
        try:
            fields = json.loads(await request.body())
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise ApiError(422, "invalid", f"the body is not valid JSON ({exc})") from None
        if not isinstance(fields, dict):
            raise ApiError(422, "invalid", 'the body must be a JSON object: {"text": ..., "date": ...}')
    elif media in ("multipart/form-data", "application/x-www-form-urlencoded"):
        form = await request.form(max_part_size=limit)
        fields = {}
        for key, value in form.multi_items():
            if key in fields or (key == "file" and upload is not None):
                raise ApiError(422, "invalid", f"{key}: given more than once", key)
            if isinstance(value, UploadFile):
                if key != "file":
                    raise ApiError(422, "invalid", f"{key}: a file was sent where text is expected", key)
                upload = value
            else:
                fields[key] = value
    else:
        shown = media or "none"
        raise ApiError(
            415,
            "unsupported_media_type",
            f"Content-Type {shown}: send application/json, multipart/form-data or "
            "application/x-www-form-urlencoded",
        )
    if upload is not None and fields.get("text"):
        raise ApiError(422, "invalid", "file: send the article as text or as a file, not both", "file")
    try:
        body = model.model_validate(fields)
    except ValidationError as exc:
        first = exc.errors()[0]
        name = ".".join(str(p) for p in first["loc"]) or None
        message = first["msg"].removeprefix("Value error, ")
        if first["type"] == "extra_forbidden":
            message = f"unknown field (the fields are: {', '.join(model.model_fields)})"
        raise ApiError(422, "invalid", f"{name}: {message}" if name else message, name) from None
    if upload is not None:
        name = upload.filename or "upload"
        ext = os.path.splitext(name)[1].lower()
        if ext and ext not in FILE_FORMATS:
            raise ApiError(
                422, "invalid", f"file: {name!r} is not a .txt or .html file ({ext} is not read)", "file"
            )
        if ext and "format" not in fields:
            body = body.model_copy(update={"format": FILE_FORMATS[ext]})
        return body, await upload.read(), name
    if body.text is None:
        raise ApiError(
            422, "invalid", "text: required (the article's text, or a file in a multipart form)", "text"
        )
    return body, body.text, "<request>"


def _document(body: CodeRequest, payload: bytes | str, origin: str) -> Document:
    extra = body.model_dump(include={"doc_id", "url", "source"}) if isinstance(body, DocumentRequest) else {}
    if origin != "<request>" and not extra.get("doc_id"):
        extra["doc_id"] = os.path.splitext(os.path.basename(origin))[
            0
        ]  # named after its file, as in `dyads code`
    doc = read_document(
        payload, body.format, title=body.title, published=body.published(), origin=origin, **extra
    )
    if isinstance(doc, IngestError):
        name = "file" if origin != "<request>" else "text"
        raise ApiError(422, "unreadable", f"{name}: {doc.reason}", name)
    return doc


@router.get("/health", response_model=Health, summary="Server status and what the store holds")
def health(request: Request) -> dict[str, Any]:
    backend = get_backend(request)
    counts = None
    if backend.store is not None:
        with backend.reading() as store:
            counts = store.counts()
    return {
        "status": "ok",
        "version": __version__,
        "read_only": backend.read_only,
        "auth": request.app.state.token is not None,
        "db": backend.db,
        "counts": counts,
        "pipeline_loaded": backend.pipeline_loaded,
        "max_body_bytes": request.app.state.max_body_bytes,
    }


@router.post(
    "/code",
    response_model=CodeResponse,
    summary="Code an article (nothing is stored)",
    openapi_extra=_body_doc(CodeRequest),
)
async def code(request: Request) -> dict[str, Any]:
    """Code one article (plain text or an HTML page) into events.  The character offsets in each event's
    ``evidence`` refer to ``document.text``."""
    body, payload, origin = await _read_request(request, CodeRequest, request.app.state.max_body_bytes)
    document = _document(body, payload, origin)
    coded = await run_in_threadpool(get_backend(request).code, document)
    warnings = []
    if document.published is None:
        warnings.append(
            "no publication date was given (date) or found in the text: relative dates such as "
            "'on Sunday' are left unresolved"
        )
    if not coded.events:
        warnings.append("no events were found in this text")
    return {
        "document": {
            "doc_id": document.doc_id,
            "title": document.title,
            "published": document.published,
            "source": document.source,
            "url": document.url,
            "text": document.text,
            "furniture": list(document.furniture),
        },
        "events": [e.to_dict() for e in coded.events],
        "suppressed": [e.to_dict() for e in coded.suppressed] if body.include_suppressed else [],
        "warnings": warnings,
    }


@router.post(
    "/documents",
    response_model=StoreResponse,
    summary="Code an article and store it",
    openapi_extra=_body_doc(DocumentRequest),
    responses={
        401: {"model": ErrorResponse, "description": "the token is missing or wrong"},
        403: {"model": ErrorResponse, "description": "the server is read-only"},
    },
)
async def store_document(request: Request, _: Annotated[None, Depends(require_write)]) -> dict[str, Any]:
    """Code an article and store it with its events (fused with the stored events).  The same text sent
    again is not stored twice (``stored`` is false)."""
    body, payload, origin = await _read_request(request, DocumentRequest, request.app.state.max_body_bytes)
    document = _document(body, payload, origin)
    backend = get_backend(request)
    report, doc_hash = await run_in_threadpool(backend.ingest, document)
    with backend.reading() as store:
        row = store.document(doc_hash)
    if row is None:  # committed before this read began, so this cannot happen short of a bug
        raise ApiError(500, "internal", "the document was stored but cannot be read back")
    return {
        "doc_id": row["doc_id"],
        "doc_hash": doc_hash,
        "stored": report.documents == 1,
        "events": row["n_events"],
        "suppressed": row["n_suppressed"],
        "events_created": report.events_created,
        "events_updated": report.events_updated,
    }


@router.get("/documents/{key}", response_model=StoredDocument, summary="A stored document with its text")
def get_document(
    store: Reader, key: Annotated[str, Path(description="its doc_hash, or its doc_id")]
) -> dict[str, Any]:
    row = store.document(key)
    if row is None:
        raise ApiError(404, "not_found", f"no stored document has the doc_hash or doc_id {key!r}", "key")
    return row


# ----------------------------------------------------------------------------------------- events

SortQuery = Annotated[
    str,
    Query(description=f"one of {', '.join(SORT_KEYS)}; a leading '-' sorts descending", examples=["-date"]),
]
LimitQuery = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"page size (at most {MAX_PAGE})")]
OffsetQuery = Annotated[int, Query(ge=0, description="rows to skip")]


def _sort(value: str) -> str:
    if value.removeprefix("-") not in SORT_KEYS:
        raise ApiError(
            422,
            "invalid",
            f"sort: cannot sort by {value!r} (choose from {', '.join(SORT_KEYS)}, '-' first for descending)",
            "sort",
        )
    return value


@router.get("/events", response_model=EventPage, summary="Fused events, filtered, sorted and paged")
def events(
    store: Reader, f: CheckedFilter, limit: LimitQuery = 50, offset: OffsetQuery = 0, sort: SortQuery = "date"
) -> dict[str, Any]:
    total, rows = store.page(f, limit=limit, offset=offset, sort=_sort(sort))
    return {"total": total, "limit": limit, "offset": offset, "sort": sort, "events": rows}


def _download(
    store: Store, f: EventFilter, fmt: Literal["csv", "parquet"], sort: str, limit: int | None
) -> FileResponse:
    # DuckDB writes the file itself (bounded memory whatever the size); it is deleted once sent
    fd, path = tempfile.mkstemp(prefix="dyads-events-", suffix=f".{fmt}")
    os.close(fd)
    try:
        sql, args = store.db.select_sql(f, sort=_sort(sort), limit=limit)
        store.db.copy_to(sql, args, path, fmt)
    except BaseException:
        os.unlink(path)
        raise
    media = "text/csv; charset=utf-8" if fmt == "csv" else "application/vnd.apache.parquet"
    return FileResponse(
        path, media_type=media, filename=f"events.{fmt}", background=BackgroundTask(os.unlink, path)
    )


_DOWNLOAD_LIMIT = Annotated[int | None, Query(ge=1, description="at most this many rows (default: all)")]


@router.get(
    "/events.csv",
    response_class=FileResponse,
    summary="The filtered events as CSV",
    responses={
        200: {"content": {"text/csv": {}}, "description": "the events table's columns, one row per event"}
    },
)
def events_csv(
    store: Reader, f: CheckedFilter, sort: SortQuery = "date", limit: _DOWNLOAD_LIMIT = None
) -> FileResponse:
    return _download(store, f, "csv", sort, limit)


@router.get(
    "/events.parquet",
    response_class=FileResponse,
    summary="The filtered events as Parquet",
    responses={200: {"content": {"application/vnd.apache.parquet": {}}, "description": "one row per event"}},
)
def events_parquet(
    store: Reader, f: CheckedFilter, sort: SortQuery = "date", limit: _DOWNLOAD_LIMIT = None
) -> FileResponse:
    return _download(store, f, "parquet", sort, limit)


@router.get("/events/{fused_id}", response_model=EventDetail, summary="One fused event with its reports")
def event(store: Reader, fused_id: str) -> dict[str, Any]:
    found = store.event(fused_id)
    if found is None:
        raise ApiError(404, "not_found", f"no fused event has the id {fused_id!r}", "fused_id")
    for m in found["mentions"]:
        m["evidence"] = {
            "trigger": {"text": m["trigger_text"], "start": m["trigger_start"], "end": m["trigger_end"]},
            **{
                role: None
                if m[f"{role}_start"] is None
                else {"start": m[f"{role}_start"], "end": m[f"{role}_end"]}
                for role in ("source", "target")
            },
        }
    return found


@router.get("/actors/search", response_model=list[ActorHit], summary="Stored actors by code prefix or name")
def actors_search(
    store: Reader,
    q: Annotated[str, Query(max_length=100, description="a code prefix (TUR) or part of a name (erdo)")] = "",
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 20,
) -> list[dict[str, Any]]:
    return store.search_actors(q.strip(), limit)


@router.get("/map", response_model=MapResponse, summary="Geocoded events by place, and events per country")
def event_map(store: Reader, f: CheckedFilter) -> dict[str, Any]:
    points, countries = store.map_points(f)
    return {"points": points, "countries": countries}


# ----------------------------------------------------------------------------------------- analysis


@router.get(
    "/series", response_model=SeriesResponse, summary="Events per period by quad class, with Goldstein"
)
def series(
    store: Reader,
    f: CheckedFilter,
    by: Annotated[Literal["day", "week", "month", "year"], Query(description="period length")] = "week",
) -> dict[str, Any]:
    result = store.series(f, by=by)
    periods = [
        {
            "period": r.period,
            "events": r.events,
            "q1": r.q1,
            "q2": r.q2,
            "q3": r.q3,
            "q4": r.q4,
            "goldstein": None if r.goldstein_mean is None else round(r.goldstein_mean, 3),
            "goldstein_sum": round(r.goldstein_sum, 3),
            "ids": r.ids,
        }
        for r in result.rows
    ]
    return {
        "by": by,
        "periods": periods,
        "total": result.total,
        "left_out": result.left_out,
        "undated": result.undated,
    }


class NetworkQuery:
    """The window and weighting shared by /network, /network/edge and /blocs."""

    def __init__(
        self,
        since: params.DateQuery = None,
        until: Annotated[
            str | None, Query(description="YYYY-MM-DD, YYYY-MM or YYYY; recency is counted back from it")
        ] = None,
        half_life: Annotated[
            str, Query(description="an event this old weighs half (90d, 2y); 'none': all weigh the same")
        ] = "365d",
        min_events: Annotated[int, Query(ge=1, description="ties need at least this many events")] = 1,
    ) -> None:
        self.since, self.until = params.window(since, until)
        self.half_life = params.half_life(half_life)
        self.min_events = min_events

    def blocs(self, store: Store) -> Any:
        return store.blocs(
            since=self.since, until=self.until, half_life_days=self.half_life, min_events=self.min_events
        )


Window = Annotated[NetworkQuery, Depends()]


def _edge(u: str, v: str, d: dict[str, Any]) -> dict[str, Any]:
    weight = d["weight"]
    return {
        "source": u,
        "target": v,
        "weight": round(weight, 3),
        "sign": (weight > 0) - (weight < 0),
        "events": d["n_events"],
        "cooperative": sum(1 for e in d["evidence"] if e["contribution"] > 0),
        "conflictual": sum(1 for e in d["evidence"] if e["contribution"] < 0),
        "cooperation": round(d["cooperation"], 3),
        "conflict": round(d["conflict"], 3),
        "event_ids": d["events"],
    }


@router.get("/network", response_model=NetworkResponse, summary="The signed alliance network with its blocs")
def network(store: Reader, window: Window) -> dict[str, Any]:
    result = window.blocs(store)
    net = result.network
    nodes = [
        {
            "id": n,
            "label": d["label"],
            "bloc": result.bloc_of(n),
            "events": d["n_events"],
            "strength": round(d["strength"], 3),
            "codes": sorted(d["codes"]),
        }
        for n, d in sorted(net.graph.nodes(data=True))
    ]
    return {
        "nodes": nodes,
        "edges": [_edge(u, v, d) for u, v, d in net.edges()],
        "blocs": [{"id": i, "members": b.nodes, "labels": b.labels} for i, b in enumerate(result.blocs)],
        "balance": round(result.balance, 4),
        "reference": net.reference,
        "half_life_days": net.half_life_days,
        "since": window.since,
        "until": window.until,
        "left_out": net.left_out,
    }


class EdgeEvents(EventPage):
    edge: NetworkEdge


@router.get("/network/edge", response_model=EdgeEvents, summary="The events behind one tie of the network")
def network_edge(
    store: Reader,
    window: Window,
    a: Annotated[str, Query(description="a node id from /v1/network (TUR, LBYREB, IGOUNO)")],
    b: Annotated[str, Query(description="the other node id")],
    limit: LimitQuery = 50,
    offset: OffsetQuery = 0,
) -> dict[str, Any]:
    """The fused events of the tie between a and b, strongest contribution first (as in the network)."""
    graph = window.blocs(store).network.graph
    for name, node in (("a", a), ("b", b)):
        if node not in graph:
            raise ApiError(
                404, "not_found", f"{name}: {node!r} is no actor of the network in this window", name
            )
    if not graph.has_edge(a, b):
        raise ApiError(404, "not_found", f"b: no tie between {a} and {b} in this window", "b")
    d = graph.edges[a, b]
    ids = d["events"]
    return {
        "total": len(ids),
        "limit": limit,
        "offset": offset,
        "sort": "contribution",
        "events": store.events_by_id(ids[offset : offset + limit]),
        "edge": _edge(a, b, d),
    }


@router.get("/blocs", summary="The alliance system: blocs with the evidence for each membership")
def blocs(store: Reader, window: Window) -> dict[str, Any]:
    """``BlocResult.to_dict()``: balance, frustration, blocs (lists of members with their supporting,
    opposing and contrary ties, each with event ids) and the frustrated edges."""
    return window.blocs(store).to_dict()
