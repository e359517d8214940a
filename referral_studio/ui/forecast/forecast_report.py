"""The forecast as a PDF a marketer can mail: offer and variants in words, assumptions, fan charts, ranking.

Made with Qt alone (QTextDocument laid out on a QPdfWriter; charts drawn with QPainter),
for `referral-studio forecast --report` and the forecast workspace alike.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from html import escape
from pathlib import Path

import numpy as np
from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
    QTextDocument,
    QTextOption,
)

from referral_studio import __version__
from referral_studio.domain.offer import Offer
from referral_studio.domain.offer_text import describe_goal, within_days
from referral_studio.forecast.aggregate import Forecast
from referral_studio.forecast.headline import amount, headline
from referral_studio.forecast.study import BAND_METRICS
from referral_studio.forecast.variant_text import describe_changes
from referral_studio.forecast.verdict import Difference, verdict
from referral_studio.ui.forecast.axis_ticks import axis_ticks
from referral_studio.ui.forecast.forecast_assumptions import assumptions_html
from referral_studio.ui.forecast.forecast_metrics import metric_label
from referral_studio.ui.forecast.forecast_sensitivity import flips_sentences, sensitivity_headers, sensitivity_rows
from referral_studio.ui.forecast.series_labels import coinciding, series_labels
from referral_studio.ui.i18n import number, translate

SERIES_COLOURS = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22")
CHART_SIZE = (1800, 760)  # pixels of the embedded chart images, drawn large for print
CHART_WIDTH = 500  # the chart's width on the page, in the document's pixels: the text column's width


def series_colour(index: int) -> QColor:
    """The colour of a variant in every forecast chart."""
    return QColor(SERIES_COLOURS[index % len(SERIES_COLOURS)])


def write_report(
    forecast: Forecast, path: str | os.PathLike[str], cancelled: Callable[[], bool] = lambda: False
) -> None:
    """Write the report as a PDF, whole or not at all; KeyboardInterrupt, and no file, once `cancelled()` says so."""
    _ensure_gui()
    target = Path(path)
    temp_name = ""
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.name[:40]}.", suffix=".partial", dir=target.parent)
        os.close(handle)
        writer = QPdfWriter(temp_name)
        writer.setTitle(forecast.study.name)
        writer.setCreator(f"Referral Studio {__version__}")
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(QMarginsF(16, 16, 16, 16), QPageLayout.Unit.Millimeter)
        writer.setResolution(300)
        document = report_document(forecast)
        if cancelled():  # checked between Qt calls, where stopping is safe
            raise KeyboardInterrupt
        document.print_(writer)
        del writer  # finishes the file
        if cancelled():
            raise KeyboardInterrupt
        os.chmod(temp_name, 0o666 & ~_umask())
        os.replace(temp_name, target)
    except BaseException as error:  # Ctrl+C included: no temporary file is left behind
        if temp_name:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temp_name)
        if isinstance(error, OSError):  # name the user's file, not the temporary one
            raise OSError(error.errno, error.strerror, str(path)) from None
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _ensure_gui() -> None:
    """A QGuiApplication for fonts and painting; the command line makes one offscreen, in English."""
    if QGuiApplication.instance() is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # whatever the user's session says: a platform that fails aborts
        _ensure_gui.app = QGuiApplication(sys.argv[:1])  # type: ignore[attr-defined]


def report_document(forecast: Forecast) -> QTextDocument:
    """The report's pages as a text document, the charts as embedded images."""
    document = QTextDocument()
    font = QFont("DejaVu Sans")
    font.setPointSizeF(9.5)
    document.setDefaultFont(font)
    wrapping = document.defaultTextOption()
    wrapping.setWrapMode(QTextOption.WrapMode.WordWrap)  # break lines between words, never inside one
    document.setDefaultTextOption(wrapping)
    for metric in BAND_METRICS:
        document.addResource(
            QTextDocument.ResourceType.ImageResource, QUrl(f"chart:{metric}"), fan_chart_image(forecast, metric)
        )
    document.setHtml(report_html(forecast))
    return document


STYLE = (
    "<style>h1{font-size:18pt;margin:0} h2{font-size:12.5pt;margin-top:14px} h3{font-size:10.5pt}"
    " td,th{padding:3px 6px} th{background:#eef2f7;text-align:left} .muted{color:#555}</style>"
)


