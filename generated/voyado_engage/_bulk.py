# Generated from generator/runtime/_bulk.py by `make generate`; do not edit.
"""Sending many requests at a rate: several in flight, starts paced, one key's requests in order, a graceful stop.

Voyado counts requests per API key per second (fewer than 50 recommended, 429 above 200), and a real answer takes
50-300 ms, so one request at a time delivers a fraction of the rate. `Bulk` keeps up to `concurrency` requests in
flight and spaces their *starts* evenly: no more than `rate` begin in any one-second window, whatever the latency.

- Requests with the same key (an order's number: its confirmation, delivery and return) are sent in the order they
  were given, each after the previous one finished, and not at all once one of them did not go through (they are
  handed back as held back: sending them would put them before their predecessor); other keys overlap freely.
- A 429 slows the whole sender, not only the request that met it: the rate is halved and no request starts before
  `Retry-After` has passed; it climbs back by a tenth of the way per success. What was refused is sent again (a 429
  means Voyado did not process it); so is a request that provably never left (`APIConnectionError`). Nothing whose
  delivery is unknown is sent again here.
- `stop()` (the first Ctrl-C) starts nothing new, ends every wait for a turn (a `Retry-After` pause too) and lets
  what is in flight finish; cancelling the run (the second) cancels what is in flight.

Outcomes come back as they complete, each with its item and what became of it (`Delivery`); the command line's
journal records them. `send_many` / `asend_many` are the library's face of the same engine (the services'
`..._many` methods): the async one runs on the caller's loop; the sync one runs the engine on a private event loop
driven by the caller's iteration, each request on one of `concurrency` worker threads through the client's own
connection pool.
"""

from __future__ import annotations

import asyncio
import collections
import concurrent.futures
import contextlib
import dataclasses
import functools
import math
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Hashable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Generic, TypeVar

from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    AuthenticationError,
    DeliveryUnknownError,
    InternalServerError,
    PermissionDeniedError,
    RateLimitError,
    RequestValidationError,
    VoyadoError,
)
from ._model import Model, get_any_casing
from ._retry import parse_retry_after

Item = TypeVar("Item")
Result = TypeVar("Result")

DEFAULT_RATE = 40.0  # requests started per second; Voyado asks for fewer than 50
MAX_RESENDS = 5  # of one request refused with 429 or never sent, before its last error is its outcome
_MIN_RATE = 0.2  # a 429 never slows the sender below one start per five seconds
_WINDOW_MARGIN = 0.02  # seconds: see Pace._set_rate


class Pace:
    """Spaces request starts evenly at `rate` per second, never more than the rate in any one-second window, and
    slows down on 429.

    Two rules together: an even schedule (a start a little late keeps to the schedule, so the rate holds on
    average; after a pause the schedule starts again, so nothing bursts), and a hard window (no start within a
    second of the start `floor(rate)` places back), which bounds every one-second window whatever the event loop's
    timing.
    """

    def __init__(
        self,
        rate: float,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        if not rate > 0:
            raise ValueError("the rate must be above 0")
        self.target = rate
        self._clock = clock
        self._sleep = sleep or self._sleep_unless_interrupted
        self._interrupted = asyncio.Event()
        self._planned = 0.0
        self._paused_until = 0.0
        self._lock = asyncio.Lock()
        self._set_rate(rate)

    def _set_rate(self, rate: float) -> None:
        self.rate = rate
        self._interval = 1.0 / rate
        span = max(1.0, self._interval)  # below one a second, the window is the interval itself
        recent = getattr(self, "_recent", ())
        # 20 ms more than the window: a start is recorded, written and received a little after its turn, unevenly,
        # and the window must hold where it is counted too (the journal, the server), not only here.
        self._window = span + _WINDOW_MARGIN
        self._recent: collections.deque[float] = collections.deque(recent, maxlen=max(1, math.floor(rate * span)))

    def interrupt(self) -> None:
        """End every wait at once (a stop): `start` returns without taking a start."""
        self._interrupted.set()

    async def _sleep_unless_interrupted(self, seconds: float) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._interrupted.wait(), seconds)

    async def start(self) -> None:
        """Wait for the next start the pace allows, and take it (unless interrupted meanwhile)."""
        async with self._lock:
            while (wait := self._earliest() - self._clock()) > 0:
                if self._interrupted.is_set():
                    return
                await self._sleep(wait)
            now = self._clock()
            self._recent.append(now)
            # Slightly late (a timer's granularity): keep to the schedule, so the rate holds on average. Idle or
            # very late: the schedule starts again from now, so nothing bursts to catch up.
            on_schedule = now - self._planned < self._interval
            self._planned = (self._planned if on_schedule else now) + self._interval

    def _earliest(self) -> float:
        full = len(self._recent) == self._recent.maxlen
        window = self._recent[0] + self._window if full else 0.0
        return max(self._planned, self._paused_until, window)

    def refused(self, retry_after: float | None) -> None:
        """Voyado answered 429: halve the rate, and start nothing before `retry_after` seconds have passed."""
        self._set_rate(max(self.rate / 2, min(_MIN_RATE, self.target)))
        pause = 1.0 if retry_after is None else min(retry_after, 60.0)
        self._paused_until = max(self._paused_until, self._clock() + pause)

    def succeeded(self) -> None:
        """One request went through: climb back a tenth of the way to the rate asked for."""
        if self.rate < self.target:
            self._set_rate(min(self.target, self.rate + (self.target - self.rate) / 10 + 0.01))


