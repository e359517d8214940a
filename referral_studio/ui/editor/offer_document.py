"""The offer being edited, as a Qt-observable value; views subscribe, it never knows them."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from referral_studio.domain.offer import Offer, SettingPath


class OfferDocument(QObject):
    """Holds one immutable Offer and replaces it on every edit."""

    sig_changed = Signal(str)
    """A setting changed; the argument is its offer-file key (`goal.count`), or "" for all."""

    def __init__(self, offer: Offer, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._offer = offer

    @property
    def offer(self) -> Offer:
        return self._offer

    def set_value(self, path: SettingPath, value: object) -> None:
        """Change one setting and tell the views."""
        if self._offer.value(path) != value:
            self._offer = self._offer.with_value(path, value)
            self.sig_changed.emit(path)

    def replace(self, offer: Offer) -> None:
        """Swap in a whole offer (a reload or a restored revision)."""
        self._offer = offer
        self.sig_changed.emit("")
