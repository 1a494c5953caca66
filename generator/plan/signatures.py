"""The plan of the API that every renderer reads: each operation's method, as the generated code declares it.

Built once from openapi-python-client's parse (the same objects the templates render) and handed to the docs, so a
documented parameter type, body type or return type is the generated one, never a second reading of the spec.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from openapi_python_client.parser.openapi import GeneratorData

from .decisions import code_text, input_type, success_type
from .kinds import kind_of


@dataclass(frozen=True)
class Signature:
    """An operation method's declared arguments, by (place, wire name): their Python name and type (without
    `| Unset`); the body's type and the result's."""

    parameters: dict[tuple[str, str], tuple[str, str]]
    body: str | None
    returns: str


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
            parameters = {(place, _wire(p)): (str(p.python_name), _argument_type(p)) for place, p in arguments}
            found[str(endpoint.name)] = Signature(parameters, body, success_type(endpoint))
    return found


def _wire(prop: Any) -> str:
    name = prop.name
    return str(name.get_untrusted_value() if hasattr(name, "get_untrusted_value") else name)


def _argument_type(prop: Any) -> str:
    """The type a parameter is declared with: openapi-python-client's own annotation, as `parameters()` writes it."""
    kind_of(prop)  # an unknown kind stops the generation here too
    return code_text(prop.get_type_string(no_optional=True))
