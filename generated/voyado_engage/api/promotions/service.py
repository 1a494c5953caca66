# Generated from generator/templates/service.py.jinja by `make generate`; do not edit.
"""Promotions operations, reached as `VoyadoEngage.promotions`."""

from collections.abc import Mapping
from functools import cached_property
from typing import Any, Unpack

from ..._base_client import APIResponse, AsyncAPIClient, SyncAPIClient
from ..._options import CallOptions
from ...models.multichannel_base_promotion_model import MultichannelBasePromotionModel
from ...models.multichannel_promotion_model import MultichannelPromotionModel
from ...models.offer_promotions_redeem_by_promotion_id_response_200 import OfferPromotionsRedeemByPromotionIdResponse200
from ...models.promotion_validity_model import PromotionValidityModel
from ...models.redeem_body_model import RedeemBodyModel
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

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def offer_promotions_redeem_by_promotion_id(
        self,
        promotion_id: str,
        *,
        request_body: RedeemBodyModel | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> APIResponse[OfferPromotionsRedeemByPromotionIdResponse200]:
        """Redeem by promotion id

        POST /api/v2/promotions/codes/{promotion_id}/redeem

        Retries: not processed only.

        Redeems a promotion (a multichannel offer or a mobile swipe) by its promotion id alone, in the
        redemption channel the body names (POS, ECOM or OTHER).

        Args:
            promotion_id: The promotion's id.
        """
        return offer_promotions_redeem_by_promotion_id.sync_detailed(
            self._client, promotion_id, body=request_body, options=options
        )

    def multichannel_promotions_get_by_external_id(
        self,
        *,
        external_id: str,
        **options: Unpack[CallOptions],
    ) -> APIResponse[MultichannelPromotionModel]:
        """Get by external id

        GET /api/v2/promotions/multichannels

        Retries: idempotent.

        The multichannel promotion with this external id (the caller's reference, not Voyado's).

        Args:
            external_id: The promotion's external id.
        """
        return multichannel_promotions_get_by_external_id.sync_detailed(
            self._client, external_id=external_id, options=options
        )

    def multichannel_promotions_create(
        self,
        *,
        request_body: MultichannelBasePromotionModel | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> APIResponse[MultichannelPromotionModel]:
        """Create

        POST /api/v2/promotions/multichannels

        Retries: not processed only.

        Creates a multichannel promotion, always as a draft. Answers 201.
        """
        return multichannel_promotions_create.sync_detailed(self._client, body=request_body, options=options)

    def multichannel_promotions_delete_by_external_id(
        self,
        *,
        external_id: str,
        **options: Unpack[CallOptions],
    ) -> APIResponse[StatusCodeResult]:
        """Delete by external id

        DELETE /api/v2/promotions/multichannels

        Retries: idempotent.

        Deletes the multichannel promotion with this external id; only a promotion assigned to nobody can be
        deleted.

        Args:
            external_id: The promotion's external id.
        """
        return multichannel_promotions_delete_by_external_id.sync_detailed(
            self._client, external_id=external_id, options=options
        )

    def multichannel_promotions_get_by_validity_external_id(
        self,
        *,
        external_id: str,
        **options: Unpack[CallOptions],
    ) -> APIResponse[PromotionValidityModel]:
        """Get by validity external id

        GET /api/v2/promotions/multichannels/validity

        Retries: idempotent.

        The validity (the period it can be used in) of the multichannel promotion with this external id.

        Args:
            external_id: The promotion's external id.
        """
        return multichannel_promotions_get_by_validity_external_id.sync_detailed(
            self._client, external_id=external_id, options=options
        )

    def multichannel_promotions_get_by_id(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> APIResponse[MultichannelPromotionModel]:
        """Get by id

        GET /api/v2/promotions/multichannels/{id}

        Retries: idempotent.

        The multichannel promotion with this Voyado id.

        Args:
            id: The promotion's id in Voyado.
        """
        return multichannel_promotions_get_by_id.sync_detailed(self._client, id, options=options)

    def multichannel_promotions_update(
        self,
        id: str,
        *,
        request_body: MultichannelPromotionModel | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> APIResponse[MultichannelPromotionModel]:
        """Update

        PUT /api/v2/promotions/multichannels/{id}

        Retries: idempotent.

        Updates a multichannel promotion; only a draft can be updated.

        Args:
            id: The promotion's id in Voyado.
        """
        return multichannel_promotions_update.sync_detailed(self._client, id, body=request_body, options=options)

    def multichannel_promotions_delete_by_id(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> APIResponse[StatusCodeResult]:
        """Delete by id

        DELETE /api/v2/promotions/multichannels/{id}

        Retries: idempotent.

        Deletes a multichannel promotion by its Voyado id; only a promotion assigned to nobody can be
        deleted.

        Args:
            id: The promotion's id in Voyado.
        """
        return multichannel_promotions_delete_by_id.sync_detailed(self._client, id, options=options)

    def multichannel_promotions_get_validity_by_id(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> APIResponse[PromotionValidityModel]:
        """Get validity by id

        GET /api/v2/promotions/multichannels/{id}/validity

        Retries: idempotent.

        The validity of the multichannel promotion with this Voyado id.

        Args:
            id: The promotion's id in Voyado.
        """
        return multichannel_promotions_get_validity_by_id.sync_detailed(self._client, id, options=options)

    def multichannel_promotions_update_validity(
        self,
        id: str,
        *,
        request_body: PromotionValidityModel | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> APIResponse[MultichannelPromotionModel]:
        """Update validity

        PUT /api/v2/promotions/multichannels/{id}/validity

        Retries: idempotent.

        Changes how long a multichannel promotion is valid; only a draft can be changed.

        Args:
            id: The promotion's id in Voyado.
        """
        return multichannel_promotions_update_validity.sync_detailed(
            self._client, id, body=request_body, options=options
        )

    def offer_promotions_reactivate_promotion_code(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> APIResponse[str]:
        """Reactivate promotion code

        POST /api/v2/promotions/reward-vouchers/{id}/reactivate

        Retries: not processed only.

        Makes a redeemed reward voucher usable again.

        Args:
            id: The reward voucher's id.
        """
        return offer_promotions_reactivate_promotion_code.sync_detailed(self._client, id, options=options)


class PromotionsService:
    """Promotions operations. Reach it as `client.promotions`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PromotionsServiceWithRawResponse:
        """The same operations, returning the full response instead of the parsed result."""
        return PromotionsServiceWithRawResponse(self._client)

    def offer_promotions_redeem_by_promotion_id(
        self,
        promotion_id: str,
        *,
        request_body: RedeemBodyModel | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> OfferPromotionsRedeemByPromotionIdResponse200:
        """Redeem by promotion id

        POST /api/v2/promotions/codes/{promotion_id}/redeem

        Retries: not processed only.

        Redeems a promotion (a multichannel offer or a mobile swipe) by its promotion id alone, in the
        redemption channel the body names (POS, ECOM or OTHER).

        Args:
            promotion_id: The promotion's id.
        """
        return offer_promotions_redeem_by_promotion_id.sync(
            self._client, promotion_id, body=request_body, options=options
        )

    def multichannel_promotions_get_by_external_id(
        self,
        *,
        external_id: str,
        **options: Unpack[CallOptions],
    ) -> MultichannelPromotionModel:
        """Get by external id

        GET /api/v2/promotions/multichannels

        Retries: idempotent.

        The multichannel promotion with this external id (the caller's reference, not Voyado's).

        Args:
            external_id: The promotion's external id.
        """
        return multichannel_promotions_get_by_external_id.sync(self._client, external_id=external_id, options=options)

    def multichannel_promotions_create(
        self,
        *,
        request_body: MultichannelBasePromotionModel | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> MultichannelPromotionModel:
        """Create

        POST /api/v2/promotions/multichannels

        Retries: not processed only.

        Creates a multichannel promotion, always as a draft. Answers 201.
        """
        return multichannel_promotions_create.sync(self._client, body=request_body, options=options)

    def multichannel_promotions_delete_by_external_id(
        self,
        *,
        external_id: str,
        **options: Unpack[CallOptions],
    ) -> StatusCodeResult:
        """Delete by external id

        DELETE /api/v2/promotions/multichannels

        Retries: idempotent.

        Deletes the multichannel promotion with this external id; only a promotion assigned to nobody can be
        deleted.

        Args:
            external_id: The promotion's external id.
        """
        return multichannel_promotions_delete_by_external_id.sync(
            self._client, external_id=external_id, options=options
        )

    def multichannel_promotions_get_by_validity_external_id(
        self,
        *,
        external_id: str,
        **options: Unpack[CallOptions],
    ) -> PromotionValidityModel:
        """Get by validity external id

        GET /api/v2/promotions/multichannels/validity

        Retries: idempotent.

        The validity (the period it can be used in) of the multichannel promotion with this external id.

        Args:
            external_id: The promotion's external id.
        """
        return multichannel_promotions_get_by_validity_external_id.sync(
            self._client, external_id=external_id, options=options
        )

    def multichannel_promotions_get_by_id(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> MultichannelPromotionModel:
        """Get by id

        GET /api/v2/promotions/multichannels/{id}

        Retries: idempotent.

        The multichannel promotion with this Voyado id.

        Args:
            id: The promotion's id in Voyado.
        """
        return multichannel_promotions_get_by_id.sync(self._client, id, options=options)

    def multichannel_promotions_update(
        self,
        id: str,
        *,
        request_body: MultichannelPromotionModel | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> MultichannelPromotionModel:
        """Update

        PUT /api/v2/promotions/multichannels/{id}

        Retries: idempotent.

        Updates a multichannel promotion; only a draft can be updated.

        Args:
            id: The promotion's id in Voyado.
        """
        return multichannel_promotions_update.sync(self._client, id, body=request_body, options=options)

    def multichannel_promotions_delete_by_id(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> StatusCodeResult:
        """Delete by id

        DELETE /api/v2/promotions/multichannels/{id}

        Retries: idempotent.

        Deletes a multichannel promotion by its Voyado id; only a promotion assigned to nobody can be
        deleted.

        Args:
            id: The promotion's id in Voyado.
        """
        return multichannel_promotions_delete_by_id.sync(self._client, id, options=options)

    def multichannel_promotions_get_validity_by_id(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> PromotionValidityModel:
        """Get validity by id

        GET /api/v2/promotions/multichannels/{id}/validity

        Retries: idempotent.

        The validity of the multichannel promotion with this Voyado id.

        Args:
            id: The promotion's id in Voyado.
        """
        return multichannel_promotions_get_validity_by_id.sync(self._client, id, options=options)

    def multichannel_promotions_update_validity(
        self,
        id: str,
        *,
        request_body: PromotionValidityModel | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> MultichannelPromotionModel:
        """Update validity

        PUT /api/v2/promotions/multichannels/{id}/validity

        Retries: idempotent.

        Changes how long a multichannel promotion is valid; only a draft can be changed.

        Args:
            id: The promotion's id in Voyado.
        """
        return multichannel_promotions_update_validity.sync(self._client, id, body=request_body, options=options)

    def offer_promotions_reactivate_promotion_code(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> str:
        """Reactivate promotion code

        POST /api/v2/promotions/reward-vouchers/{id}/reactivate

        Retries: not processed only.

        Makes a redeemed reward voucher usable again.

        Args:
            id: The reward voucher's id.
        """
        return offer_promotions_reactivate_promotion_code.sync(self._client, id, options=options)


class AsyncPromotionsServiceWithRawResponse:
    """The promotions operations, returning the full `APIResponse` (status, headers, body, parsed result)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def offer_promotions_redeem_by_promotion_id(
        self,
        promotion_id: str,
        *,
        request_body: RedeemBodyModel | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> APIResponse[OfferPromotionsRedeemByPromotionIdResponse200]:
        """Redeem by promotion id

        POST /api/v2/promotions/codes/{promotion_id}/redeem

        Retries: not processed only.

        Redeems a promotion (a multichannel offer or a mobile swipe) by its promotion id alone, in the
        redemption channel the body names (POS, ECOM or OTHER).

        Args:
            promotion_id: The promotion's id.
        """
        return await offer_promotions_redeem_by_promotion_id.asyncio_detailed(
            self._client, promotion_id, body=request_body, options=options
        )

    async def multichannel_promotions_get_by_external_id(
        self,
        *,
        external_id: str,
        **options: Unpack[CallOptions],
    ) -> APIResponse[MultichannelPromotionModel]:
        """Get by external id

        GET /api/v2/promotions/multichannels

        Retries: idempotent.

        The multichannel promotion with this external id (the caller's reference, not Voyado's).

        Args:
            external_id: The promotion's external id.
        """
        return await multichannel_promotions_get_by_external_id.asyncio_detailed(
            self._client, external_id=external_id, options=options
        )

    async def multichannel_promotions_create(
        self,
        *,
        request_body: MultichannelBasePromotionModel | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> APIResponse[MultichannelPromotionModel]:
        """Create

        POST /api/v2/promotions/multichannels

        Retries: not processed only.

        Creates a multichannel promotion, always as a draft. Answers 201.
        """
        return await multichannel_promotions_create.asyncio_detailed(self._client, body=request_body, options=options)

    async def multichannel_promotions_delete_by_external_id(
        self,
        *,
        external_id: str,
        **options: Unpack[CallOptions],
    ) -> APIResponse[StatusCodeResult]:
        """Delete by external id

        DELETE /api/v2/promotions/multichannels

        Retries: idempotent.

        Deletes the multichannel promotion with this external id; only a promotion assigned to nobody can be
        deleted.

        Args:
            external_id: The promotion's external id.
        """
        return await multichannel_promotions_delete_by_external_id.asyncio_detailed(
            self._client, external_id=external_id, options=options
        )

    async def multichannel_promotions_get_by_validity_external_id(
        self,
        *,
        external_id: str,
        **options: Unpack[CallOptions],
    ) -> APIResponse[PromotionValidityModel]:
        """Get by validity external id

        GET /api/v2/promotions/multichannels/validity

        Retries: idempotent.

        The validity (the period it can be used in) of the multichannel promotion with this external id.

        Args:
            external_id: The promotion's external id.
        """
        return await multichannel_promotions_get_by_validity_external_id.asyncio_detailed(
            self._client, external_id=external_id, options=options
        )

    async def multichannel_promotions_get_by_id(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> APIResponse[MultichannelPromotionModel]:
        """Get by id

        GET /api/v2/promotions/multichannels/{id}

        Retries: idempotent.

        The multichannel promotion with this Voyado id.

        Args:
            id: The promotion's id in Voyado.
        """
        return await multichannel_promotions_get_by_id.asyncio_detailed(self._client, id, options=options)

    async def multichannel_promotions_update(
        self,
        id: str,
        *,
        request_body: MultichannelPromotionModel | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> APIResponse[MultichannelPromotionModel]:
        """Update

        PUT /api/v2/promotions/multichannels/{id}

        Retries: idempotent.

        Updates a multichannel promotion; only a draft can be updated.

        Args:
            id: The promotion's id in Voyado.
        """
        return await multichannel_promotions_update.asyncio_detailed(
            self._client, id, body=request_body, options=options
        )

    async def multichannel_promotions_delete_by_id(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> APIResponse[StatusCodeResult]:
        """Delete by id

        DELETE /api/v2/promotions/multichannels/{id}

        Retries: idempotent.

        Deletes a multichannel promotion by its Voyado id; only a promotion assigned to nobody can be
        deleted.

        Args:
            id: The promotion's id in Voyado.
        """
        return await multichannel_promotions_delete_by_id.asyncio_detailed(self._client, id, options=options)

    async def multichannel_promotions_get_validity_by_id(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> APIResponse[PromotionValidityModel]:
        """Get validity by id

        GET /api/v2/promotions/multichannels/{id}/validity

        Retries: idempotent.

        The validity of the multichannel promotion with this Voyado id.

        Args:
            id: The promotion's id in Voyado.
        """
        return await multichannel_promotions_get_validity_by_id.asyncio_detailed(self._client, id, options=options)

    async def multichannel_promotions_update_validity(
        self,
        id: str,
        *,
        request_body: PromotionValidityModel | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> APIResponse[MultichannelPromotionModel]:
        """Update validity

        PUT /api/v2/promotions/multichannels/{id}/validity

        Retries: idempotent.

        Changes how long a multichannel promotion is valid; only a draft can be changed.

        Args:
            id: The promotion's id in Voyado.
        """
        return await multichannel_promotions_update_validity.asyncio_detailed(
            self._client, id, body=request_body, options=options
        )

    async def offer_promotions_reactivate_promotion_code(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> APIResponse[str]:
        """Reactivate promotion code

        POST /api/v2/promotions/reward-vouchers/{id}/reactivate

        Retries: not processed only.

        Makes a redeemed reward voucher usable again.

        Args:
            id: The reward voucher's id.
        """
        return await offer_promotions_reactivate_promotion_code.asyncio_detailed(self._client, id, options=options)


class AsyncPromotionsService:
    """Promotions operations (async). Reach it as `client.promotions`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPromotionsServiceWithRawResponse:
        """The same operations, returning the full response instead of the parsed result."""
        return AsyncPromotionsServiceWithRawResponse(self._client)

    async def offer_promotions_redeem_by_promotion_id(
        self,
        promotion_id: str,
        *,
        request_body: RedeemBodyModel | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> OfferPromotionsRedeemByPromotionIdResponse200:
        """Redeem by promotion id

        POST /api/v2/promotions/codes/{promotion_id}/redeem

        Retries: not processed only.

        Redeems a promotion (a multichannel offer or a mobile swipe) by its promotion id alone, in the
        redemption channel the body names (POS, ECOM or OTHER).

        Args:
            promotion_id: The promotion's id.
        """
        return await offer_promotions_redeem_by_promotion_id.asyncio(
            self._client, promotion_id, body=request_body, options=options
        )

    async def multichannel_promotions_get_by_external_id(
        self,
        *,
        external_id: str,
        **options: Unpack[CallOptions],
    ) -> MultichannelPromotionModel:
        """Get by external id

        GET /api/v2/promotions/multichannels

        Retries: idempotent.

        The multichannel promotion with this external id (the caller's reference, not Voyado's).

        Args:
            external_id: The promotion's external id.
        """
        return await multichannel_promotions_get_by_external_id.asyncio(
            self._client, external_id=external_id, options=options
        )

    async def multichannel_promotions_create(
        self,
        *,
        request_body: MultichannelBasePromotionModel | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> MultichannelPromotionModel:
        """Create

        POST /api/v2/promotions/multichannels

        Retries: not processed only.

        Creates a multichannel promotion, always as a draft. Answers 201.
        """
        return await multichannel_promotions_create.asyncio(self._client, body=request_body, options=options)

    async def multichannel_promotions_delete_by_external_id(
        self,
        *,
        external_id: str,
        **options: Unpack[CallOptions],
    ) -> StatusCodeResult:
        """Delete by external id

        DELETE /api/v2/promotions/multichannels

        Retries: idempotent.

        Deletes the multichannel promotion with this external id; only a promotion assigned to nobody can be
        deleted.

        Args:
            external_id: The promotion's external id.
        """
        return await multichannel_promotions_delete_by_external_id.asyncio(
            self._client, external_id=external_id, options=options
        )

    async def multichannel_promotions_get_by_validity_external_id(
        self,
        *,
        external_id: str,
        **options: Unpack[CallOptions],
    ) -> PromotionValidityModel:
        """Get by validity external id

        GET /api/v2/promotions/multichannels/validity

        Retries: idempotent.

        The validity (the period it can be used in) of the multichannel promotion with this external id.

        Args:
            external_id: The promotion's external id.
        """
        return await multichannel_promotions_get_by_validity_external_id.asyncio(
            self._client, external_id=external_id, options=options
        )

    async def multichannel_promotions_get_by_id(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> MultichannelPromotionModel:
        """Get by id

        GET /api/v2/promotions/multichannels/{id}

        Retries: idempotent.

        The multichannel promotion with this Voyado id.

        Args:
            id: The promotion's id in Voyado.
        """
        return await multichannel_promotions_get_by_id.asyncio(self._client, id, options=options)

    async def multichannel_promotions_update(
        self,
        id: str,
        *,
        request_body: MultichannelPromotionModel | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> MultichannelPromotionModel:
        """Update

        PUT /api/v2/promotions/multichannels/{id}

        Retries: idempotent.

        Updates a multichannel promotion; only a draft can be updated.

        Args:
            id: The promotion's id in Voyado.
        """
        return await multichannel_promotions_update.asyncio(self._client, id, body=request_body, options=options)

    async def multichannel_promotions_delete_by_id(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> StatusCodeResult:
        """Delete by id

        DELETE /api/v2/promotions/multichannels/{id}

        Retries: idempotent.

        Deletes a multichannel promotion by its Voyado id; only a promotion assigned to nobody can be
        deleted.

        Args:
            id: The promotion's id in Voyado.
        """
        return await multichannel_promotions_delete_by_id.asyncio(self._client, id, options=options)

    async def multichannel_promotions_get_validity_by_id(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> PromotionValidityModel:
        """Get validity by id

        GET /api/v2/promotions/multichannels/{id}/validity

        Retries: idempotent.

        The validity of the multichannel promotion with this Voyado id.

        Args:
            id: The promotion's id in Voyado.
        """
        return await multichannel_promotions_get_validity_by_id.asyncio(self._client, id, options=options)

    async def multichannel_promotions_update_validity(
        self,
        id: str,
        *,
        request_body: PromotionValidityModel | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> MultichannelPromotionModel:
        """Update validity

        PUT /api/v2/promotions/multichannels/{id}/validity

        Retries: idempotent.

        Changes how long a multichannel promotion is valid; only a draft can be changed.

        Args:
            id: The promotion's id in Voyado.
        """
        return await multichannel_promotions_update_validity.asyncio(
            self._client, id, body=request_body, options=options
        )

    async def offer_promotions_reactivate_promotion_code(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> str:
        """Reactivate promotion code

        POST /api/v2/promotions/reward-vouchers/{id}/reactivate

        Retries: not processed only.

        Makes a redeemed reward voucher usable again.

        Args:
            id: The reward voucher's id.
        """
        return await offer_promotions_reactivate_promotion_code.asyncio(self._client, id, options=options)
