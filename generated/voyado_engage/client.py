# Generated from generator/render/templates/client.py.jinja by `make generate`; do not edit.
"""The clients users hold: `VoyadoEngage` and `AsyncVoyadoEngage`, one service attribute per tag of the spec."""

from enum import StrEnum
from functools import cached_property
from typing import TYPE_CHECKING

from ._base_client import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from .api.achievements.service import AchievementsService, AsyncAchievementsService
    from .api.automation.service import AsyncAutomationService, AutomationService
    from .api.bisnode.service import AsyncBisnodeService, BisnodeService
    from .api.bonuschecks.service import AsyncBonuschecksService, BonuschecksService
    from .api.challenges.service import AsyncChallengesService, ChallengesService
    from .api.consents.service import AsyncConsentsService, ConsentsService
    from .api.contactoverview.service import AsyncContactoverviewService, ContactoverviewService
    from .api.contacts.service import AsyncContactsService, ContactsService
    from .api.interactions.service import AsyncInteractionsService, InteractionsService
    from .api.interactionschemas.service import AsyncInteractionschemasService, InteractionschemasService
    from .api.inventory.service import AsyncInventoryService, InventoryService
    from .api.memberstatus.service import AsyncMemberstatusService, MemberstatusService
    from .api.orders.service import AsyncOrdersService, OrdersService
    from .api.personlookup.service import AsyncPersonlookupService, PersonlookupService
    from .api.point_accounts.service import AsyncPointAccountsService, PointAccountsService
    from .api.posoffers.service import AsyncPosoffersService, PosoffersService
    from .api.promotions.service import AsyncPromotionsService, PromotionsService
    from .api.sms.service import AsyncSmsService, SmsService
    from .api.stores.service import AsyncStoresService, StoresService
    from .api.target_audiences.service import AsyncTargetAudiencesService, TargetAudiencesService
    from .api.tracking.service import AsyncTrackingService, TrackingService
    from .api.transactions.service import AsyncTransactionsService, TransactionsService

__version__ = "0.1.0"


class Environment(StrEnum):
    """Base URLs from the spec's servers; `{tenant}` is filled from `tenant=` or `VOYADO_TENANT`."""

    PRODUCTION = "https://{tenant}.voyado.com"
    STAGING = "https://{tenant}.staging.voyado.com"
    DEFAULT = "https://{tenant}.voyado.com"


