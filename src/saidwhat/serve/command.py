"""``saidwhat serve``: the CLI command; the web stack is imported only when it runs."""

from __future__ import annotations

import socket
from pathlib import Path

import click

from .. import __version__


@click.command()
@click.option("--db", default="saidwhat.db", show_default=True, type=click.Path(dir_okay=False), help="SQLite database file.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (0.0.0.0 for every interface).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@click.option("--write-token", envvar="SAIDWHAT_WRITE_TOKEN", metavar="TOKEN", help="Turn on POST /api/articles and the paste page for clients that present this token (or set SAIDWHAT_WRITE_TOKEN).")
@click.option("--max-bytes", default=1_000_000, show_default=True, type=click.IntRange(1), help="Largest request body accepted (larger: 413).")
@click.option("--quiet", "-q", is_flag=True, help="No access log.")
def serve(db: str, host: str, port: int, write_token: str | None, max_bytes: int, quiet: bool) -> None:
    """Serve a database: JSON API under /api, web pages, API reference at /docs.

    Read-only unless a write token is given; then POST /api/articles and the
    paste page store new articles for requests that present it.

    \b
    Example:
      saidwhat serve --db saidwhat.db --port 8000
      SAIDWHAT_WRITE_TOKEN=s3cret saidwhat serve --db saidwhat.db
      curl 'http://127.0.0.1:8000/api/statements?q=troops'
    """
    if not write_token and not Path(db).exists():
        raise click.ClickException(f"{db}: no such database; create it with: saidwhat ingest FILE --db {db}")
    _check_address(host, port)
    import uvicorn

    from .app import create_app, settings_from

    app = create_app(settings_from(db, write_token, max_bytes))
    click.echo(f"saidwhat {__version__} serving {db} on http://{host}:{port}/ (writing {'on' if write_token else 'off'})", err=True)
    uvicorn.run(app, host=host, port=port, access_log=not quiet, log_level="warning" if quiet else "info")


def _check_address(host: str, port: int) -> None:
    """Refuse, as ``Error: …`` and exit code 1, an address the server cannot listen on; uvicorn
    logged "[Errno 98] … address already in use" and exited with 3 after loading everything."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as error:
        raise click.ClickException(f"--host {host}: no such address ({error.strerror}); give one of this machine, e.g. 127.0.0.1 or 0.0.0.0") from None
    # uvicorn listens on every address the host resolves to ("localhost": ::1 and 127.0.0.1), so each is probed.
    for family, kind, proto, _, address in dict.fromkeys(infos):
        with socket.socket(family, kind, proto) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds: a port in TIME_WAIT is free
            try:
                probe.bind(address)
            except OSError as error:
                raise click.ClickException(f"{host}:{port}: cannot listen there ({error.strerror}); give another --port, or a --host of this machine") from None