def report_html(forecast: Forecast) -> str:
    """The report's text: title, verdict, offer and variants, ranking, charts and assumptions."""
    study = forecast.study
    made = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    byline = translate("ForecastReport", "Forecast report, made {date} with Referral Studio {version}")
    parts = [
        STYLE,
        f"<h1>{escape(study.name)}</h1>",
        _muted(byline.format(date=made, version=__version__)),
        f"<p><b>{escape(headline_text(forecast))}.</b></p>",
        _h2(translate("ForecastReport", "The offer")),
        _offer_html(study.base),
        _h2(translate("ForecastReport", "Variants")),
        "<ul>",
        *(
            f"<li><b>{escape(variant.name)}</b>: {escape(describe_changes(study.base, variant.offer))}</li>"
            for variant in study.variants
        ),
        "</ul>",
        _h2(translate("ForecastReport", "Ranking")),
        ranking_html(forecast),
    ]
    band_note = translate(
        "ForecastReport", "Lines: the median run. Shaded: 90% of runs fall inside (5th to 95th percentile)."
    )
    for position, metric in enumerate(BAND_METRICS):
        heading = (
            f"<h2 style='page-break-before:always'>{escape(chart_title(metric))}</h2>"
            if position == 0
            else _h2(chart_title(metric))
        )
        parts += [heading, _muted(band_note), f"<img src='chart:{metric}' width='{CHART_WIDTH}'>"]
    if study.ranges():
        parts += sensitivity_html(forecast)
    parts += [_h2(translate("ForecastReport", "Assumptions")), assumptions_html(forecast)]
    return "".join(parts)


def headline_text(forecast: Forecast) -> str:
    """The verdict in words, the objective named as the UI names it."""
    return headline(forecast, metric_label(forecast.study.objective))


def sensitivity_html(forecast: Forecast) -> list[str]:
    """The section "What the answer depends on": the flips in words and the share of wins per third of each range."""
    note = translate(
        "ForecastReport",
        "Runs are split by where each drawn value fell in its range (lower, middle, upper third); P(best) is the "
        "share of those runs in which the variant was best. Spearman: how the drawn value moves with the "
        "variant's objective minus the leader's, from −1 to 1 (– when either does not vary).",
    )
    return [
        _h2(translate("ForecastSensitivity", "What the answer depends on")),
        "<ul>",
        *(f"<li>{escape(sentence)}</li>" for sentence in flips_sentences(forecast)),
        "</ul>",
        _grid(sensitivity_headers(), sensitivity_rows(forecast), note),
    ]


def chart_title(metric: str) -> str:
    """The title of a band metric's chart."""
    if metric == "credited_referrers":
        return translate("ForecastReport", "Credited referrers at the end of each day")
    return translate("ForecastReport", "Fulfilled referrers at the end of each day")


def _h2(text: str) -> str:
    return f"<h2>{escape(text)}</h2>"


def _muted(text: str) -> str:
    return f"<p class='muted'>{escape(text)}</p>"


def _offer_html(offer: Offer) -> str:
    rows = [
        (translate("ForecastReport", "Offer"), offer.name + (f" ({offer.program})" if offer.program else "")),
        (translate("ForecastReport", "Goal"), describe_goal(offer.goal)),
        (translate("ForecastReport", "Offer window"), _window_text(offer)),
        (
            translate("ForecastReport", "Attribution"),
            offer.attribution.model.value.replace("_", " ")
            + (", " + within_days(offer.attribution.window_days) if offer.attribution.window_days else ""),
        ),
        (
            translate("ForecastReport", "Rewards"),
            (
                translate("ForecastReport", "repeat rewards, at most {cap} per referrer").format(
                    cap=offer.rewards.max_fulfillments
                )
                if offer.rewards.repeat and offer.rewards.max_fulfillments
                else translate("ForecastReport", "repeat rewards, no cap")
                if offer.rewards.repeat
                else translate("ForecastReport", "one reward per referrer")
            ),
        ),
        (translate("ForecastReport", "Promo codes"), number(len(offer.promo_codes))),
    ]
    return _table(rows)