class VoyadoEngage(SyncAPIClient):
    """The Voyado Engage client: holds the settings and one connection pool.

    Settings not passed come from `VOYADO_API_KEY`, `VOYADO_BASE_URL`, `VOYADO_TENANT` and `VOYADO_USER_AGENT`.
    `access_token` is accepted as another name for `api_key`.
    """

    default_base_url = Environment.DEFAULT.value
    sdk_version = __version__

    @cached_property
    def achievements(self) -> "AchievementsService":
        # Imported on first use, so that `import voyado_engage` costs little more than `import httpx`.
        from .api.achievements.service import AchievementsService  # noqa: PLC0415

        return AchievementsService(self)

    @cached_property
    def automation(self) -> "AutomationService":
        # Imported on first use, so that `import voyado_engage` costs little more than `import httpx`.
        from .api.automation.service import AutomationService  # noqa: PLC0415

        return AutomationService(self)

    @cached_property
    def bisnode(self) -> "BisnodeService":
        # Imported on first use, so that `import voyado_engage` costs little more than `import httpx`.
        from .api.bisnode.service import BisnodeService  # noqa: PLC0415

        return BisnodeService(self)

    @cached_property
    def challenges(self) -> "ChallengesService":
        # Imported on first use, so that `import voyado_engage` costs little more than `import httpx`.
        from .api.challenges.service import ChallengesService  # noqa: PLC0415

        return ChallengesService(self)

    @cached_property
    def consents(self) -> "ConsentsService":
        # Imported on first use, so that `import voyado_engage` costs little more than `import httpx`.
        from .api.consents.service import ConsentsService  # noqa: PLC0415

        return ConsentsService(self)

    @cached_property
    def contactoverview(self) -> "ContactoverviewService":
        # Imported on first use, so that `import voyado_engage` costs little more than `import httpx`.
        from .api.contactoverview.service import ContactoverviewService  # noqa: PLC0415

        return ContactoverviewService(self)

    @cached_property
    def contacts(self) -> "ContactsService":
        # Imported on first use, so that `import voyado_engage` costs little more than `import httpx`.
        from .api.contacts.service import ContactsService  # noqa: PLC0415

        return ContactsService(self)

    @cached_property
    def posoffers(self) -> "PosoffersService":
        # Imported on first use, so that `import voyado_engage` costs little more than `import httpx`.
        from .api.posoffers.service import PosoffersService  # noqa: PLC0415

        return PosoffersService(self)

    @cached_property
    def bonuschecks(self) -> "BonuschecksService":
        # Imported on first use, so that `import voyado_engage` costs little more than `import httpx`.
        from .api.bonuschecks.service import BonuschecksService  # noqa: PLC0415

        return BonuschecksService(self)

    @cached_property
    def interactions(self) -> "InteractionsService":
        # Imported on first use, so that `import voyado_engage` costs little more than `import httpx`.
        from .api.interactions.service import InteractionsService  # noqa: PLC0415

        return InteractionsService(self)

    @cached_property
    def interactionschemas(self) -> "InteractionschemasService":
        # Imported on first use, so that `import voyado_engage` costs little more than `import httpx`.
        from .api.interactionschemas.service import InteractionschemasService  # noqa: PLC0415

        return InteractionschemasService(self)

    @cached_property
    def inventory(self) -> "InventoryService":
        # Imported on first use, so that `import voyado_engage` costs little more than `import httpx`.
        from .api.inventory.service import InventoryService  # noqa: PLC0415

        return InventoryService(self)

    @cached_property
    def memberstatus(self) -> "MemberstatusService":
        # Imported on first use, so that `import voyado_engage` costs little more than `import httpx`.
        from .api.memberstatus.service import MemberstatusService  # noqa: PLC0415

        return MemberstatusService(self)

    @cached_property
    def orders(self) -> "OrdersService":
        # Imported on first use, so that `import voyado_engage` costs little more than `import httpx`.
        from .api.orders.service import OrdersService  # noqa: PLC0415

        return OrdersService(self)

    @cached_property
    def personlookup(self) -> "PersonlookupService":
        # Imported on first use, so that `import voyado_engage` costs little more than `import httpx`.
        from .api.personlookup.service import PersonlookupService  # noqa: PLC0415

        return PersonlookupService(self)

    @cached_property
    def point_accounts(self) -> "PointAccountsService":
        # Imported on first use, so that `import voyado_engage` costs little more than `import httpx`.
        from .api.point_accounts.service import PointAccountsService  # noqa: PLC0415

        return PointAccountsService(self)

    @cached_property
    def promotions(self) -> "PromotionsService":
        # Imported on first use, so that `import voyado_engage` costs little more than `import httpx`.
        from .api.promotions.service import PromotionsService  # noqa: PLC0415

        return PromotionsService(self)

    @cached_property
    def transactions(self) -> "TransactionsService":
        # Imported on first use, so that `import voyado_engage` costs little more than `import httpx`.
        from .api.transactions.service import TransactionsService  # noqa: PLC0415

        return TransactionsService(self)

    @cached_property
    def sms(self) -> "SmsService":
        # Imported on first use, so that `import voyado_engage` costs little more than `import httpx`.
        from .api.sms.service import SmsService  # noqa: PLC0415

        return SmsService(self)

    @cached_property
    def stores(self) -> "StoresService":
        # Imported on first use, so that `import voyado_engage` costs little more than `import httpx`.
        from .api.stores.service import StoresService  # noqa: PLC0415

        return StoresService(self)

    @cached_property
    def target_audiences(self) -> "TargetAudiencesService":
        # Imported on first use, so that `import voyado_engage` costs little more than `import httpx`.
        from .api.target_audiences.service import TargetAudiencesService  # noqa: PLC0415

        return TargetAudiencesService(self)

    @cached_property
    def tracking(self) -> "TrackingService":
        # Imported on first use, so that `import voyado_engage` costs little more than `import httpx`.
        from .api.tracking.service import TrackingService  # noqa: PLC0415

        return TrackingService(self)


