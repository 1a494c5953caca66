# Generated from generator/templates/client.py.jinja by `make generate`; do not edit.
"""The clients users hold: `VoyadoEngage` and `AsyncVoyadoEngage`, one service attribute per tag of the spec."""

from enum import StrEnum
from functools import cached_property

from ._base_client import AsyncAPIClient, SyncAPIClient
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
    def achievements(self) -> AchievementsService:
        return AchievementsService(self)

    @cached_property
    def automation(self) -> AutomationService:
        return AutomationService(self)

    @cached_property
    def bisnode(self) -> BisnodeService:
        return BisnodeService(self)

    @cached_property
    def challenges(self) -> ChallengesService:
        return ChallengesService(self)

    @cached_property
    def consents(self) -> ConsentsService:
        return ConsentsService(self)

    @cached_property
    def contactoverview(self) -> ContactoverviewService:
        return ContactoverviewService(self)

    @cached_property
    def contacts(self) -> ContactsService:
        return ContactsService(self)

    @cached_property
    def posoffers(self) -> PosoffersService:
        return PosoffersService(self)

    @cached_property
    def bonuschecks(self) -> BonuschecksService:
        return BonuschecksService(self)

    @cached_property
    def interactions(self) -> InteractionsService:
        return InteractionsService(self)

    @cached_property
    def interactionschemas(self) -> InteractionschemasService:
        return InteractionschemasService(self)

    @cached_property
    def inventory(self) -> InventoryService:
        return InventoryService(self)

    @cached_property
    def memberstatus(self) -> MemberstatusService:
        return MemberstatusService(self)

    @cached_property
    def orders(self) -> OrdersService:
        return OrdersService(self)

    @cached_property
    def personlookup(self) -> PersonlookupService:
        return PersonlookupService(self)

    @cached_property
    def point_accounts(self) -> PointAccountsService:
        return PointAccountsService(self)

    @cached_property
    def promotions(self) -> PromotionsService:
        return PromotionsService(self)

    @cached_property
    def transactions(self) -> TransactionsService:
        return TransactionsService(self)

    @cached_property
    def sms(self) -> SmsService:
        return SmsService(self)

    @cached_property
    def stores(self) -> StoresService:
        return StoresService(self)

    @cached_property
    def target_audiences(self) -> TargetAudiencesService:
        return TargetAudiencesService(self)

    @cached_property
    def tracking(self) -> TrackingService:
        return TrackingService(self)


class AsyncVoyadoEngage(AsyncAPIClient):
    """The Voyado Engage client for asyncio: holds the settings and one connection pool.

    Settings not passed come from `VOYADO_API_KEY`, `VOYADO_BASE_URL`, `VOYADO_TENANT` and `VOYADO_USER_AGENT`.
    `access_token` is accepted as another name for `api_key`.
    """

    default_base_url = Environment.DEFAULT.value
    sdk_version = __version__

    @cached_property
    def achievements(self) -> AsyncAchievementsService:
        return AsyncAchievementsService(self)

    @cached_property
    def automation(self) -> AsyncAutomationService:
        return AsyncAutomationService(self)

    @cached_property
    def bisnode(self) -> AsyncBisnodeService:
        return AsyncBisnodeService(self)

    @cached_property
    def challenges(self) -> AsyncChallengesService:
        return AsyncChallengesService(self)

    @cached_property
    def consents(self) -> AsyncConsentsService:
        return AsyncConsentsService(self)

    @cached_property
    def contactoverview(self) -> AsyncContactoverviewService:
        return AsyncContactoverviewService(self)

    @cached_property
    def contacts(self) -> AsyncContactsService:
        return AsyncContactsService(self)

    @cached_property
    def posoffers(self) -> AsyncPosoffersService:
        return AsyncPosoffersService(self)

    @cached_property
    def bonuschecks(self) -> AsyncBonuschecksService:
        return AsyncBonuschecksService(self)

    @cached_property
    def interactions(self) -> AsyncInteractionsService:
        return AsyncInteractionsService(self)

    @cached_property
    def interactionschemas(self) -> AsyncInteractionschemasService:
        return AsyncInteractionschemasService(self)

    @cached_property
    def inventory(self) -> AsyncInventoryService:
        return AsyncInventoryService(self)

    @cached_property
    def memberstatus(self) -> AsyncMemberstatusService:
        return AsyncMemberstatusService(self)

    @cached_property
    def orders(self) -> AsyncOrdersService:
        return AsyncOrdersService(self)

    @cached_property
    def personlookup(self) -> AsyncPersonlookupService:
        return AsyncPersonlookupService(self)

    @cached_property
    def point_accounts(self) -> AsyncPointAccountsService:
        return AsyncPointAccountsService(self)

    @cached_property
    def promotions(self) -> AsyncPromotionsService:
        return AsyncPromotionsService(self)

    @cached_property
    def transactions(self) -> AsyncTransactionsService:
        return AsyncTransactionsService(self)

    @cached_property
    def sms(self) -> AsyncSmsService:
        return AsyncSmsService(self)

    @cached_property
    def stores(self) -> AsyncStoresService:
        return AsyncStoresService(self)

    @cached_property
    def target_audiences(self) -> AsyncTargetAudiencesService:
        return AsyncTargetAudiencesService(self)

    @cached_property
    def tracking(self) -> AsyncTrackingService:
        return AsyncTrackingService(self)
