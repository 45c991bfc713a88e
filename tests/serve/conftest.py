"""Fixtures for the server: one database of the examples, an in-process client, a live server."""

from __future__ import annotations

import socket
import threading
import time
import warnings

import pytest

from saidwhat.model import Article
from saidwhat.pipeline import extract
from saidwhat.store import Store

from ..conftest import EXAMPLES

pytest.importorskip("fastapi", reason="the server's packages are not installed: pip install -e '.[test]'")

TOKEN = "test-token"
# A quote that is also markup: it must be shown as text, never run.
SCRIPT_ARTICLE = 'Jane Doe, the mayor, spoke on Monday.\n“<script>alert(1)</script> is what they sent us,” said Jane Doe.\n'


@pytest.fixture(scope="session")
def db_path(tmp_path_factory, nlp):
    """The bundled examples and the script article, stored as `make run` stores them."""
    path = tmp_path_factory.mktemp("serve") / "examples.db"
    with Store(path) as store:
        for file in sorted(EXAMPLES.glob("*.txt")):
            text = file.read_text(encoding="utf-8")
            store.save(extract(Article(id=file.stem, text=text, title=text.split("\n", 1)[0], published="2024-03-18", source=str(file)), nlp=nlp))
        store.save(extract(Article(id="script", text=SCRIPT_ARTICLE, title="<b>Markup</b> in a title", published="2024-03-18"), nlp=nlp))
    return str(path)


# Statements made together: "Tesco, with Asda and Morrisons".
JOINT_ARTICLE = (
    "Tesco, Asda and Morrisons all said sales had risen over Christmas.\n\n"
    "Labour and the Conservatives both said the plan was unworkable.\n"
)


@pytest.fixture(scope="session")
def joint(tmp_path_factory, nlp):
    """A read-only server over one article of joint statements."""
    path = tmp_path_factory.mktemp("joint") / "joint.db"
    with Store(path) as store:
        store.save(extract(Article(id="joint", text=JOINT_ARTICLE, published="2005-01-10"), nlp=nlp))
    return _client(str(path), None)


def _client(db: str, token: str | None, max_bytes: int = 1_000_000):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # starlette's notice about its httpx-based client
        from fastapi.testclient import TestClient
    from saidwhat.serve import Settings, create_app

    return TestClient(create_app(Settings(db=db, write_token=token, max_bytes=max_bytes)))


@pytest.fixture(scope="session")
def client(db_path):
    """A read-only server (no write token) over the examples."""
    return _client(db_path, None)


@pytest.fixture()
def writer(tmp_path, db_path):
    """A server that accepts writes, over a copy of the examples database, with a small body limit."""
    copy = tmp_path / "writable.db"
    copy.write_bytes(open(db_path, "rb").read())
    return _client(str(copy), TOKEN, max_bytes=20_000)


@pytest.fixture(scope="session")
def live_server(db_path):
    """The app under uvicorn on a free local port, in a thread: its base URL."""
    import uvicorn

    from saidwhat.serve import Settings, create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(Settings(db=db_path)), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=5)
