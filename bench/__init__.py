"""`make bench`: the SDK against raw httpx, the liblab-generated SDK and pydantic, measured in one run."""
