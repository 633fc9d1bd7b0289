"""A store built by the real pipeline from articles written for these tests, and a live server over it."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.conftest import REPO, run_cli

ARTICLES = {
    "denial.txt": """Adviser denies talks with envoy

By Lena Ortiz Published on June 3, 2019

Russian ambassador Ivan Petrov met with Tom Becker, a campaign adviser, in Denver on Monday, the Daily Ledger reports.

"We had a friendly conversation about trade," Becker said.

Maria Lopez, the campaign's foreign policy adviser, said she had never met with Petrov.
""",
    "report.txt": """Officials describe a meeting in Chicago

By Sam Hale Published on June 10, 2019

Maria Lopez met with Russian ambassador Ivan Petrov in Chicago in April, two officials said.

Petrov also spoke with Tom Becker by phone last week.
""",
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build_store(folder: Path, articles: dict[str, str]) -> Path:
    src = folder / "articles"
    src.mkdir()
    for name, text in articles.items():
        (src / name).write_text(text, encoding="utf-8")
    db = folder / "store.db"
    result = run_cli("ingest", str(src), "--db", str(db), "-j", "1", "-q")  # ingest resolves at its end
    assert result.returncode == 0, result.stderr.decode()
    return db


class LiveServer:
    def __init__(self, db: Path, token: str | None = None):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        args = [sys.executable, "-m", "presstrace", "serve", "--db", str(db), "--port", str(self.port)]
        env = dict(os.environ, PRESSTRACE_TOKEN=token) if token else None
        self.proc = subprocess.Popen(args, cwd=REPO, env=env, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                httpx.get(self.url + "/openapi.json", timeout=1)
                return
            except httpx.TransportError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("server did not start: " + self.proc.stderr.read().decode())

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)


@pytest.fixture(scope="session")
def store_db(tmp_path_factory) -> Path:
    return build_store(tmp_path_factory.mktemp("web"), ARTICLES)


@pytest.fixture(scope="session")
def server(store_db):
    live = LiveServer(store_db)
    yield live
    live.stop()


from tests.web.browser import browser, page  # noqa: E402,F401 - fixtures, registered once for the package
