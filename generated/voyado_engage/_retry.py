# Generated from generator/runtime/_retry.py by `make generate`; do not edit.
"""When to send a request again, decided per operation, so that an order is never delivered twice.

`/api/v2/orders` has no duplicate check: a request Voyado already processed, sent again, e-mails the customer
again. So an operation that is not idempotent is retried only when the request provably was not processed.
"""

from __future__ import annotations

import email.utils
import random
import time
from enum import StrEnum
from typing import NamedTuple

RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
INITIAL_DELAY = 0.5
MAX_DELAY = 8.0
MAX_RETRY_AFTER = 60.0
_JITTER = random.Random()


class RetryPolicy(StrEnum):
    """How an operation may be retried; the generator picks it from the method and `x-voyado-idempotent`."""

    IDEMPOTENT = "idempotent"
    """Sending it twice has the effect of sending it once: retry on connection errors, 408, 429 and 5xx."""

    NOT_PROCESSED_ONLY = "not-processed-only"
    """Each delivery has an effect: retry only when the connection failed or Voyado answered 429."""


class Outcome(StrEnum):
    """What one attempt came to, as far as retrying is concerned."""

    NOT_CONNECTED = "not-connected"  # nothing reached Voyado
    NO_ANSWER = "no-answer"  # sent, but the connection dropped or timed out before an answer
    ANSWERED = "answered"


SUMMARIES = {
    RetryPolicy.IDEMPOTENT: "retried on connection errors, timeouts, 408, 429 and 5xx",
    RetryPolicy.NOT_PROCESSED_ONLY: "retried only when not delivered (connection failed) or on 429",
}
"""How each policy is described in docstrings, docs/ and the README."""


class RetryDecision(NamedTuple):
    retry: bool
    reason: str
    delay: float = 0.0


def decide(
    policy: RetryPolicy,
    outcome: Outcome,
    *,
    status: int | None = None,
    retry_after: str | None = None,
    retries_done: int,
    max_retries: int,
    rng: random.Random | None = None,
) -> RetryDecision:
    """Whether attempt number `retries_done + 1` should be followed by another, and after how long."""
    if outcome is Outcome.ANSWERED and (status is None or status not in RETRYABLE_STATUSES):
        return RetryDecision(False, f"status {status} is final")
    if policy is RetryPolicy.NOT_PROCESSED_ONLY:
        if outcome is Outcome.NO_ANSWER:
            return RetryDecision(False, "the request may have been processed and the operation is not idempotent")
        if outcome is Outcome.ANSWERED and status != 429:
            return RetryDecision(False, f"status {status} may mean the request was processed; not idempotent")
    if retries_done >= max_retries:
        return RetryDecision(False, f"retry budget of {max_retries} used")
    what = f"status {status}" if outcome is Outcome.ANSWERED else outcome.value
    server_delay = parse_retry_after(retry_after)
    if server_delay is None:
        return RetryDecision(True, what, backoff(retries_done, rng))
    return RetryDecision(True, f"{what}, Retry-After {retry_after}", min(server_delay, MAX_RETRY_AFTER))


def backoff(retries_done: int, rng: random.Random | None = None) -> float:
    """Exponential backoff with full jitter in its upper half: 0.25-0.5 s, 0.5-1 s, 1-2 s ... capped at 8 s."""
    ceiling = min(INITIAL_DELAY * 2.0**retries_done, MAX_DELAY)
    return ceiling * (0.5 + (rng or _JITTER).random() / 2)


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait from a `Retry-After` header in seconds or as an HTTP date; None if absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            moment = email.utils.parsedate_to_datetime(value)
            seconds = moment.timestamp() - (time.time() if now is None else now)
        except (TypeError, ValueError, OverflowError):  # not a date, or one no datetime can hold
            return None
    if seconds != seconds:  # NaN
        return None
    return max(seconds, 0.0)
