# Generated from openapi-python-client's built-in models_init.py.jinja by `make generate`; do not edit.
"""Contains all the data models used in inputs/outputs"""

from .error_body import ErrorBody
from .error_body_model_state import ErrorBodyModelState
from .order import Order
from .order_contact import OrderContact
from .order_contact_match_key_type import OrderContactMatchKeyType
from .order_extra_data import OrderExtraData
from .order_fee import OrderFee
from .order_item import OrderItem
from .order_item_discount import OrderItemDiscount
from .order_item_discount_extra_data import OrderItemDiscountExtraData
from .order_item_extra_data import OrderItemExtraData
from .order_item_type import OrderItemType
from .order_payment_method import OrderPaymentMethod
from .order_payment_method_extra_data import OrderPaymentMethodExtraData
from .status_code_result import StatusCodeResult
from .status_code_result_request import StatusCodeResultRequest
from .status_code_result_status_code import StatusCodeResultStatusCode
from .tax_detail import TaxDetail

__all__ = (
    "ErrorBody",
    "ErrorBodyModelState",
    "Order",
    "OrderContact",
    "OrderContactMatchKeyType",
    "OrderExtraData",
    "OrderFee",
    "OrderItem",
    "OrderItemDiscount",
    "OrderItemDiscountExtraData",
    "OrderItemExtraData",
    "OrderItemType",
    "OrderPaymentMethod",
    "OrderPaymentMethodExtraData",
    "StatusCodeResult",
    "StatusCodeResultRequest",
    "StatusCodeResultStatusCode",
    "TaxDetail",
)