def _window_text(offer: Offer) -> str:
    start, end = offer.window.start, offer.window.end

    def shown(value: datetime | None) -> str | None:
        return value.strftime("%Y-%m-%d %H:%M") if value else None

    if start and end:
        return translate("ForecastReport", "from {start} until {end}").format(start=shown(start), end=shown(end))
    if start:
        return translate("ForecastReport", "from {start}, open-ended").format(start=shown(start))
    if end:
        return translate("ForecastReport", "until {end}").format(end=shown(end))
    return translate("ForecastReport", "always open")


def ranking_rows(forecast: Forecast) -> list[list[str]]:
    """Per variant in ranking order: name, P(best), objective median and 90% interval, the paired difference to
    the leader, cost, value, net, K-factor."""
    study = forecast.study
    index = {variant.name: position for position, variant in enumerate(study.variants)}
    answer = verdict(forecast)
    rows = []
    for name, _, share in forecast.ranking():
        column = index[name]
        _, low, median, high = forecast.summary(study.objective, column)
        medians = [forecast.summary(metric, column)[2] for metric in ("cost", "value", "net")]
        k_factor = forecast.summary("k_factor", column)[2]
        rows.append(
            [
                name,
                translate("ForecastReport", "{value}%").format(value=number(100 * share, 1)),
                amount(median),
                f"{amount(low)} –\n{amount(high)}",  # the report may break the line there
                difference_text(answer.differences[name]) if name != answer.best else "—",
                *(amount(value) for value in medians),
                number(k_factor, 3),
            ]
        )
    return rows


def difference_text(difference: Difference) -> str:
    """A paired difference for people: its median, then the range 90% of runs fall in."""
    return translate("ForecastReport", "{median}\n({low} to {high})").format(
        median=amount(difference.p50), low=amount(difference.p5), high=amount(difference.p95)
    )


def ranking_headers(objective: str) -> list[str]:
    """Column titles of the ranking table, for a study ranked by `objective`."""
    return [
        translate("ForecastReport", "Variant"),
        translate("ForecastReport", "P(best)"),
        translate("ForecastReport", "{objective}, median").format(objective=objective),
        translate("ForecastReport", "90% interval"),
        translate("ForecastReport", "vs. leader"),
        translate("ForecastReport", "Cost"),
        translate("ForecastReport", "Value"),
        translate("ForecastReport", "Net"),
        translate("ForecastReport", "K-factor"),
    ]


def ranking_html(forecast: Forecast) -> str:
    note = translate(
        "ForecastReport",
        "P(best): share of runs in which the variant was best (ties shared). vs. leader: the variant's {objective} "
        "minus the leader's in the same run — the median, and in brackets the range 90% of runs fall in. Cost, "
        "value, net and K-factor are medians over the runs, each taken on its own: the run with the median net "
        "is seldom the run with the median value or cost, so the median net is not median value − median cost.",
    ).format(objective=metric_label(forecast.study.objective))
    return _grid(ranking_headers(metric_label(forecast.study.objective)), ranking_rows(forecast), note)


def _grid(headers: list[str], rows: list[list[str]], note: str) -> str:
    """A bordered table of figures (the first column words, the others wrapped only where a cell says "\n")."""
    tight = "padding:2px 4px"  # nine columns of figures fit the page's width
    head = "".join(  # K‑factor: a hyphen that does not break
        f"<th style='{tight}'>{escape(title).replace('-', chr(0x2011))}</th>" for title in headers
    )
    body = "".join(
        "<tr>"
        + "".join(
            f"<td style='{tight}'>{escape(cell)}</td>"
            if column == 0
            else f"<td style='{tight};white-space:nowrap'>{escape(cell).replace(chr(10), '<br>')}</td>"
            for column, cell in enumerate(row)
        )
        + "</tr>"
        for row in rows
    )
    return (
        f"<table width='100%' border='1' cellspacing='0' style='border-collapse:collapse;border-color:#c8ced6;"
        f"font-size:8pt'><tr>{head}</tr>{body}</table>"
        f"<p class='muted'>{escape(note)}</p>"
    )


def _table(rows: list[tuple[str, str]]) -> str:
    cells = "".join(f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in rows)
    return f"<table cellspacing='0'>{cells}</table>"


