# Generated from generator/render/templates/service.py.jinja by `make generate`; do not edit.
"""Promotions operations, reached as `VoyadoEngage.promotions`."""

from functools import cached_property
from typing import Final, Unpack

from ..._base_client import AsyncAPIClient, SyncAPIClient
from ..._options import CallOptions
from ..._raw_response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ...models.multichannel_base_promotion_model import (
    MultichannelBasePromotionModel,
    MultichannelBasePromotionModelParam,
)
from ...models.multichannel_promotion_model import MultichannelPromotionModel, MultichannelPromotionModelParam
from ...models.promotion_redemption import PromotionRedemption
from ...models.promotion_validity_model import PromotionValidityModel, PromotionValidityModelParam
from ...models.redeem_body_model import RedeemBodyModel, RedeemBodyModelParam
from ...models.status_code_result import StatusCodeResult
from . import (
    multichannel_promotions_create,
    multichannel_promotions_delete_by_external_id,
    multichannel_promotions_delete_by_id,
    multichannel_promotions_get_by_external_id,
    multichannel_promotions_get_by_id,
    multichannel_promotions_get_by_validity_external_id,
    multichannel_promotions_get_validity_by_id,
    multichannel_promotions_update,
    multichannel_promotions_update_validity,
    offer_promotions_reactivate_promotion_code,
    offer_promotions_redeem_by_promotion_id,
)


class PromotionsServiceWithRawResponse:
    """The promotions operations, returning the full `APIResponse` (status, headers, body, parsed result)."""

    def __init__(self, service: "PromotionsService") -> None:
        self.redeem_code: Final = to_raw_response_wrapper(service.redeem_code)
        self.get_by_external_id: Final = to_raw_response_wrapper(service.get_by_external_id)
        self.create: Final = to_raw_response_wrapper(service.create)
        self.delete_by_external_id: Final = to_raw_response_wrapper(service.delete_by_external_id)
        self.get_validity_by_external_id: Final = to_raw_response_wrapper(service.get_validity_by_external_id)
        self.get: Final = to_raw_response_wrapper(service.get)
        self.update: Final = to_raw_response_wrapper(service.update)
        self.delete: Final = to_raw_response_wrapper(service.delete)
        self.get_validity: Final = to_raw_response_wrapper(service.get_validity)
        self.update_validity: Final = to_raw_response_wrapper(service.update_validity)
        self.reactivate_reward_voucher: Final = to_raw_response_wrapper(service.reactivate_reward_voucher)
        self.offer_promotions_redeem_by_promotion_id: Final = self.redeem_code
        self.multichannel_promotions_get_by_external_id: Final = self.get_by_external_id
        self.multichannel_promotions_create: Final = self.create
        self.multichannel_promotions_delete_by_external_id: Final = self.delete_by_external_id
        self.multichannel_promotions_get_by_validity_external_id: Final = self.get_validity_by_external_id
        self.multichannel_promotions_get_by_id: Final = self.get
        self.multichannel_promotions_update: Final = self.update
        self.multichannel_promotions_delete_by_id: Final = self.delete
        self.multichannel_promotions_get_validity_by_id: Final = self.get_validity
        self.multichannel_promotions_update_validity: Final = self.update_validity
        self.offer_promotions_reactivate_promotion_code: Final = self.reactivate_reward_voucher


