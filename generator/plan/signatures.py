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
    """An operation method's declared types: each argument (without `| Unset`), the body and the result."""

    parameters: dict[str, str]
    body: str | None
    returns: str


def signatures(openapi: GeneratorData) -> dict[str, Signature]:
    """Every operation's signature, by method name."""
    found = {}
    for collection in openapi.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            arguments = [*endpoint.path_parameters, *endpoint.query_parameters, *endpoint.header_parameters]
            body = input_type(endpoint.bodies[0].prop) if endpoint.bodies else None
            parameters = {str(p.python_name): _argument_type(p) for p in arguments}
            found[str(endpoint.name)] = Signature(parameters, body, success_type(endpoint))
    return found


def _argument_type(prop: Any) -> str:
    """The type a parameter is declared with: openapi-python-client's own annotation, as `parameters()` writes it."""
    kind_of(prop)  # an unknown kind stops the generation here too
    return code_text(prop.get_type_string(no_optional=True))
