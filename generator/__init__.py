"""The codegen pipeline: bundle and lint the OpenAPI description, render the package, swap it in atomically."""
