"""Jinja as every renderer here uses it."""

from __future__ import annotations

from jinja2 import BaseLoader, Environment, StrictUndefined


def jinja_environment(loader: BaseLoader) -> Environment:
    """Strict (a name the template misspells is an error, not an empty string), blocks trimmed, and no
    autoescaping: the output is Python and Markdown, and the renderers escape spec text for each themselves."""
    return Environment(
        loader=loader,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
