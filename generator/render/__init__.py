"""The renderers: the package (openapi-python-client with our templates) and the reference docs."""
