"""Parsers for the values people type into filters (actor codes, dates, CAMEO roots, durations).

Shared by the CLI and the HTTP API; they raise click.BadParameter naming the parameter, which the CLI
prints and the API turns into a 422.  This module imports nothing from the interfaces around it, so the
API can be imported on its own (``from dyads.interfaces.api import create_app``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

import click

DEFAULT_DB = "dyads.duckdb"  # dyads.store.DEFAULT_DB; the store (and DuckDB) is imported only when used

_CODE = re.compile(r"^[A-Z]{3}(?:[A-Z0-9]{3})*$")
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([dwy]?)\s*$", re.IGNORECASE)


def _period(value: str | None, param: str, *, end: bool) -> dt.date | None:
    """YYYY-MM-DD, YYYY-MM or YYYY; a month or year means its first day (--since) or last day (--until)."""
    if value is None:
        return None
    from dyads.store.db import date_period

    text = value.strip()
    if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", text):
        first, last = date_period(text)
        if first is not None and last is not None:
            return last if end else first
    raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)", param_hint=param)


def _code(value: str, param: str) -> str:
    code = value.strip().upper()
    if not _CODE.match(code):
        raise click.BadParameter(
            f"{value!r} is not an actor code (CAMEO-style: a country or organisation code and role codes, "
            "e.g. SYR, TURMIL, LBYREB, IGOUNO)",
            param_hint=param,
        )
    return code


def _root(value: str | None) -> str | None:
    if value is None:
        return None
    text = value.strip()
    if text.isdigit() and 1 <= int(text) <= 20 and len(text) <= 3:
        return f"{int(text):02d}"
    raise click.BadParameter(f"{value!r} is not a CAMEO root code (01 to 20)", param_hint="'--root'")


def _days(value: str, param: str, *, allow_none: bool = False) -> float | None:
    """'30d', '4w', '1y', '30' (days); with ``allow_none`` also 'none'/'0' (no decay)."""
    text = value.strip().lower()
    if allow_none and text in ("none", "off", "0", "0d"):
        return None
    m = _DURATION.match(text)
    if m and float(m.group(1)) > 0:
        return float(m.group(1)) * {"": 1, "d": 1, "w": 7, "y": 365}[m.group(2).lower()]
    extra = " or 'none'" if allow_none else ""
    raise click.BadParameter(f"{value!r} is not a duration (e.g. 30d, 4w, 1y{extra})", param_hint=param)


def _db_option(*, must_exist: bool = True) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    # existence is checked when opening, so the message can say how to make a store
    what = "The event store file (DuckDB)" + ("" if must_exist else ", created if missing")
    return click.option(
        "--db",
        default=DEFAULT_DB,
        show_default=True,
        envvar="DYADS_DB",
        type=click.Path(dir_okay=False),
        help=f"{what}; also $DYADS_DB.",
    )


def model_options(f: Callable[..., Any]) -> Callable[..., Any]:
    """--model and --actors: the spaCy pipeline and extra actor dictionaries a coding command uses."""
    f = click.option(
        "--actors", "actor_files", multiple=True, type=click.Path(), help="Extra actor dictionary (YAML)."
    )(f)
    return click.option("--model", default=None, help="spaCy pipeline: installed package name or path.")(f)


def store_options(f: Callable[..., Any]) -> Callable[..., Any]:
    """--batch-size and --window-days: how a command that stores events commits and fuses them."""
    f = click.option(
        "--window-days",
        default=1,
        show_default=True,
        type=click.IntRange(0, 366),
        help="How many days apart two reports' dates may be and still be one event.",
    )(f)
    return click.option(
        "--batch-size",
        default=64,
        show_default=True,
        type=click.IntRange(1, 100_000),
        help="Documents committed per transaction.",
    )(f)
