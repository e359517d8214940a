"""The forecast workspace on a real TLS scheduler: the address field and the three TLS files, remembered."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtWidgets import QLineEdit, QPushButton

from referral_studio.forecast.execution import run_in_process
from referral_studio.forecast.outputs import ranking_text
from referral_studio.ui.forecast.forecast_panel import ForecastPanel
from referral_studio.ui.forecast.scheduler_fields import TLS_FIELDS
from referral_studio.ui.settings import UiSettings
from tests.dask_processes import Processes
from tests.ui.forecast.test_forecast_panel import OFFER, panel_on


def test_a_forecast_runs_on_a_tls_scheduler_with_the_three_files(
    qtbot: object, settings: UiSettings, tls_cluster: Processes, certificates: dict[str, Path]
) -> None:
    panel = panel_on(qtbot, settings)
    fields = [panel.findChild(QLineEdit, name) for name in TLS_FIELDS]
    assert not any(field.isEnabled() for field in fields)  # only a tls:// address takes TLS files
    panel.form.scheduler.setText(tls_cluster.address)
    assert all(field.isEnabled() for field in fields)
    paths = (str(certificates["ca"]), str(certificates["node"]), str(certificates["node-key"]))
    for field, path in zip(fields, paths, strict=True):
        field.setText(path)
    with qtbot.waitSignal(panel.sig_finished, timeout=120_000):  # type: ignore[attr-defined]
        panel.findChild(QPushButton, "runForecast").click()
    assert panel.forecast is not None, panel.message.text()
    assert panel.forecast.execution.scheduler == tls_cluster.address
    expected = run_in_process(panel.form.current_study())
    assert ranking_text(panel.forecast) == ranking_text(expected)
    assert np.array_equal(panel.forecast.bands, expected.bands)
    assert settings.forecast_tls_files == paths
    again = ForecastPanel(OFFER, settings=settings)
    assert tuple(again.findChild(QLineEdit, name).text() for name in TLS_FIELDS) == paths


def test_a_certificate_the_cluster_did_not_sign_is_reported(
    qtbot: object, settings: UiSettings, tls_cluster: Processes, certificates: dict[str, Path]
) -> None:
    panel = panel_on(qtbot, settings)
    panel.form.scheduler.setText(tls_cluster.address)
    panel.form.where_to_run.set_tls_files(
        (str(certificates["ca"]), str(certificates["stranger"]), str(certificates["stranger-key"]))
    )
    with qtbot.waitSignal(panel.sig_finished, timeout=60_000):  # type: ignore[attr-defined]
        assert panel.run()
    assert panel.forecast is None
    assert "does not accept this computer&#x27;s certificate" in panel.message.text(), panel.message.text()


def test_a_malformed_address_is_refused_at_once_in_the_workspace(qtbot: object, settings: UiSettings) -> None:
    panel = panel_on(qtbot, settings)
    panel.form.scheduler.setText("tcp://localhost")
    with qtbot.waitSignal(panel.sig_finished, timeout=10_000):  # type: ignore[attr-defined]
        assert panel.run()
    assert panel.forecast is None
    assert "&#x27;tcp://localhost&#x27; needs a host and a port" in panel.message.text(), panel.message.text()
