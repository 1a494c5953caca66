"""The generator treats every spec as untrusted: a corpus of hostile specs, small overlays on a copy of the real one.

Each case either stops with one error line naming the spec file and location (and writes nothing), or generates an
SDK that still works. A canary file next to the copied spec, outside its folder, must never reach any output.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from generator.errors import SpecError
from generator.plan.build import build_plan
from generator.plan.names import ARGUMENT_NAMES, FIELD_NAMES
from generator.render.docs import render_docs
from generator.render.package import render
from generator.spec.lint import lint
from tests.conftest import CANARY, ROOT, edit
from tests.fault_server import Action, fault_server

Overlay = Callable[[Path], object]


def write(relative: str, content: bytes) -> Overlay:
    def apply(spec_dir: Path) -> None:
        (spec_dir / relative).write_bytes(content)

    return apply


def symlink(relative: str, target: str) -> Overlay:
    def apply(spec_dir: Path) -> None:
        (spec_dir / relative).symlink_to(target)

    return apply


STORES_GET = "    operationId: StoresV_GetStores\n"
TAG_DESCRIPTION = (  # the first tag's description, replaced whole by each overlay below
    "  description: >-\n"
    "    Achievements (badges) of a contact: the definitions, and reading, setting or removing one on a contact.\n"
)
STORE_FIELDS = "ApiStore:\n  type: object\n  properties:\n"
ORDER_BY = "in-order-by: orderNumber"
CONTACTS, BULK_STATUS = "paths/contacts.yaml", "model-name: BulkStatus"
INCLUDE_INACTIVE = "    - name: includeInactive\n"


def extra_operation(path: str, operation_id: str, tag: str = "Stores", extra: str = "") -> Overlay:
    def apply(spec_dir: Path) -> None:
        item = textwrap.dedent(f"""
            {path}:
              get:
                tags: [{tag}]
                operationId: {operation_id}
                summary: Extra
                description: An extra operation added by a test.
            {textwrap.indent(extra, "    ")}
                responses:
                  '200':
                    description: OK
            """)
        with (spec_dir / "paths" / "stores.yaml").open("a", encoding="utf-8") as file:
            file.write(item)
        ref = path.replace("/", "~1").replace("{", "%7B").replace("}", "%7D")
        edit("openapi.yaml", "paths:\n", f"paths:\n  {path}:\n    $ref: paths/stores.yaml#/{ref}\n")(spec_dir)

    return apply


def method_named(name: str) -> Overlay:
    """An extra Stores operation whose `x-voyado-method-name` is `name`."""
    return extra_operation("/api/v2/extra", "Extra_Get", extra=f"x-voyado-method-name: {name}")


def new_tag(name: str) -> Overlay:
    return lambda spec_dir: (
        edit("openapi.yaml", "tags:\n", f"tags:\n- name: {name}\n  description: A tag.\n")(spec_dir),
        extra_operation("/api/v2/extra", "Extra_Get", tag=name)(spec_dir),
    )[-1]


REFUSED: dict[str, tuple[Overlay, str]] = {
    # 1. reading files outside the spec folder
    "ref-absolute": (edit("openapi.yaml", TAG_DESCRIPTION, "  description: {$ref: /etc/passwd}\n"), "only relative"),
    "ref-outside": (edit("openapi.yaml", TAG_DESCRIPTION, "  description: {$ref: ../canary.yaml#/x}\n"), "outside"),
    "ref-file-url": (edit("openapi.yaml", TAG_DESCRIPTION, "  description: {$ref: 'file:///etc/passwd'}\n"), "only"),
    "ref-http": (edit("openapi.yaml", TAG_DESCRIPTION, "  description: {$ref: 'http://127.0.0.1:9/x.yaml'}\n"), "only"),
    "ref-dev-zero": (edit("openapi.yaml", TAG_DESCRIPTION, "  description: {$ref: ../../../../dev/zero}\n"), "outside"),
    "ref-symlink": (
        lambda d: (
            symlink("leak.yaml", "../canary.yaml")(d),
            edit("openapi.yaml", TAG_DESCRIPTION, "  description: {$ref: leak.yaml#/x}\n")(d),
        )[-1],
        "outside",
    ),
    "example-outside": (
        edit(
            "schemas/orders.yaml",
            "x-voyado-example: examples/valid/order_confirmation.json",
            "x-voyado-example: ../canary.json",
        ),
        "outside",
    ),
    # 2. rewiring another operation through a colliding name
    "operation-id-twice": (
        extra_operation("/api/v2/extra", "Orders_RegisterOrder", extra="x-voyado-idempotent: true"),
        "already used",
    ),
    "operation-id-fullwidth": (extra_operation("/api/v2/extra", "\uff2frders_RegisterOrder"), "ASCII"),
    "operation-id-digraph": (extra_operation("/api/v2/extra", "\u01c5_Orders"), "ASCII"),
    "operation-id-dashes": (extra_operation("/api/v2/extra", "Orders-RegisterOrder", tag="Orders"), "same as"),
    "tag-collision": (new_tag("stores"), "same as"),
    "schema-twin": (edit("openapi.yaml", "  schemas:\n", "  schemas:\n    apiStore:\n      type: object\n"), "same as"),
    "method-name-twice": (method_named("list"), "same as"),
    "method-name-is-an-alias": (method_named("stores_v_get_store"), "same as"),
    "method-name-is-an-iterator": (method_named("list_iter"), "same as"),
    "method-name-camel-case": (method_named("getAll"), "snake_case"),
    "method-name-keyword": (method_named("class"), "snake"),
    "method-name-not-text": (method_named("7"), "snake"),
    "method-name-dunder": (method_named("__init__"), "snake_case"),
    "bulk-name-twice": (
        edit("paths/orders.yaml", "method-name: register_many", "method-name: orders_register_order"),
        "same as",
    ),
    "bulk-not-an-object": (edit("paths/orders.yaml", ORDER_BY, "in-order-by: [orderNumber]"), "object"),
    "bulk-order-by-unknown": (edit("paths/orders.yaml", ORDER_BY, "in-order-by: ordernumber"), "field"),
    "model-name-lower-case": (
        edit(CONTACTS, BULK_STATUS, "model-name: bulkStatus"),
        "Pascal",
    ),
    "model-name-of-a-schema": (
        edit(CONTACTS, BULK_STATUS, "model-name: ApiStore"),
        "already",
    ),
    "model-name-for-two-schemas": (
        edit(CONTACTS, "model-name: ContactDeletion\n", f"{BULK_STATUS}\n              minProperties: 1\n"),
        "another schema",
    ),
    **{
        f"client-header-{name.lower()}": (
            edit(
                "paths/stores.yaml",
                INCLUDE_INACTIVE,
                f"    - name: {name}\n      in: header\n      schema:\n        type: string\n{INCLUDE_INACTIVE}",
            ),
            "the client sets itself",
        )
        for name in ("Host", "apikey", "Content-Length", "TRANSFER-ENCODING")
    },
    "former-names-not-a-list": (
        edit("schemas/query.yaml", "former-names: [ChallengeGetChallengesFilter]", "former-names: lowercase"),
        "must list class names",
    ),
    "former-name-taken": (
        edit("schemas/query.yaml", "former-names: [ChallengeGetChallengesFilter]", "former-names: [ApiStore]"),
        "same as",
    ),
    "model-name-is-a-former-name": (edit(CONTACTS, BULK_STATUS, "model-name: ContactsVPromoteToMemberBody"), "same as"),
    # 3. names the SDK uses itself
    "method-name-raw": (method_named("with_raw_response"), "uses itself"),
    "method-name-builtins": (method_named("builtins"), "uses itself"),
    "tag-request": (new_tag("request"), "uses itself"),
    "tag-close": (new_tag("close"), "uses itself"),
    "tag-index": (new_tag("Index"), "uses itself"),
    "schema-unset": (
        edit("openapi.yaml", "  schemas:\n", "  schemas:\n    Unset:\n      type: object\n"),
        "uses itself",
    ),
    # 4. markup where only text belongs
    "path-with-pipe": (extra_operation("/api/v2/a|b", "Extra_Pipe"), "URL path"),
    "path-with-backtick": (extra_operation("/api/v2/a`b", "Extra_Tick"), "URL path"),
    # 5. memory and time
    "yaml-aliases": (
        lambda d: (
            write("schemas/bomb.yaml", b"a: &a [x, x, x, x, x, x, x, x, x, x]\nb: [*a, *a, *a, *a, *a, *a, *a]\n")(d),
            edit("schemas/stores.yaml", STORE_FIELDS, STORE_FIELDS + "    bomb: {$ref: bomb.yaml#/b}\n")(d),
        )[-1],
        "aliases",
    ),
    "huge-word": (
        edit("paths/stores.yaml", "      The stores,", "      " + "W" * 4_000_000 + " The stores,"),
        "characters",
    ),
    # 6. slipping past the parser
    "duplicate-key": (
        edit(
            "paths/stores.yaml",
            STORES_GET,
            STORES_GET + "    x-voyado-idempotent: false\n    x-voyado-idempotent: true\n",
        ),
        "duplicate key",
    ),
    "nul-byte": (edit("paths/stores.yaml", "Get stores", "Get\x00stores"), "NUL"),
    "not-utf8": (
        lambda d: (d / "paths" / "stores.yaml").write_bytes(
            (d / "paths" / "stores.yaml").read_bytes().replace(b"Get stores", b"Get \xff stores")
        ),
        "UTF-8",
    ),
    "deep-nesting": (
        edit("schemas/stores.yaml", STORE_FIELDS, STORE_FIELDS + "    deep: " + "[" * 20_000 + "]" * 20_000 + "\n"),
        "nested",
    ),
    "slash-in-component": (
        edit("openapi.yaml", "  schemas:\n", "  schemas:\n    a/b:\n      type: object\n"),
        "component name",
    ),
    "enum-line-separator": (
        edit(
            "schemas/stores.yaml",
            STORE_FIELDS,
            STORE_FIELDS + '    kind:\n      type: string\n      enum: ["a\\u2028b", B]\n',
        ),
        "line-separator",
    ),
    "enum-control-character": (
        edit(
            "schemas/stores.yaml",
            STORE_FIELDS,
            STORE_FIELDS + '    kind:\n      type: string\n      enum: ["a\\x1bb"]\n',
        ),
        "control",
    ),
    "duplicate-enum": (
        edit(
            "schemas/stores.yaml", STORE_FIELDS, STORE_FIELDS + "    kind:\n      type: string\n      enum: [A, B, A]\n"
        ),
        "twice",
    ),
}


def ref_chain(spec_dir: Path) -> None:
    links = "".join(f"n{i}: {{$ref: '#/n{i + 1}'}}\n" for i in range(10_000)) + "n10000: {type: string}\n"
    (spec_dir / "schemas" / "chain.yaml").write_text(links, encoding="utf-8")
    edit("schemas/stores.yaml", STORE_FIELDS, STORE_FIELDS + "    chained: {$ref: chain.yaml#/n0}\n")(spec_dir)


def ref_fan_out(spec_dir: Path) -> None:
    levels = ["l0: {type: string}"]
    for level in range(1, 12):
        refs = ", ".join(f"p{i}: {{$ref: '#/l{level - 1}'}}" for i in range(10))
        levels.append(f"l{level}: {{type: object, properties: {{{refs}}}}}")
    (spec_dir / "schemas" / "fan.yaml").write_text("\n".join(levels) + "\n", encoding="utf-8")
    edit("schemas/stores.yaml", STORE_FIELDS, STORE_FIELDS + "    fan: {$ref: fan.yaml#/l11}\n")(spec_dir)


def text_fan_out(spec_dir: Path) -> None:
    (spec_dir / "schemas" / "big.yaml").write_text("d: " + "x" * 90_000 + "\n", encoding="utf-8")
    fields = "".join(f"    f{i}: {{type: string, description: {{$ref: big.yaml#/d}}}}\n" for i in range(600))
    edit("schemas/stores.yaml", STORE_FIELDS, STORE_FIELDS + fields)(spec_dir)


REFUSED["text-fan-out"] = (text_fan_out, "characters of text")
REFUSED["ref-chain-10000"] = (ref_chain, "chain")
REFUSED["ref-fan-out"] = (ref_fan_out, "nodes")


def generate(spec_dir: Path, out: Path) -> Path:
    """The pipeline of `make generate`, into `out`: lint, render the package, render the docs."""
    bundle = lint(spec_dir / "openapi.yaml")
    plan = build_plan(bundle.document, spec_dir, bundle.where)
    package_dir = render(plan, out)
    render_docs(plan, out / "docs")
    return package_dir


def tree_text(directory: Path) -> str:
    return (
        "".join(p.read_text(errors="replace") for p in directory.rglob("*") if p.is_file())
        if directory.exists()
        else ""
    )


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_a_hostile_spec_is_refused_in_one_located_line(name: str, spec_copy: Path, tmp_path: Path) -> None:
    overlay, reason = REFUSED[name]
    overlay(spec_copy)
    started = time.perf_counter()
    with pytest.raises(SpecError) as caught:
        generate(spec_copy, tmp_path / "out")
    message = str(caught.value)
    assert time.perf_counter() - started < 30
    assert reason in message, message[:500]
    assert len(message.splitlines()) == 1 and len(message) < 1000, message[:500]
    assert ".yaml" in message and ("openapi" in message or "#/" in message), message[:500]  # names the place
    assert CANARY not in message and CANARY not in tree_text(tmp_path / "out")


def test_the_command_leaves_everything_untouched_and_exits_2(spec_copy: Path) -> None:
    REFUSED["ref-outside"][0](spec_copy)
    before = {p: p.read_bytes() for p in (ROOT / "docs").glob("*.md")}
    result = subprocess.run(
        [sys.executable, "-m", "generator", "check", "--spec", str(spec_copy / "openapi.yaml")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 2 and result.stderr.startswith("error: ") and "outside" in result.stderr
    assert CANARY not in result.stdout + result.stderr
    assert before == {p: p.read_bytes() for p in (ROOT / "docs").glob("*.md")}


def run_generated(out: Path, code: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(out)}
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120, check=False
    )


def test_reserved_field_and_argument_names_are_renamed_and_the_sdk_works(spec_copy: Path, tmp_path: Path) -> None:
    fields = "".join(
        f"    {name}:\n      type: string\n"
        for name in ("fields", "to_dict", "additional_properties", "result", "cls", "datetime")
    )
    edit("schemas/stores.yaml", STORE_FIELDS, STORE_FIELDS + fields)(spec_copy)
    parameters = "".join(
        f"    - name: {name}\n      description: A parameter named {name}.\n      in: query\n"
        "      schema:\n        type: string\n"
        for name in ("options", "params", "quote", "request_body")
    )
    edit("paths/stores.yaml", INCLUDE_INACTIVE, parameters + INCLUDE_INACTIVE)(spec_copy)
    edit("paths/stores.yaml", "    summary: Get stores\n", '    summary: Get "stores"\n')(spec_copy)
    # Path parameters named as every name the generated code reserves: each value must land in its own segment.
    reserved = sorted(ARGUMENT_NAMES)
    placeholders = "/".join(f"{{{name}}}" for name in reserved)
    path_parameters = (
        "parameters: ["
        + ", ".join(f"{{name: {name}, in: path, required: true, schema: {{type: string}}}}" for name in reserved)
        + "]"
    )
    extra_operation(f"/api/v2/extra/{placeholders}", "Extra_Reserved", extra=path_parameters)(spec_copy)
    package = generate(spec_copy, tmp_path / "out")
    values = [f"value-of-{name}" for name in reserved]
    with fault_server(Action(200, body=b"{}", headers=(("Content-Type", "application/json"),))) as server:
        call = textwrap.dedent(f"""
            from voyado_engage import VoyadoEngage
            VoyadoEngage(api_key="k", base_url={server.url!r}).stores.extra_reserved(*{values!r})
        """)
        called = run_generated(package.parent, call)
    assert called.returncode == 0, called.stderr[-2000:]
    assert [request.path for request in server.received] == ["/api/v2/extra/" + "/".join(values)]
    code = textwrap.dedent("""
        import inspect
        from voyado_engage import VoyadoEngage
        from voyado_engage.models import ApiStore
        store = ApiStore(fields_="f", to_dict_="t", additional_properties_="a", result_="r", name="n", external_id="e")
        wire = store.to_dict()
        assert wire["fields"] == "f" and wire["to_dict"] == "t" and wire["additional_properties"] == "a", wire
        assert ApiStore.from_dict(wire).fields_ == "f"
        assert ApiStore.from_dict({"cls": "c", "name": "n", "externalId": "e"}).cls_ == "c"  # the fast reader's
        assert ApiStore(datetime_="d", name="n", external_id="e").to_dict()["datetime"] == "d"
        method = VoyadoEngage(api_key="k", base_url="http://127.0.0.1:9").stores.stores_v_get_stores
        assert {"options_", "params_", "quote", "request_body_"} <= set(inspect.signature(method).parameters)
        assert method.__doc__.startswith('Get "stores"')
        print("ok")
    """)
    result = run_generated(package.parent, code)
    assert result.stdout.strip() == "ok", result.stderr[-2000:]


def test_every_reserved_name_reaches_the_server_in_its_place(spec_copy: Path, tmp_path: Path) -> None:
    """Query and header parameters named as each name the generated code reserves, and body fields named as each
    name a model reserves (plus names like the compiled methods' own locals): each value is sent under its wire
    name, in its place, whatever Python name the SDK gave the argument or field."""
    arguments = sorted(ARGUMENT_NAMES)
    fields = sorted(FIELD_NAMES | {"item", "model", "data", "get", "unset", "decimal", "wire_keys"})
    edit(
        "schemas/stores.yaml", STORE_FIELDS, STORE_FIELDS + "".join(f"    {n}:\n      type: string\n" for n in fields)
    )(spec_copy)
    # Alternately in the query and a header: `UNSET` and `Unset` are one Python name, refused in one place.
    places = {name: ("query", "header")[index % 2] for index, name in enumerate(arguments)}
    declared = ", ".join(
        f"{{name: {name}, in: {place}, required: true, schema: {{type: string}}}}" for name, place in places.items()
    )
    extra_operation("/api/v2/extra", "Extra_Reserved", extra=f"parameters: [{declared}]")(spec_copy)
    package = generate(spec_copy, tmp_path / "out")
    answer = Action(200, body=b"{}", headers=(("Content-Type", "application/json"),))
    store = Action(200, body=b'{"name": "n", "externalId": "e"}', headers=(("Content-Type", "application/json"),))
    with fault_server(answer, store) as server:
        code = textwrap.dedent(f"""
            import inspect
            from voyado_engage import VoyadoEngage
            sdk = VoyadoEngage(api_key="k", base_url={server.url!r}, max_retries=0)
            method = sdk.stores.extra_reserved
            names = [name for name in inspect.signature(method).parameters if name != "options"]
            sdk.stores.extra_reserved(**{{name: f"v-{{index}}" for index, name in enumerate(names)}})
            sdk.stores.create(request_body={{"name": "n", "externalId": "e", **{{f: "f-" + f for f in {fields!r}}}}})
            print(" ".join(names))
        """)
        called = run_generated(package.parent, code)
        assert called.returncode == 0, called.stderr[-2000:]
    # The method declares the query parameters, then the header ones, each in the spec's order.
    in_order = [name for place in ("query", "header") for name, where in places.items() if where == place]
    python_names = called.stdout.split()
    assert len(python_names) == len(in_order) and set(python_names) != set(in_order)  # some were renamed
    expected = {wire: f"v-{index}" for index, wire in enumerate(in_order)}
    query_call, body_call = server.received
    sent = dict(pair.split("=", 1) for pair in query_call.path.split("?", 1)[1].split("&"))
    assert sent == {name: value for name, value in expected.items() if places[name] == "query"}
    headers = {key.lower(): value for key, value in query_call.headers.items()}
    assert all(headers.get(name.lower()) == value for name, value in expected.items() if places[name] == "header")
    assert json.loads(body_call.body) == {"name": "n", "externalId": "e", **{name: f"f-{name}" for name in fields}}


def test_text_beyond_the_basic_plane_reaches_the_code_unchanged(spec_copy: Path, tmp_path: Path) -> None:
    """A wire name and enum values with a character beyond U+FFFF, quotes and a backslash are the same strings in
    every generated literal: the enum, the field map, the straight-line reader, the TypedDict's
    literals, to_dict."""
    field = r"""    "mood\U0001F600":
      type: string
      enum: ["happy\U0001F600", "say \"hi\" \\ 'twice'"]
"""
    edit("schemas/stores.yaml", STORE_FIELDS, STORE_FIELDS + field)(spec_copy)
    package = generate(spec_copy, tmp_path / "out")
    key, values = "mood\U0001f600", ["happy\U0001f600", "say \"hi\" \\ 'twice'"]
    code = textwrap.dedent(f"""
        import typing
        from voyado_engage.models import ApiStore, ApiStoreParam
        from voyado_engage.models.api_store_mood import ApiStoreMood
        key, values = {key!r}, {values!r}
        assert sorted(member.value for member in ApiStoreMood) == sorted(values), list(ApiStoreMood)
        for value in values:
            store = ApiStore.from_dict({{key: value, "name": "n", "externalId": "e"}})
            assert store.to_dict() == {{key: value, "name": "n", "externalId": "e"}} and not store.additional_properties
        hints = typing.get_type_hints(ApiStoreParam)
        assert sorted(typing.get_args(typing.get_args(hints[key])[1])) == sorted(values), hints[key]
        print("ok")
    """)
    result = run_generated(package.parent, code)
    assert result.stdout.strip() == "ok", result.stderr[-2000:]


def test_markup_in_spec_text_is_shown_not_run(spec_copy: Path, tmp_path: Path) -> None:
    hostile = (
        "<script>alert(1)</script> [click](javascript:alert(1)) | cell\n\n      ```python\n      import os\n      ```"
    )
    edit("paths/stores.yaml", "      The stores, active ones only", f"      {hostile} The stores, active ones only")(
        spec_copy
    )
    generate(spec_copy, tmp_path / "out")
    page = (tmp_path / "out" / "docs" / "stores.md").read_text(encoding="utf-8")
    assert "<script>" not in page and "[click](javascript:" not in page and "&lt;script&gt;" in page
    assert page.count("```python") == 2 * page.count("## ")  # only each method's signature and snippet


# --- spec-diff revisions are data ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "revision", ["HEAD; touch M", "--output=CHANGELOG.md", "-h", "HEAD --", "no-such-branch", "HEAD:openapi", ""]
)
def test_spec_diff_refuses_anything_but_a_commit(revision: str, tmp_path: Path) -> None:
    from generator.spec.diff import commit_of  # noqa: PLC0415

    with pytest.raises(SpecError, match=r"revision|names no commit"):
        commit_of(ROOT, revision)


def test_make_spec_diff_runs_no_command_from_its_base(tmp_path: Path) -> None:
    marker = tmp_path / "M"
    result = subprocess.run(
        ["make", "--no-print-directory", "spec-diff", f"BASE=HEAD; touch {marker}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode != 0 and not marker.exists()
    assert "is not a git revision" in result.stderr or "names no commit" in result.stderr


# --- a generation killed at any step is repaired by the next --------------------------------------------------------


def test_a_generation_killed_at_every_rename_is_repaired_by_the_next(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each rename of the swap is a place a kill can land: stop there, run again."""
    import generator.__main__ as command  # noqa: PLC0415

    monkeypatch.setattr(command, "DOCS", tmp_path / "docs")
    target = tmp_path / "generated" / "voyado_engage"
    spec = ROOT / "openapi" / "openapi.yaml"
    command.generate(spec, target)
    reference = {p.relative_to(tmp_path): p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}

    class Killed(BaseException):
        pass

    real_rename, real_replace = Path.rename, os.replace
    for kill_at in range(1, 5):  # the package's two renames, then the docs' two
        calls = [0]

        def counted(
            step: Callable[..., object], kill_at: int = kill_at, calls: list[int] = calls
        ) -> Callable[..., object]:
            def run(*args: object) -> object:
                calls[0] += 1
                if calls[0] == kill_at:
                    raise Killed
                return step(*args)

            return run

        with monkeypatch.context() as patch:
            patch.setattr(Path, "rename", counted(real_rename))
            patch.setattr(os, "replace", counted(real_replace))
            with pytest.raises(Killed):
                command.generate(spec, target)
        command.generate(spec, target)  # the next run repairs
        now = {p.relative_to(tmp_path): p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
        assert now == reference, f"killed at rename {kill_at}: the tree differs after the next run"
        leftovers = [p.name for p in (tmp_path / "generated").iterdir() if p.name.startswith(".")]
        assert leftovers == [] and not list(tmp_path.glob(".*")), leftovers


def test_a_field_named_like_a_class_is_renamed_and_works(spec_copy: Path, tmp_path: Path) -> None:
    """`orderFee` takes `order_fee`, so the parser keeps `OrderFee` for the other: named like the class, it would
    hide it in the model's compiled methods; it is renamed like a reserved name."""
    fields = "    orderFee:\n      $ref: orders.yaml#/OrderFee\n    OrderFee:\n      $ref: orders.yaml#/OrderFee\n"
    edit("schemas/stores.yaml", STORE_FIELDS, STORE_FIELDS + fields)(spec_copy)
    package = generate(spec_copy, tmp_path / "out")
    code = textwrap.dedent("""
        from voyado_engage.models import ApiStore
        store = ApiStore(name="n", external_id="e", OrderFee_={"value": 1}, orderFee={"value": 2})
        wire = store.to_dict()
        assert wire["OrderFee"] == {"value": 1} and wire["orderFee"] == {"value": 2}, wire
        assert ApiStore.from_dict(wire) == store
        print("ok")
    """)
    result = run_generated(package.parent, code)
    assert result.stdout.strip() == "ok", result.stderr[-2000:]
