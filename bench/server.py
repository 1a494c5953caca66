"""A minimal keep-alive HTTP/1.1 server for the benchmarks: reads each request, answers 202 with a small JSON body
(after `--delay-ms`, if given, as a real server's latency).

It runs in its own process (`python -m bench.server`), so serving does not compete with the client for the GIL.
It prints its port on the first line of stdout. The body is not empty because the liblab SDK fails on one.
"""

from __future__ import annotations

import asyncio
import sys

RESPONSE = (
    b'HTTP/1.1 202 Accepted\r\nContent-Type: application/json\r\nContent-Length: 25\r\n\r\n{"statusCode":"Accepted"}'
)


class Answer(asyncio.Protocol):
    delay = 0.0  # seconds before each answer (`--delay-ms`): a real Voyado answer takes 50-300 ms

    def __init__(self) -> None:
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            head_end = self.buffer.find(b"\r\n\r\n")
            if head_end < 0:
                return
            length = 0
            for line in self.buffer[:head_end].split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value)
            end = head_end + 4 + length
            if len(self.buffer) < end:
                return
            self.buffer = self.buffer[end:]
            assert self.transport is not None
            if self.delay:
                asyncio.get_running_loop().call_later(self.delay, self._answer)
            else:
                self.transport.write(RESPONSE)

    def _answer(self) -> None:
        if self.transport is not None and not self.transport.is_closing():
            self.transport.write(RESPONSE)


async def serve() -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(Answer, "127.0.0.1", 0, backlog=256)
    port = server.sockets[0].getsockname()[1]
    print(port, flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    if "--delay-ms" in sys.argv:
        Answer.delay = float(sys.argv[sys.argv.index("--delay-ms") + 1]) / 1000
    try:
        asyncio.run(serve())
    except KeyboardInterrupt:
        sys.exit(0)
