"""The plan of the API: property kinds, operation decisions and signatures, read by every renderer."""
