"""Read an error response body of any shape into a code and a message, in time linear in a few kilobytes.

Voyado documents no error body, so every shape seen in ASP.NET services is understood: `{"errorCode", "message"}`,
`{"Message", "ModelState"}` (the field errors are listed in the message), problem+json, plain text, HTML and empty.
Only the first `MAX_JSON_BYTES` are parsed as JSON and the first `MAX_TEXT_BYTES` read as text, so a hostile body
of the maximum response size costs no more than a small one; everything shown is stripped of control characters.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, NamedTuple

import httpx

from ._lazy import LazyModule
from ._text import printable

if TYPE_CHECKING:
    from . import _json
else:  # loaded with the first error body, so that `import voyado_engage` stays cheap
    _json = LazyModule(f"{__package__}._json")

MAX_JSON_BYTES = 64 * 1024
MAX_TEXT_BYTES = 4 * 1024
_MAX_TEXT = 500
_TAGS = re.compile(r"<[^<>]*>")  # a tag cannot contain "<": each match starts where the last ended, so linear
_SPACE = re.compile(r"\s+")
_CODE_KEYS = ("errorCode", "ErrorCode", "code", "Code", "error", "type")
_MESSAGE_KEYS = ("message", "Message", "detail", "title", "error_description", "ExceptionMessage")
# Text codecs only (base64, rot13 and friends are not), and none whose decoding is costly or surprising.
_REFUSED_CODECS = frozenset({"idna", "punycode", "raw-unicode-escape", "unicode-escape", "utf-7"})


class ErrorDetails(NamedTuple):
    """What an error response says: a code, a message, and the body (parsed JSON, or text)."""

    error_code: str | None
    message: str | None
    body: Any


def read_error_body(response: httpx.Response) -> ErrorDetails:
    raw = response.content
    if not raw.strip():
        return ErrorDetails(None, None, None)
    if len(raw) <= MAX_JSON_BYTES:
        try:
            return _from_json(_json.loads(raw))
        except ValueError:  # not JSON: read it as text
            pass
    text = decode_text(raw[:MAX_TEXT_BYTES], response.headers.get("content-type", ""))
    if "html" in response.headers.get("content-type", "") or text.lstrip().startswith("<"):
        text = _TAGS.sub(" ", text)
    return ErrorDetails(None, _shorten(text) or None, text[:_MAX_TEXT])


def decode_text(raw: bytes, content_type: str) -> str:
    """Bytes as text in the declared charset when it is a real text encoding, else UTF-8; never raises."""
    charset = _charset(content_type)
    if charset:
        try:
            return raw.decode(charset, errors="replace")
        except (LookupError, TypeError, ValueError):  # not a codec, or a bytes-to-bytes one (base64, rot13)
            pass
    return raw.decode("utf-8", errors="replace")


def _charset(content_type: str) -> str | None:
    for parameter in content_type.split(";")[1:8]:
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "charset":
            value = value.strip().strip("\"'").lower().replace("_", "-")
            return None if value in _REFUSED_CODECS or len(value) > 40 else value
    return None


def _from_json(body: Any) -> ErrorDetails:
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
    """`field: message; ...`, built only as far as it will be shown."""
    if not isinstance(state, dict):
        return ""
    parts: list[str] = []
    size = 0
    for field, messages in state.items():
        texts = messages if isinstance(messages, list) else [messages]
        part = f"{str(field)[:_MAX_TEXT]}: {'; '.join(_brief(text) for text in texts[:10])}"
        parts.append(part)
        size += len(part)
        if size > _MAX_TEXT:
            break
    return _shorten("; ".join(parts))


def _brief(value: Any) -> str:
    """A server's value as text, without `repr` (which a deeply nested structure drives into RecursionError)."""
    if isinstance(value, str):
        return value[:_MAX_TEXT]
    try:
        return _json.dumps(value)[:_MAX_TEXT].decode("utf-8", errors="replace")
    except TypeError:  # nested beyond orjson's depth limit
        return f"({type(value).__name__} nested too deeply to show)"


def _shorten(text: str) -> str:
    text = _SPACE.sub(" ", printable(text[: _MAX_TEXT * 4])).strip()
    return text if len(text) <= _MAX_TEXT else text[: _MAX_TEXT - 1] + "…"