class AsyncVoyadoEngage(AsyncAPIClient):
    """The Voyado Engage client for asyncio: holds the settings and one connection pool.

    Settings not passed come from `VOYADO_API_KEY`, `VOYADO_BASE_URL`, `VOYADO_TENANT` and `VOYADO_USER_AGENT`.
    `access_token` is accepted as another name for `api_key`.
    """

    default_base_url = Environment.DEFAULT.value
    sdk_version = __version__

    @cached_property
    def achievements(self) -> "AsyncAchievementsService":
        # Imported on first use, so that `import voyado_engage` costs little more than `import httpx`.
        from .api.achievements.service import AsyncAchievementsService  # noqa: PLC0415

        return AsyncAchievementsService(self)

    @cached_property
    def automation(self) -> "AsyncAutomationService":
        # Imported on first use, so that `import voyado_engage` costs little more than `import httpx`.
        from .api.automation.service import AsyncAutomationService  # noqa: PLC0415

        return AsyncAutomationService(self)

    @cached_property
    def bisnode(self) -> "AsyncBisnodeService":
        # Imported on first use, so that `import voyado_engage` costs little more than `import httpx`.
        from .api.bisnode.service import AsyncBisnodeService  # noqa: PLC0415

        return AsyncBisnodeService(self)

    @cached_property
    def challenges(self) -> "AsyncChallengesService":
        # Imported on first use, so that `import voyado_engage` costs little more than `import httpx`.
        from .api.challenges.service import AsyncChallengesService  # noqa: PLC0415

        return AsyncChallengesService(self)

    @cached_property
    def consents(self) -> "AsyncConsentsService":
        # Imported on first use, so that `import voyado_engage` costs little more than `import httpx`.
        from .api.consents.service import AsyncConsentsService  # noqa: PLC0415

        return AsyncConsentsService(self)

    @cached_property
    def contactoverview(self) -> "AsyncContactoverviewService":
        # Imported on first use, so that `import voyado_engage` costs little more than `import httpx`.
        from .api.contactoverview.service import AsyncContactoverviewService  # noqa: PLC0415

        return AsyncContactoverviewService(self)

    @cached_property
    def contacts(self) -> "AsyncContactsService":
        # Imported on first use, so that `import voyado_engage` costs little more than `import httpx`.
        from .api.contacts.service import AsyncContactsService  # noqa: PLC0415

        return AsyncContactsService(self)

    @cached_property
    def posoffers(self) -> "AsyncPosoffersService":
        # Imported on first use, so that `import voyado_engage` costs little more than `import httpx`.
        from .api.posoffers.service import AsyncPosoffersService  # noqa: PLC0415

        return AsyncPosoffersService(self)

    @cached_property
    def bonuschecks(self) -> "AsyncBonuschecksService":
        # Imported on first use, so that `import voyado_engage` costs little more than `import httpx`.
        from .api.bonuschecks.service import AsyncBonuschecksService  # noqa: PLC0415

        return AsyncBonuschecksService(self)

    @cached_property
    def interactions(self) -> "AsyncInteractionsService":
        # Imported on first use, so that `import voyado_engage` costs little more than `import httpx`.
        from .api.interactions.service import AsyncInteractionsService  # noqa: PLC0415

        return AsyncInteractionsService(self)

    @cached_property
    def interactionschemas(self) -> "AsyncInteractionschemasService":
        # Imported on first use, so that `import voyado_engage` costs little more than `import httpx`.
        from .api.interactionschemas.service import AsyncInteractionschemasService  # noqa: PLC0415

        return AsyncInteractionschemasService(self)

    @cached_property
    def inventory(self) -> "AsyncInventoryService":
        # Imported on first use, so that `import voyado_engage` costs little more than `import httpx`.
        from .api.inventory.service import AsyncInventoryService  # noqa: PLC0415

        return AsyncInventoryService(self)

    @cached_property
    def memberstatus(self) -> "AsyncMemberstatusService":
        # Imported on first use, so that `import voyado_engage` costs little more than `import httpx`.
        from .api.memberstatus.service import AsyncMemberstatusService  # noqa: PLC0415

        return AsyncMemberstatusService(self)

    @cached_property
    def orders(self) -> "AsyncOrdersService":
        # Imported on first use, so that `import voyado_engage` costs little more than `import httpx`.
        from .api.orders.service import AsyncOrdersService  # noqa: PLC0415

        return AsyncOrdersService(self)

    @cached_property
    def personlookup(self) -> "AsyncPersonlookupService":
        # Imported on first use, so that `import voyado_engage` costs little more than `import httpx`.
        from .api.personlookup.service import AsyncPersonlookupService  # noqa: PLC0415

        return AsyncPersonlookupService(self)

    @cached_property
    def point_accounts(self) -> "AsyncPointAccountsService":
        # Imported on first use, so that `import voyado_engage` costs little more than `import httpx`.
        from .api.point_accounts.service import AsyncPointAccountsService  # noqa: PLC0415

        return AsyncPointAccountsService(self)

    @cached_property
    def promotions(self) -> "AsyncPromotionsService":
        # Imported on first use, so that `import voyado_engage` costs little more than `import httpx`.
        from .api.promotions.service import AsyncPromotionsService  # noqa: PLC0415

        return AsyncPromotionsService(self)

    @cached_property
    def transactions(self) -> "AsyncTransactionsService":
        # Imported on first use, so that `import voyado_engage` costs little more than `import httpx`.
        from .api.transactions.service import AsyncTransactionsService  # noqa: PLC0415

        return AsyncTransactionsService(self)

    @cached_property
    def sms(self) -> "AsyncSmsService":
        # Imported on first use, so that `import voyado_engage` costs little more than `import httpx`.
        from .api.sms.service import AsyncSmsService  # noqa: PLC0415

        return AsyncSmsService(self)

    @cached_property
    def stores(self) -> "AsyncStoresService":
        # Imported on first use, so that `import voyado_engage` costs little more than `import httpx`.
        from .api.stores.service import AsyncStoresService  # noqa: PLC0415

        return AsyncStoresService(self)

    @cached_property
    def target_audiences(self) -> "AsyncTargetAudiencesService":
        # Imported on first use, so that `import voyado_engage` costs little more than `import httpx`.
        from .api.target_audiences.service import AsyncTargetAudiencesService  # noqa: PLC0415

        return AsyncTargetAudiencesService(self)

    @cached_property
    def tracking(self) -> "AsyncTrackingService":
        # Imported on first use, so that `import voyado_engage` costs little more than `import httpx`.
        from .api.tracking.service import AsyncTrackingService  # noqa: PLC0415

        return AsyncTrackingService(self)
