"""Read an error response body of any shape into a code and a message.

Voyado documents no error body, so every shape seen in ASP.NET services is understood: `{"errorCode", "message"}`,
`{"Message", "ModelState"}` (the field errors are listed in the message), problem+json, plain text, HTML and empty.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, NamedTuple

import httpx

from ._lazy import LazyModule

if TYPE_CHECKING:
    from . import _json
else:  # loaded with the first error body, so that `import voyado_engage` stays cheap
    _json = LazyModule(f"{__package__}._json")

_MAX_TEXT = 500
_TAGS = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")
_CODE_KEYS = ("errorCode", "ErrorCode", "code", "Code", "error", "type")
_MESSAGE_KEYS = ("message", "Message", "detail", "title", "error_description", "ExceptionMessage")


class ErrorDetails(NamedTuple):
    """What an error response says: a code, a message, and the body (parsed JSON, or text)."""

    error_code: str | None
    message: str | None
    body: Any


def read_error_body(response: httpx.Response) -> ErrorDetails:
    raw = response.content
    if not raw.strip():
        return ErrorDetails(None, None, None)
    try:
        body = _json.loads(raw)
    except ValueError:
        return ErrorDetails(None, _text_message(response), response.text[:_MAX_TEXT])
    if isinstance(body, str):
        return ErrorDetails(None, _shorten(body), body)
    if not isinstance(body, dict):
        return ErrorDetails(None, None, body)
    code = _first_string(body, _CODE_KEYS)
    message = _first_string(body, _MESSAGE_KEYS)
    field_errors = _model_state(body.get("ModelState") or body.get("errors"))
    if field_errors:
        message = f"{message or 'The request is invalid.'} {field_errors}"
    return ErrorDetails(code, message, body)


def _first_string(body: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = body.get(key)
        if isinstance(value, str) and value:
            return _shorten(value)
    return None


def _model_state(state: Any) -> str:
    if not isinstance(state, dict):
        return ""
    parts = []
    for field, messages in state.items():
        texts = messages if isinstance(messages, list) else [messages]
        parts.append(f"{field}: {'; '.join(str(text) for text in texts)}")
    return _shorten("; ".join(parts))


def _text_message(response: httpx.Response) -> str | None:
    text = response.text
    if "html" in response.headers.get("content-type", "") or text.lstrip().startswith("<"):
        text = _TAGS.sub(" ", text)
    return _shorten(text) or None


def _shorten(text: str) -> str:
    text = _SPACE.sub(" ", text).strip()
    return text if len(text) <= _MAX_TEXT else text[: _MAX_TEXT - 1] + "…"