class Delivery(StrEnum):
    """What became of one item, by what its request's fate proves."""

    ACCEPTED = "accepted"  # Voyado answered 2xx
    REJECTED = "rejected"  # Voyado answered 4xx after reading it: fix it, then it may be sent again
    NOT_DELIVERED = "not-delivered"  # provably not processed (never sent, refused with 401/403/429, invalid)
    UNKNOWN = "unknown"  # it may have been processed: check Voyado before sending it again
    HELD_BACK = "held-back"  # not sent: an earlier item with its key did not go through


_NOT_PROCESSED = (
    RateLimitError,
    AuthenticationError,
    PermissionDeniedError,
    APIConnectionError,
    RequestValidationError,
)


@dataclass(frozen=True)
class Outcome(Generic[Item, Result]):
    """What became of one item: its result, or the SDK error it ended with; `attempts` counts its sends."""

    item: Item
    result: Result | None
    error: VoyadoError | None
    attempts: int
    final: bool = True  # False: refused with 429 or never sent, and about to be sent again
    held_back: bool = False  # not sent: an earlier item with its key did not go through

    @property
    def delivery(self) -> Delivery:
        """Accepted, rejected, not delivered, unknown or held back (`Delivery`)."""
        error = self.error
        if self.held_back:
            return Delivery.HELD_BACK
        if error is None or isinstance(error, APIResponseValidationError):  # a 2xx, whatever its body says
            return Delivery.ACCEPTED
        if isinstance(error, _NOT_PROCESSED):
            return Delivery.NOT_DELIVERED
        if isinstance(error, DeliveryUnknownError | InternalServerError):
            return Delivery.UNKNOWN
        if isinstance(error, APIStatusError):
            return Delivery.REJECTED
        return Delivery.UNKNOWN  # any other answer: it may have been processed


