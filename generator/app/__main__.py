"""`python -m voyado_engage`: the same command line as `voyado-engage`."""

from ._cli import run

run()
