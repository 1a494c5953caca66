"""A local mock of Voyado Engage: the Prism OpenAPI mock (from npm) serving our spec on 127.0.0.1."""

from __future__ import annotations

import os
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

ROOT = Path(__file__).resolve().parent.parent
PRISM = ROOT / "node_modules" / ".bin" / "prism"
SPEC = ROOT / "openapi" / "openapi.yaml"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def prism_mock(spec: Path = SPEC, *, startup_timeout: float = 30.0) -> Iterator[str]:
    """Start `prism mock` on a free loopback port, yield its base URL, and always stop it."""
    if not PRISM.exists():
        raise RuntimeError(f"{PRISM} is missing: run `npm ci` (the Makefile does)")
    port = _free_port()
    # Prism logs every request; its output goes to a file, since an undrained pipe would stall it.
    with tempfile.TemporaryFile() as log:
        # Started directly (not through npx), so the process we stop is the server itself.
        process = subprocess.Popen(
            [str(PRISM), "mock", "--host", "127.0.0.1", "--port", str(port), "--errors", str(spec)],
            stdout=log,
            stderr=subprocess.STDOUT,
            env={**os.environ, "NO_COLOR": "1"},
        )
        try:
            _wait_until_listening(process, port, log, startup_timeout)
            yield f"http://127.0.0.1:{port}"
        finally:
            process.terminate()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _wait_until_listening(process: subprocess.Popen[bytes], port: int, log: IO[bytes], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while True:
        if process.poll() is not None:
            log.seek(0)
            raise RuntimeError(f"prism exited early: {log.read().decode(errors='replace')[-2000:]}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise RuntimeError("prism did not start listening in time") from None
            time.sleep(0.1)
