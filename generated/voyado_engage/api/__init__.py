# Generated from openapi-python-client's built-in api_init.py.jinja by `make generate`; do not edit.
"""Contains methods for accessing the API"""
