"""UI preferences in QSettings behind a small typed wrapper (settings are not documents)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings


class UiSettings:
    """Window geometry, splitter positions, the last selected offer and the language, with defaults."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings()

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @property
    def main_geometry(self) -> QByteArray | None:
        return self._bytes("main/geometry")

    @main_geometry.setter
    def main_geometry(self, value: QByteArray) -> None:
        self._settings.setValue("main/geometry", value)

    @property
    def main_splitter(self) -> QByteArray | None:
        return self._bytes("main/splitter")

    @main_splitter.setter
    def main_splitter(self, value: QByteArray) -> None:
        self._settings.setValue("main/splitter", value)

    def geometry(self, window: str) -> QByteArray | None:
        """A window's saved geometry (its objectName names it), or None before it was first closed."""
        return self._bytes(f"{window}/geometry")

    def set_geometry(self, window: str, value: QByteArray) -> None:
        self._settings.setValue(f"{window}/geometry", value)

    @property
    def last_offer(self) -> str:
        value = self._settings.value("main/lastOffer", "")
        return value if isinstance(value, str) else ""

    @last_offer.setter
    def last_offer(self, value: str) -> None:
        self._settings.setValue("main/lastOffer", value)

    @property
    def language(self) -> str:
        """The UI language the user chose ("en", "sv"), or "system" to follow the system locale."""
        value = self._settings.value("ui/language", "system")
        return value if isinstance(value, str) else "system"

    @language.setter
    def language(self, value: str) -> None:
        self._settings.setValue("ui/language", value)

    @property
    def forecast_scheduler(self) -> str:
        """The Dask scheduler forecasts run on ("tcp://host:8786"); empty for a local cluster."""
        value = self._settings.value("forecast/scheduler", "")
        return value if isinstance(value, str) else ""

    @forecast_scheduler.setter
    def forecast_scheduler(self, value: str) -> None:
        self._settings.setValue("forecast/scheduler", value)

    @property
    def forecast_tls_files(self) -> tuple[str, str, str]:
        """The TLS CA file, certificate and key for a tls:// scheduler; empty ones come from Dask's configuration."""
        keys = ("forecast/tlsCaFile", "forecast/tlsCert", "forecast/tlsKey")
        ca, cert, key = (value if isinstance(value := self._settings.value(k, ""), str) else "" for k in keys)
        return ca, cert, key

    @forecast_tls_files.setter
    def forecast_tls_files(self, paths: tuple[str, str, str]) -> None:
        for key, path in zip(("forecast/tlsCaFile", "forecast/tlsCert", "forecast/tlsKey"), paths, strict=True):
            self._settings.setValue(key, path)

    def sync(self) -> None:
        self._settings.sync()