class PromotionsService:
    """Promotions operations. Reach it as `client.promotions`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PromotionsServiceWithRawResponse:
        """The same operations, returning the full response instead of the parsed result."""
        return PromotionsServiceWithRawResponse(self)

    def redeem_code(
        self,
        promotion_id: str,
        *,
        request_body: RedeemBodyModel | RedeemBodyModelParam,
        **options: Unpack[CallOptions],
    ) -> PromotionRedemption:
        """Redeem by promotion id

        POST /api/v2/promotions/codes/{promotion_id}/redeem

        Retries: retried only when not delivered (connection failed) or on 429.

        Redeems a promotion (a multichannel offer or a mobile swipe) by its promotion id alone, in the
        redemption channel the body names (POS, ECOM or OTHER).

        Args:
            promotion_id: The promotion's id.
        """
        return self._client.call(
            offer_promotions_redeem_by_promotion_id.OPERATION,
            offer_promotions_redeem_by_promotion_id._get_kwargs(promotion_id, request_body=request_body),
            options,
        )

    def get_by_external_id(
        self,
        *,
        external_id: str,
        **options: Unpack[CallOptions],
    ) -> MultichannelPromotionModel:
        """Get by external id

        GET /api/v2/promotions/multichannels

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        The multichannel promotion with this external id (the caller's reference, not Voyado's).

        Args:
            external_id: The promotion's external id.
        """
        return self._client.call(
            multichannel_promotions_get_by_external_id.OPERATION,
            multichannel_promotions_get_by_external_id._get_kwargs(external_id=external_id),
            options,
        )

    def create(
        self,
        *,
        request_body: MultichannelBasePromotionModel | MultichannelBasePromotionModelParam,
        **options: Unpack[CallOptions],
    ) -> MultichannelPromotionModel:
        """Create

        POST /api/v2/promotions/multichannels

        Retries: retried only when not delivered (connection failed) or on 429.

        Creates a multichannel promotion, always as a draft. Voyado's page on creating a promotion answers
        200 OK; the published API description says 201 Created: both are success.
        """
        return self._client.call(
            multichannel_promotions_create.OPERATION,
            multichannel_promotions_create._get_kwargs(request_body=request_body),
            options,
        )

    def delete_by_external_id(
        self,
        *,
        external_id: str,
        **options: Unpack[CallOptions],
    ) -> StatusCodeResult:
        """Delete by external id

        DELETE /api/v2/promotions/multichannels

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        Deletes the multichannel promotion with this external id; only a promotion assigned to nobody can be
        deleted.

        Args:
            external_id: The promotion's external id.
        """
        return self._client.call(
            multichannel_promotions_delete_by_external_id.OPERATION,
            multichannel_promotions_delete_by_external_id._get_kwargs(external_id=external_id),
            options,
        )

    def get_validity_by_external_id(
        self,
        *,
        external_id: str,
        **options: Unpack[CallOptions],
    ) -> PromotionValidityModel:
        """Get by validity external id

        GET /api/v2/promotions/multichannels/validity

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        The validity (the period it can be used in) of the multichannel promotion with this external id.

        Args:
            external_id: The promotion's external id.
        """
        return self._client.call(
            multichannel_promotions_get_by_validity_external_id.OPERATION,
            multichannel_promotions_get_by_validity_external_id._get_kwargs(external_id=external_id),
            options,
        )

    def get(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> MultichannelPromotionModel:
        """Get by id

        GET /api/v2/promotions/multichannels/{id}

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        The multichannel promotion with this Voyado id.

        Args:
            id: The promotion's id in Voyado.
        """
        return self._client.call(
            multichannel_promotions_get_by_id.OPERATION, multichannel_promotions_get_by_id._get_kwargs(id), options
        )

    def update(
        self,
        id: str,
        *,
        request_body: MultichannelPromotionModel | MultichannelPromotionModelParam,
        **options: Unpack[CallOptions],
    ) -> MultichannelPromotionModel:
        """Update

        PUT /api/v2/promotions/multichannels/{id}

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        Updates a multichannel promotion; only a draft can be updated.

        Args:
            id: The promotion's id in Voyado.
        """
        return self._client.call(
            multichannel_promotions_update.OPERATION,
            multichannel_promotions_update._get_kwargs(id, request_body=request_body),
            options,
        )

    def delete(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> StatusCodeResult:
        """Delete by id

        DELETE /api/v2/promotions/multichannels/{id}

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        Deletes a multichannel promotion by its Voyado id; only a promotion assigned to nobody can be
        deleted.

        Args:
            id: The promotion's id in Voyado.
        """
        return self._client.call(
            multichannel_promotions_delete_by_id.OPERATION,
            multichannel_promotions_delete_by_id._get_kwargs(id),
            options,
        )

    def get_validity(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> PromotionValidityModel:
        """Get validity by id

        GET /api/v2/promotions/multichannels/{id}/validity

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        The validity of the multichannel promotion with this Voyado id.

        Args:
            id: The promotion's id in Voyado.
        """
        return self._client.call(
            multichannel_promotions_get_validity_by_id.OPERATION,
            multichannel_promotions_get_validity_by_id._get_kwargs(id),
            options,
        )

    def update_validity(
        self,
        id: str,
        *,
        request_body: PromotionValidityModel | PromotionValidityModelParam,
        **options: Unpack[CallOptions],
    ) -> MultichannelPromotionModel:
        """Update validity

        PUT /api/v2/promotions/multichannels/{id}/validity

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        Changes how long a multichannel promotion is valid; only a draft can be changed.

        Args:
            id: The promotion's id in Voyado.
        """
        return self._client.call(
            multichannel_promotions_update_validity.OPERATION,
            multichannel_promotions_update_validity._get_kwargs(id, request_body=request_body),
            options,
        )

    def reactivate_reward_voucher(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> str:
        """Reactivate promotion code

        POST /api/v2/promotions/reward-vouchers/{id}/reactivate

        Retries: retried only when not delivered (connection failed) or on 429.

        Makes a redeemed reward voucher usable again.

        Args:
            id: The reward voucher's id.
        """
        return self._client.call(
            offer_promotions_reactivate_promotion_code.OPERATION,
            offer_promotions_reactivate_promotion_code._get_kwargs(id),
            options,
        )

    # The published SDK's names (operationIds in snake case), so code written from its docs runs unchanged.
    offer_promotions_redeem_by_promotion_id = redeem_code
    multichannel_promotions_get_by_external_id = get_by_external_id
    multichannel_promotions_create = create
    multichannel_promotions_delete_by_external_id = delete_by_external_id
    multichannel_promotions_get_by_validity_external_id = get_validity_by_external_id
    multichannel_promotions_get_by_id = get
    multichannel_promotions_update = update
    multichannel_promotions_delete_by_id = delete
    multichannel_promotions_get_validity_by_id = get_validity
    multichannel_promotions_update_validity = update_validity
    offer_promotions_reactivate_promotion_code = reactivate_reward_voucher


class AsyncPromotionsServiceWithRawResponse:
    """The promotions operations, returning the full `APIResponse` (status, headers, body, parsed result)."""

    def __init__(self, service: "AsyncPromotionsService") -> None:
        self.redeem_code: Final = async_to_raw_response_wrapper(service.redeem_code)
        self.get_by_external_id: Final = async_to_raw_response_wrapper(service.get_by_external_id)
        self.create: Final = async_to_raw_response_wrapper(service.create)
        self.delete_by_external_id: Final = async_to_raw_response_wrapper(service.delete_by_external_id)
        self.get_validity_by_external_id: Final = async_to_raw_response_wrapper(service.get_validity_by_external_id)
        self.get: Final = async_to_raw_response_wrapper(service.get)
        self.update: Final = async_to_raw_response_wrapper(service.update)
        self.delete: Final = async_to_raw_response_wrapper(service.delete)
        self.get_validity: Final = async_to_raw_response_wrapper(service.get_validity)
        self.update_validity: Final = async_to_raw_response_wrapper(service.update_validity)
        self.reactivate_reward_voucher: Final = async_to_raw_response_wrapper(service.reactivate_reward_voucher)
        self.offer_promotions_redeem_by_promotion_id: Final = self.redeem_code
        self.multichannel_promotions_get_by_external_id: Final = self.get_by_external_id
        self.multichannel_promotions_create: Final = self.create
        self.multichannel_promotions_delete_by_external_id: Final = self.delete_by_external_id
        self.multichannel_promotions_get_by_validity_external_id: Final = self.get_validity_by_external_id
        self.multichannel_promotions_get_by_id: Final = self.get
        self.multichannel_promotions_update: Final = self.update
        self.multichannel_promotions_delete_by_id: Final = self.delete
        self.multichannel_promotions_get_validity_by_id: Final = self.get_validity
        self.multichannel_promotions_update_validity: Final = self.update_validity
        self.offer_promotions_reactivate_promotion_code: Final = self.reactivate_reward_voucher


class AsyncPromotionsService:
    """Promotions operations (async). Reach it as `client.promotions`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPromotionsServiceWithRawResponse:
        """The same operations, returning the full response instead of the parsed result."""
        return AsyncPromotionsServiceWithRawResponse(self)

    async def redeem_code(
        self,
        promotion_id: str,
        *,
        request_body: RedeemBodyModel | RedeemBodyModelParam,
        **options: Unpack[CallOptions],
    ) -> PromotionRedemption:
        """Redeem by promotion id

        POST /api/v2/promotions/codes/{promotion_id}/redeem

        Retries: retried only when not delivered (connection failed) or on 429.

        Redeems a promotion (a multichannel offer or a mobile swipe) by its promotion id alone, in the
        redemption channel the body names (POS, ECOM or OTHER).

        Args:
            promotion_id: The promotion's id.
        """
        return await self._client.call(
            offer_promotions_redeem_by_promotion_id.OPERATION,
            offer_promotions_redeem_by_promotion_id._get_kwargs(promotion_id, request_body=request_body),
            options,
        )

    async def get_by_external_id(
        self,
        *,
        external_id: str,
        **options: Unpack[CallOptions],
    ) -> MultichannelPromotionModel:
        """Get by external id

        GET /api/v2/promotions/multichannels

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        The multichannel promotion with this external id (the caller's reference, not Voyado's).

        Args:
            external_id: The promotion's external id.
        """
        return await self._client.call(
            multichannel_promotions_get_by_external_id.OPERATION,
            multichannel_promotions_get_by_external_id._get_kwargs(external_id=external_id),
            options,
        )

    async def create(
        self,
        *,
        request_body: MultichannelBasePromotionModel | MultichannelBasePromotionModelParam,
        **options: Unpack[CallOptions],
    ) -> MultichannelPromotionModel:
        """Create

        POST /api/v2/promotions/multichannels

        Retries: retried only when not delivered (connection failed) or on 429.

        Creates a multichannel promotion, always as a draft. Voyado's page on creating a promotion answers
        200 OK; the published API description says 201 Created: both are success.
        """
        return await self._client.call(
            multichannel_promotions_create.OPERATION,
            multichannel_promotions_create._get_kwargs(request_body=request_body),
            options,
        )

    async def delete_by_external_id(
        self,
        *,
        external_id: str,
        **options: Unpack[CallOptions],
    ) -> StatusCodeResult:
        """Delete by external id

        DELETE /api/v2/promotions/multichannels

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        Deletes the multichannel promotion with this external id; only a promotion assigned to nobody can be
        deleted.

        Args:
            external_id: The promotion's external id.
        """
        return await self._client.call(
            multichannel_promotions_delete_by_external_id.OPERATION,
            multichannel_promotions_delete_by_external_id._get_kwargs(external_id=external_id),
            options,
        )

    async def get_validity_by_external_id(
        self,
        *,
        external_id: str,
        **options: Unpack[CallOptions],
    ) -> PromotionValidityModel:
        """Get by validity external id

        GET /api/v2/promotions/multichannels/validity

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        The validity (the period it can be used in) of the multichannel promotion with this external id.

        Args:
            external_id: The promotion's external id.
        """
        return await self._client.call(
            multichannel_promotions_get_by_validity_external_id.OPERATION,
            multichannel_promotions_get_by_validity_external_id._get_kwargs(external_id=external_id),
            options,
        )

    async def get(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> MultichannelPromotionModel:
        """Get by id

        GET /api/v2/promotions/multichannels/{id}

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        The multichannel promotion with this Voyado id.

        Args:
            id: The promotion's id in Voyado.
        """
        return await self._client.call(
            multichannel_promotions_get_by_id.OPERATION, multichannel_promotions_get_by_id._get_kwargs(id), options
        )

    async def update(
        self,
        id: str,
        *,
        request_body: MultichannelPromotionModel | MultichannelPromotionModelParam,
        **options: Unpack[CallOptions],
    ) -> MultichannelPromotionModel:
        """Update

        PUT /api/v2/promotions/multichannels/{id}

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        Updates a multichannel promotion; only a draft can be updated.

        Args:
            id: The promotion's id in Voyado.
        """
        return await self._client.call(
            multichannel_promotions_update.OPERATION,
            multichannel_promotions_update._get_kwargs(id, request_body=request_body),
            options,
        )

    async def delete(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> StatusCodeResult:
        """Delete by id

        DELETE /api/v2/promotions/multichannels/{id}

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        Deletes a multichannel promotion by its Voyado id; only a promotion assigned to nobody can be
        deleted.

        Args:
            id: The promotion's id in Voyado.
        """
        return await self._client.call(
            multichannel_promotions_delete_by_id.OPERATION,
            multichannel_promotions_delete_by_id._get_kwargs(id),
            options,
        )

    async def get_validity(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> PromotionValidityModel:
        """Get validity by id

        GET /api/v2/promotions/multichannels/{id}/validity

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        The validity of the multichannel promotion with this Voyado id.

        Args:
            id: The promotion's id in Voyado.
        """
        return await self._client.call(
            multichannel_promotions_get_validity_by_id.OPERATION,
            multichannel_promotions_get_validity_by_id._get_kwargs(id),
            options,
        )

    async def update_validity(
        self,
        id: str,
        *,
        request_body: PromotionValidityModel | PromotionValidityModelParam,
        **options: Unpack[CallOptions],
    ) -> MultichannelPromotionModel:
        """Update validity

        PUT /api/v2/promotions/multichannels/{id}/validity

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        Changes how long a multichannel promotion is valid; only a draft can be changed.

        Args:
            id: The promotion's id in Voyado.
        """
        return await self._client.call(
            multichannel_promotions_update_validity.OPERATION,
            multichannel_promotions_update_validity._get_kwargs(id, request_body=request_body),
            options,
        )

    async def reactivate_reward_voucher(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> str:
        """Reactivate promotion code

        POST /api/v2/promotions/reward-vouchers/{id}/reactivate

        Retries: retried only when not delivered (connection failed) or on 429.

        Makes a redeemed reward voucher usable again.

        Args:
            id: The reward voucher's id.
        """
        return await self._client.call(
            offer_promotions_reactivate_promotion_code.OPERATION,
            offer_promotions_reactivate_promotion_code._get_kwargs(id),
            options,
        )

    # The published SDK's names (operationIds in snake case), so code written from its docs runs unchanged.
    offer_promotions_redeem_by_promotion_id = redeem_code
    multichannel_promotions_get_by_external_id = get_by_external_id
    multichannel_promotions_create = create
    multichannel_promotions_delete_by_external_id = delete_by_external_id
    multichannel_promotions_get_by_validity_external_id = get_validity_by_external_id
    multichannel_promotions_get_by_id = get
    multichannel_promotions_update = update
    multichannel_promotions_delete_by_id = delete
    multichannel_promotions_get_validity_by_id = get_validity
    multichannel_promotions_update_validity = update_validity
    offer_promotions_reactivate_promotion_code = reactivate_reward_voucher
