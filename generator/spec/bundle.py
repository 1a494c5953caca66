"""Read the multi-file API description and bundle it into one document.

The description is split for people: `openapi.yaml` is the root, paths live in `paths/<tag>.yaml`, schemas in
`schemas/<area>.yaml`. Tools downstream want one document, so `bundle()` follows every `$ref`:

- a reference to something the root registers under `components` becomes a local `#/components/...` reference,
  so a schema keeps its name (and its generated class) however many files point at it;
- any other external reference is inlined.

Every mapping in the bundle remembers the file and JSON pointer it came from, so that a problem found in the
bundle (by the OpenAPI validator, say) can be reported at its place in the source files.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import yaml

from ..errors import SpecError

COMPONENT_KINDS = ("schemas", "responses", "parameters", "requestBodies", "headers", "examples", "securitySchemes")


@dataclass(frozen=True)
class Origin:
    """Where a node of the bundle was written: a source file and a JSON pointer inside it."""

    file: Path
    pointer: str


@dataclass
class Bundle:
    """The bundled document and, for each of its mappings, the place in the sources it came from."""

    document: dict[str, Any]
    origins: dict[int, Origin] = field(default_factory=dict)
    spec_dir: Path = Path("openapi")

    def where(self, pointer: str) -> str:
        """`file:line (at #/...)` in the sources for a pointer into the bundled document (`#/paths/...`)."""
        parts = [part.replace("~1", "/").replace("~0", "~") for part in pointer.removeprefix("#/").split("/")]
        return self.locate([part for part in parts if part]).describe().removesuffix(": ")

    def locate(self, path: list[str | int]) -> SpecError:
        """Turn a path in the bundled document into an error that points at the source file and line."""
        node: Any = self.document
        origin = self.origins[id(node)]
        rest: list[str] = []
        for key in path:
            try:
                node = node[key]
            except (KeyError, IndexError, TypeError):
                break
            rest.append(str(key))
            found = self.origins.get(id(node))
            if found is not None:
                origin, rest = found, []
        pointer = origin.pointer + "".join("/" + _escape(part) for part in rest)
        return SpecError("", file=origin.file, pointer=pointer, line=line_of(origin.file, pointer))


_COMPONENT_NAME = re.compile(r"[A-Za-z0-9._-]+")
MAX_FILE_BYTES = 5 * 1024 * 1024  # far above any real description file
MAX_STRING = 100_000  # characters in one scalar (a description, a pattern)
MAX_DEPTH = 100  # nesting of mappings and sequences in one file
MAX_REF_CHAIN = 32  # references followed from one place
MAX_NODES = 500_000  # mappings and sequences in the bundled document (references are inlined at each use)
MAX_TEXT = 50_000_000  # characters of text in the bundled document, counted at each use (what docs would hold)


class _StrictLoader(yaml.SafeLoader):
    """YAML as a description should be: no aliases (a few bytes could expand to gigabytes), no duplicate keys
    (the last would silently win), bounded nesting and string length."""

    def compose_node(self, parent: yaml.Node | None, index: Any) -> yaml.Node | None:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()  # type: ignore[no-untyped-call]
            raise yaml.MarkedYAMLError(problem="YAML aliases (*name) are not allowed", problem_mark=event.start_mark)
        self._depth = getattr(self, "_depth", 0) + 1
        try:
            if self._depth > MAX_DEPTH:
                mark = self.peek_event().start_mark  # type: ignore[no-untyped-call]
                raise yaml.MarkedYAMLError(problem=f"nested deeper than {MAX_DEPTH} levels", problem_mark=mark)
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            if not isinstance(key, str | int | float | bool) or key in seen:
                problem = f"duplicate key {key!r}" if key in seen else f"a key must be a plain scalar, not {key!r}"
                raise yaml.MarkedYAMLError(problem=problem, problem_mark=key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)

    def construct_scalar(self, node: yaml.ScalarNode | yaml.MappingNode) -> Any:
        value = super().construct_scalar(node)
        if isinstance(value, str) and len(value) > MAX_STRING:
            raise yaml.MarkedYAMLError(
                problem=f"a string of {len(value)} characters (at most {MAX_STRING})", problem_mark=node.start_mark
            )
        return value


def read_text(file: Path) -> str:
    """A file of the description as text: at most MAX_FILE_BYTES, UTF-8 without NUL bytes, or a located error."""
    try:
        with file.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise SpecError(f"cannot read the file: {exc.strerror}", file=file) from None
    if len(raw) > MAX_FILE_BYTES:
        raise SpecError(f"larger than {MAX_FILE_BYTES} bytes", file=file)
    if b"\0" in raw:
        raise SpecError("holds a NUL byte", file=file, line=raw.count(b"\n", 0, raw.index(b"\0")) + 1)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SpecError(
            f"not UTF-8 (byte {raw[exc.start]:#04x})", file=file, line=raw.count(b"\n", 0, exc.start) + 1
        ) from None


def load_yaml(file: Path) -> Any:
    """Parse one YAML file; every problem names the file, line and column."""
    text = read_text(file)
    try:
        return yaml.load(text, Loader=_StrictLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        line = mark.line + 1 if mark is not None else None
        raise SpecError(f"not valid YAML: {exc.problem}", file=file, line=line) from None
    except yaml.YAMLError as exc:  # the reader's errors (control characters) carry a position, not a mark
        raise SpecError(f"not valid YAML: {exc}", file=file) from None
    except RecursionError:
        raise SpecError(f"nested deeper than {MAX_DEPTH} levels", file=file) from None


def confined(spec_dir: Path, base: Path, location: str, *, file: Path, pointer: str) -> Path:
    """The file `location` names, relative to `base`: only a plain relative path to a regular file inside
    `spec_dir`, symlinks resolved. Anything else is refused at `file` and `pointer`, where it was written."""
    reason = None
    target = spec_dir
    if "://" in location or location.startswith(("/", "\\", "~")) or ":" in location.split("/")[0]:
        reason = f"refers to {location!r}: only relative paths inside {spec_dir.name}/ are read"
    else:
        target = (base.parent / unquote(location)).resolve()
        if not target.is_relative_to(spec_dir):
            reason = f"refers to {location!r}, which is outside {spec_dir.name}/ (symlinks resolved)"
        elif target.exists() and not target.is_file():
            reason = f"refers to {location!r}, which is not a regular file"
    if reason is not None:
        raise SpecError(reason, file=file, pointer=pointer, line=line_of(file, pointer))
    return target


def line_of(file: Path, pointer: str) -> int | None:
    """The 1-based line of the node at `pointer` in a YAML file (or of its deepest existing ancestor)."""
    try:
        node: yaml.Node | None = yaml.compose(read_text(file), Loader=_StrictLoader)
    except (SpecError, yaml.YAMLError, RecursionError):
        return None
    if node is None:
        return None
    line: int = node.start_mark.line + 1
    for part in _split_pointer(pointer):
        child = _child(node, part)
        if child is None:
            break
        key_node, node = child
        line = int((key_node or node).start_mark.line) + 1
    return line


def _child(node: yaml.Node, part: str) -> tuple[yaml.Node | None, yaml.Node] | None:
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if key.value == part:
                return key, value
    elif isinstance(node, yaml.SequenceNode) and part.isdigit() and int(part) < len(node.value):
        return None, node.value[int(part)]
    return None


def _split_pointer(pointer: str) -> list[str]:
    if pointer in ("", "/"):
        return []
    return [part.replace("~1", "/").replace("~0", "~") for part in pointer.lstrip("/").split("/")]


def _escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


class _Bundler:
    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self.spec_dir = self.root.parent
        self.nodes = 0
        self.text = 0
        self.files: dict[Path, Any] = {}
        self.registered: dict[tuple[Path, str], str] = {}
        self.origins: dict[int, Origin] = {}
        self.resolving: list[tuple[Path, str]] = []

    def document(self, file: Path) -> Any:
        if file not in self.files:
            self.files[file] = load_yaml(file)
        return self.files[file]

    def target(self, file: Path, pointer: str, *, ref_file: Path, ref_pointer: str) -> Any:
        if not file.is_file():
            raise SpecError(
                f"$ref points to a missing file {file.name}",
                file=ref_file,
                pointer=ref_pointer,
                line=line_of(ref_file, ref_pointer),
            )
        node = self.document(file)
        for part in _split_pointer(pointer):
            if isinstance(node, dict) and part in node:
                node = node[part]
            elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
                node = node[int(part)]
            else:
                raise SpecError(
                    f"$ref points to #{pointer}, which {file.name} does not have",
                    file=ref_file,
                    pointer=ref_pointer,
                    line=line_of(ref_file, ref_pointer),
                )
        return node

    def split_ref(self, ref: str, base: Path, pointer: str) -> tuple[Path, str]:
        location, _, fragment = ref.partition("#")
        file = confined(self.spec_dir, base, location, file=base, pointer=pointer) if location else base
        return file, unquote(fragment)  # a fragment is URI-encoded: `{` in a path is written %7B

    def register_components(self, root_doc: dict[str, Any]) -> None:
        components = root_doc.get("components") or {}
        for kind in COMPONENT_KINDS:
            for name, value in (components.get(kind) or {}).items():
                if not isinstance(name, str) or not _COMPONENT_NAME.fullmatch(name):
                    pointer = f"/components/{kind}/{_escape(str(name))}"
                    raise SpecError(
                        f"component name {name!r}: only letters, digits, '.', '-' and '_' (OpenAPI's rule)",
                        file=self.root,
                        pointer=pointer,
                        line=line_of(self.root, pointer),
                    )
                if isinstance(value, dict) and isinstance(value.get("$ref"), str):
                    key = self.split_ref(value["$ref"], self.root, f"/components/{kind}/{_escape(name)}")
                    self.registered[key] = f"#/components/{kind}/{name}"
                self.registered.setdefault(
                    (self.root, f"/components/{kind}/{_escape(name)}"), f"#/components/{kind}/{name}"
                )

    def walk(self, node: Any, file: Path, pointer: str, depth: int = 0) -> Any:
        if isinstance(node, str):
            self.text += len(node)
        if isinstance(node, list | dict | str):
            self.nodes += not isinstance(node, str)
            if self.nodes > MAX_NODES or self.text > MAX_TEXT or depth > MAX_DEPTH * 2:
                what = (
                    f"more than {MAX_NODES} nodes"
                    if self.nodes > MAX_NODES
                    else f"more than {MAX_TEXT} characters of text"
                    if self.text > MAX_TEXT
                    else "nesting too deep"
                )
                raise SpecError(
                    f"the bundled description grows to {what} (references expand at every use)",
                    file=file,
                    pointer=pointer,
                    line=line_of(file, pointer),
                )
        if isinstance(node, list):
            return [self.walk(item, file, f"{pointer}/{index}", depth + 1) for index, item in enumerate(node)]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str):
            return self.follow(ref, file, pointer, depth)
        result = {
            key: self.walk(value, file, f"{pointer}/{_escape(str(key))}", depth + 1) for key, value in node.items()
        }
        self.origins[id(result)] = Origin(file, pointer)
        return result

    def follow(self, ref: str, file: Path, pointer: str, depth: int) -> Any:
        key = self.split_ref(ref, file, pointer)
        local = self.registered.get(key)
        if local is not None:
            return {"$ref": local}
        if len(self.resolving) >= MAX_REF_CHAIN:
            raise SpecError(
                f"$ref {ref} ends a chain of more than {MAX_REF_CHAIN} references",
                file=file,
                pointer=pointer,
                line=line_of(file, pointer),
            )
        if key in self.resolving:
            raise SpecError(
                f"$ref {ref} refers back to itself; register it under components in {self.root.name}",
                file=file,
                pointer=pointer,
                line=line_of(file, pointer),
            )
        self.resolving.append(key)
        try:
            target = self.target(*key, ref_file=file, ref_pointer=pointer)
            return self.walk(target, *key, depth + 1)
        finally:
            self.resolving.pop()

    def bundle(self) -> Bundle:
        root_doc = self.document(self.root)
        if not isinstance(root_doc, dict):
            raise SpecError("the root of the description must be a mapping", file=self.root)
        self.register_components(root_doc)
        document: dict[str, Any] = {}
        self.origins[id(document)] = Origin(self.root, "")
        for key, value in root_doc.items():
            if key == "components":
                document[key] = self.components(value)
            else:
                document[key] = self.walk(value, self.root, "/" + _escape(key))
        return Bundle(document, self.origins, self.spec_dir)

    def components(self, components: dict[str, Any]) -> dict[str, Any]:
        result: dict[str, Any] = {}
        self.origins[id(result)] = Origin(self.root, "/components")
        for kind, entries in components.items():
            section: dict[str, Any] = {}
            self.origins[id(section)] = Origin(self.root, f"/components/{kind}")
            for name, value in (entries or {}).items():
                pointer = f"/components/{kind}/{_escape(name)}"
                if isinstance(value, dict) and isinstance(value.get("$ref"), str):
                    target_file, target_pointer = self.split_ref(value["$ref"], self.root, pointer)
                    target = self.target(target_file, target_pointer, ref_file=self.root, ref_pointer=pointer)
                    section[name] = self.walk(target, target_file, target_pointer)
                else:
                    section[name] = self.walk(value, self.root, pointer)
            result[kind] = section
        return result


def bundle(root: Path) -> Bundle:
    """Bundle the description rooted at `root` into one document (see the module docstring)."""
    return _Bundler(root).bundle()


def iter_operations(document: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Every operation of a bundled document as (method, path, operation)."""
    for path, item in (document.get("paths") or {}).items():
        for method in ("get", "put", "post", "delete", "options", "head", "patch", "trace"):
            operation = item.get(method)
            if isinstance(operation, dict):
                yield method, path, operation


