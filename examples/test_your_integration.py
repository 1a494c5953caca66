"""Testing your own integration with the fake Voyado: what a shop's test suite looks like.

In your conftest.py: `pytest_plugins = ["voyado_engage.testing"]` gives each test a `fake_voyado`; or build a
`FakeVoyado()` yourself, as these functions take it.
"""

from __future__ import annotations

import pytest

from examples.jobs import add_points_safely, look_up_or_create_contact, register_order_then_return
from voyado_engage import APITimeoutError, InternalServerError
from voyado_engage.testing import FakeVoyado, Fault


# --8<-- [start:tests]
def test_a_new_customer_is_created_once(fake_voyado: FakeVoyado) -> None:
    with fake_voyado.client() as sdk:
        first = look_up_or_create_contact(sdk, "jane.doe@example.com", "Jane")
        again = look_up_or_create_contact(sdk, "Jane.Doe@example.com", "Jane")
    assert first == again and len(fake_voyado.received("POST", "/api/v2/contacts")) == 1


def test_an_order_survives_rate_limiting_and_is_sent_once(fake_voyado: FakeVoyado) -> None:
    """A 429 is refused before processing: the SDK waits for `Retry-After` and sends it again, once."""
    fake_voyado.fail_next(Fault.rate_limited(retry_after=0.1))
    with fake_voyado.client() as sdk:
        register_order_then_return(sdk, "100045")
    assert [order["orderStatus"] for order in fake_voyado.orders] == ["Confirmed", "Returned"]


def test_a_server_error_on_an_order_is_raised_not_resent(fake_voyado: FakeVoyado) -> None:
    """A 5xx may come after Voyado acted: an order (no duplicate check) is not sent again; the caller decides."""
    fake_voyado.fail_next(Fault.server_error(503))
    with fake_voyado.client() as sdk, pytest.raises(InternalServerError):
        register_order_then_return(sdk, "100045")
    assert fake_voyado.orders == [] and len(fake_voyado.requests) == 0  # the fault answered before the fake acted


def test_an_order_whose_answer_was_lost_is_not_sent_again(fake_voyado: FakeVoyado) -> None:
    """Voyado processed it, the answer was lost: the SDK says the outcome is unknown and does not resend (a resend
    would e-mail the customer twice)."""
    fake_voyado.fail_next(Fault.timeout(processed=True))
    with fake_voyado.client() as sdk, pytest.raises(APITimeoutError):
        register_order_then_return(sdk, "100045")
    assert len(fake_voyado.orders) == 1 and len(fake_voyado.received("POST", "/api/v2/orders")) == 1


def test_points_resent_after_a_lost_answer_are_applied_once(fake_voyado: FakeVoyado) -> None:
    contact_id = fake_voyado.add_contact(email="jane.doe@example.com")
    fake_voyado.fail_next(Fault.timeout(processed=True))
    with fake_voyado.client() as sdk:
        add_points_safely(sdk, contact_id, "welcome")  # the SDK resends it with the same key
        add_points_safely(sdk, contact_id, "welcome")  # and so does a second run of the job
    (account,) = fake_voyado.point_accounts.values()
    assert account["balance"] == 100 and len(fake_voyado.received("POST", "/api/v2/point-accounts/transactions")) == 3


# --8<-- [end:tests]
