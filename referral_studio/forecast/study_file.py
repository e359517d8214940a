"""`*.forecast.toml`: reading (strict, every message naming the file and the key) and writing.

TOML has no null; where an offer file would say null (an open window end, no cap, no
attribution window) a study says "none". TOML dates and times become the offer file's
ISO 8601 text before the offer is validated, so both forms are accepted.
"""

from __future__ import annotations

import dataclasses
import math
import os
import tomllib
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, TypeGuard

from referral_studio.domain.atomic_file import atomic_write
from referral_studio.domain.file_or_name import names_a_file
from referral_studio.domain.offer import Offer
from referral_studio.domain.offer_file import (
    FORMAT,
    NULLABLE_KEYS,
    VERSION,
    OfferFileError,
    offer_from_dict,
    offer_to_dict,
    read_offer_file,
)
from referral_studio.domain.offer_file import SUFFIX as OFFER_SUFFIX
from referral_studio.domain.text_file import read_utf8
from referral_studio.domain.times import format_time, parse_time
from referral_studio.engine.fraud_traffic import FRAUD_OPTION_KEYS, FraudTrafficOptions
from referral_studio.engine.presets import PRESET_NAMES, preset_options
from referral_studio.engine.traffic_options import OPTION_FIELDS, TrafficOptions, TrafficTooLarge
from referral_studio.engine.traffic_size import check_traffic_size, largest_corner
from referral_studio.forecast.output_checks import MAX_FILE_NAME, name_too_long
from referral_studio.forecast.response_table import ResponseError, read_response, response_lines
from referral_studio.forecast.study import (
    COST_KEYS,
    FRAUD_METRICS,
    MAX_RUNS,
    MAX_SEED,
    MAX_VARIANTS,
    NUMERIC_METRICS,
    Costs,
    Range,
    ResponseValue,
    Study,
    TrafficValue,
    Variant,
    file_stem,
)
from referral_studio.forecast.traffic_presets import traffic_file_items

SUFFIX = ".forecast.toml"
TOP_KEYS = ("name", "offer", "runs", "seed", "objective", "minimize", "traffic", "response", "variant", "costs")
NOT_OVERRIDABLE = ("format", "version")
MAX_NAME = 80
_DEFAULTS = TrafficOptions()
_FRAUD_DEFAULTS = FraudTrafficOptions()
TRAFFIC_KEYS = (*(name for name in vars(_DEFAULTS) if name != "seed"), *FRAUD_OPTION_KEYS)


class StudyError(ValueError):
    """A study file that cannot be used; the message names the file and the key."""


def read_study(path: str | os.PathLike[str]) -> Study:
    """Read and validate a `*.forecast.toml` file (UTF-8); the base offer file is found beside it."""
    return loads_study(read_utf8(path, StudyError), str(path), Path(path).parent)