class Bulk(Generic[Item, Result]):
    """Sends items with `send`, several at a time at a paced rate, one key's items in order."""

    def __init__(
        self,
        send: Callable[[Item], Awaitable[Result]],
        *,
        rate: float,
        concurrency: int,
        key: Callable[[Item], Hashable] | None = None,
        before_send: Callable[[Item], None] | None = None,
        after_send: Callable[[Outcome[Item, Result]], None] | None = None,
    ) -> None:
        if concurrency < 1:
            raise ValueError("concurrency must be at least 1")
        self._send = send
        self._key = key
        self._before_send = before_send
        self._after_send = after_send
        self.pace = Pace(rate)
        self.concurrency = concurrency
        self.stopping = False
        self.starts: list[float] = []  # when each request began (time.monotonic), for reports and tests

    def stop(self) -> None:
        """Start nothing new; what is in flight finishes; what waits for its turn (a 429 pause too) stops waiting."""
        self.stopping = True
        self.pace.interrupt()

    async def run(self, items: Iterable[Item]) -> AsyncIterator[Outcome[Item, Result]]:
        """Send `items` (read lazily, in order) and yield each outcome as it completes."""
        slots = asyncio.Semaphore(self.concurrency)
        # Each outcome as it completes; an exception that is not the SDK's (a bug in `send` or a hook, or the items
        # failing to be read) ends the run rather than losing its item; None: everything was sent.
        finished: asyncio.Queue[Outcome[Item, Result] | Exception | None] = asyncio.Queue()
        last_of_key: dict[Hashable, asyncio.Task[None]] = {}
        running: set[asyncio.Task[None]] = set()

        failed_keys: set[Hashable] = set()  # keys with an item that did not go through: later ones are held back

        async def one(item: Item, key: Hashable | None, previous: asyncio.Task[None] | None) -> None:
            try:
                if previous is not None:  # the same key's earlier item must have finished first
                    await asyncio.wait([previous])
                if self.stopping:
                    return
                outcome: Outcome[Item, Result] | None
                if key is not None and key in failed_keys:  # sending it would put it before its predecessor
                    outcome = Outcome(item, None, None, 0, held_back=True)
                    self._report(outcome)
                else:
                    outcome = await self._deliver(item)
                if outcome is not None:
                    if key is not None and (outcome.error is not None or outcome.held_back):
                        failed_keys.add(key)
                    await finished.put(outcome)
            except Exception as exc:
                await finished.put(exc)
            finally:
                slots.release()

        async def feed() -> None:
            failure: Exception | None = None  # the items (or the key) failed: what is in flight lands first
            try:
                for item in items:
                    await slots.acquire()
                    if self.stopping:
                        slots.release()
                        break
                    key = None if self._key is None else self._key(item)
                    task = asyncio.create_task(one(item, key, last_of_key.get(key) if key is not None else None))
                    running.add(task)
                    task.add_done_callback(running.discard)
                    if key is not None:
                        last_of_key[key] = task
                        task.add_done_callback(functools.partial(_forget, last_of_key, key))
            except Exception as exc:
                failure = exc
            if running:
                await asyncio.wait(set(running))
            await finished.put(failure)

        feeder = asyncio.create_task(feed())
        try:
            while (outcome := await finished.get()) is not None:
                if isinstance(outcome, Exception):
                    raise outcome
                yield outcome
            await feeder
        finally:
            if not feeder.done():  # the caller stopped reading, or the run was cancelled: cancel what is in flight
                feeder.cancel()
                for task in list(running):
                    task.cancel()
                await asyncio.gather(feeder, *running, return_exceptions=True)

    async def _deliver(self, item: Item) -> Outcome[Item, Result] | None:
        """Send `item` (again, while Voyado provably did not process it); None if a stop came before it started."""
        attempts = 0
        outcome: Outcome[Item, Result] | None = None  # the latest attempt's, while it is being sent again
        while True:
            await self.pace.start()
            if self.stopping:  # it waited for its turn (or a 429 pause) while the run was stopped
                if outcome is None:
                    return None
                outcome = dataclasses.replace(outcome, final=True)
                self._report(outcome)
                return outcome
            attempts += 1
            self.starts.append(time.monotonic())
            if self._before_send is not None:
                self._before_send(item)
            try:
                result = await self._send(item)
            except RateLimitError as exc:  # not processed: the whole sender slows down, and this one goes again
                self.pace.refused(parse_retry_after(exc.headers.get("retry-after")))
                outcome = Outcome(item, None, exc, attempts, final=attempts > MAX_RESENDS or self.stopping)
            except APIConnectionError as exc:  # nothing left: safe to send again
                outcome = Outcome(item, None, exc, attempts, final=attempts > MAX_RESENDS or self.stopping)
            except VoyadoError as exc:
                outcome = Outcome(item, None, exc, attempts)
                self._report(outcome)
                return outcome
            else:
                self.pace.succeeded()
                outcome = Outcome(item, result, None, attempts)
                self._report(outcome)
                return outcome
            self._report(outcome)
            if outcome.final:
                return outcome

    def _report(self, outcome: Outcome[Item, Result]) -> None:
        if self._after_send is not None:
            self._after_send(outcome)


def _forget(last_of_key: dict[Hashable, asyncio.Task[None]], key: Hashable, done: asyncio.Task[None]) -> None:
    if last_of_key.get(key) is done:
        del last_of_key[key]


def default_concurrency(rate: float) -> int:
    """Enough requests in flight to keep `rate` starts per second up while answers take up to a second: rate x 1 s,
    at least 4, at most 64."""
    return max(4, min(64, math.ceil(rate)))


