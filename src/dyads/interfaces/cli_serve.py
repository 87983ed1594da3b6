"""`dyads serve`: the HTTP API and the dashboard, served by uvicorn."""

from __future__ import annotations

import os

import click

from dyads.interfaces.cli import main
from dyads.interfaces.values import DEFAULT_DB, model_options

# dyads.interfaces.api.DEFAULT_MAX_BODY: FastAPI and uvicorn are imported only when the command runs
DEFAULT_MAX_BODY = 10 * 1024 * 1024


@main.command("serve")
@click.option(
    "--db",
    default=DEFAULT_DB,
    show_default=True,
    envvar="DYADS_DB",
    type=click.Path(dir_okay=False),
    help="The event store file (created if missing, unless --read-only); also $DYADS_DB.",
)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port (0: any free one)."
)
@click.option("--read-only", is_flag=True, help="Open the store read-only and refuse every write (403).")
@click.option(
    "--token",
    envvar="DYADS_TOKEN",
    help="Writes (POST /v1/documents) need `Authorization: Bearer TOKEN`; also $DYADS_TOKEN.",
)
@click.option(
    "--max-body-bytes",
    default=DEFAULT_MAX_BODY,
    show_default=True,
    type=click.IntRange(1),
    help="Largest request body accepted; bigger ones get 413.",
)
@model_options
@click.option(
    "--log-level", type=click.Choice(["critical", "error", "warning", "info", "debug"]), default="info"
)
def serve_command(
    db: str,
    host: str,
    port: int,
    read_only: bool,
    token: str | None,
    max_body_bytes: int,
    model: str | None,
    actor_files: tuple[str, ...],
    log_level: str,
) -> None:
    """Serve the HTTP API (/v1/..., docs at /docs) and the dashboard (/) on the event store.

    \b
      dyads serve --db events.duckdb
      dyads serve --db events.duckdb --read-only --host 0.0.0.0 --port 8080
      DYADS_TOKEN=s3cret dyads serve --db events.duckdb

    DuckDB lets one process use a store file for writing: while the server runs, `dyads ingest` on the
    same file waits for it to stop (use POST /v1/documents instead).  With --read-only other read-only
    processes (`dyads events`, another read-only server) can open the file too.
    """
    import uvicorn

    from dyads.interfaces.api import create_app
    from dyads.store import StoreError

    if token is not None and not token.strip():
        raise click.BadParameter("the token is empty", param_hint="'--token' / $DYADS_TOKEN")
    if read_only and not os.path.exists(db):
        raise click.BadParameter(
            f"{db}: no event store there (create one with `dyads ingest`)", param_hint="'--db'"
        )
    if token is None and not read_only and host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(
            f"dyads: warning: listening on {host} with no --token: anyone who can reach it can store "
            "documents",
            err=True,
        )
    try:
        app = create_app(
            db,
            read_only=read_only,
            token=token,
            max_body_bytes=max_body_bytes,
            model=model,
            actor_files=actor_files,
        )
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(
        f"dyads: serving {db}{' (read-only)' if read_only else ''} on http://{host}:{port}/ (docs at /docs)",
        err=True,
    )
    uvicorn.run(app, host=host, port=port, log_level=log_level, server_header=False)
