"""`miner serve`: Datasette over the miner database, read-only, with canned queries.

The database is opened immutable (Datasette's `-i`): SQLite opens it read-only
and Datasette refuses writes, so browsing can never change the data an
ingest produced. Titles, column descriptions and canned queries are
configuration in `miner/datasette/metadata.json`, not code. The database is
always mounted as `/miner`, whatever the file is called, so links in the
metadata and the docs work.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from importlib import resources
from pathlib import Path
from typing import Any

DB_NAME = "miner"
SETTINGS = {
    "truncate_cells_html": 400,  # documents.text is whole papers
    "default_page_size": 50,
    "sql_time_limit_ms": 3000,
    "allow_download": False,
}


def load_metadata() -> dict[str, Any]:
    """The packaged Datasette metadata (titles, descriptions, canned queries)."""
    text = (resources.files("miner") / "datasette" / "metadata.json").read_text(encoding="utf-8")
    return json.loads(text)


def make_app(db_path: str | Path):
    """A Datasette instance serving `db_path` immutably as /miner; startup hooks already run."""
    from datasette.app import Datasette  # first: it registers the default plugins
    from datasette.database import Database
    from datasette import handle_exception

    # Datasette 0.65 prints every handled error (even a 404) with rich when rich is
    # installed (datasette#1416); on a 404 there is no active exception and current
    # rich raises ValueError, so the 404 page itself fails. Plain error pages instead.
    handle_exception.rich = None

    path = Path(db_path)
    if not path.exists():
        raise FileNotFoundError(f"{path}: no database here; create one with `miner ingest PATH --db {path}`")
    _checkpoint(path)
    static = str(resources.files("miner") / "datasette")
    ds = Datasette(metadata=load_metadata(), settings=SETTINGS, memory=False, immutables=[str(path)],
                   static_mounts=[("static-miner", static)])
    for name in [n for n, db in ds.databases.items() if db.path and Path(db.path) == path]:
        ds.remove_database(name)
    ds.add_database(Database(ds, str(path), is_mutable=False), name=DB_NAME)
    _run(ds.invoke_startup())
    return ds


def _checkpoint(path: Path) -> None:
    """Fold the WAL into the main file: immutable mode reads only the main file, so rows
    still in `-wal` (a recent ingest) would otherwise be invisible."""
    import sqlite3

    if not Path(f"{path}-wal").exists():
        return
    try:
        with sqlite3.connect(path) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.Error:
        pass  # read-only file or busy writer: serve what the main file holds


def _run(coro) -> None:
    """Run a coroutine to completion, also from inside a running event loop (e.g. pytest-asyncio)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        asyncio.run(coro)
        return
    box: dict[str, BaseException] = {}

    def target() -> None:
        try:
            asyncio.run(coro)
        except BaseException as exc:  # re-raised in the caller's thread
            box["error"] = exc

    t = threading.Thread(target=target)
    t.start()
    t.join()
    if "error" in box:
        raise box["error"]


def make_server(db_path: str | Path, host: str = "127.0.0.1", port: int = 8001, log_level: str = "warning"):
    """A uvicorn Server for the app (tests run it in a thread; `serve` runs it in the foreground)."""
    import uvicorn

    ds = make_app(db_path)
    config = uvicorn.Config(ds.app(), host=host, port=port, log_level=log_level, lifespan="on")
    return uvicorn.Server(config)


def serve(db_path: str | Path, host: str = "127.0.0.1", port: int = 8001, log_level: str = "info") -> None:
    """Serve the database until interrupted."""
    server = make_server(db_path, host, port, log_level)
    print(f"miner: browsing {db_path} read-only at http://{host}:{port}/{DB_NAME}  (Ctrl+C to stop)", flush=True)
    server.run()


class BackgroundServer:
    """Run the web UI in a thread (for tests and notebooks): `with BackgroundServer(db) as url: ...`."""

    def __init__(self, db_path: str | Path, host: str = "127.0.0.1", port: int = 0) -> None:
        import socket

        if not port:
            with socket.socket() as s:
                s.bind((host, 0))
                port = s.getsockname()[1]
        self.url = f"http://{host}:{port}"
        self.server = make_server(db_path, host, port)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the web UI did not start")
            time.sleep(0.05)
        return self.url

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
