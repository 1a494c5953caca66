"""A small HTTP/1.1 server on 127.0.0.1 that misbehaves on cue and counts the requests it fully received.

Each accepted request takes the next `Action` from the script (the last one repeats). Counting happens after the
whole body was read, so "the server received it" means what it means for Voyado: the order could have been
processed.
"""

from __future__ import annotations

import json
import socket
import socketserver
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class Action:
    """What to do with one request: answer, drop the connection, stay silent, or drip the body out slowly.

    The hostile ones: hang up before reading the request (`hang_up_before_read`) or after its headers
    (`hang_up_after_headers`: the body never arrives, so it is not counted), drip the status line and headers
    (`drip_head`), send the body chunked (`chunked`), or send only the first `truncate_at` bytes of the body
    and hang up. `headers` may declare any Content-Encoding or charset, true or not. `raw` bytes are sent as they
    are: an answer with bytes after its end, or with framing headers that disagree.
    """

    status: int = 202
    body: bytes = b""
    headers: tuple[tuple[str, str], ...] = ()
    drop: bool = False
    silence: float = 0.0
    drip: float = 0.0  # seconds between body bytes
    drip_head: float = 0.0  # seconds between bytes of the status line and headers
    hang_up_before_read: bool = False
    hang_up_after_headers: bool = False
    chunked: bool = False
    truncate_at: int | None = None
    raw: bytes | None = None  # the exact bytes to answer with, framing and all (for answers HTTP cannot frame)
    echo: bool = False  # answer 200 with the request's path as a JSON string: which request an answer belongs to


@dataclass
class Received:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class FaultServer:
    script: list[Action]
    received: list[Received] = field(default_factory=list)
    port: int = 0
    started: int = 0  # requests whose handling began (each takes the next action of the script)
    processed: list[Received] = field(default_factory=list)  # received and answered other than 429: may have acted

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def take_action(self) -> Action:
        index = min(self.started, len(self.script) - 1)
        self.started += 1
        return self.script[index]


def _read_request(stream: socket.socket, *, headers_only: bool = False) -> Received | None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = stream.recv(65536)
        if not chunk:
            return None
        data += chunk
    if headers_only:
        return None
    head, _, body = data.partition(b"\r\n\r\n")
    request_line, *header_lines = head.decode("latin-1").split("\r\n")
    headers = {}
    for line in header_lines:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0"))
    while len(body) < length:
        chunk = stream.recv(65536)
        if not chunk:
            return None
        body += chunk
    method, path, _ = request_line.split(" ", 2)
    return Received(method, path, headers, body)


def _send(connection: socket.socket, data: bytes, drip: float) -> None:
    if not drip:
        connection.sendall(data)
        return
    for index in range(len(data)):
        time.sleep(drip)
        connection.sendall(data[index : index + 1])


def _reason(status: int) -> str:
    return {200: "OK", 202: "Accepted", 429: "Too Many Requests", 500: "Internal Server Error"}.get(status, "Status")


@contextmanager
def raw_listener(handle: Callable[[socket.socket], None]) -> Iterator[int]:
    """A 127.0.0.1 port whose connections are each given to `handle` (then closed), one at a time."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    listener.settimeout(0.1)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            with connection:
                handle(connection)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield int(listener.getsockname()[1])
    finally:
        stop.set()
        thread.join()
        listener.close()


@contextmanager
def hang_up_server() -> Iterator[FaultServer]:
    """A server that accepts each connection and closes it at once, before reading anything."""
    state = FaultServer([Action()])
    with raw_listener(lambda connection: None) as port:
        state.port = port
        yield state


@contextmanager
def fault_server(*script: Action) -> Iterator[FaultServer]:
    """Serve `script` on a free 127.0.0.1 port for the duration of the block."""
    state = FaultServer(list(script) or [Action()])
    lock = threading.Lock()

    class Handler(socketserver.BaseRequestHandler):
        def handle(self) -> None:
            connection: socket.socket = self.request
            try:
                while self.serve_one(connection):
                    pass
            except OSError:
                return  # the client went away (as it should, past its deadline or its size cap)

        def serve_one(self, connection: socket.socket) -> bool:
            with lock:
                action = state.take_action()
            if action.hang_up_before_read or action.hang_up_after_headers:
                if action.hang_up_after_headers:
                    _read_request(connection, headers_only=True)
                connection.shutdown(socket.SHUT_RDWR)
                return False
            request = _read_request(connection)
            if request is None:
                return False
            with lock:
                state.received.append(request)
                if action.status != 429:
                    state.processed.append(request)
            if action.silence:
                time.sleep(action.silence)
            if action.drop:
                connection.shutdown(socket.SHUT_RDWR)
                return False
            if action.raw is not None:
                connection.sendall(action.raw)
                return True
            if action.echo:
                action = replace(action, status=200, body=json.dumps(request.path).encode())
            framing = "Transfer-Encoding: chunked" if action.chunked else f"Content-Length: {len(action.body)}"
            head = [f"HTTP/1.1 {action.status} {_reason(action.status)}", framing]
            head += [f"{name}: {value}" for name, value in action.headers]
            head_bytes = ("\r\n".join(head) + "\r\n\r\n").encode("latin-1")
            body = action.body if action.truncate_at is None else action.body[: action.truncate_at]
            if action.chunked:
                body = b"%x\r\n%s\r\n" % (len(body), body) + (b"0\r\n\r\n" if action.truncate_at is None else b"")
            _send(connection, head_bytes, action.drip_head)
            _send(connection, body, action.drip)
            if action.truncate_at is not None:
                connection.shutdown(socket.SHUT_RDWR)
                return False
            return True

    class Server(socketserver.ThreadingTCPServer):
        daemon_threads = True
        allow_reuse_address = True
        request_queue_size = 256  # the listen backlog: room for every concurrent client to connect at once

    with Server(("127.0.0.1", 0), Handler) as server:
        state.port = server.server_address[1]
        thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        thread.start()
        try:
            yield state
        finally:
            server.shutdown()


def closed_port() -> int:
    """A 127.0.0.1 port with nothing listening on it (connections are refused)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
