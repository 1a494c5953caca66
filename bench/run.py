"""`make bench`: contenders measured side by side in one run, alternating, reported as medians and ratios.

The machine is shared and noisy, so every figure that matters is a ratio against a baseline measured in the same
run, with the contenders interleaved round by round. `--smoke` runs a few iterations only, so CI keeps the bench
working; nothing here asserts on time.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, cast

import httpx
import orjson

from bench import pydantic_models
from bench.workloads import order
from voyado_engage import AsyncVoyadoEngage, VoyadoEngage, validate_order
from voyado_engage.models import Order, OrderParam

ROOT = Path(__file__).resolve().parent.parent
API_KEY = "bench-key"
JSON_TYPE = {"Content-Type": "application/json"}


@dataclass
class Settings:
    rounds: int
    sends: int
    async_orders: int
    model_loops: int
    processes: int
    bulk_orders: int  # per latency, at --rate 40
    bulk_most: int  # at --rate 1000 against an instant server
    file_lines: int  # orders in the file `orders validate` reads


FULL = Settings(
    rounds=10,
    sends=120,
    async_orders=2000,
    model_loops=200,
    processes=15,
    bulk_orders=400,
    bulk_most=3000,
    file_lines=1_000_000,
)
SMOKE = Settings(
    rounds=2, sends=10, async_orders=100, model_loops=3, processes=2, bulk_orders=12, bulk_most=40, file_lines=2000
)


@dataclass
class Row:
    name: str
    figure: float
    unit: str
    goal: str
    met: bool | None
    detail: str = ""


def interleaved(contenders: dict[str, Callable[[], float]], rounds: int) -> dict[str, float]:
    """Median of each contender's measurement over `rounds`, the order rotating every round."""
    samples: dict[str, list[float]] = {name: [] for name in contenders}
    names = list(contenders)
    for round_number in range(rounds):
        for name in names[round_number % len(names) :] + names[: round_number % len(names)]:
            samples[name].append(contenders[name]())
    return {name: statistics.median(values) for name, values in samples.items()}


def per_call(action: Callable[[], object], calls: int) -> Callable[[], float]:
    def measure() -> float:
        started = time.perf_counter()
        for _ in range(calls):
            action()
        return (time.perf_counter() - started) / calls

    return measure


# sending


