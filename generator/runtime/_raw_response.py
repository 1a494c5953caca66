"""`with_raw_response`: the same operation methods, returning the full `APIResponse` instead of the parsed result.

A wrapper marks its call as raw (a context variable), and the client's `call` then returns the `APIResponse` it has
anyway. So a raw method is one typed line per operation (`Callable[P, T]` becomes `Callable[P, APIResponse[T]]`),
with the wrapped method's signature and docstring, instead of a second copy of every signature.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from typing import TYPE_CHECKING, ParamSpec, TypeVar, cast

if TYPE_CHECKING:
    from ._base_client import APIResponse

P = ParamSpec("P")
T = TypeVar("T")

raw_response_wanted: ContextVar[bool] = ContextVar("voyado_engage_raw_response", default=False)


def to_raw_response_wrapper(method: Callable[P, T]) -> Callable[P, APIResponse[T]]:
    @functools.wraps(method)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[T]:
        token = raw_response_wanted.set(True)
        try:
            return cast("APIResponse[T]", method(*args, **kwargs))
        finally:
            raw_response_wanted.reset(token)

    return wrapped


def async_to_raw_response_wrapper(method: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[APIResponse[T]]]:
    @functools.wraps(method)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[T]:
        token = raw_response_wanted.set(True)
        try:
            return cast("APIResponse[T]", await method(*args, **kwargs))
        finally:
            raw_response_wanted.reset(token)

    return wrapped
