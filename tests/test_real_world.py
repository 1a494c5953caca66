"""Faithful to what Voyado documents and real integrations send: the real-world corpus (tests/fixtures/real_world),
and the points where Voyado's pages settle what the published SDK left open."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.conftest import ROOT, load
from voyado_engage import ConflictError, NotFoundError, RequestValidationError, VoyadoEngage
from voyado_engage.models import ContactFields, MultichannelPromotionModel, NewContact

pytestmark = pytest.mark.quick

CORPUS = sorted((ROOT / "tests" / "fixtures" / "real_world").glob("*.json"))


def recording_client(answer: Callable[[httpx.Request], httpx.Response] | None = None) -> tuple[VoyadoEngage, list[Any]]:
    """A client whose transport records each request (its JSON body) and answers with `answer` (default: 200)."""
    sent: list[Any] = []

    def respond(request: httpx.Request) -> httpx.Response:
        sent.append(json.loads(request.content) if request.content else None)
        return answer(request) if answer else httpx.Response(200, json={})

    http = httpx.Client(transport=httpx.MockTransport(respond))
    return VoyadoEngage(api_key="k", base_url="https://tenant.example", http_client=http, max_retries=0), sent


def call(sdk: VoyadoEngage, method: str, body: Any) -> None:
    service, name = method.split(".")
    getattr(getattr(sdk, service), name)(request_body=body)


def spec_cased(value: Any) -> bool:
    """No key of a declared field starts with an upper-case letter (the spec's casing is camelCase)."""
    if isinstance(value, dict):
        return all(not key[:1].isupper() and spec_cased(item) for key, item in value.items())
    if isinstance(value, list):
        return all(spec_cased(item) for item in value)
    return True


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.stem)
def test_a_real_world_body_is_accepted_or_refused_for_its_reason(path: Path) -> None:
    case = load(path)
    assert case["source"] and case["expect"] in ("accepted", "refused")
    sdk, sent = recording_client()
    with sdk:
        if case["expect"] == "accepted":
            call(sdk, case["method"], case["body"])
            assert len(sent) == 1 and spec_cased(sent[0]), sent
        else:
            assert case["reason"]
            with pytest.raises(RequestValidationError) as caught:
                call(sdk, case["method"], case["body"])
            assert sorted([p.path, p.rule] for p in caught.value.errors) == sorted(case["problems"])
            assert sent == []


def test_a_tag_order_with_amounts_as_text_is_sent_with_numbers() -> None:
    sdk, sent = recording_client(lambda request: httpx.Response(202))
    with sdk:
        call(sdk, "orders.register", load(ROOT / "tests/fixtures/real_world/stape_order.json")["body"])
    assert sent[0]["totalGrossPrice"] == 149.0 and sent[0]["items"][0]["grossPaidPrice"] == 149.0


def test_a_lookup_that_matches_several_contacts_names_them_on_the_error() -> None:
    ids = ["3c9f0a7e-0000-4000-8000-000000000001", "3c9f0a7e-0000-4000-8000-000000000002"]
    sdk, _ = recording_client(lambda request: httpx.Response(409, json={"multipleMatchesFound": ids}))
    with sdk, pytest.raises(ConflictError) as caught:
        sdk.contacts.get_id(email="jane.doe@example.com")
    assert caught.value.matching_contact_ids == tuple(ids)


@pytest.mark.parametrize(
    "body",
    [
        {"errorCode": "MultipleMatches"},
        {"MultipleMatchesFound": "not a list"},
        ["a"],
        {"multipleMatchesFound": [1, None]},
    ],
)
def test_a_conflict_without_listed_matches_names_none(body: Any) -> None:
    sdk, _ = recording_client(lambda request: httpx.Response(409, json=body))
    with sdk, pytest.raises(ConflictError) as caught:
        sdk.contacts.get_id(email="jane.doe@example.com")
    assert caught.value.matching_contact_ids == ()


def test_the_matching_ids_are_bounded_and_printable() -> None:
    ids = [f"{index}\x1b[31m" for index in range(1500)]
    sdk, _ = recording_client(lambda request: httpx.Response(409, json={"multipleMatchesFound": ids}))
    with sdk, pytest.raises(ConflictError) as caught:
        sdk.contacts.get_id(email="jane.doe@example.com")
    matches = caught.value.matching_contact_ids
    assert len(matches) == ConflictError.MAX_MATCHES and all("\x1b" not in each for each in matches)