def fan_chart_image(forecast: Forecast, metric: str) -> QImage:
    """Median and shaded 5–95% band per variant, per day, with axes and a legend."""
    width, height = CHART_SIZE
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    try:
        draw_fan_chart(painter, QRectF(0, 0, width, height), forecast, BAND_METRICS.index(metric))
    finally:
        painter.end()
    return image


def draw_fan_chart(painter: QPainter, area: QRectF, forecast: Forecast, metric: int) -> None:
    """Draw the chart of one band metric into `area`."""
    font = QFont("DejaVu Sans")
    font.setPixelSize(max(12, int(area.height() / 19)))
    painter.setFont(font)
    metrics = painter.fontMetrics()
    bands = forecast.bands[:, metric]  # (variants, days, 3)
    days = bands.shape[1]
    ticks = axis_ticks(float(np.max(bands[..., 2])) if bands.size else 1.0)
    top = ticks[-1][0]
    legend_height = metrics.height() * 1.6
    labels_width = max(metrics.horizontalAdvance(text) for text in ("00000", *(label for _, label in ticks)))
    plot = QRectF(
        area.left() + labels_width + 20,
        area.top() + legend_height + 10,
        area.width() - labels_width - 20 - metrics.horizontalAdvance("0000"),
        area.height() - legend_height - metrics.height() * 2.6 - 10,
    )

    def point(day: float, value: float) -> QPointF:
        x = plot.left() + (day - 1) / max(days - 1, 1) * plot.width()
        return QPointF(x, plot.bottom() - value / top * plot.height())

    painter.setPen(QPen(QColor("#d0d5dc"), 1))
    for value, label in ticks:
        y = point(1, value).y()
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(QColor("#444"))
        painter.drawText(
            QRectF(area.left(), y - metrics.height() / 2, plot.left() - area.left() - 8, metrics.height()),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            label,
        )
        painter.setPen(QPen(QColor("#d0d5dc"), 1))
    painter.setPen(QColor("#444"))
    for day in _day_ticks(days):
        x = point(day, 0).x()
        painter.drawText(
            QRectF(x - 40, plot.bottom() + 4, 80, metrics.height()), int(Qt.AlignmentFlag.AlignHCenter), str(day)
        )
    painter.drawText(
        QRectF(plot.left(), plot.bottom() + metrics.height() * 1.3, plot.width(), metrics.height()),
        int(Qt.AlignmentFlag.AlignHCenter),
        translate("ForecastReport", "day of the campaign"),
    )
    same = coinciding(forecast, metric)
    for index in range(len(forecast.study.variants)):
        colour = series_colour(index)
        band = QPainterPath()
        band.moveTo(point(1, bands[index, 0, 0]))
        for day in range(days):
            band.lineTo(point(day + 1, bands[index, day, 2]))
        for day in reversed(range(days)):
            band.lineTo(point(day + 1, bands[index, day, 0]))
        band.closeSubpath()
        fill = QColor(colour)
        fill.setAlpha(45)
        painter.fillPath(band, fill)
        median = QPainterPath()
        median.moveTo(point(1, bands[index, 0, 1]))
        for day in range(1, days):
            median.lineTo(point(day + 1, bands[index, day, 1]))
        pen = QPen(colour, max(2.0, area.height() / 220))
        if same[index] is not None:
            pen.setStyle(Qt.PenStyle.DashLine)  # drawn over the series it coincides with, which stays visible
        painter.strokePath(median, pen)
    x = plot.left()
    for index, name in enumerate(series_labels(forecast, metric)):
        colour = series_colour(index)
        y = area.top() + legend_height / 2
        painter.fillRect(QRectF(x, y - 4, 26, 8), colour)
        painter.setPen(QColor("#222"))
        text_rect = QRectF(x + 32, area.top(), metrics.horizontalAdvance(name) + 4, legend_height)
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignVCenter), name)
        x = text_rect.right() + 24
    painter.setPen(QPen(QColor("#888"), 1))
    painter.drawRect(plot)


def _day_ticks(days: int) -> list[int]:
    step = max(1, int(np.ceil(days / 10)))
    return [1, *range(step, days + 1, step)] if step > 1 else list(range(1, days + 1))
