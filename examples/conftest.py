"""`pytest examples/` runs the shop-side tests as a shop would: the fake Voyado's fixture from its plugin."""

pytest_plugins = ["voyado_engage.testing"]
