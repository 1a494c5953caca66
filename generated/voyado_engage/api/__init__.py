# Generated from generator/render/templates/api_init.py.jinja by `make generate`; do not edit.
"""The operations, one package per service: a module per operation (its request and its parsing) and the service."""
