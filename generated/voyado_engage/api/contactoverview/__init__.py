# Generated from openapi-python-client's built-in endpoint_init.py.jinja by `make generate`; do not edit.
"""Contains endpoint functions for accessing the API"""
