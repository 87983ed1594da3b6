"""One error shape for every failure, and the request-size limit.

Every error the API returns, its own or FastAPI's and Starlette's (validation, unknown path, wrong
method, body too large), is ``{"error": {"code": str, "message": str, "field": str | null}}`` with a 4xx
or 5xx status; validation errors also list every problem under ``"details"``.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger("dyads.api")

# status -> error code for errors raised by the framework rather than by our handlers
_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    415: "unsupported_media_type",
    422: "invalid",
    503: "unavailable",
}


class ApiError(Exception):
    """A failure the client can act on: the status, a stable code, a message and the input it concerns."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        field: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.field = field
        self.headers = headers


def error_body(code: str, message: str, field: str | None = None, **extra: Any) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "field": field, **extra}}


def _field(loc: tuple[Any, ...] | list[Any]) -> str | None:
    """("query", "limit") -> "limit"; ("body", "text") -> "text"; ("body",) -> None."""
    parts = [str(p) for p in loc if p not in ("body", "query", "path", "header", "form", "cookie")]
    return ".".join(parts) or None


async def _api_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return JSONResponse(error_body(exc.code, exc.message, exc.field), exc.status, headers=exc.headers)


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    details = []
    for e in exc.errors():
        field = _field(e.get("loc", ()))
        msg = str(e.get("msg", "invalid value"))
        if e.get("type") == "json_invalid":
            field, msg = None, f"the body is not valid JSON ({e.get('ctx', {}).get('error', 'decode error')})"
        details.append({"field": field, "message": f"{field}: {msg}" if field else msg})
    first = details[0] if details else {"field": None, "message": "invalid request"}
    return JSONResponse(error_body("invalid", first["message"], first["field"], details=details), 422)


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    status = exc.status_code
    if status == 404 and exc.detail in (None, "Not Found"):
        message = f"no such path: {request.url.path}"
    elif status == 405:
        message = f"{request.method} is not allowed on {request.url.path}"
    else:
        message = str(exc.detail)
    code = _CODES.get(status, "error" if status >= 500 else "bad_request")
    return JSONResponse(error_body(code, message), status, headers=getattr(exc, "headers", None))


async def _internal_error(request: Request, exc: Exception) -> JSONResponse:
    log.exception("internal error on %s %s", request.method, request.url.path, exc_info=exc)
    return JSONResponse(
        error_body("internal", f"internal error ({type(exc).__name__}); the server log has the details"), 500
    )


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _internal_error)


class BodyTooLarge(StarletteHTTPException):
    def __init__(self, limit: int) -> None:
        super().__init__(413, f"the request body is over the {limit}-byte limit (--max-body-bytes)")


class BodyLimit:
    """Refuse request bodies over ``limit`` bytes with 413: at once when Content-Length says so, and by
    counting the bytes as they arrive otherwise (chunked uploads, or a Content-Length that lies).

    The count raises ``BodyTooLarge`` from ``receive``; FastAPI passes HTTP exceptions raised while reading
    the body on to the error handlers, and anything that escapes them is answered here."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None:
            try:
                too_big = int(declared) > self.limit
            except ValueError:
                await self._refuse(send, 400, "bad_request", "the Content-Length header is not a number")
                return
            if too_big:
                await self._refuse(send, 413, "too_large", BodyTooLarge(self.limit).detail)
                return
        received = 0
        started = False

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    raise BodyTooLarge(self.limit)
            return message

        async def watched(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counted, watched)
        except BodyTooLarge as exc:
            if started:
                raise
            await self._refuse(send, 413, "too_large", exc.detail)

    @staticmethod
    async def _refuse(send: Send, status: int, code: str, message: str) -> None:
        body = json.dumps(error_body(code, message)).encode()
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
        # the client may still be sending: tell it the connection will not be reused for the rest
        headers.append((b"connection", b"close"))
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})
