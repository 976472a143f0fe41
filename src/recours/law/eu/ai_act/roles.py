"""Roles under the AI Act (provider, deployer, importer, distributor) and art. 25 shifts.

Roles come from ``ai_system.ai_act.roles`` when the user gave them; otherwise they are
inferred from the dossier (the party named ``ai_system.provider``, else the vendor, is the
provider; the client using the system is the deployer) and marked as inferred. Art. 25(1):
a deployer (or distributor, importer, third party) becomes the provider of a high-risk
system when it puts its name or trademark on it, substantially modifies it, or changes its
intended purpose so that it becomes high-risk; the initial provider then owes cooperation
(art. 25(2), strengthened by the Digital Omnibus).
"""

from __future__ import annotations

from dataclasses import dataclass

from recours.dossier import Dossier
from recours.dossier.parties import PartyRole
from recours.dossier.system import AIActRole

P = "ai_system.ai_act."


@dataclass(frozen=True)
class RoleOf:
    party: str
    role: AIActRole
    inferred: bool
    facts: dict[str, object]


@dataclass(frozen=True)
class Shift:
    """Art. 25(1): ``party`` becomes the provider; ``initial`` must cooperate (art. 25(2))."""

    party: str
    initial: str | None
    point: str  # « a », « b » or « c »
    facts: dict[str, object]
    needs_high_risk: bool  # (a) and (b) require a high-risk system; (c) makes it high-risk


def roles(d: Dossier) -> list[RoleOf]:
    given = d.ai_system.ai_act.roles
    if given:
        return [RoleOf(pid, role, False, {P + f"roles.{pid}": role.value}) for pid, role in given.items()]
    found: list[RoleOf] = []
    provider = d.ai_system.provider or (d.vendor.id if d.vendor else None)
    if provider:
        key = "ai_system.provider" if d.ai_system.provider else "parties[vendor]"
        found.append(RoleOf(provider, AIActRole.PROVIDER, True, {key: provider}))
    client = d.client
    if client and client.id != provider:
        found.append(RoleOf(client.id, AIActRole.DEPLOYER, True, {"parties[client]": client.id}))
    for party in d.parties_with_role(PartyRole.INTEGRATOR):
        if party.id != provider:
            found.append(RoleOf(party.id, AIActRole.DISTRIBUTOR, True, {"parties[integrator]": party.id}))
    return found


def party_with(d: Dossier, role: AIActRole) -> str | None:
    return next((r.party for r in roles(d) if r.role == role), None)


_TRIGGERS = (
    ("a", "client_put_name_or_trademark", True),
    ("b", "client_substantial_modification", True),
    ("c", "client_changed_intended_purpose", False),
)


def shifts(d: Dossier) -> list[Shift]:
    """The art. 25(1) circumstances the facts show for the client (deployer)."""
    client = d.client
    f = d.ai_system.ai_act
    if client is None:
        return []
    initial = party_with(d, AIActRole.PROVIDER)
    initial = None if initial == client.id else initial
    return [
        Shift(client.id, initial, point, {P + name: True}, needs)
        for point, name, needs in _TRIGGERS
        if getattr(f, name)
    ]


def shift_missing(d: Dossier) -> tuple[str, ...]:
    f = d.ai_system.ai_act
    return tuple(P + name for _, name, _ in _TRIGGERS if getattr(f, name) is None)
