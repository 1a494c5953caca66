# Generated from generator/render/templates/model.py.jinja by `make generate`; do not edit.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _fields as _f
from .. import _model as _m
from ..types import UNSET, Unset


@_attrs_define(init=False, repr=False)  # the repr is `_m.Model`'s: the fields that are set
class ErrorBody(_m.Model):
    """Error body of a rejected request. The shape is inferred, not documented: ASP.NET HttpError (`Message`,
    `ModelState`) or a business code (`errorCode`, `message`). Every field is optional and others may appear."""

    Message: str | Unset
    """ ASP.NET's error message, for example `An error has occurred.` or, when the body could not be read, `The
    request is invalid.` (inferred). """
    model_state: ErrorBodyModelState | Unset
    """ Validation errors of a body that could not be read, each field path (such as `order.items[0].sku`) with its
    error messages (inferred). """
    error_code: str | Unset
    """ A business error code, a PascalCase name such as `ContactNotFound` or `MultipleMatches`; Voyado does not
    document the field's name (inferred). """
    message: str | Unset
    """ Human-readable error text, in bodies that use camelCase names (inferred). """
    detail: str | Unset
    """ Error text in problem+json bodies, as one integration reads create-contact errors (inferred). """
    multiple_matches_found: list[str] | Unset
    """ On a 409 from a contact lookup: the id of every contact that matched (as an integration reads it); the SDK's
    `ConflictError.matching_contact_ids`. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    """Fields the API description does not know, kept as they came and sent back unchanged."""

    _fields: ClassVar[tuple[_f.Field, ...]] = (
        _f.Field("Message", "Message", _f.STRING),
        _f.Field("model_state", "ModelState", _f.ModelOf("ErrorBodyModelState")),
        _f.Field("error_code", "errorCode", _f.STRING),
        _f.Field("message", "message", _f.STRING),
        _f.Field("detail", "detail", _f.STRING),
        _f.Field("multiple_matches_found", "multipleMatchesFound", _f.ListOf(_f.STRING)),
    )

    if TYPE_CHECKING:  # the signature type checkers read; the constructor itself is compiled from `_fields`

        def __init__(
            self,
            *,
            Message: str | Unset | None = UNSET,
            model_state: ErrorBodyModelState | Mapping[str, Any] | Unset | None = UNSET,
            error_code: str | Unset | None = UNSET,
            message: str | Unset | None = UNSET,
            detail: str | Unset | None = UNSET,
            multiple_matches_found: Sequence[str] | Unset | None = UNSET,
            additional_properties: Mapping[str, Any] | None = None,
        ) -> None: ...


class ErrorBodyParam(TypedDict, total=False):
    """`ErrorBody` as a plain dict with the wire keys.

    Accepted wherever the model is; the type checker checks each key, type and enum value."""

    Message: str | None
    """ ASP.NET's error message, for example `An error has occurred.` or, when the body could not be read, `The
    request is invalid.` (inferred). """
    ModelState: ErrorBodyModelState | Mapping[str, Any] | None
    """ Validation errors of a body that could not be read, each field path (such as `order.items[0].sku`) with its
    error messages (inferred). """
    errorCode: str | None
    """ A business error code, a PascalCase name such as `ContactNotFound` or `MultipleMatches`; Voyado does not
    document the field's name (inferred). """
    message: str | None
    """ Human-readable error text, in bodies that use camelCase names (inferred). """
    detail: str | None
    """ Error text in problem+json bodies, as one integration reads create-contact errors (inferred). """
    multipleMatchesFound: Sequence[str] | None
    """ On a 409 from a contact lookup: the id of every contact that matched (as an integration reads it); the SDK's
    `ConflictError.matching_contact_ids`. """


# Imported after the class, so that models may refer to each other.
from ..models.error_body_model_state import ErrorBodyModelState