# Reading a bundled document: every renderer and the spec diff use these, so each rule is written once.


def ref_name(ref: str) -> str:
    """The component name a local reference points at: `#/components/schemas/Order` -> `Order`."""
    return ref.rsplit("/", 1)[-1]


def resolve(document: dict[str, Any], node: dict[str, Any], kind: str) -> dict[str, Any]:
    """`node`, or the component of `kind` (parameters, responses, schemas) its `$ref` names."""
    ref = node.get("$ref")
    return document["components"][kind][ref_name(ref)] if isinstance(ref, str) else node


def operation_parameters(document: dict[str, Any], operation: dict[str, Any]) -> list[dict[str, Any]]:
    """An operation's parameters with references resolved."""
    return [resolve(document, parameter, "parameters") for parameter in operation.get("parameters") or []]


def json_schema_of(node: dict[str, Any] | None) -> dict[str, Any] | None:
    """The `application/json` schema of a request body or a response, if it has one."""
    media = ((node or {}).get("content") or {}).get("application/json") or {}
    schema = media.get("schema")
    return schema if isinstance(schema, dict) else None


def body_schema_of(operation: dict[str, Any]) -> dict[str, Any] | None:
    """An operation's JSON request body schema, if it has one."""
    return json_schema_of(operation.get("requestBody"))


def success_schemas(document: dict[str, Any], operation: dict[str, Any]) -> dict[str, dict[str, Any] | None]:
    """Each 2xx status of an operation with its JSON body schema (None for no body)."""
    return {
        str(status): json_schema_of(resolve(document, response, "responses"))
        for status, response in (operation.get("responses") or {}).items()
        if str(status).startswith("2")
    }
