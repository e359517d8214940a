"""How people respond to an offer: four named effects on synthetic traffic, each off by default.

Apart from the options of traffic (engine/traffic_options.py) because they need an offer to
act on: an effect reads the offer's goal and rewards and what it pays (`Terms`), compared
with the base offer's. The steps that apply them are in engine/responsive_traffic.py; the
sources and what is not established are in docs/forecast.md ("How people respond to an offer").

- goal_gradient (Kivetz, Urminsky & Zheng 2006): shares come faster as the next reward nears.
- after_reward (the same paper's post-reward resetting): sharing once nothing more can be earned.
- reward_elasticity (Ryu & Feick 2007): a bigger reward per credit makes more people share.
- friend_reward_lift (Gershon, Cryder & John 2020): rewarding the friend makes more friends sign up.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from referral_studio.domain.offer import Offer
from referral_studio.domain.texts import QT_TRANSLATE_NOOP
from referral_studio.engine.traffic_options import TrafficOptions


@dataclass(frozen=True)
class Response:
    """The four effects; the defaults are their "off" values, which change nothing."""

    goal_gradient: float = 0.0
    after_reward: float = 1.0
    reward_elasticity: float = 0.0
    friend_reward_lift: float = 0.0

    @property
    def active(self) -> bool:
        """True when any effect is on."""
        return self != Response()

    @property
    def thins(self) -> bool:
        """True when sharing over time depends on progress (so shares must be decided in time order)."""
        return self.goal_gradient > 0 or self.after_reward != 1

    @property
    def ceiling(self) -> float:
        """The largest multiplier m(t) can take: candidate shares are drawn at this intensity, then thinned."""
        return max(1 + self.goal_gradient, self.after_reward, 1.0)


RESPONSE_KEYS = tuple(f.name for f in fields(Response))
RESPONSE_LIMITS: dict[str, tuple[float, float]] = {
    "goal_gradient": (0.0, 10.0),
    "after_reward": (0.0, 2.0),
    "reward_elasticity": (0.0, 3.0),
    "friend_reward_lift": (0.0, 10.0),
}
RESPONSE_SOURCES = {  # shown beside each effect (tooltips, reports)
    "goal_gradient": QT_TRANSLATE_NOOP(
        "Response",
        "Shares come faster as the next reward nears: 1 + goal_gradient × progress times the usual rate. "
        "Source: Kivetz, Urminsky & Zheng (2006), The Goal-Gradient Hypothesis Resurrected.",
    ),
    "after_reward": QT_TRANSLATE_NOOP(
        "Response",
        "Sharing once a referrer can earn nothing more, as a multiple of the usual rate (1: unchanged). "
        "Source: post-reward resetting in Kivetz, Urminsky & Zheng (2006).",
    ),
    "reward_elasticity": QT_TRANSLATE_NOOP(
        "Response",
        "How the share of participants who share follows the reward per credit: (reward ÷ base reward) to this "
        "power. Source: Ryu & Feick (2007), A Penny for Your Thoughts; the size is not established.",
    ),
    "friend_reward_lift": QT_TRANSLATE_NOOP(
        "Response",
        "How much more often friends sign up when the friend is rewarded and the base offer does not reward them. "
        "Source: Gershon, Cryder & John (2020), Why Prosocial Referral Incentives Work; the size is not established.",
    ),
}


@dataclass(frozen=True)
class Terms:
    """What people see of one offer: its rules, and what it pays the referrer and the friend."""

    offer: Offer
    reward_per_fulfillment: float = 0.0
    reward_per_referred_signup: float = 0.0

    def behaviour_key(self) -> tuple[object, ...]:
        """The parts any effect reads: offers with the same key get the same traffic."""
        offer = self.offer
        return (offer.goal, offer.window, offer.rewards, self.reward_per_fulfillment, self.reward_per_referred_signup)


def elasticity_applies(terms: Terms, base: Terms) -> bool:
    """Whether rewards per credit compare: the same goal type and a reward on both sides."""
    return (
        terms.offer.goal.type is base.offer.goal.type
        and terms.reward_per_fulfillment > 0
        and base.reward_per_fulfillment > 0
    )


def responded_options(options: TrafficOptions, response: Response, terms: Terms, base: Terms) -> TrafficOptions:
    """The options with share_rate and signup_rate as people respond to `terms` (against `base`), clipped at 1."""
    share, signup = options.share_rate, options.signup_rate
    if response.reward_elasticity > 0 and elasticity_applies(terms, base):
        per_credit = terms.reward_per_fulfillment / terms.offer.goal.count
        base_per_credit = base.reward_per_fulfillment / base.offer.goal.count
        share = min(1.0, share * (per_credit / base_per_credit) ** response.reward_elasticity)
    lift = 1 + response.friend_reward_lift
    if terms.reward_per_referred_signup > 0 and base.reward_per_referred_signup == 0:
        signup = min(1.0, signup * lift)
    elif terms.reward_per_referred_signup == 0 and base.reward_per_referred_signup > 0:
        signup = signup / lift
    if (share, signup) == (options.share_rate, options.signup_rate):
        return options
    return replace(options, share_rate=share, signup_rate=signup)
