# Generated from generator/app/__main__.py by `make generate`; do not edit.
"""`python -m voyado_engage`: the same command line as `voyado-engage`."""

from ._cli import run

run()