def test_a_contact_is_typed_and_keeps_the_tenants_own_attributes() -> None:
    contact = ContactFields(
        first_name="Jane",
        email="jane.doe@example.com",
        preferences={"acceptsEmail": True},
        additional_properties={"shoeSize": 38, "favouriteStore": "STORE12"},
    )
    sdk, sent = recording_client(lambda request: httpx.Response(201, json={"id": "c-1"}))
    with sdk:
        created = sdk.contacts.create(request_body=contact)
        changes: Any = {"lastName": "Doe", "ShoeSize": 39}  # a tenant attribute in a dict: not a ContactFieldsParam
        sdk.contacts.update("c-1", request_body=changes)
    assert created.id == "c-1"
    assert sent == [
        {
            "shoeSize": 38,
            "favouriteStore": "STORE12",
            "firstName": "Jane",
            "email": "jane.doe@example.com",
            "preferences": {"acceptsEmail": True},
        },
        {"lastName": "Doe", "ShoeSize": 39},
    ]
    assert NewContact is ContactFields  # the former names of the create and update bodies stay importable


def test_a_contact_with_a_wrong_type_is_refused_before_sending() -> None:
    sdk, sent = recording_client()
    with sdk, pytest.raises(RequestValidationError) as caught:
        wrong: Any = {"email": ["a@example.com"], "preferences": {"acceptsSms": "yes"}}
        sdk.contacts.create(request_body=wrong)
    assert sorted(p.path for p in caught.value.errors) == ["email", "preferences.acceptsSms"]
    assert sent == []


@pytest.mark.parametrize("status", [200, 201])
def test_creating_a_promotion_succeeds_with_200_as_voyados_page_says_or_201(status: int) -> None:
    answer = {"id": "p-1", "name": "Spring", "externalId": "spring", "status": "Draft"}
    sdk, _ = recording_client(lambda request: httpx.Response(status, json=answer))
    body = {
        "name": "Spring",
        "externalId": "spring",
        "validity": {"startDate": "2024-05-01"},
        "presentation": {"heading": "Spring"},
        "redemptionChannels": [{"type": "POS", "valueType": "MANUAL"}],
    }
    with sdk:
        created = sdk.promotions.create(request_body=body)  # type: ignore[arg-type]
    assert isinstance(created, MultichannelPromotionModel) and created.id == "p-1"


def test_a_store_needs_its_name_and_external_id() -> None:
    sdk, sent = recording_client()
    with sdk, pytest.raises(RequestValidationError) as caught:
        incomplete: Any = {"city": "Stockholm"}
        sdk.stores.create(request_body=incomplete)
    assert sorted(p.path for p in caught.value.errors) == ["externalId", "name"] and sent == []


def test_a_receipt_without_a_receipt_number_is_sent() -> None:
    receipt = load(ROOT / "openapi/examples/receipts/valid/exchange_without_receipt_number.json")
    sdk, sent = recording_client(lambda request: httpx.Response(202))
    with sdk:
        sdk.transactions.import_receipts(request_body=receipt)
    assert "receiptNumber" not in sent[0]


def test_not_found_is_still_not_found() -> None:
    sdk, _ = recording_client(lambda request: httpx.Response(404, json={"errorCode": "ContactNotFound"}))
    with sdk, pytest.raises(NotFoundError):
        sdk.contacts.get_id(email="nobody@example.com")


def readme_lookup_or_create() -> Callable[[VoyadoEngage, str], str]:
    """The README's lookup-or-create function, run as written."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("### Contacts: look up, then create", 1)[1]
    code = section.split("```python\n", 1)[1].split("```", 1)[0]
    namespace: dict[str, Any] = {}
    exec(compile(code, "README.md", "exec"), namespace)  # the project's own README
    function: Callable[[VoyadoEngage, str], str] = namespace["contact_id"]
    return function


@pytest.mark.parametrize(
    ("lookup", "expected", "created"),
    [
        (httpx.Response(200, json="c-found"), "c-found", False),
        (httpx.Response(404, json={"errorCode": "ContactNotFound"}), "c-new", True),
        (httpx.Response(409, json={"multipleMatchesFound": ["c-1", "c-2"]}), "c-1", False),
    ],
    ids=["found", "created", "several"],
)
def test_the_readmes_lookup_or_create_runs(lookup: httpx.Response, expected: str, created: bool) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return lookup if request.method == "GET" else httpx.Response(201, json={"id": "c-new"})

    sdk, sent = recording_client(answer)
    with sdk:
        assert readme_lookup_or_create()(sdk, "jane.doe@example.com") == expected
    assert (len(sent) == 2) is created