def in_order_by(wire_name: str, python_name: str | None = None) -> Callable[[Any], Hashable]:
    """The key that keeps items in order: an item's `wire_name` field, from a model or a mapping (by its wire name
    in any casing, or its python name, as the request reads it); None: no key."""

    def key(item: Any) -> Hashable:
        if isinstance(item, Model):
            value = next((getattr(item, field.python) for field in item._fields if field.wire == wire_name), None)
        elif isinstance(item, Mapping):
            value = get_any_casing(item, wire_name)
            if value is None and python_name is not None:
                value = item.get(python_name)
        else:
            value = None
        return str(value) if isinstance(value, str | int) and not isinstance(value, bool) else None

    return key


class AsyncSending(Generic[Item, Result]):
    """A bulk send in progress, iterated for each item's final outcome as it completes (`async for`).

    `stop()` starts nothing new; the items in flight finish and their outcomes still come, then the iteration ends.
    To leave the loop early, iterate inside `async with` (or `await aclose()` after it): leaving starts nothing new
    and waits for what is in flight, each within its timeout. A send dropped unclosed has what is in flight
    cancelled when it is collected (those outcomes: unknown).
    """

    def __init__(
        self,
        send: Callable[[Item], Awaitable[Result]],
        items: Iterable[Item],
        *,
        rate: float,
        concurrency: int | None,
        key: Callable[[Item], Hashable] | None,
        before_send: Callable[[Item], None] | None,
    ) -> None:
        self._items = items
        self._bulk: Bulk[Item, Result] = Bulk(
            send,
            rate=rate,
            concurrency=default_concurrency(rate) if concurrency is None else concurrency,
            key=key,
            before_send=before_send,
        )
        # Held, so that leaving a loop early does not finalise it (which would cancel what is in flight).
        self._outcomes: AsyncIterator[Outcome[Item, Result]] | None = None

    def stop(self) -> None:
        """Start nothing new; what is in flight finishes and is still reported."""
        self._bulk.stop()

    def __aiter__(self) -> AsyncIterator[Outcome[Item, Result]]:
        if self._outcomes is None:
            self._outcomes = self._final_outcomes()
        return self._outcomes

    async def _final_outcomes(self) -> AsyncIterator[Outcome[Item, Result]]:
        async for outcome in self._bulk.run(self._items):
            if outcome.final:
                yield outcome

    async def aclose(self) -> None:
        """Start nothing new and wait for what is in flight to land (outcomes not read by then are dropped)."""
        self.stop()
        async for _ in aiter(self):
            pass

    async def __aenter__(self) -> AsyncSending[Item, Result]:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


class Sending(Generic[Item, Result]):
    """The sync face of `AsyncSending`: the engine runs on a private event loop while the caller iterates, each
    request on one of `concurrency` worker threads (the sync client's calls, through its connection pool).

    `stop()` may be called from any thread. Leaving the loop early (or Ctrl-C) stops starting items and waits for
    those in flight, each within its timeout, before the loop exits; their outcomes are not seen.
    """

    def __init__(
        self,
        send: Callable[[Item], Result],
        items: Iterable[Item],
        *,
        rate: float,
        concurrency: int | None,
        key: Callable[[Item], Hashable] | None,
        before_send: Callable[[Item], None] | None,
    ) -> None:
        self._concurrency = default_concurrency(rate) if concurrency is None else concurrency
        self._send = send
        self._loop: asyncio.AbstractEventLoop | None = None
        self._workers = concurrent.futures.ThreadPoolExecutor(self._concurrency, "voyado-engage-bulk")
        self._engine: AsyncSending[Item, Result] = AsyncSending(
            self._in_worker, items, rate=rate, concurrency=self._concurrency, key=key, before_send=before_send
        )

    async def _in_worker(self, item: Item) -> Result:
        return await asyncio.get_running_loop().run_in_executor(self._workers, self._send, item)

    def stop(self) -> None:
        """Start nothing new; what is in flight finishes and is still reported."""
        loop = self._loop
        if loop is None or loop.is_closed():
            self._engine.stop()
        else:
            loop.call_soon_threadsafe(self._engine.stop)

    def __iter__(self) -> Iterator[Outcome[Item, Result]]:
        loop = self._loop = asyncio.new_event_loop()
        outcomes = aiter(self._engine)
        try:
            while True:
                try:
                    outcome = loop.run_until_complete(anext(outcomes))
                except StopAsyncIteration:
                    return
                yield outcome
        finally:
            try:
                loop.run_until_complete(self._engine.aclose())  # the caller left early: let what is in flight land
            finally:
                loop.run_until_complete(loop.shutdown_asyncgens())
                loop.close()
                self._workers.shutdown(wait=True)