def bench_sends(url: str, settings: Settings) -> list[Row]:
    from voyado_engage_sdk import VoyadoEngageSdk  # noqa: PLC0415 - the peer lives in the bench venv only
    from voyado_engage_sdk.models import Order as LiblabOrder  # noqa: PLC0415

    rows = []
    sdk = VoyadoEngage(api_key=API_KEY, base_url=url, user_agent="Bench/1.0")
    raw = httpx.Client(base_url=url, headers={"apikey": API_KEY, "User-Agent": "Bench/1.0"})
    liblab = VoyadoEngageSdk(api_key=API_KEY, base_url=url)
    for items in (2, 50):
        payload = order(items)
        model = Order.from_dict(payload)
        liblab_model = LiblabOrder._unmap(payload)

        def with_sdk(body: Order = model) -> object:
            return sdk.orders.register(request_body=body)

        def with_sdk_dict(body: dict[str, Any] = payload) -> object:
            return sdk.orders.register(request_body=cast(OrderParam, body))

        # The same order as a file holds it: amounts read as Decimal (the README's form), the worse case.
        as_read = json.loads(json.dumps(payload), parse_float=Decimal)

        def with_sdk_file_dict(body: dict[str, Any] = as_read) -> object:
            return sdk.orders.register(request_body=cast(OrderParam, body))

        def with_raw(body: dict[str, Any] = payload) -> object:
            return raw.post("/api/v2/orders", json=body).raise_for_status()

        def with_raw_bytes(body: dict[str, Any] = payload) -> object:
            encoded = orjson.dumps(body)
            return raw.post("/api/v2/orders", content=encoded, headers=JSON_TYPE).raise_for_status()

        def with_liblab(body: Any = liblab_model) -> object:
            return liblab.orders.orders_register_order(body)

        contenders = {
            "sdk": per_call(with_sdk, settings.sends),
            "sdk_dict": per_call(with_sdk_dict, settings.sends),
            "sdk_file_dict": per_call(with_sdk_file_dict, settings.sends),
            "raw": per_call(with_raw, settings.sends),
            "raw_bytes": per_call(with_raw_bytes, settings.sends),
            "liblab": per_call(with_liblab, settings.sends),
        }
        for measure in contenders.values():  # warm up connections and caches
            measure()
        medians = interleaved(contenders, settings.rounds)
        us = {name: f"{value * 1e6:.0f} us" for name, value in medians.items()}
        goal = 1.00 if items == 2 else 0.80
        ratio = medians["sdk"] / medians["raw"]
        rows.append(
            Row(
                f"send {items}-item order (model): SDK / raw httpx",
                ratio,
                "x",
                f"<= {goal:.2f}x",
                ratio <= goal,
                f"SDK {us['sdk']}, raw {us['raw']} per send (validation on)",
            )
        )
        dict_forms = {
            "sdk_dict": ("plain dict", "dict checked and converted"),
            "sdk_file_dict": (
                "plain dict, Decimal amounts as read from a file",
                "raw httpx posts the float dict (it cannot encode Decimal)",
            ),
        }
        for name, (form, how) in dict_forms.items():
            dict_ratio = medians[name] / medians["raw"]
            rows.append(
                Row(
                    f"send {items}-item order ({form}): SDK / raw httpx",
                    dict_ratio,
                    "x",
                    "<= 1.00x" if items == 50 else "(reported)",
                    dict_ratio <= 1.0 if items == 50 else None,
                    f"SDK {us[name]} per send; {how}",
                )
            )
        floor = medians["raw_bytes"] / medians["raw"]
        rows.append(
            Row(
                f"send {items}-item order: pre-encoded bytes through httpx / raw httpx (the floor)",
                floor,
                "x",
                "(reported)",
                None,
                f"{us['raw_bytes']} per send: httpx's own cost, orjson included, nothing checked",
            )
        )
        liblab_ratio = medians["sdk"] / medians["liblab"]
        rows.append(
            Row(
                f"send {items}-item order (model): SDK / liblab SDK",
                liblab_ratio,
                "x",
                "<= 0.40x",
                liblab_ratio <= 0.40,
                f"liblab {us['liblab']} per send (its own model)",
            )
        )
    sdk.close()
    raw.close()
    return rows


