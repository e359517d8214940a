"""Where a forecast runs, as the workspace's fields: the Dask scheduler's address and, for tls://, the three TLS files.

The files are the ones `forecast --tls-ca-file/--tls-cert/--tls-key` takes; left empty, Dask's own
configuration supplies them. They matter only for a tls:// address, so they are enabled only then.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QWidget

from referral_studio.forecast.scheduler import TlsFiles
from referral_studio.ui.i18n import translate

TLS_FIELDS = ("forecastTlsCaFile", "forecastTlsCert", "forecastTlsKey")


class SchedulerFields:
    """The address field (`forecastScheduler`) and the CA file, certificate and key fields, added to a form."""

    def __init__(self, form: QFormLayout, scheduler: str) -> None:
        self.address = QLineEdit(scheduler, objectName="forecastScheduler")  # where to run: not in the study
        self.address.setPlaceholderText(translate("ForecastPanel", "this computer (a local Dask cluster)"))
        self.address.setToolTip(
            translate(
                "ForecastPanel",
                "A Dask scheduler's address, such as tcp://host:8786, or tls://host:8786 for a cluster that "
                "uses TLS; empty runs on this computer",
            )
        )
        form.addRow(translate("ForecastPanel", "Dask scheduler"), self.address)
        labels = (
            translate("ForecastPanel", "TLS CA file"),
            translate("ForecastPanel", "TLS certificate"),
            translate("ForecastPanel", "TLS key"),
        )
        tips = (
            translate("ForecastPanel", "The cluster's CA certificate (PEM), as dask scheduler --tls-ca-file takes"),
            translate("ForecastPanel", "This computer's certificate (PEM), signed by the cluster's CA"),
            translate("ForecastPanel", "The certificate's private key (PEM); empty when the certificate file holds it"),
        )
        self.files: list[QLineEdit] = []
        self._tls_widgets: list[QWidget] = []
        for name, label, tip in zip(TLS_FIELDS, labels, tips, strict=True):
            field = QLineEdit(objectName=name)
            field.setPlaceholderText(translate("ForecastPanel", "from Dask's configuration"))
            field.setToolTip(tip)
            browse = QPushButton(translate("ForecastPanel", "Browse…"), objectName=f"{name}Browse")
            browse.clicked.connect(lambda _checked=False, field=field, label=label: self._browse(field, label))
            row = QHBoxLayout()
            row.addWidget(field, 1)
            row.addWidget(browse)
            form.addRow(label, row)
            self.files.append(field)
            self._tls_widgets += [field, browse]
        self.address.textChanged.connect(self._enable_tls)
        self._enable_tls()

    def tls_files(self) -> TlsFiles | None:
        """The files given, for a tls:// address; None for any other address."""
        if not self._uses_tls():
            return None
        ca, cert, key = (field.text().strip() or None for field in self.files)
        return TlsFiles(ca, cert, key)

    def set_tls_files(self, paths: tuple[str, str, str]) -> None:
        for field, path in zip(self.files, paths, strict=True):
            field.setText(path)

    def tls_paths(self) -> tuple[str, str, str]:
        """The three fields' text, as the settings keep them."""
        ca, cert, key = (field.text().strip() for field in self.files)
        return ca, cert, key

    def _uses_tls(self) -> bool:
        return self.address.text().strip().lower().startswith("tls://")

    def _enable_tls(self) -> None:
        for widget in self._tls_widgets:
            widget.setEnabled(self._uses_tls())

    def _browse(self, field: QLineEdit, label: str) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.address.window(),
            label,
            field.text(),
            translate("ForecastPanel", "PEM files (*.pem *.crt *.key);;All files (*)"),
        )
        if path:
            field.setText(path)
