"""A tooltip for every field of the editor and the simulation and forecast workspaces, by automation name.

Kept in one table so a new field's missing tip shows in one place (tests/ui/test_field_tips.py).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from referral_studio.domain.texts import QT_TRANSLATE_NOOP
from referral_studio.ui.i18n import translate

TIPS = {
    "fulfillmentGoal": QT_TRANSLATE_NOOP("FieldTips", "What a friend must do for their referrer to earn a credit"),
    "countRepeatVisits": QT_TRANSLATE_NOOP(
        "FieldTips", "Each visit of a friend through the link earns a credit, not only their first"
    ),
    "triggerActivities": QT_TRANSLATE_NOOP(
        "FieldTips", "The activities that earn a credit, one per line (case and spaces around them do not matter)"
    ),
    "customEventName": QT_TRANSLATE_NOOP("FieldTips", "The JavaScript event's name, exactly as your page sends it"),
    "usesGiveCreditToReferrer": QT_TRANSLATE_NOOP(
        "FieldTips", "A smart campaign's Give Credit to Referrer flow step uses this offer (Smart List Trigger only)"
    ),
    "signUpEmail": QT_TRANSLATE_NOOP("FieldTips", "The email a participant gets on signing up for the offer"),
    "fulfillmentEmail": QT_TRANSLATE_NOOP("FieldTips", "The email a referrer gets when the goal is reached"),
    "fulfillmentDelivery": QT_TRANSLATE_NOOP(
        "FieldTips", "Send the fulfillment email as soon as the goal is reached, or by hand"
    ),
    "rulesUrl": QT_TRANSLATE_NOOP("FieldTips", "A web page with the offer's rules (required to approve)"),
    "privacyShown": QT_TRANSLATE_NOOP("FieldTips", "Show a link to your privacy policy on the offer's forms"),
    "privacyTitle": QT_TRANSLATE_NOOP("FieldTips", "The privacy link's text (used while the link is shown)"),
    "privacyUrl": QT_TRANSLATE_NOOP("FieldTips", "Where the privacy link goes (used while the link is shown)"),
    "shareUrlKind": QT_TRANSLATE_NOOP("FieldTips", "Where a participant's share link takes their friends"),
    "shareUrl": QT_TRANSLATE_NOOP("FieldTips", "The web address shared links go to, for an external URL"),
    "windowStartSet": QT_TRANSLATE_NOOP("FieldTips", "Count only events from this moment on (UTC)"),
    "windowStart": QT_TRANSLATE_NOOP("FieldTips", "When the offer starts counting events (UTC)"),
    "windowEndSet": QT_TRANSLATE_NOOP("FieldTips", "Count only events before this moment (UTC)"),
    "windowEnd": QT_TRANSLATE_NOOP(
        "FieldTips", "When the offer stops counting events (UTC); unticked, the offer has no end"
    ),
    "attributionModel": QT_TRANSLATE_NOOP(
        "FieldTips", "Which earlier visit gets the credit for a sign-up or activity without a referrer"
    ),
    "attributionWindowSet": QT_TRANSLATE_NOOP("FieldTips", "Only visits this recent can earn the credit"),
    "attributionWindowDays": QT_TRANSLATE_NOOP(
        "FieldTips", "How many days before the event a visit may be (tick Only visits within first)"
    ),
    "repeatRewards": QT_TRANSLATE_NOOP("FieldTips", "Fulfill again at every further goal count of credits"),
    "maxFulfillmentsSet": QT_TRANSLATE_NOOP(
        "FieldTips", "Limit how often one referrer is fulfilled (tick Reward again above first)"
    ),
    "maxFulfillments": QT_TRANSLATE_NOOP(
        "FieldTips", "The most fulfillments one referrer can get (tick At most first)"
    ),
    "validationMessages": QT_TRANSLATE_NOOP("FieldTips", "What blocks approval; click one to go to its field"),
    "closeEditor": QT_TRANSLATE_NOOP("FieldTips", "Save the draft and close the editor"),
    "trafficSource": QT_TRANSLATE_NOOP("FieldTips", "Replay generated traffic, or an event log of your own"),
    "eventLogPath": QT_TRANSLATE_NOOP("FieldTips", "A CSV or Parquet event log (time, kind, person, referrer, name)"),
    "leaderboardFilter": QT_TRANSLATE_NOOP("FieldTips", "Show only referrers whose names hold this text"),
    "cancelSimulation": QT_TRANSLATE_NOOP("FieldTips", "Stop the running replay (Esc)"),
    "presetCompared": QT_TRANSLATE_NOOP("FieldTips", "The published figures the traffic is measured against"),
    "browseEventLog": QT_TRANSLATE_NOOP("FieldTips", "Choose an event log file"),
    "sectionBack": QT_TRANSLATE_NOOP("FieldTips", "The previous section"),
    "sectionNext": QT_TRANSLATE_NOOP("FieldTips", "The next section"),
    "fraud_same_ip": QT_TRANSLATE_NOOP("FieldTips", "No credit when the friend acts from the referrer's IP address"),
    "fraud_same_device": QT_TRANSLATE_NOOP("FieldTips", "No credit when the friend uses the referrer's device"),
    "fraud_same_email": QT_TRANSLATE_NOOP(
        "FieldTips", "No credit when the friend's email is the referrer's (dots and +tags aside)"
    ),
    "fraudBlockedDomains": QT_TRANSLATE_NOOP(
        "FieldTips", "Email domains whose friends earn no credit, one per line (e.g. mailinator.com)"
    ),
    "fraudVelocitySet": QT_TRANSLATE_NOOP("FieldTips", "Limit how many credits one referrer can earn in a day"),
    "fraudMaxCreditsPerDay": QT_TRANSLATE_NOOP("FieldTips", "The most credits one referrer can earn in one day"),
    "fraudHoldDays": QT_TRANSLATE_NOOP(
        "FieldTips", "Days a fulfillment waits before it is paid (a refund in that time cancels it)"
    ),
    "fraudReward": QT_TRANSLATE_NOOP("FieldTips", "What one fulfillment costs, to weigh the fraud it lets through"),
    "fraudRulePicker": QT_TRANSLATE_NOOP("FieldTips", "The fraud rule whose effect the chart shows"),
    # the forecast workspace
    "forecastCost_reward_per_fulfillment": QT_TRANSLATE_NOOP(
        "FieldTips", "Paid to the referrer for each fulfillment (in your currency)"
    ),
    "forecastCost_reward_per_referred_signup": QT_TRANSLATE_NOOP(
        "FieldTips", "Paid to the new friend for each referred sign-up (a double-sided offer; 0 if none)"
    ),
    "forecastCost_value_per_referred_signup": QT_TRANSLATE_NOOP(
        "FieldTips", "What one referred sign-up is worth to you"
    ),
    "forecastRuns": QT_TRANSLATE_NOOP(
        "FieldTips", "Monte-Carlo runs: each is new traffic on which every variant is replayed (more: narrower bands)"
    ),
    "forecastSeed": QT_TRANSLATE_NOOP("FieldTips", "The same study and seed always give the same results"),
    "forecastBandMetric": QT_TRANSLATE_NOOP("FieldTips", "Which count the chart shows per day"),
    "forecastPreset": QT_TRANSLATE_NOOP(
        "FieldTips", "The traffic the assumptions start from; From a file… takes a fitted traffic file's options"
    ),
    "forecastObjective": QT_TRANSLATE_NOOP("FieldTips", "The figure that decides which variant is best in a run"),
    "forecastMinimize": QT_TRANSLATE_NOOP("FieldTips", "Best is the variant with the smallest figure (a cost, say)"),
    "runForecast": QT_TRANSLATE_NOOP("FieldTips", "Replay every variant on every run's traffic (Ctrl+Enter)"),
    "cancelForecast": QT_TRANSLATE_NOOP("FieldTips", "Stop the forecast; nothing changes (Esc)"),
    "openForecastStudy": QT_TRANSLATE_NOOP(
        "FieldTips", "Open a study file (.forecast.toml), as the command line reads it"
    ),
    "saveForecastStudy": QT_TRANSLATE_NOOP(
        "FieldTips", "Save this study as a .forecast.toml file for the command line"
    ),
    "exportForecastResults": QT_TRANSLATE_NOOP(
        "FieldTips", "Write the forecast's files into a folder: runs, variants, ranking, bands, sensitivity, summary"
    ),
    "exportForecastReport": QT_TRANSLATE_NOOP("FieldTips", "Write the forecast as a PDF report"),
    "addVariant": QT_TRANSLATE_NOOP("FieldTips", "Add a variant: a copy of the base offer to change"),
    "duplicateVariant": QT_TRANSLATE_NOOP("FieldTips", "Add a copy of the selected variant"),
    "renameVariant": QT_TRANSLATE_NOOP("FieldTips", "Rename the selected variant (or double-click its name)"),
    "removeVariant": QT_TRANSLATE_NOOP("FieldTips", "Remove the selected variant from the study"),
    "forecastTlsCaFileBrowse": QT_TRANSLATE_NOOP("FieldTips", "Pick the certificate authority's file"),
    "forecastTlsCertBrowse": QT_TRANSLATE_NOOP("FieldTips", "Pick this client's certificate file"),
    "forecastTlsKeyBrowse": QT_TRANSLATE_NOOP("FieldTips", "Pick this client's private key file"),
}


def apply_tips(window: QWidget) -> None:
    """Give each named child without a tooltip its tip from TIPS."""
    for name, tip in TIPS.items():
        for widget in window.findChildren(QWidget, name):
            if not widget.toolTip():
                widget.setToolTip(translate("FieldTips", tip))
