# Generated from generator/app/testing.py by `make generate`; do not edit.
"""A fake Voyado Engage for the tests of code that calls Voyado: in process (an httpx transport), or on a port.

    from voyado_engage.testing import FakeVoyado

    fake = FakeVoyado()
    with fake.client() as sdk:              # a VoyadoEngage whose requests go to the fake
        contact_id = my_shop.sign_up(sdk, "jane.doe@example.com")
    assert fake.contacts[contact_id]["email"] == "jane.doe@example.com"
    assert len(fake.received("POST", "/api/v2/contacts")) == 1   # sent once

It keeps state the way Voyado does on the paths integrations use most:

- contacts: created (a second contact with the same key answers 409 `ApprovedContactWithKeyExists`), looked up by
  id and by key (`/contacts/id`: 404 `ContactNotFound`, 409 with `multipleMatchesFound`), updated;
- orders: each one accepted and kept (Voyado checks no duplicates: a resend is a second order);
- receipts: deduplicated by `uniqueReceiptId` (the first one is kept, later ones are ignored), and listed as the
  contact's transactions, page by page;
- point accounts: transactions added once per `Idempotency-Key` (a resend with the same key changes nothing), a
  row without `source` or `description` skipped into `notAccepted`; accounts and transactions listed page by page.

Every body is checked with the SDK's own models and rules, as Voyado would refuse it (400 with the problems).
Other operations answer 501 until a test gives them an answer (`fake.answer(...)`). `fake.fail_next(...)` makes the
next requests fail as integrations must survive: 429 with `Retry-After`, a 5xx, a timeout or a dropped connection
(before or after Voyado processed the request), or a slow answer.

`python -m voyado_engage.testing --port 8000` serves the same fake on 127.0.0.1, for the command line and code
that is not Python. pytest users get a `fake_voyado` fixture with `pytest_plugins = ["voyado_engage.testing"]`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import threading
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

import httpx

from voyado_engage import Problem, RequestValidationError, _json
from voyado_engage import _model as _m
from voyado_engage._validation import check_order, check_receipt
from voyado_engage.client import AsyncVoyadoEngage, VoyadoEngage
from voyado_engage.models import ContactFields, Order, PointTransactionToAccount, Receipt

BASE_URL = "https://fake-tenant.voyado.test"
_KEYS = ("email", "mobilePhone", "externalId", "socialSecurityNumber", "memberNumber")
_MAX_AMOUNT = Decimal("7.9228162514264337593543950335E+28")  # .NET's decimal, how Voyado stores amounts


@dataclass(frozen=True)
class Received:
    """A request the fake received: its method, path, query, headers (the key left out) and JSON body."""

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: Any


@dataclass(frozen=True)
class Fault:
    """What the next request meets instead of (or besides) its answer. Build one with the class methods."""

    status: int | None = None
    retry_after: float | None = None
    exception: type[httpx.TransportError] | None = None
    processed: bool = False  # for a lost answer: whether Voyado processed the request before it was lost
    delay: float = 0.0

    @classmethod
    def rate_limited(cls, retry_after: float = 1) -> Fault:
        """429 with `Retry-After`: refused before it was processed."""
        return cls(status=429, retry_after=retry_after)

    @classmethod
    def server_error(cls, status: int = 503) -> Fault:
        """A 5xx answer; Voyado did not process the request."""
        return cls(status=status)

    @classmethod
    def timeout(cls, *, processed: bool = True) -> Fault:
        """No answer in time; by default Voyado did process the request (the answer is what was lost)."""
        return cls(exception=httpx.ReadTimeout, processed=processed)

    @classmethod
    def dropped(cls, *, processed: bool = False) -> Fault:
        """The connection is lost; by default before Voyado processed anything."""
        return cls(exception=httpx.RemoteProtocolError, processed=processed)

    @classmethod
    def slow(cls, seconds: float) -> Fault:
        """The answer, after `seconds`."""
        return cls(delay=seconds)


Handler = Callable[[httpx.Request, Any], httpx.Response]


@dataclass
class FakeVoyado(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """The fake: an httpx transport (sync and async) with Voyado's state. See the module's docstring."""

    contacts: dict[str, dict[str, Any]] = field(default_factory=dict)
    orders: list[dict[str, Any]] = field(default_factory=list)
    receipts: dict[str, dict[str, Any]] = field(default_factory=dict)
    point_accounts: dict[tuple[str, int], dict[str, Any]] = field(default_factory=dict)
    point_transactions: list[dict[str, Any]] = field(default_factory=list)
    requests: list[Received] = field(default_factory=list)
    _faults: list[Fault] = field(default_factory=list)
    _answers: dict[tuple[str, str], httpx.Response] = field(default_factory=dict)
    _idempotent: dict[str, httpx.Response] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    # --- what a test uses --------------------------------------------------------------------------------------

    def client(self, **settings: Any) -> VoyadoEngage:
        """A client whose requests go to this fake (settings as `VoyadoEngage` takes them)."""
        settings = {"api_key": "fake-key", "base_url": BASE_URL, **settings}
        return VoyadoEngage(http_client=httpx.Client(transport=self), **settings)

    def async_client(self, **settings: Any) -> AsyncVoyadoEngage:
        """The same, for asyncio."""
        settings = {"api_key": "fake-key", "base_url": BASE_URL, **settings}
        return AsyncVoyadoEngage(http_client=httpx.AsyncClient(transport=self), **settings)

    def fail_next(self, *faults: Fault) -> None:
        """The next requests meet these faults, one each, in order; then requests are answered again."""
        with self._lock:
            self._faults.extend(faults)

    def answer(self, method: str, path: str, status: int, json_body: Any = None) -> None:
        """Answer an operation the fake does not model (`path` as sent, without the query) with this."""
        self._answers[method.upper(), path] = httpx.Response(status, json=json_body)

    def received(self, method: str | None = None, path: str | None = None) -> list[Received]:
        """The requests received (that reached the fake's logic), optionally of one method and path."""
        return [r for r in self.requests if (method is None or r.method == method) and (path is None or r.path == path)]

    def add_contact(self, **attributes: Any) -> str:
        """A contact, as if created before the test (attributes by their wire names); returns its id."""
        contact_id = str(uuid.uuid4())
        self.contacts[contact_id] = {"contactType": "Member", **attributes}
        return contact_id

    # --- the transport -------------------------------------------------------------------------------------------

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        fault = self._next_fault()
        if fault is not None and fault.delay:
            time.sleep(fault.delay)
        return self._respond(request, fault)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        fault = self._next_fault()
        if fault is not None and fault.delay:
            await asyncio.sleep(fault.delay)
        await request.aread()
        return self._respond(request, fault)

    def _next_fault(self) -> Fault | None:
        with self._lock:
            return self._faults.pop(0) if self._faults else None

    def _respond(self, request: httpx.Request, fault: Fault | None) -> httpx.Response:
        if fault is not None and fault.status is not None:
            headers = {"Retry-After": f"{fault.retry_after:g}"} if fault.retry_after is not None else {}
            return httpx.Response(fault.status, headers=headers, json={"Message": "fault injected by the test"})
        if fault is not None and fault.exception is not None and not fault.processed:
            raise fault.exception("fault injected by the test", request=request)
        response = self._handle(request)
        if fault is not None and fault.exception is not None:  # processed, then the answer was lost
            raise fault.exception("fault injected by the test (after processing)", request=request)
        return response

    def _handle(self, request: httpx.Request) -> httpx.Response:
        request.read()
        try:
            body = json.loads(request.content, parse_float=Decimal) if request.content else None
        except (ValueError, RecursionError):  # not JSON, or nested deeper than it can be read
            return _error(400, "InvalidJson", "The request body is not JSON the fake can read.")
        path = request.url.path
        received = Received(
            request.method,
            path,
            dict(parse_qsl(request.url.query.decode("ascii"))),
            {k.lower(): v for k, v in request.headers.items() if k.lower() != "apikey"},
            body,
        )
        with self._lock:
            self.requests.append(received)
            if not request.headers.get("apikey"):
                return _error(401, "Unauthorized", "The API key is missing.")
            for (method, pattern), handler in _ROUTES.items():
                parts = _match(pattern, path)
                if method == request.method and parts is not None:
                    try:
                        return handler(self, received, *parts)
                    except RequestValidationError as error:
                        return _invalid(error)
            answer = self._answers.get((request.method, path))
            if answer is not None:
                return httpx.Response(answer.status_code, content=answer.content, headers=answer.headers)
        return _error(501, "NotModelled", f"the fake does not model {request.method} {path}; give it an answer")

    # --- contacts ------------------------------------------------------------------------------------------------

    def _create_contact(self, request: Received) -> httpx.Response:
        attributes = ContactFields.from_dict(_object(request.body)).to_dict()
        for key in _KEYS:
            if key in attributes and self._find(key, str(attributes[key])):
                return _error(409, "ApprovedContactWithKeyExists", f"A contact with this {key} exists.")
        contact_id = self.add_contact(**attributes)
        return _answer(201, _contact_json(contact_id, self.contacts[contact_id]))

    def _find(self, key: str, value: str) -> list[str]:
        folded = value.casefold()
        return [cid for cid, attrs in self.contacts.items() if str(attrs.get(key, "")).casefold() == folded]

    def _contact_id(self, request: Received) -> httpx.Response:
        lookups = {key: value for key, value in request.query.items() if key in (*_KEYS, "customKey", "any")}
        if len(lookups) != 1:
            return _error(400, "InvalidSearchQuery", "Give one key to look the contact up by.")
        ((key, value),) = lookups.items()
        keys = _KEYS if key == "any" else (("memberNumber", "externalId") if key == "customKey" else (key,))
        found = list(dict.fromkeys(cid for each in keys for cid in self._find(each, value)))
        if not found:
            return _error(404, "ContactNotFound", "No contact matches.")
        if len(found) > 1:
            return httpx.Response(409, json={"errorCode": "MultipleMatches", "multipleMatchesFound": found})
        return httpx.Response(200, json=found[0])

    def _get_contact(self, request: Received, contact_id: str) -> httpx.Response:
        if contact_id not in self.contacts:
            return _error(404, "ContactNotFound", "No contact has this id.")
        return _answer(200, _contact_json(contact_id, self.contacts[contact_id]))

    def _update_contact(self, request: Received, contact_id: str) -> httpx.Response:
        if contact_id not in self.contacts:
            return _error(404, "ContactNotFound", "No contact has this id.")
        changes = ContactFields.from_dict(_object(request.body)).to_dict()
        changes.pop("contactType", None)  # changed through its own operations, as in Voyado
        self.contacts[contact_id].update(changes)
        return _answer(200, _contact_json(contact_id, self.contacts[contact_id]))

    # --- orders and receipts -------------------------------------------------------------------------------------

    def _register_order(self, request: Received) -> httpx.Response:
        order = Order.from_dict(_object(request.body)).to_dict()
        check_order(order)
        self.orders.append(order)  # no duplicate check: Voyado has none
        return httpx.Response(202, json={"statusCode": "Accepted"})

    def _import_receipt(self, request: Received) -> httpx.Response:
        receipt = Receipt.from_dict(_object(request.body)).to_dict()
        check_receipt(receipt)
        self.receipts.setdefault(str(receipt["uniqueReceiptId"]), receipt)  # a known id: ignored, as in Voyado
        return httpx.Response(202)

    def _transactions(self, request: Received, contact_id: str) -> httpx.Response:
        mine = [r for r in self.receipts.values() if _receipt_contact(r, self.contacts) == contact_id]
        items = [
            {
                "id": receipt["uniqueReceiptId"],
                "transactionNumber": receipt.get("receiptNumber", ""),
                "createdDate": receipt["createdDate"],
                "numberOfItems": len(receipt["items"]),
                "localNetPriceSum": receipt["totalGrossPrice"],
                "localCurrency": receipt["currency"],
                "externalId": receipt["storeExternalId"],
            }
            for receipt in mine
        ]
        return _page(items, request.query)

    # --- points --------------------------------------------------------------------------------------------------

    def _add_points(self, request: Received) -> httpx.Response:
        key = request.headers.get("idempotency-key")
        if key is not None and key in self._idempotent:  # the same key: the first answer, nothing applied again
            kept = self._idempotent[key]
            return httpx.Response(kept.status_code, content=kept.content, headers=kept.headers)
        rows = request.body if isinstance(request.body, list) else None
        if rows is None:
            return _error(400, "InvalidBody", "The body is an array of point transactions.")
        not_accepted = []
        for row in rows:
            if not isinstance(row, Mapping) or not row.get("source") or not row.get("description"):
                not_accepted.append(row)  # Voyado skips such a row and accepts the rest
                continue
            transaction = PointTransactionToAccount.from_dict(row).to_dict()
            if abs(Decimal(str(transaction["amount"]))) >= _MAX_AMOUNT:  # beyond .NET's decimal, Voyado's type
                return _error(400, "InvalidAmount", "An amount is beyond what Voyado stores.")
            account = self._account(str(transaction["contactId"]), int(transaction["definitionId"]))
            account["balance"] += Decimal(str(transaction["amount"]))
            self.point_transactions.append({**transaction, "accountId": account["id"]})
        response = _answer(202, {"notAccepted": not_accepted})
        if key is not None:
            self._idempotent[key] = response
        return response

    def _account(self, contact_id: str, definition_id: int) -> dict[str, Any]:
        key = (contact_id, definition_id)
        if key not in self.point_accounts:
            number = len(self.point_accounts) + 1
            self.point_accounts[key] = {
                "id": number,
                "contactId": contact_id,
                "definitionId": definition_id,
                "balance": Decimal(0),
                "pendingPoints": Decimal(0),
            }
        return self.point_accounts[key]

    def _list_accounts(self, request: Received) -> httpx.Response:
        contact = request.query.get("contactId")
        accounts = [a for a in self.point_accounts.values() if contact is None or a["contactId"] == contact]
        return _page(accounts, request.query)

    def _list_point_transactions(self, request: Received) -> httpx.Response:
        wanted = {key: request.query[key] for key in ("contactId", "definitionId", "accountId") if key in request.query}
        rows = [
            {
                "id": index + 1,
                "accountId": row["accountId"],
                "amount": row["amount"],
                "source": row["source"],
                "description": row["description"],
                "transactionDate": row.get("timeStamp"),
            }
            for index, row in enumerate(self.point_transactions)
            if all(str(row.get(key)) == value for key, value in wanted.items())
        ]
        return _page([{k: v for k, v in row.items() if v is not None} for row in rows], request.query)


def _contact_json(contact_id: str, attributes: dict[str, Any]) -> dict[str, Any]:
    """A contact as Voyado answers with it: attributes nested, preferences and consents beside them."""
    data = dict(attributes)
    preferences, consents = data.pop("preferences", {}), data.pop("consents", [])
    contact_type = data.pop("contactType", "Member")
    return {
        "id": contact_id,
        "attributes": data,
        "preferences": preferences,
        "consents": consents,
        "meta": {"contactType": contact_type},
    }


def _receipt_contact(receipt: dict[str, Any], contacts: dict[str, dict[str, Any]]) -> str | None:
    match = receipt["contact"]
    key, value = str(match["matchKeyType"]), str(match["matchKey"])
    if key.casefold() == "contactid":
        return value
    attribute = next((each for each in _KEYS if each.casefold() == key.casefold()), None)
    found = [cid for cid, attrs in contacts.items() if attribute and str(attrs.get(attribute)) == value]
    return found[0] if len(found) == 1 else None


def _page(items: list[Any], query: Mapping[str, str]) -> httpx.Response:
    offset, count = query.get("offset", "0"), query.get("count", "100")
    if not (offset.isascii() and offset.isdigit() and count.isascii() and count.isdigit()) or len(offset + count) > 9:
        return _error(400, "InvalidPaging", "offset and count are whole numbers from 0 (count at most 999999999).")
    offset_number, count_number = int(offset), int(count)
    page = items[offset_number : offset_number + count_number]
    listed = {"items": page, "totalCount": len(items), "offset": offset_number, "count": count_number}
    return _answer(200, listed)


def _answer(status: int, value: Any) -> httpx.Response:
    """A JSON answer, amounts written exactly (a Decimal as its own text, never through float)."""
    return httpx.Response(status, content=_json.dumps(_m.to_wire(value)), headers={"Content-Type": "application/json"})


def _object(body: Any) -> Mapping[str, Any]:
    if not isinstance(body, Mapping):
        raise RequestValidationError([Problem("", "expected an object", expected="object")], subject="request body")
    return body


def _error(status: int, code: str, message: str) -> httpx.Response:
    return httpx.Response(status, json={"errorCode": code, "message": message})


def _invalid(error: RequestValidationError) -> httpx.Response:
    state = {problem.path or "request": [problem.message] for problem in error.errors}
    return httpx.Response(400, json={"Message": "The request is invalid.", "ModelState": state})


def _match(pattern: str, path: str) -> tuple[str, ...] | None:
    """The path's values where the pattern has `{...}`, or None when it is another path."""
    expected, actual = pattern.strip("/").split("/"), path.strip("/").split("/")
    if len(expected) != len(actual):
        return None
    values = []
    for want, got in zip(expected, actual, strict=True):
        if want.startswith("{"):
            values.append(got)
        elif want != got:
            return None
    return tuple(values)


_ROUTES: dict[tuple[str, str], Callable[..., httpx.Response]] = {
    ("GET", "/api/v2/contacts/id"): FakeVoyado._contact_id,
    ("POST", "/api/v2/contacts"): FakeVoyado._create_contact,
    ("GET", "/api/v2/contacts/{contactId}/transactions"): FakeVoyado._transactions,
    ("GET", "/api/v2/contacts/{contactId}"): FakeVoyado._get_contact,
    ("POST", "/api/v2/contacts/{contactId}"): FakeVoyado._update_contact,
    ("POST", "/api/v2/orders"): FakeVoyado._register_order,
    ("POST", "/api/v2/receipts"): FakeVoyado._import_receipt,
    ("POST", "/api/v2/point-accounts/transactions"): FakeVoyado._add_points,
    ("GET", "/api/v2/point-accounts/transactions"): FakeVoyado._list_point_transactions,
    ("GET", "/api/v2/point-accounts"): FakeVoyado._list_accounts,
}


# --- on a port ---------------------------------------------------------------------------------------------------


_HOP = frozenset({"host", "connection", "content-length", "transfer-encoding", "keep-alive"})


def serve(fake: FakeVoyado, port: int = 0) -> tuple[ThreadingHTTPServer, str]:
    """Serve `fake` on 127.0.0.1 (`port` 0: a free one) in a background thread; returns the server and its URL.
    Stop it with `server.shutdown()`."""

    class Handler(BaseHTTPRequestHandler):
        def _any(self) -> None:
            length = self.headers.get("Content-Length") or "0"
            if self.headers.get("Transfer-Encoding") or not length.isdigit() or len(length) > 9:
                # Only a plain Content-Length body (httpx and Voyado's clients send one); anything else is refused
                self.send_error(411 if self.headers.get("Transfer-Encoding") else 400, "a Content-Length body only")
                return
            try:
                headers = [
                    (k.encode("latin-1"), v.encode("latin-1")) for k, v in self.headers.items() if k.lower() not in _HOP
                ]
                request = httpx.Request(
                    self.command, f"http://127.0.0.1{self.path}", headers=headers, content=self.rfile.read(int(length))
                )
                response = fake.handle_request(request)
            except httpx.TransportError:  # a dropped connection: close without an answer
                self.close_connection = True
                return
            except (UnicodeError, ValueError):
                self.send_error(400, "a request httpx cannot read")
                return
            content = response.read()
            self.send_response(response.status_code)
            for key, value in response.headers.items():
                if key.lower() not in ("content-length", "transfer-encoding", "connection"):
                    self.send_header(key, value)
            self.send_header("Content-Length", str(len(content)))
            self.end_headers()
            self.wfile.write(content)

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _any  # http.server dispatches on these names

        def log_message(self, format: str, *args: Any) -> None:  # quiet: a test runner shows its own output
            pass

    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m voyado_engage.testing", description="A fake Voyado on 127.0.0.1.")
    parser.add_argument("--port", type=int, default=8000, help="the port to listen on (default 8000)")
    args = parser.parse_args(argv)
    try:
        server, url = serve(FakeVoyado(), args.port)
    except (OSError, OverflowError) as error:  # a port in use, or not a port
        print(f"voyado_engage.testing: cannot listen on 127.0.0.1:{args.port}: {error}", file=sys.stderr)
        return 2
    print(f"fake Voyado listening on {url} (VOYADO_BASE_URL={url}); Ctrl-C stops it", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        server.shutdown()
    return 0


try:  # a fixture for pytest users: `pytest_plugins = ["voyado_engage.testing"]` in a conftest.py
    import pytest
except ImportError:  # the SDK does not depend on pytest
    pass
else:

    @pytest.fixture
    def fake_voyado() -> FakeVoyado:
        """A fresh fake Voyado for one test."""
        return FakeVoyado()


if __name__ == "__main__":
    raise SystemExit(main())