def bench_async(url: str, settings: Settings) -> list[Row]:
    payload = order(2)
    concurrency = 32

    async def run(send: Callable[[dict[str, Any]], Any]) -> float:
        queue = list(range(settings.async_orders))

        async def worker() -> None:
            while queue:
                queue.pop()
                await send(payload)

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        return (time.perf_counter() - started) / settings.async_orders

    async def measure_all() -> dict[str, float]:
        limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
        async with (
            AsyncVoyadoEngage(api_key=API_KEY, base_url=url, http_client=httpx.AsyncClient(limits=limits)) as sdk,
            httpx.AsyncClient(base_url=url, limits=limits, headers={"apikey": API_KEY}) as raw,
        ):

            async def sdk_send(body: dict[str, Any]) -> Any:
                return await sdk.orders.register(request_body=cast(OrderParam, body))

            async def raw_send(body: dict[str, Any]) -> Any:
                return (await raw.post("/api/v2/orders", json=body)).raise_for_status()

            samples: dict[str, list[float]] = {"sdk": [], "raw": []}
            await run(sdk_send)
            await run(raw_send)
            for round_number in range(max(3, settings.rounds // 3)):
                order_of = [("sdk", sdk_send), ("raw", raw_send)]
                for name, send in order_of if round_number % 2 == 0 else order_of[::-1]:
                    samples[name].append(await run(send))
            return {name: statistics.median(values) for name, values in samples.items()}

    medians = asyncio.run(measure_all())
    ratio = medians["sdk"] / medians["raw"]
    return [
        Row(
            f"async, {settings.async_orders} orders at concurrency {concurrency}: SDK / raw httpx",
            ratio,
            "x",
            "(no goal; reported)",
            None,
            f"SDK {1 / medians['sdk']:.0f} orders/s, raw {1 / medians['raw']:.0f} orders/s",
        )
    ]


# models


def bench_models(settings: Settings) -> list[Row]:
    rows = []
    for items in (2, 50, 500):
        payload = orjson.loads(orjson.dumps(order(items)))
        loops = max(1, settings.model_loops // max(1, items // 10))

        def round_trip_sdk(body: dict[str, Any] = payload) -> object:
            return orjson.dumps(Order.from_dict(body).to_dict())

        def round_trip_json(body: dict[str, Any] = payload) -> object:
            return json.dumps(body)

        def round_trip_pydantic(body: dict[str, Any] = payload) -> object:
            model = pydantic_models.Order.model_validate(body)
            return model.model_dump_json(by_alias=True, exclude_unset=True)

        contenders = {
            "sdk": per_call(round_trip_sdk, loops),
            "json": per_call(round_trip_json, loops),
            "pydantic": per_call(round_trip_pydantic, loops),
        }
        medians = interleaved(contenders, settings.rounds)
        ratio = medians["sdk"] / medians["pydantic"]
        rows.append(
            Row(
                f"model round trip, {items} items: SDK / pydantic v2",
                ratio,
                "x",
                "<= 1.00x",
                ratio <= 1.0,
                f"SDK {medians['sdk'] * 1e6:.0f} us, pydantic {medians['pydantic'] * 1e6:.0f} us, "
                f"json.dumps alone {medians['json'] * 1e6:.0f} us",
            )
        )
    model = Order.from_dict(order(50))
    medians = interleaved(
        {
            "validate": per_call(lambda: validate_order(model), settings.model_loops),
            "to_dict": per_call(model.to_dict, settings.model_loops),
        },
        settings.rounds,
    )
    rows.append(
        Row(
            "validation of a 50-item order / its to_dict",
            medians["validate"] / medians["to_dict"],
            "x",
            "(reported)",
            None,
            f"validate {medians['validate'] * 1e6:.0f} us, to_dict {medians['to_dict'] * 1e6:.0f} us",
        )
    )
    return rows


def peak_memory() -> list[Row]:
    payload = orjson.loads(orjson.dumps(order(500)))

    def peak(action: Callable[[], object]) -> float:
        tracemalloc.start()
        action()
        _, top = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        return top / 1e6

    sdk = peak(lambda: orjson.dumps(Order.from_dict(payload).to_dict()))
    pydantic = peak(lambda: pydantic_models.Order.model_validate(payload).model_dump_json(by_alias=True))
    return [
        Row("peak memory, 500-item order round trip", sdk, "MB", "(reported)", None, f"pydantic v2 {pydantic:.2f} MB")
    ]


# processes


def import_time(settings: Settings) -> list[Row]:
    def once(module: str) -> float:
        result = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", f"import {module}"], capture_output=True, text=True, check=True
        )
        return int(result.stderr.strip().splitlines()[-1].split("|")[1]) / 1e6

    ours, theirs = [], []
    for _ in range(settings.processes):
        ours.append(once("voyado_engage"))
        theirs.append(once("httpx"))
    ratio = statistics.median(ours) / statistics.median(theirs)
    return [
        Row(
            "import voyado_engage / import httpx",
            ratio,
            "x",
            "<= 1.10x",
            ratio <= 1.10,
            f"{statistics.median(ours) * 1000:.0f} ms vs {statistics.median(theirs) * 1000:.0f} ms "
            f"(median of {settings.processes} processes)",
        )
    ]


def generation_time(project_python: str, settings: Settings) -> list[Row]:
    code = (
        "import tempfile, pathlib, time\n"
        "from generator.spec.lint import lint\nfrom generator.render.package import render\n"
        "from generator.plan.build import build_plan\nfrom generator.render.docs import render_docs\n"
        "t = time.perf_counter()\nspec = pathlib.Path('openapi/openapi.yaml')\nb = lint(spec)\n"
        "out = pathlib.Path(tempfile.mkdtemp())\nplan = build_plan(b.document, spec.parent)\n"
        "render(plan, out)\nrender_docs(plan, out / 'docs')\n"
        "print(time.perf_counter() - t)\n"
    )
    runs = [
        float(
            subprocess.run(
                [project_python, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
            ).stdout.strip()
        )
        for _ in range(max(1, settings.processes // 5))
    ]
    seconds = statistics.median(runs)
    return [Row("generation of the whole spec (107 operations)", seconds, "s", "< 20 s", seconds < 20)]


# bulk: `voyado-engage orders send` as a user runs it, against servers that answer after a latency


@contextmanager
def answering_after(latency_ms: int) -> Iterator[str]:
    command = [sys.executable, "-m", "bench.server", "--delay-ms", str(latency_ms)]
    server = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        yield f"http://127.0.0.1:{server.stdout.readline().strip()}"
    finally:
        server.terminate()
        server.wait(timeout=10)


@dataclass
class SendReport:
    starts_per_second: float  # between the first and the last start, as the journal's `sending` rows record them
    most_in_one_second: int
    duplicates: int  # orders started more than once
    accepted: int
    cpu_per_order_ms: float  # the command's user + system time, journal writes included


def send_file(url: str, orders: int, rate: float) -> SendReport:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "orders.jsonl"
        path.write_bytes(b"".join(orjson.dumps(order(2, number)) + b"\n" for number in range(orders)))
        environment = {**os.environ, "VOYADO_API_KEY": API_KEY, "VOYADO_BASE_URL": url}
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        command = [sys.executable, "-m", "voyado_engage", "orders", "send", str(path), "--rate", str(rate)]
        subprocess.run(command, env=environment, capture_output=True, check=True)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        database = sqlite3.connect(path.with_name("orders.jsonl.journal"))
        rows = database.execute("SELECT order_number, outcome, at FROM events ORDER BY id").fetchall()
        database.close()
    starts = sorted(datetime.fromisoformat(at).timestamp() for _, outcome, at in rows if outcome == "sending")
    started = Counter(number for number, outcome, _ in rows if outcome == "sending")
    most, first = 0, 0
    for last, moment in enumerate(starts):
        while moment - starts[first] >= 1.0:
            first += 1
        most = max(most, last - first + 1)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return SendReport(
        (len(starts) - 1) / max(starts[-1] - starts[0], 1e-9),
        most,
        sum(count > 1 for count in started.values()),
        sum(outcome == "accepted" for _, outcome, _ in rows),
        cpu / orders * 1000,
    )


def bench_bulk(settings: Settings) -> list[Row]:
    rows = []
    rate = 40
    for latency_ms in (0, 50, 200, 500):
        with answering_after(latency_ms) as url:
            report = send_file(url, settings.bulk_orders, rate)
        share = report.starts_per_second / rate
        met = share >= 0.95 and report.most_in_one_second <= rate and report.duplicates == 0
        rows.append(
            Row(
                f"orders send --rate {rate}, {settings.bulk_orders} orders, answers after {latency_ms} ms: "
                "starts per second / rate",
                share,
                "x",
                ">= 0.95x, never above the rate in any second, no duplicate",
                met and report.accepted == settings.bulk_orders,
                f"{report.starts_per_second:.1f}/s, at most {report.most_in_one_second} in one second, "
                f"{report.duplicates} duplicates, {report.accepted} accepted, "
                f"{report.cpu_per_order_ms:.2f} ms CPU per order",
            )
        )
    with answering_after(0) as url:
        report = send_file(url, settings.bulk_most, 1000)
    rows.append(
        Row(
            f"orders send --rate 1000, {settings.bulk_most} orders, instant answers: orders per second",
            report.starts_per_second,
            "/s",
            "(reported)",
            None,
            f"at most {report.most_in_one_second} in one second, {report.duplicates} duplicates, "
            f"{report.cpu_per_order_ms:.2f} ms CPU per order (one process)",
        )
    )
    return rows


# files of any size

# Runs `voyado-engage` in a process of its own and reports that process's peak memory in kB on stderr: VmHWM, the
# high-water mark of its own address space (ru_maxrss would carry over the larger figure of the process that
# started it, kept by Linux across fork and exec).
_PEAK_MEMORY = (
    "import runpy, sys\n"
    "sys.argv = ['voyado-engage', *sys.argv[1:]]\n"
    "try:\n    runpy.run_module('voyado_engage', run_name='__main__')\n"
    "except SystemExit:\n    pass\n"
    "status = open('/proc/self/status').read().split('VmHWM:')[1]\n"
    "print(status.split()[0], file=sys.stderr)\n"
)


def bench_files(settings: Settings) -> list[Row]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "orders.jsonl"
        with path.open("wb") as file:
            for number in range(settings.file_lines):
                file.write(orjson.dumps(order(1, number)) + b"\n")
        size_mb = path.stat().st_size / 1e6
        started = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-c", _PEAK_MEMORY, "orders", "validate", str(path)],
            capture_output=True,
            text=True,
            check=True,
        )
        seconds = time.perf_counter() - started
    peak_mb = int(result.stderr.strip().splitlines()[-1]) / 1024
    return [
        Row(
            f"orders validate, a {settings.file_lines:,}-line file ({size_mb:.0f} MB): peak memory",
            peak_mb,
            "MB",
            "< 100 MB",
            peak_mb < 100,
            f"{settings.file_lines / seconds:,.0f} orders/s validated, start-up included",
        )
    ]


# report


def write_results(rows: list[Row], out_dir: Path, smoke: bool) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    lines = [
        "# Benchmark results",
        "",
        "Produced by `make bench` on this project's 2-core machine; contenders interleaved in one run, medians.",
        "Ratios below 1 mean the SDK is faster."
        + (" SMOKE RUN: too few iterations to mean anything." if smoke else ""),
        "",
        "| measure | figure | goal | met | detail |",
        "|---|---|---|---|---|",
    ]
    for row in rows:
        met = "" if row.met is None else ("yes" if row.met else "**no**")
        lines.append(f"| {row.name} | {row.figure:.2f} {row.unit} | {row.goal} | {met} | {row.detail} |")
    (out_dir / "RESULTS.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    chart(rows, out_dir / "ratios.png")


def chart(rows: list[Row], path: Path) -> None:
    import matplotlib  # noqa: PLC0415 - only the report needs it

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt  # noqa: PLC0415

    ratios = [row for row in rows if row.unit == "x"]
    figure, axes = plt.subplots(figsize=(10, 0.5 * len(ratios) + 1.5))
    names = [row.name for row in ratios]
    colours = ["#2a9d8f" if row.met in (True, None) else "#e76f51" for row in ratios]
    axes.barh(names, [row.figure for row in ratios], color=colours)
    for index, row in enumerate(ratios):
        if row.goal.startswith("<="):
            goal = float(row.goal.removeprefix("<= ").removesuffix("x"))
            axes.plot([goal, goal], [index - 0.4, index + 0.4], color="black", linewidth=2)
    axes.axvline(1.0, color="grey", linestyle=":")
    axes.invert_yaxis()
    axes.set_xlabel("ratio (SDK / baseline); black tick = goal")
    axes.set_title("voyado-engage SDK benchmarks")
    figure.tight_layout()
    figure.savefig(path, dpi=100)
    plt.close(figure)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--smoke", action="store_true", help="a few iterations, to check that the bench works")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent)
    parser.add_argument("--project-python", default=str(ROOT / ".venv" / "bin" / "python"))
    args = parser.parse_args()
    settings = SMOKE if args.smoke else FULL
    server = subprocess.Popen([sys.executable, "-m", "bench.server"], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        url = f"http://127.0.0.1:{server.stdout.readline().strip()}"
        rows = bench_sends(url, settings) + bench_async(url, settings)
    finally:
        server.terminate()
        server.wait(timeout=10)
    rows += bench_bulk(settings) + bench_files(settings)
    rows += bench_models(settings) + peak_memory() + import_time(settings)
    rows += generation_time(args.project_python, settings)
    for row in rows:
        print(f"{row.name:<70} {row.figure:8.2f} {row.unit:<3} goal {row.goal:<20} {row.detail}")
    write_results(rows, args.out, args.smoke)
    print(f"wrote {args.out / 'RESULTS.md'} and {args.out / 'ratios.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