def loads_study(text: str, source: str, folder: str | os.PathLike[str] = ".") -> Study:
    """Parse study-file text; `folder` is where a relative `offer` path is looked up."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise StudyError(f"{source}: not valid TOML: {error}") from None
    return study_from_dict(data, source, Path(folder))


def _fail(source: str, key: str, allowed: str, got: object = ...) -> StudyError:
    shown = "" if got is ... else f" (got {_shown(got)})"
    return StudyError(f"{source}: key {key!r} {allowed}{shown}")


def _shown(value: object) -> str:
    text = repr(value) if not isinstance(value, str) else f'"{value}"'
    return text if len(text) <= 60 else text[:57] + "..."


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: object) -> TypeGuard[int | float]:
    return (_is_int(value) or isinstance(value, float)) and math.isfinite(value)


def study_from_dict(data: dict[str, Any], source: str, folder: Path) -> Study:
    """Validate parsed TOML as a study."""
    for key in data:
        if key not in TOP_KEYS:
            raise StudyError(f"{source}: unknown key {key!r}; allowed at the top: {', '.join(TOP_KEYS)}")
    default_name = Path(source).name.removesuffix(SUFFIX).removesuffix(".toml")
    name = data.get("name", default_name)
    if not isinstance(name, str) or not name.strip():
        raise _fail(source, "name", "must be a non-empty string", name)
    for key in ("offer", "runs", "seed"):
        if key not in data:
            raise _fail(source, key, "is required")
    runs = data["runs"]
    if not _is_int(runs) or not 1 <= runs <= MAX_RUNS:
        raise _fail(source, "runs", f"must be a whole number from 1 to {MAX_RUNS:,}", runs)
    seed = data["seed"]
    if not _is_int(seed) or not 0 <= seed <= MAX_SEED:
        raise _fail(source, "seed", f"must be a whole number from 0 to {MAX_SEED:,}", seed)
    objective = data.get("objective", "net")
    if objective not in NUMERIC_METRICS + FRAUD_METRICS:
        allowed = ", ".join(f'"{m}"' for m in NUMERIC_METRICS)
        fraud = ", ".join(f'"{m}"' for m in FRAUD_METRICS)
        raise _fail(source, "objective", f"must be one of {allowed}, or (with fraud settings) {fraud}", objective)
    minimize = data.get("minimize", False)
    if not isinstance(minimize, bool):
        raise _fail(source, "minimize", "must be true or false", minimize)
    base, base_dict, offer_path = _base_offer(data["offer"], source, folder, name)
    preset, traffic = read_traffic(data.get("traffic", {}), source, folder)
    variants = _variants(data.get("variant"), base_dict, source)
    if objective in FRAUD_METRICS and not any(variant.offer.fraud.active for variant in variants):
        raise _fail(source, "objective", "is a fraud metric, and no variant has fraud settings", objective)
    return Study(
        name=name,
        base=base,
        variants=variants,
        runs=runs,
        seed=seed,
        traffic=traffic,
        preset=preset,
        costs=Costs(**_cost_amounts(data.get("costs", {}), source, "costs")),
        objective=objective,
        minimize=minimize,
        offer_path=offer_path,
        response=_response(data.get("response", {}), source),
    )


def _response(value: object, source: str) -> tuple[tuple[str, ResponseValue], ...]:
    try:
        return read_response(value, source)
    except ResponseError as error:
        raise StudyError(str(error)) from None


def _base_offer(value: object, source: str, folder: Path, study_name: str) -> tuple[Any, dict[str, Any], str | None]:
    if isinstance(value, str):
        if not value.strip():
            raise _fail(source, "offer", "must name an offer file (relative to the study file) or be an [offer] table")
        path = folder / value
        try:
            offer = read_offer_file(path)
        except OfferFileError as error:
            raise StudyError(f"{source}: key 'offer': {error}") from None
        return offer, offer_to_dict(offer), value
    if not isinstance(value, dict):
        raise _fail(source, "offer", "must be an offer file's name (a string) or an [offer] table", value)
    table = _offer_keys(value, "offer", source)
    table.setdefault("format", FORMAT)
    table.setdefault("version", VERSION)
    table.setdefault("name", study_name)
    try:
        offer = offer_from_dict(table, f"{source}: [offer]")
    except OfferFileError as error:
        raise StudyError(str(error)) from None
    return offer, offer_to_dict(offer), None


def _offer_keys(table: dict[str, Any], where: str, source: str, path: tuple[str, ...] = ()) -> dict[str, Any]:
    """TOML values as the offer file has them: times as ISO 8601 text, "none" as null where null is allowed."""
    result: dict[str, Any] = {}
    for key, value in table.items():
        here = (*path, key)
        if isinstance(value, dict):
            result[key] = _offer_keys(value, where, source, here)
        elif isinstance(value, datetime):
            result[key] = format_time(value) if value.tzinfo else value.isoformat() + "Z"
        elif isinstance(value, (date, time)):
            raise _fail(source, f"{where}.{'.'.join(here)}", "must be a date with a time of day", value.isoformat())
        elif value == "none" and here in NULLABLE_KEYS:  # "none" is null where an offer file allows null
            result[key] = None
        else:
            result[key] = value
    return result


def _variants(value: object, base: dict[str, Any], source: str) -> tuple[Variant, ...]:
    if value is None:
        offer = offer_from_dict(base, source)
        _check_file_name(offer.name, source, "offer", "the base offer's name (the one variant's name)")
        return (Variant(name=offer.name, overrides={}, offer=offer),)
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise _fail(source, "variant", "must be [[variant]] tables")
    if not 1 <= len(value) <= MAX_VARIANTS:
        raise _fail(source, "variant", f"must be 1 to {MAX_VARIANTS} [[variant]] tables", len(value))
    variants: list[Variant] = []
    stems: dict[str, str] = {}
    for number, table in enumerate(value, start=1):
        where = f"variant[{number}]"
        name = table.get("name")
        if not isinstance(name, str) or not name.strip() or len(name) > MAX_NAME:
            raise _fail(
                source, f"{where}.name", f"is required: a non-empty string of at most {MAX_NAME} characters", name
            )
        if any(ord(character) < 32 for character in name):
            raise _fail(source, f"{where}.name", "must not hold control characters (tabs, line breaks)", name)
        _check_file_name(name, source, f"{where}.name", "the variant's name")
        stem = file_stem(name).casefold()
        if stem in stems:
            raise _fail(source, f"{where}.name", f"must be unique; variant {stems[stem]!r} has the same name", name)
        stems[stem] = name
        overrides = {key: item for key, item in table.items() if key not in ("name", "costs")}
        for key in NOT_OVERRIDABLE:
            if key in overrides:
                raise _fail(source, f"{where}.{key}", "cannot be overridden by a variant (it is the file format's)")
        costs = _cost_amounts(table.get("costs", {}), source, f"{where}.costs")
        variants.append(make_variant(base, name, _offer_keys(overrides, where, source), source, costs))
    return tuple(variants)


def _check_file_name(name: str, source: str, key: str, what: str) -> None:
    """Refuse a variant name that cannot be its offer file's name in the output's variants/ folder."""
    file_name = f"{file_stem(name)}{OFFER_SUFFIX}"
    if name_too_long(file_name):
        raise _fail(
            source,
            key,
            f"gives a file name too long for any file system: {what} makes variants/<name>{OFFER_SUFFIX} "
            f"{len(os.fsencode(file_name)):,} bytes long, at most {MAX_FILE_NAME}; shorten it",
            name,
        )


def make_variant(
    base: dict[str, Any] | Offer,
    name: str,
    overrides: dict[str, Any],
    source: str,
    costs: dict[str, float] | None = None,
) -> Variant:
    """The variant `name`: offer-file `overrides` merged into the base offer and checked like an offer file.

    `costs` override the study's [costs] for this variant, key by key.
    """
    base_dict = offer_to_dict(base) if isinstance(base, Offer) else base
    merged = _merge(base_dict, overrides)
    merged["name"] = f"{base_dict['name']} ({name})"
    try:
        offer = offer_from_dict(merged, f"{source}: variant {name!r}")
    except OfferFileError as error:
        raise StudyError(str(error)) from None
    return Variant(name=name, overrides=overrides, offer=offer, costs=dict(costs or {}))


def _merge(base: dict[str, Any], overrides: dict[str, Any]) -> dict[str, Any]:
    """Tables merge key by key; any other value replaces."""
    merged = dict(base)
    for key, value in overrides.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def read_traffic(
    value: object, source: str, folder: Path = Path(".")
) -> tuple[str | None, tuple[tuple[str, TrafficValue], ...]]:
    """A [traffic] table's preset and options (ranges as Range), checked at both ends of every range.

    A preset that names a traffic file (relative to `folder`) gives its options as the study's own.
    """
    if not isinstance(value, dict):
        raise _fail(source, "traffic", "must be a [traffic] table")
    preset = value.get("preset")
    from_file: dict[str, TrafficValue] = {}
    if isinstance(preset, str) and names_a_file(preset):
        from_file = traffic_file_items(preset, folder, lambda text: StudyError(f"{source}: {text}"))
        value, preset = {key: item for key, item in value.items() if key != "preset"}, None
    if preset is not None and preset not in PRESET_NAMES:
        allowed = ", ".join(f'"{p}"' for p in PRESET_NAMES) + ", or a traffic file (NAME.traffic.toml)"
        raise _fail(source, "traffic.preset", "must be one of " + allowed, preset)
    base = preset_options(preset) if preset else _DEFAULTS
    items: list[tuple[str, TrafficValue]] = [(key, item) for key, item in from_file.items() if key not in value]
    for key, raw in value.items():
        where = f"traffic.{key}"
        if key == "preset":
            continue
        if key == "seed":
            raise _fail(source, where, "is not allowed: each run's traffic seed follows from the study's seed")
        if key not in TRAFFIC_KEYS:
            allowed = ", ".join(("preset", *TRAFFIC_KEYS))
            raise StudyError(f"{source}: unknown key {where!r}; allowed in [traffic]: {allowed}")
        items.append((key, _traffic_value(key, raw, where, source)))
    items.sort(key=_drawing_order)  # drawn in generate's order, whatever the file's
    ends: dict[str, dict[str, Any]] = {}  # each end of the ranges: the generator's options
    for end in ("low", "high"):
        values: dict[str, Any] = {key: getattr(item, end) if isinstance(item, Range) else item for key, item in items}
        fraud = {FRAUD_OPTION_KEYS[key]: values.pop(key) for key in FRAUD_OPTION_KEYS if key in values}
        ends[end] = values
        for problem in (*dataclasses.replace(base, **values).problems(), *FraudTrafficOptions(**fraud).problems()):
            option, _, allowed = problem.partition(": ")
            key, got = f"traffic.{option.replace('-', '_')}", _ranged(option, items)
            if option == "fraud-mix":  # the mix's own words say what is wrong in it
                raise StudyError(f"{source}: key {key!r}: {allowed} (got {_shown(got)})")
            raise _fail(source, key, f"must be {allowed}", got)
    if "fraud_mix" in value and "fraud_rate" not in value:
        raise _fail(source, "traffic.fraud_mix", "needs traffic.fraud_rate (without it no fraud is made)")
    try:  # every run must fit: the ranges' corner that grows largest, before any run starts
        check_traffic_size(largest_corner(base, ends["low"], ends["high"]))
    except TrafficTooLarge as error:
        raise StudyError(f"{source}: [traffic] at the ends of its ranges that grow most: {error}") from None
    return preset, tuple(items)


def _drawing_order(item: tuple[str, TrafficValue]) -> tuple[int, str]:
    """generate's options in their order; any other key after them, by name: never the file's order."""
    name = item[0]
    return (OPTION_FIELDS.index(name) if name in OPTION_FIELDS else len(OPTION_FIELDS), name)


def _ranged(option: str, items: list[tuple[str, TrafficValue]]) -> object:
    value = dict(items).get(option.replace("-", "_"), ...)
    return [value.low, value.high] if isinstance(value, Range) else value


def _traffic_value(key: str, raw: Any, where: str, source: str) -> TrafficValue:
    default = getattr(_FRAUD_DEFAULTS, FRAUD_OPTION_KEYS[key]) if key in FRAUD_OPTION_KEYS else getattr(_DEFAULTS, key)
    if isinstance(default, str):
        if not isinstance(raw, str):
            raise _fail(source, where, "must be a string (not a range)", raw)
        return raw
    if isinstance(default, datetime):
        if isinstance(raw, datetime):
            return raw if raw.tzinfo else parse_time(raw.isoformat())
        if isinstance(raw, str):
            try:
                return parse_time(raw)
            except ValueError as error:
                raise _fail(source, where, f"must be a time: {error}") from None
        raise _fail(source, where, "must be a time such as 2027-03-01T00:00:00Z (not a range)", raw)
    whole = _is_int(default)
    kind = "a whole number" if whole else "a number"
    allowed = f"must be {kind} or a [low, high] list of two"
    if isinstance(raw, list):
        if len(raw) != 2 or not all(_is_number(item) for item in raw) or (whole and not all(map(_is_int, raw))):
            raise _fail(source, where, allowed, raw)
        low, high = raw
        if low > high:
            raise _fail(source, where, "must be [low, high] with low ≤ high", raw)
        return Range(low, high) if whole else Range(float(low), float(high))
    if not _is_number(raw) or (whole and not _is_int(raw)):
        raise _fail(source, where, allowed, raw)
    return int(raw) if whole else float(raw)


MAX_AMOUNT = 1e290  # times 500M events (MAX_EVENTS), in two terms, summed over 1M runs: still a finite float


def _cost_amounts(value: object, source: str, where: str) -> dict[str, float]:
    """A costs table (the study's [costs] or a variant's `costs`): known keys, each a number ≥ 0."""
    if not isinstance(value, dict):
        raise _fail(source, where, "must be a table of costs")
    amounts = {}
    for key, raw in value.items():
        if key not in COST_KEYS:
            raise StudyError(f"{source}: unknown key '{where}.{key}'; allowed: {', '.join(COST_KEYS)}")
        if not _is_number(raw) or not 0 <= raw <= MAX_AMOUNT:
            raise _fail(source, f"{where}.{key}", f"must be a number ≥ 0 and at most {MAX_AMOUNT:g}", raw)
        amounts[key] = float(raw)
    return amounts


# Writing -------------------------------------------------------------------------------------


def dumps_study(study: Study) -> str:
    """The study as `*.forecast.toml` text that reads back to the same study."""
    lines = [f"name = {_toml(study.name)}"]
    if study.offer_path is not None:
        lines.append(f"offer = {_toml(study.offer_path)}")
    lines += [
        f"runs = {study.runs}",
        f"seed = {study.seed}",
        f"objective = {_toml(study.objective)}",
        f"minimize = {_toml(study.minimize)}",
    ]
    if study.offer_path is None:
        lines += ["", "[offer]"]
        lines += [f"{key} = {_toml(value)}" for key, value in _nulls_as_none(offer_to_dict(study.base)).items()]
    lines += ["", "[traffic]"]
    if study.preset is not None:
        lines.append(f"preset = {_toml(study.preset)}")
    for key, value in study.traffic:
        lines.append(f"{key} = {_toml([value.low, value.high] if isinstance(value, Range) else value)}")
    if study.variants and (
        study.variants[0].overrides or len(study.variants) > 1 or study.variants[0].name != study.base.name
    ):
        for variant in study.variants:
            lines += ["", "[[variant]]", f"name = {_toml(variant.name)}"]
            lines += [f"{key} = {_toml(value)}" for key, value in _nulls_as_none(variant.overrides).items()]
            if variant.costs:
                lines.append(f"costs = {_toml(variant.costs)}")
    if study.response:
        lines += ["", "[response]", *response_lines(study.response, _toml)]
    lines += ["", "[costs]"]
    lines += [f"{key} = {_toml(getattr(study.costs, key))}" for key in COST_KEYS]
    return "\n".join(lines) + "\n"


def write_study(study: Study, path: str | os.PathLike[str]) -> None:
    """Write the study file whole or not at all."""
    with atomic_write(path, newline="\n") as stream:
        stream.write(dumps_study(study))


def _nulls_as_none(table: dict[str, Any], path: tuple[str, ...] = ()) -> dict[str, Any]:
    """Offer-file keys as TOML can hold them: null as "none" where an offer file allows null, else left out."""
    result: dict[str, Any] = {}
    for key, value in table.items():
        here = (*path, key)
        if isinstance(value, dict):
            result[key] = _nulls_as_none(value, here)
        elif value is not None:
            result[key] = value
        elif here in NULLABLE_KEYS:
            result[key] = "none"
    return result


def _toml(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, datetime):
        return format_time(value)
    if isinstance(value, str):
        escaped = value.replace("\\", "\\\\").replace('"', '\\"')
        escaped = "".join(c if ord(c) >= 32 and c != "\x7f" else f"\\u{ord(c):04x}" for c in escaped)
        return f'"{escaped}"'
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{_key(k)} = {_toml(v)}" for k, v in value.items()) + " }" if value else "{}"
    raise TypeError(f"no TOML form for {value!r}")


def _key(key: str) -> str:
    return key if key.replace("_", "").replace("-", "").isalnum() and key.isascii() else _toml(key)
