# Generated from generator/render/templates/service_init.py.jinja by `make generate`; do not edit.
"""The `consents` operations: a module per operation (its request and its parsing) and the service."""
