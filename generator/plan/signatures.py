"""The plan of the API that every renderer reads: each operation's method, as the generated code declares it.

Built once from openapi-python-client's parse (the same objects the templates render) and handed to the docs, so a
documented parameter type, body type or return type is the generated one, never a second reading of the spec.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from openapi_python_client.parser.openapi import GeneratorData

from .decisions import has_body, input_type, success_responses, success_type, value_type
from .kinds import ListKind, ModelKind, enum_values, kind_of
from .parsed import code_text, spec_text, wire_name


@dataclass(frozen=True)
class Signature:
    """An operation method's declared arguments, by (place, wire name): their Python name and type (without
    `| Unset`); the body's type and the result's."""

    parameters: dict[tuple[str, str], tuple[str, str]]
    body: str | None
    returns: str
    models: tuple[str, ...] = ()  # the model classes of its body and result, for links to their reference


@dataclass(frozen=True)
class Field:
    name: str
    wire_name: str
    type: str
    required: bool
    description: str


@dataclass(frozen=True)
class ModelReference:
    """A model as the reference docs describe it: its class, its description and its fields."""

    name: str
    description: str
    fields: tuple[Field, ...]
    values: tuple[str, ...] = ()  # for an enum: the values it lists
    formers: tuple[str, ...] = ()  # names it had before the spec named it, kept as aliases


def model_references(
    openapi: GeneratorData, formers: Mapping[str, tuple[str, ...]] | None = None
) -> list[ModelReference]:
    """Every generated model class, sorted by name, with its fields as the class declares them (and its former
    names, from `formers`)."""
    formers = formers or {}
    found = []
    for model in openapi.models:
        fields = tuple(
            Field(
                str(p.python_name),
                wire_name(p),
                value_type(p, model),
                bool(p.required),
                " ".join(spec_text(p.description).split()),
            )
            for p in [*(model.required_properties or []), *(model.optional_properties or [])]
        )
        description = " ".join(spec_text(model.description).split())
        name = str(model.class_info.name)
        found.append(ModelReference(name, description, fields, formers=formers.get(name, ())))
    for enum in openapi.enums:
        values = tuple(str(value) for value in enum_values(enum))
        name = str(enum.class_info.name)
        found.append(ModelReference(name, "An enum.", (), values, formers=formers.get(name, ())))
    return sorted(found, key=lambda reference: reference.name)


def _models_of(props: list[Any]) -> tuple[str, ...]:
    names = []
    for prop in props:
        kind = kind_of(prop)
        while isinstance(kind, ListKind):
            kind = kind.item
        if isinstance(kind, ModelKind):
            names.append(str(kind.prop.class_info.name))
    return tuple(dict.fromkeys(names))


def signatures(openapi: GeneratorData) -> dict[str, Signature]:
    """Every operation's signature, by method name."""
    found = {}
    for collection in openapi.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            arguments = [
                *(("path", p) for p in endpoint.path_parameters),
                *(("query", p) for p in endpoint.query_parameters),
                *(("header", p) for p in endpoint.header_parameters),
            ]
            body = input_type(endpoint.bodies[0].prop) if endpoint.bodies else None
            parameters = {(place, wire_name(p)): (str(p.python_name), _argument_type(p)) for place, p in arguments}
            props = [b.prop for b in endpoint.bodies] + [r.prop for r in success_responses(endpoint) if has_body(r)]
            found[str(endpoint.name)] = Signature(parameters, body, success_type(endpoint), _models_of(props))
    return found


def _argument_type(prop: Any) -> str:
    """The type a parameter is declared with: openapi-python-client's own annotation, as `parameters()` writes it."""
    kind_of(prop)  # an unknown kind stops the generation here too
    return code_text(prop.get_type_string(no_optional=True))
