"""One simulation run as the GUI and scripts start it: traffic in, one result per offer out."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from referral_studio.domain.offer import Offer
from referral_studio.engine.event_log import EventLog
from referral_studio.engine.fraud_traffic import SyntheticFraud, add_fraud
from referral_studio.engine.generator import generate
from referral_studio.engine.log_files import read_event_log
from referral_studio.engine.log_sources import LogFile
from referral_studio.engine.replay import Cancelled, Progress, ReplayCancelled, replay
from referral_studio.engine.result import ReplayResult
from referral_studio.engine.traffic_options import TrafficOptions

Traffic = TrafficOptions | SyntheticFraud | Path | LogFile  # LogFile: a log read through a mapping


@dataclass(frozen=True, eq=False)
class SimulationRun:
    """The traffic that was replayed and the result of each offer over it, in the order given."""

    log: EventLog
    results: tuple[ReplayResult, ...]
    viral_coefficient: float | None  # known for synthetic traffic


def load_traffic(traffic: Traffic) -> tuple[EventLog, float | None]:
    """Generate synthetic traffic or read an event log file (EventLogError on a bad file)."""
    if isinstance(traffic, TrafficOptions):
        generated = generate(traffic)
        return generated.log, generated.viral_coefficient
    if isinstance(traffic, SyntheticFraud):
        generated = generate(traffic.traffic)
        return add_fraud(generated.log, traffic.fraud).log, generated.viral_coefficient
    if isinstance(traffic, LogFile):
        return traffic.read()[0], None
    return read_event_log(traffic), None


def simulate(
    offers: Sequence[Offer],
    traffic: Traffic | EventLog,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> SimulationRun:
    """Replay the same traffic under each offer; progress covers loading and every replay."""
    report: Callable[[float], None] = progress or (lambda _fraction: None)
    if isinstance(traffic, EventLog):
        log, viral = traffic, None
    else:
        report(0.0)
        log, viral = load_traffic(traffic)
    if cancelled is not None and cancelled():
        raise ReplayCancelled
    share = 1 / max(len(offers), 1)
    results = []
    for index, offer in enumerate(offers):

        def step(fraction: float, index: int = index) -> None:
            report(0.2 + 0.8 * share * (index + fraction))

        results.append(replay(offer, log, progress=step, cancelled=cancelled))
    report(1.0)
    return SimulationRun(log=log, results=tuple(results), viral_coefficient=viral)
