"""The one error type of the generator: a problem in the spec, named by file and location."""

from __future__ import annotations

from pathlib import Path


class SpecError(Exception):
    """The API description cannot be turned into a package; says where (file, line, JSON pointer) and why."""

    def __init__(self, message: str, *, file: Path | None = None, pointer: str = "", line: int | None = None) -> None:
        self.message = message
        self.file = file
        self.pointer = pointer
        self.line = line
        super().__init__(self.describe())

    def describe(self) -> str:
        if self.file is None:
            return self.message
        where = _display_path(self.file)
        if self.line is not None:
            where += f":{self.line}"
        if self.pointer:
            where += f" (at #{self.pointer})"
        return f"{where}: {self.message}"


def _display_path(file: Path) -> str:
    try:
        return str(file.relative_to(Path.cwd()))
    except ValueError:
        return str(file)
