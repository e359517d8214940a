"""The workspace's summary of one result, as the rich text its label shows."""

from __future__ import annotations

from html import escape

from referral_studio.engine.result import ReplayResult
from referral_studio.ui.i18n import date_time, number, translate


def summary_html(
    result: ReplayResult,
    label: str,
    *,
    viral: float | None,
    compared: list[tuple[str, tuple[int, int, int]]] | None,
    moment: str | None,
    own: bool = True,
) -> str:
    """Totals, promo codes, viral coefficient and referred traffic; `moment` names the time cursor's place.

    `compared` — (label, (credits, credited, fulfilled)) of each series in compare mode — adds a
    side-by-side table, so a trainer reads the goal types' differences off one place; `own` says whether the
    result shown is the offer's own goal or another compared one the user clicked.
    """
    totals, funnel = result.totals, result.funnel
    when = totals.promo_codes_exhausted_at
    exhausted = f"{date_time(when)} UTC" if when is not None else translate("RunSummary", "never")
    codes = (  # "ran out" on a row of its own (one line overflowed); an offer without codes says so, not "never"
        [
            (translate("RunSummary", "Promo codes used"), number(totals.promo_codes_used)),
            (translate("RunSummary", "Promo codes ran out"), exhausted),
        ]
        if result.offer.promo_codes
        else [(translate("RunSummary", "Promo codes"), translate("RunSummary", "none loaded"))]
    )
    rows = [
        (translate("RunSummary", "Credits"), number(totals.credits)),
        (translate("RunSummary", "Credited referrers"), number(totals.credited_referrers)),
        (translate("RunSummary", "Fulfilled referrers"), number(totals.fulfilled_referrers)),
        (translate("RunSummary", "Fulfillments"), number(totals.fulfillments)),
        *codes,
        (
            translate("RunSummary", "Viral coefficient"),
            number(viral, 2) if viral is not None else translate("RunSummary", "— (synthetic traffic only)"),
        ),
        (translate("RunSummary", "Referred visits"), number(funnel.referred_visits)),  # two rows: one was too wide
        (translate("RunSummary", "Referred sign-ups"), number(funnel.referred_signups)),
    ]
    title = f"<b>{escape(label)}</b>"
    if compared:
        title += "<br>" + (
            translate("RunSummary", "(this offer's goal, of those compared)")
            if own
            else translate("RunSummary", "(another goal compared, not this offer's)")
        )
    if moment is not None:
        title += "<br>" + translate("RunSummary", "at {time}").format(time=moment)
    cells = "".join(f"<tr><td>{name}:&nbsp;</td><td><b>{value}</b></td></tr>" for name, value in rows)
    return f"{title}<table>{cells}</table>" + (_comparison(compared) if compared else "")


def _comparison(compared: list[tuple[str, tuple[int, int, int]]]) -> str:
    head = "".join(
        f"<th align='right'>&nbsp;{text}</th>"
        for text in (
            translate("RunSummary", "Credits"),
            translate("RunSummary", "Credited"),
            translate("RunSummary", "Fulfilled"),
        )
    )
    body = "".join(  # each label a link on a line of its own (labels are long), its counts under it
        f"<tr><td colspan='3'><a href='series:{index}'>{escape(label)}</a></td></tr><tr>"
        + "".join(f"<td align='right'>&nbsp;{number(v)}</td>" for v in counts)
        + "</tr>"
        for index, (label, counts) in enumerate(compared)
    )
    title = translate("RunSummary", "Compared (click one to see its details)")
    return f"<br><b>{title}</b><table><tr>{head}</tr>{body}</table>"
