"""Runnable examples of the SDK, and the local mock Voyado they run against."""
