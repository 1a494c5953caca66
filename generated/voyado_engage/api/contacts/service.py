# Generated from generator/render/templates/service.py.jinja by `make generate`; do not edit.
"""Contacts operations, reached as `VoyadoEngage.contacts`."""

import datetime
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from functools import cached_property
from typing import Any, Final, Unpack

from ..._base_client import AsyncAPIClient, SyncAPIClient
from ..._options import CallOptions
from ..._pagination import DEFAULT_PAGE_SIZE, aiterate_pages, iterate_pages
from ..._raw_response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ...models.api_adjust_reward_points import ApiAdjustRewardPoints, ApiAdjustRewardPointsParam
from ...models.api_adjust_reward_points_response import (
    ApiAdjustRewardPointsResponse,
)
from ...models.api_message import ApiMessage
from ...models.api_promotion_model import ApiPromotionModel
from ...models.bonus_point_transaction_model import BonusPointTransactionModel
from ...models.bool_request import BoolRequest, BoolRequestParam
from ...models.bulk_status import BulkStatus
from ...models.change_type import ChangeType
from ...models.contact_deletion import ContactDeletion
from ...models.contact_fields import ContactFields, ContactFieldsParam
from ...models.i_api_contact import IApiContact
from ...models.list_result_of_api_message import ListResultOfApiMessage
from ...models.member_attributes import MemberAttributes
from ...models.paged_result_of_api_message import PagedResultOfApiMessage
from ...models.paged_result_of_bonus_point_transaction_model import (
    PagedResultOfBonusPointTransactionModel,
)
from ...models.paged_result_of_transaction_item import PagedResultOfTransactionItem
from ...models.product_recommendations_model import ProductRecommendationsModel
from ...models.promotion_assignment import PromotionAssignment
from ...models.promotion_redemption import PromotionRedemption
from ...models.purchase_history_summary import PurchaseHistorySummary
from ...models.redeem_body_model import RedeemBodyModel, RedeemBodyModelParam
from ...models.sms_unsubscription import SmsUnsubscription
from ...models.transaction_item import TransactionItem
from ...types import UNSET, Unset
from . import (
    assign_promotion_assign,
    back_in_stock_subscription_get_by_contact_id,
    bonus_point_transactions_adjust_reward_points,
    bonus_point_transactions_get_bonus_point_transactions_for_contact,
    contact_bulk_create_contacts_in_bulk,
    contact_bulk_get_bulk_status,
    contact_bulk_update_contacts_in_bulk,
    contact_message_email_unsubscribe_contact,
    contact_message_get_latest_messages_by_contact_id,
    contact_message_get_messages_by_contact_id,
    contact_message_sms_unsubscribe_contact,
    contact_overview_get_contact_id_async,
    contact_preferences_accepts_email,
    contact_preferences_accepts_postal,
    contact_preferences_accepts_sms,
    contact_retail_kpi_get_purchase_history,
    contacts_v_count,
    contacts_v_count_by_contact_type,
    contacts_v_create_contact_header_param,
    contacts_v_delete_with_header_param,
    contacts_v_get_changed_contact_ids,
    contacts_v_get_contact_by_external_id_async,
    contacts_v_get_contact_by_id,
    contacts_v_get_contact_by_type_and_key_value_async,
    contacts_v_get_contact_by_type_and_key_value_in_url_async,
    contacts_v_promote_to_member,
    contacts_v_update_contact_post,
    contacts_v_update_contact_type,
    offer_promotions_get_promotions_for_contact,
    offer_promotions_redeem,
    product_recommendation_get_product_recommendations,
    transactions_get_transactions_by_contact_id,
)


class ContactsServiceWithRawResponse:
    """The contacts operations, returning the full `APIResponse` (status, headers, body, parsed result)."""

    def __init__(self, service: "ContactsService") -> None:
        self.create: Final = to_raw_response_wrapper(service.create)
        self.create_bulk: Final = to_raw_response_wrapper(service.create_bulk)
        self.update_bulk: Final = to_raw_response_wrapper(service.update_bulk)
        self.get_bulk_status: Final = to_raw_response_wrapper(service.get_bulk_status)
        self.list_changed_ids: Final = to_raw_response_wrapper(service.list_changed_ids)
        self.count: Final = to_raw_response_wrapper(service.count)
        self.get_id: Final = to_raw_response_wrapper(service.get_id)
        self.get_by_id: Final = to_raw_response_wrapper(service.get_by_id)
        self.update: Final = to_raw_response_wrapper(service.update)
        self.delete: Final = to_raw_response_wrapper(service.delete)
        self.list_back_in_stock_subscriptions: Final = to_raw_response_wrapper(service.list_back_in_stock_subscriptions)
        self.list_bonus_point_transactions: Final = to_raw_response_wrapper(service.list_bonus_point_transactions)
        self.list_messages: Final = to_raw_response_wrapper(service.list_messages)
        self.list_latest_messages: Final = to_raw_response_wrapper(service.list_latest_messages)
        self.set_accepts_email: Final = to_raw_response_wrapper(service.set_accepts_email)
        self.set_accepts_postal: Final = to_raw_response_wrapper(service.set_accepts_postal)
        self.set_accepts_sms: Final = to_raw_response_wrapper(service.set_accepts_sms)
        self.get_product_recommendations: Final = to_raw_response_wrapper(service.get_product_recommendations)
        self.promote_to_member: Final = to_raw_response_wrapper(service.promote_to_member)
        self.list_promotions: Final = to_raw_response_wrapper(service.list_promotions)
        self.assign_promotion: Final = to_raw_response_wrapper(service.assign_promotion)
        self.redeem_promotion: Final = to_raw_response_wrapper(service.redeem_promotion)
        self.get_purchase_history: Final = to_raw_response_wrapper(service.get_purchase_history)
        self.adjust_reward_points: Final = to_raw_response_wrapper(service.adjust_reward_points)
        self.list_transactions: Final = to_raw_response_wrapper(service.list_transactions)
        self.unsubscribe_email: Final = to_raw_response_wrapper(service.unsubscribe_email)
        self.unsubscribe_sms: Final = to_raw_response_wrapper(service.unsubscribe_sms)
        self.update_type: Final = to_raw_response_wrapper(service.update_type)
        self.get_by_external_id: Final = to_raw_response_wrapper(service.get_by_external_id)
        self.find_by_key: Final = to_raw_response_wrapper(service.find_by_key)
        self.get_by_key: Final = to_raw_response_wrapper(service.get_by_key)
        self.count_by_type: Final = to_raw_response_wrapper(service.count_by_type)
        self.contacts_v_create_contact_header_param: Final = self.create
        self.contact_bulk_create_contacts_in_bulk: Final = self.create_bulk
        self.contact_bulk_update_contacts_in_bulk: Final = self.update_bulk
        self.contact_bulk_get_bulk_status: Final = self.get_bulk_status
        self.contacts_v_get_changed_contact_ids: Final = self.list_changed_ids
        self.contacts_v_count: Final = self.count
        self.contact_overview_get_contact_id_async: Final = self.get_id
        self.contacts_v_get_contact_by_id: Final = self.get_by_id
        self.contacts_v_update_contact_post: Final = self.update
        self.contacts_v_delete_with_header_param: Final = self.delete
        self.back_in_stock_subscription_get_by_contact_id: Final = self.list_back_in_stock_subscriptions
        self.bonus_point_transactions_get_bonus_point_transactions_for_contact: Final = (
            self.list_bonus_point_transactions
        )
        self.contact_message_get_messages_by_contact_id: Final = self.list_messages
        self.contact_message_get_latest_messages_by_contact_id: Final = self.list_latest_messages
        self.contact_preferences_accepts_email: Final = self.set_accepts_email
        self.contact_preferences_accepts_postal: Final = self.set_accepts_postal
        self.contact_preferences_accepts_sms: Final = self.set_accepts_sms
        self.product_recommendation_get_product_recommendations: Final = self.get_product_recommendations
        self.contacts_v_promote_to_member: Final = self.promote_to_member
        self.offer_promotions_get_promotions_for_contact: Final = self.list_promotions
        self.assign_promotion_assign: Final = self.assign_promotion
        self.offer_promotions_redeem: Final = self.redeem_promotion
        self.contact_retail_kpi_get_purchase_history: Final = self.get_purchase_history
        self.bonus_point_transactions_adjust_reward_points: Final = self.adjust_reward_points
        self.transactions_get_transactions_by_contact_id: Final = self.list_transactions
        self.contact_message_email_unsubscribe_contact: Final = self.unsubscribe_email
        self.contact_message_sms_unsubscribe_contact: Final = self.unsubscribe_sms
        self.contacts_v_update_contact_type: Final = self.update_type
        self.contacts_v_get_contact_by_external_id_async: Final = self.get_by_external_id
        self.contacts_v_get_contact_by_type_and_key_value_async: Final = self.find_by_key
        self.contacts_v_get_contact_by_type_and_key_value_in_url_async: Final = self.get_by_key
        self.contacts_v_count_by_contact_type: Final = self.count_by_type


class ContactsService:
    """Contacts operations. Reach it as `client.contacts`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ContactsServiceWithRawResponse:
        """The same operations, returning the full response instead of the parsed result."""
        return ContactsServiceWithRawResponse(self)

    def create(
        self,
        *,
        request_body: ContactFields | ContactFieldsParam,
        source: str | Unset = UNSET,
        store_external_id: str | Unset = UNSET,
        create_as_unapproved: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> IApiContact:
        """Create a contact

        POST /api/v2/contacts

        Retries: retried only when not delivered (connection failed) or on 429.

        Creates an approved contact (unless `createAsUnapproved` says otherwise), of the body's
        `contactType` (Member when it has none). Look the contact up first (`get_id`), as Voyado recommends:
        the published description says a contact with the same key is answered instead of a new one, while
        integrations meet 409 (`ApprovedContactWithKeyExists`, `ContactWithKeyIsBeingCreated`). Answers 201.

        Args:
            source: The source system making the change, as configured for the tenant.
            store_external_id: The external id of the store the contact is created in, which becomes the store
                that recruited them. Optional, and strongly recommended.
            create_as_unapproved: `"true"` to create the contact unapproved; `"false"`, the default, approves
                it.
        """
        return self._client.call(
            contacts_v_create_contact_header_param.OPERATION,
            contacts_v_create_contact_header_param._get_kwargs(
                request_body=request_body,
                source=source,
                store_external_id=store_external_id,
                create_as_unapproved=create_as_unapproved,
            ),
            options,
        )

    def create_bulk(
        self,
        *,
        request_body: Sequence[ContactFields | ContactFieldsParam],
        contact_type: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> str:
        """Create contacts in bulk

        POST /api/v2/contacts/bulk

        Retries: retried only when not delivered (connection failed) or on 429.

        Creates many contacts in one batch, of the given contact type (the tenant's default when left out).
        The answer identifies the batch, whose progress the bulk status operation reports.

        Args:
            contact_type: The contact type of the new contacts; the tenant's default type when left out.
        """
        return self._client.call(
            contact_bulk_create_contacts_in_bulk.OPERATION,
            contact_bulk_create_contacts_in_bulk._get_kwargs(request_body=request_body, contact_type=contact_type),
            options,
        )

    def update_bulk(
        self,
        *,
        request_body: Sequence[ContactFields | ContactFieldsParam],
        contact_type: str | Unset = UNSET,
        avoid_triggering_export: bool | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> str:
        """Update contacts in bulk

        PATCH /api/v2/contacts/bulk

        Retries: retried only when not delivered (connection failed) or on 429.

        Updates many contacts in one batch, of the given contact type (the tenant's default when left out).
        The answer identifies the batch, whose progress the bulk status operation reports.

        Args:
            contact_type: The contact type of the contacts; the tenant's default type when left out.
            avoid_triggering_export: True to keep the update from triggering the tenant's contact export
                (default false).
        """
        return self._client.call(
            contact_bulk_update_contacts_in_bulk.OPERATION,
            contact_bulk_update_contacts_in_bulk._get_kwargs(
                request_body=request_body, contact_type=contact_type, avoid_triggering_export=avoid_triggering_export
            ),
            options,
        )

    def get_bulk_status(
        self,
        *,
        batch_id: str,
        **options: Unpack[CallOptions],
    ) -> BulkStatus:
        """Get bulk status

        GET /api/v2/contacts/bulk/status

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        The progress and outcome of a bulk create or update, by the batch id that call returned.

        Args:
            batch_id: The batch id a bulk create or update returned.
        """
        return self._client.call(
            contact_bulk_get_bulk_status.OPERATION, contact_bulk_get_bulk_status._get_kwargs(batch_id=batch_id), options
        )

    def list_changed_ids(
        self,
        *,
        change_type: ChangeType,
        from_date: datetime.datetime,
        to_date: datetime.datetime | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> list[str]:
        """Get changed contact ids

        GET /api/v2/contacts/changes

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        The ids of contacts created, updated or deleted within a time span.

        Args:
            change_type: Which changes: Created, Updated or Deleted.
            from_date: The start of the time span. Voyado also reads a plain `2023-05-04 11:20:00.000`; the SDK
                sends ISO 8601.
            to_date: The end of the time span (default now).
        """
        return self._client.call(
            contacts_v_get_changed_contact_ids.OPERATION,
            contacts_v_get_changed_contact_ids._get_kwargs(
                change_type=change_type, from_date=from_date, to_date=to_date
            ),
            options,
        )

    def count(
        self,
        **options: Unpack[CallOptions],
    ) -> int:
        """Count

        GET /api/v2/contacts/count

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        The number of approved contacts. Voyado caches the figure and refreshes it about every 20 minutes.
        """
        return self._client.call(contacts_v_count.OPERATION, contacts_v_count._get_kwargs(), options)

    def get_id(
        self,
        *,
        contact_type: str | Unset = UNSET,
        email: str | Unset = UNSET,
        social_security_number: str | Unset = UNSET,
        mobile_phone: str | Unset = UNSET,
        custom_key: str | Unset = UNSET,
        any_: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> str:
        """Look up a contact's id by a key

        GET /api/v2/contacts/id

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        The contact id of one (or several) contacts found by email, social security number, mobile phone, a
        custom key configured for the tenant, or `any` (tried as those, in that order), optionally within a
        contact type.

        Args:
            contact_type: The contact type to look in.
            email: The contact's email address.
            social_security_number: The contact's social security number.
            mobile_phone: The contact's mobile phone number.
            custom_key: The value of the custom key the tenant has configured.
            any_: A value tried as email, social security number, mobile phone and custom key, in that order.
        """
        return self._client.call(
            contact_overview_get_contact_id_async.OPERATION,
            contact_overview_get_contact_id_async._get_kwargs(
                contact_type=contact_type,
                email=email,
                social_security_number=social_security_number,
                mobile_phone=mobile_phone,
                custom_key=custom_key,
                any_=any_,
            ),
            options,
        )

    def get_by_id(
        self,
        contact_id: str,
        **options: Unpack[CallOptions],
    ) -> IApiContact:
        """Get contact by id

        GET /api/v2/contacts/{contact_id}

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        One contact by its id. Which fields the answer holds depends on the tenant's configuration.

        Args:
            contact_id: The contact's id in Voyado (a GUID).
        """
        return self._client.call(
            contacts_v_get_contact_by_id.OPERATION, contacts_v_get_contact_by_id._get_kwargs(contact_id), options
        )

    def update(
        self,
        contact_id: str,
        *,
        request_body: ContactFields | ContactFieldsParam,
        **options: Unpack[CallOptions],
    ) -> IApiContact:
        """Update a contact

        POST /api/v2/contacts/{contact_id}

        Retries: retried only when not delivered (connection failed) or on 429.

        Updates the fields sent in the body on one contact; fields left out are kept. A field sent empty is
        emptied.

        Args:
            contact_id: The contact's id in Voyado (a GUID).
        """
        return self._client.call(
            contacts_v_update_contact_post.OPERATION,
            contacts_v_update_contact_post._get_kwargs(contact_id, request_body=request_body),
            options,
        )

    def delete(
        self,
        contact_id: str,
        *,
        source: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> ContactDeletion:
        """Delete a contact

        DELETE /api/v2/contacts/{contact_id}

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        Deletes a contact.

        Args:
            contact_id: The contact's id in Voyado (a GUID).
            source: The source system deleting the contact, as configured for the tenant.
        """
        return self._client.call(
            contacts_v_delete_with_header_param.OPERATION,
            contacts_v_delete_with_header_param._get_kwargs(contact_id, source=source),
            options,
        )

    def list_back_in_stock_subscriptions(
        self,
        contact_id: str,
        **options: Unpack[CallOptions],
    ) -> None:
        """Get by contact id

        GET /api/v2/contacts/{contact_id}/backinstock/subscriptions

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        A contact's back-in-stock subscriptions.

        Args:
            contact_id: The contact's id in Voyado (a GUID).
        """
        return self._client.call(
            back_in_stock_subscription_get_by_contact_id.OPERATION,
            back_in_stock_subscription_get_by_contact_id._get_kwargs(contact_id),
            options,
        )

    def list_bonus_point_transactions(
        self,
        contact_id: str,
        *,
        offset: int | Unset = UNSET,
        count: int | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> PagedResultOfBonusPointTransactionModel:
        """Get bonus point transactions for contact

        GET /api/v2/contacts/{contact_id}/bonuspointtransactions

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        A contact's bonus point transactions, a page at a time.

        Args:
            contact_id: The contact's id in Voyado (a GUID).
            offset: How many items to skip before the page starts (default 0).
            count: How many items the page holds at most (default 100).
        """
        return self._client.call(
            bonus_point_transactions_get_bonus_point_transactions_for_contact.OPERATION,
            bonus_point_transactions_get_bonus_point_transactions_for_contact._get_kwargs(
                contact_id, offset=offset, count=count
            ),
            options,
        )

    def list_bonus_point_transactions_iter(
        self,
        contact_id: str,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        **options: Unpack[CallOptions],
    ) -> Iterator[BonusPointTransactionModel]:
        """Every item, fetched `page_size` per request as the iterator is consumed."""
        return iterate_pages(
            lambda offset, count: self.list_bonus_point_transactions(contact_id, offset=offset, count=count, **options),
            page_size=page_size,
        )

    def list_messages(
        self,
        contact_id: str,
        *,
        offset: int | Unset = UNSET,
        count: int | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> PagedResultOfApiMessage:
        """Get messages by contact id

        GET /api/v2/contacts/{contact_id}/messages

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        The messages (emails and texts) sent to a contact, a page at a time (at most 500 per page).

        Args:
            contact_id: The contact's id in Voyado (a GUID).
            offset: How many items to skip before the page starts (default 0).
            count: How many messages the page holds at most (default 100, at most 500).
        """
        return self._client.call(
            contact_message_get_messages_by_contact_id.OPERATION,
            contact_message_get_messages_by_contact_id._get_kwargs(contact_id, offset=offset, count=count),
            options,
        )

    def list_messages_iter(
        self,
        contact_id: str,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        **options: Unpack[CallOptions],
    ) -> Iterator[ApiMessage]:
        """Every item, fetched `page_size` per request as the iterator is consumed."""
        return iterate_pages(
            lambda offset, count: self.list_messages(contact_id, offset=offset, count=count, **options),
            page_size=page_size,
        )

    def list_latest_messages(
        self,
        contact_id: str,
        *,
        count: int | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> ListResultOfApiMessage:
        """Get latest messages by contact id

        GET /api/v2/contacts/{contact_id}/messages/latest

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        The latest messages sent to a contact, at most 500.

        Args:
            contact_id: The contact's id in Voyado (a GUID).
            count: How many of the latest messages (default 100, at most 500).
        """
        return self._client.call(
            contact_message_get_latest_messages_by_contact_id.OPERATION,
            contact_message_get_latest_messages_by_contact_id._get_kwargs(contact_id, count=count),
            options,
        )

    def set_accepts_email(
        self,
        contact_id: str,
        *,
        request_body: BoolRequest | BoolRequestParam,
        **options: Unpack[CallOptions],
    ) -> IApiContact:
        """Accepts email

        POST /api/v2/contacts/{contact_id}/preferences/acceptsEmail

        Retries: retried only when not delivered (connection failed) or on 429.

        Sets whether the contact accepts email. Approves an unapproved contact too. Updating the contact is
        the primary way to change preferences; this is a shortcut for one.

        Args:
            contact_id: The contact's id in Voyado (a GUID).
        """
        return self._client.call(
            contact_preferences_accepts_email.OPERATION,
            contact_preferences_accepts_email._get_kwargs(contact_id, request_body=request_body),
            options,
        )

    def set_accepts_postal(
        self,
        contact_id: str,
        *,
        request_body: BoolRequest | BoolRequestParam,
        **options: Unpack[CallOptions],
    ) -> IApiContact:
        """Accepts postal

        POST /api/v2/contacts/{contact_id}/preferences/acceptsPostal

        Retries: retried only when not delivered (connection failed) or on 429.

        Sets whether the contact accepts post. Approves an unapproved contact too. Updating the contact is
        the primary way to change preferences; this is a shortcut for one.

        Args:
            contact_id: The contact's id in Voyado (a GUID).
        """
        return self._client.call(
            contact_preferences_accepts_postal.OPERATION,
            contact_preferences_accepts_postal._get_kwargs(contact_id, request_body=request_body),
            options,
        )

    def set_accepts_sms(
        self,
        contact_id: str,
        *,
        request_body: BoolRequest | BoolRequestParam,
        **options: Unpack[CallOptions],
    ) -> IApiContact:
        """Accepts sms

        POST /api/v2/contacts/{contact_id}/preferences/acceptsSms

        Retries: retried only when not delivered (connection failed) or on 429.

        Sets whether the contact accepts text messages. Approves an unapproved contact too. Updating the
        contact is the primary way to change preferences; this is a shortcut for one.

        Args:
            contact_id: The contact's id in Voyado (a GUID).
        """
        return self._client.call(
            contact_preferences_accepts_sms.OPERATION,
            contact_preferences_accepts_sms._get_kwargs(contact_id, request_body=request_body),
            options,
        )

    def get_product_recommendations(
        self,
        contact_id: str,
        **options: Unpack[CallOptions],
    ) -> ProductRecommendationsModel:
        """Get product recommendations

        GET /api/v2/contacts/{contact_id}/productrecommendations

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        Product recommendations for a contact.

        Args:
            contact_id: The contact's id in Voyado (a GUID).
        """
        return self._client.call(
            product_recommendation_get_product_recommendations.OPERATION,
            product_recommendation_get_product_recommendations._get_kwargs(contact_id),
            options,
        )

    def promote_to_member(
        self,
        contact_id: str,
        *,
        request_body: MemberAttributes | Mapping[str, Any],
        source: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> IApiContact:
        """Promote to member

        POST /api/v2/contacts/{contact_id}/promoteToMember

        Retries: retried only when not delivered (connection failed) or on 429.

        Makes a contact a member; the body carries the fields the member type requires.

        Args:
            contact_id: The contact's id in Voyado (a GUID).
            source: The source system making the change, as configured for the tenant.
        """
        return self._client.call(
            contacts_v_promote_to_member.OPERATION,
            contacts_v_promote_to_member._get_kwargs(contact_id, request_body=request_body, source=source),
            options,
        )

    def list_promotions(
        self,
        contact_id: str,
        *,
        redemption_channel_type: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> list[ApiPromotionModel]:
        """Get promotions for contact

        GET /api/v2/contacts/{contact_id}/promotions

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        The promotions a contact can use, optionally only those for one redemption channel (POS, ECOM or
        OTHER).

        Args:
            contact_id: The contact's id in Voyado (a GUID).
            redemption_channel_type: Only promotions for this redemption channel: POS, ECOM or OTHER.
        """
        return self._client.call(
            offer_promotions_get_promotions_for_contact.OPERATION,
            offer_promotions_get_promotions_for_contact._get_kwargs(
                contact_id, redemption_channel_type=redemption_channel_type
            ),
            options,
        )

    def assign_promotion(
        self,
        contact_id: str,
        promotion_id: str,
        **options: Unpack[CallOptions],
    ) -> PromotionAssignment:
        """Assign

        POST /api/v2/contacts/{contact_id}/promotions/{promotion_id}/assign

        Retries: retried only when not delivered (connection failed) or on 429.

        Assigns a promotion (multichannel offers only) to a contact.

        Args:
            contact_id: The contact's id in Voyado (a GUID).
            promotion_id: The promotion's id.
        """
        return self._client.call(
            assign_promotion_assign.OPERATION, assign_promotion_assign._get_kwargs(contact_id, promotion_id), options
        )

    def redeem_promotion(
        self,
        contact_id: str,
        promotion_id: str,
        *,
        request_body: RedeemBodyModel | RedeemBodyModelParam,
        **options: Unpack[CallOptions],
    ) -> PromotionRedemption:
        """Redeem

        POST /api/v2/contacts/{contact_id}/promotions/{promotion_id}/redeem

        Retries: retried only when not delivered (connection failed) or on 429.

        Redeems a promotion (a multichannel offer or a mobile swipe) for a contact, in the redemption
        channel the body names (POS, ECOM or OTHER).

        Args:
            contact_id: The contact's id in Voyado (a GUID).
            promotion_id: The promotion's id.
        """
        return self._client.call(
            offer_promotions_redeem.OPERATION,
            offer_promotions_redeem._get_kwargs(contact_id, promotion_id, request_body=request_body),
            options,
        )

    def get_purchase_history(
        self,
        contact_id: str,
        **options: Unpack[CallOptions],
    ) -> PurchaseHistorySummary:
        """Get purchase history

        GET /api/v2/contacts/{contact_id}/purchasehistorysummary

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        A summary of a contact's purchases: over all time, the last 12 months and the last 24 months.

        Args:
            contact_id: The contact's id in Voyado (a GUID).
        """
        return self._client.call(
            contact_retail_kpi_get_purchase_history.OPERATION,
            contact_retail_kpi_get_purchase_history._get_kwargs(contact_id),
            options,
        )

    def adjust_reward_points(
        self,
        contact_id: str,
        *,
        request_body: ApiAdjustRewardPoints | ApiAdjustRewardPointsParam,
        **options: Unpack[CallOptions],
    ) -> ApiAdjustRewardPointsResponse:
        """Adjust reward points

        POST /api/v2/contacts/{contact_id}/rewardpointtransaction

        Retries: retried only when not delivered (connection failed) or on 429.

        Adds reward points to a contact (the body gives the amount and why).

        Args:
            contact_id: The contact's id in Voyado (a GUID).
        """
        return self._client.call(
            bonus_point_transactions_adjust_reward_points.OPERATION,
            bonus_point_transactions_adjust_reward_points._get_kwargs(contact_id, request_body=request_body),
            options,
        )

    def list_transactions(
        self,
        contact_id: str,
        *,
        offset: int | Unset = UNSET,
        count: int | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> PagedResultOfTransactionItem:
        """Get transactions by contact id

        GET /api/v2/contacts/{contact_id}/transactions

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        A contact's purchase transactions, a page at a time.

        Args:
            contact_id: The contact's id in Voyado (a GUID).
            offset: How many items to skip before the page starts (default 0).
            count: How many items the page holds at most (default 100).
        """
        return self._client.call(
            transactions_get_transactions_by_contact_id.OPERATION,
            transactions_get_transactions_by_contact_id._get_kwargs(contact_id, offset=offset, count=count),
            options,
        )

    def list_transactions_iter(
        self,
        contact_id: str,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        **options: Unpack[CallOptions],
    ) -> Iterator[TransactionItem]:
        """Every item, fetched `page_size` per request as the iterator is consumed."""
        return iterate_pages(
            lambda offset, count: self.list_transactions(contact_id, offset=offset, count=count, **options),
            page_size=page_size,
        )

    def unsubscribe_email(
        self,
        contact_id: str,
        *,
        message_id: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> None:
        """Email unsubscribe contact

        POST /api/v2/contacts/{contact_id}/unsubscribeEmail

        Retries: retried only when not delivered (connection failed) or on 429.

        Unsubscribes a contact from email, from the message given or else from the latest email sent.

        Args:
            contact_id: The contact's id in Voyado (a GUID).
            message_id: The message to unsubscribe from; the latest message of its kind when left out.
        """
        return self._client.call(
            contact_message_email_unsubscribe_contact.OPERATION,
            contact_message_email_unsubscribe_contact._get_kwargs(contact_id, message_id=message_id),
            options,
        )

    def unsubscribe_sms(
        self,
        contact_id: str,
        *,
        message_id: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> SmsUnsubscription:
        """Sms unsubscribe contact

        POST /api/v2/contacts/{contact_id}/unsubscribeSms

        Retries: retried only when not delivered (connection failed) or on 429.

        Unsubscribes a contact from text messages, from the message given or else from the latest text sent.

        Args:
            contact_id: The contact's id in Voyado (a GUID).
            message_id: The message to unsubscribe from; the latest message of its kind when left out.
        """
        return self._client.call(
            contact_message_sms_unsubscribe_contact.OPERATION,
            contact_message_sms_unsubscribe_contact._get_kwargs(contact_id, message_id=message_id),
            options,
        )

    def update_type(
        self,
        contact_id: str,
        *,
        contact_type_id: str,
        **options: Unpack[CallOptions],
    ) -> None:
        """Update contact type

        POST /api/v2/contacts/{contact_id}/updateContactType

        Retries: retried only when not delivered (connection failed) or on 429.

        Moves a contact to another contact type, when the contact has every field that type expects.

        Args:
            contact_id: The contact's id in Voyado (a GUID).
            contact_type_id: The id of the contact type to move the contact to.
        """
        return self._client.call(
            contacts_v_update_contact_type.OPERATION,
            contacts_v_update_contact_type._get_kwargs(contact_id, contact_type_id=contact_type_id),
            options,
        )

    def get_by_external_id(
        self,
        contact_type: str,
        external_id: str,
        **options: Unpack[CallOptions],
    ) -> IApiContact:
        """Get a contact by its external id

        GET /api/v2/contacts/{contact_type}/byexternalid/{external_id}

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        One contact of a contact type, by its external id. Which fields the answer holds depends on the
        tenant's configuration.

        Args:
            contact_type: The contact type, such as `member` or `contact`.
            external_id: The contact's external id.
        """
        return self._client.call(
            contacts_v_get_contact_by_external_id_async.OPERATION,
            contacts_v_get_contact_by_external_id_async._get_kwargs(contact_type, external_id),
            options,
        )

    def find_by_key(
        self,
        contact_type: str,
        *,
        key_value: str,
        **options: Unpack[CallOptions],
    ) -> IApiContact:
        """Get a contact by its type and key

        GET /api/v2/contacts/{contact_type}/bykey

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        One contact of a contact type, by its key value (the key the tenant configured for the type; types
        with exactly one key only). Prefer this to the variant with the key value in the path.

        Args:
            contact_type: The contact type, such as `member` or `contact`.
            key_value: The value of the contact type's key (for example a social security number, external id,
                member number or phone number, as the tenant configured it).
        """
        return self._client.call(
            contacts_v_get_contact_by_type_and_key_value_async.OPERATION,
            contacts_v_get_contact_by_type_and_key_value_async._get_kwargs(contact_type, key_value=key_value),
            options,
        )

    def get_by_key(
        self,
        contact_type: str,
        key_value: str,
        **options: Unpack[CallOptions],
    ) -> IApiContact:
        """Get a contact by its type and key (key in the path)

        GET /api/v2/contacts/{contact_type}/bykey/{key_value}

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        The same lookup as the query-string variant, with the key value in the path. Voyado recommends the
        query version: a key value in a path must be one path segment.

        Args:
            contact_type: The contact type, such as `member` or `contact`.
            key_value: The value of the contact type's key (for example a social security number, external id,
                member number or phone number, as the tenant configured it).
        """
        return self._client.call(
            contacts_v_get_contact_by_type_and_key_value_in_url_async.OPERATION,
            contacts_v_get_contact_by_type_and_key_value_in_url_async._get_kwargs(contact_type, key_value),
            options,
        )

    def count_by_type(
        self,
        contact_type: str,
        **options: Unpack[CallOptions],
    ) -> int:
        """Count by contact type

        GET /api/v2/contacts/{contact_type}/count

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        The number of approved contacts of one contact type. Voyado caches the figure and refreshes it about
        every 20 minutes.

        Args:
            contact_type: The contact type, such as `member` or `contact`.
        """
        return self._client.call(
            contacts_v_count_by_contact_type.OPERATION,
            contacts_v_count_by_contact_type._get_kwargs(contact_type),
            options,
        )

    # The published SDK's names (operationIds in snake case), so code written from its docs runs unchanged.
    contacts_v_create_contact_header_param = create
    contact_bulk_create_contacts_in_bulk = create_bulk
    contact_bulk_update_contacts_in_bulk = update_bulk
    contact_bulk_get_bulk_status = get_bulk_status
    contacts_v_get_changed_contact_ids = list_changed_ids
    contacts_v_count = count
    contact_overview_get_contact_id_async = get_id
    contacts_v_get_contact_by_id = get_by_id
    contacts_v_update_contact_post = update
    contacts_v_delete_with_header_param = delete
    back_in_stock_subscription_get_by_contact_id = list_back_in_stock_subscriptions
    bonus_point_transactions_get_bonus_point_transactions_for_contact = list_bonus_point_transactions
    bonus_point_transactions_get_bonus_point_transactions_for_contact_iter = list_bonus_point_transactions_iter
    contact_message_get_messages_by_contact_id = list_messages
    contact_message_get_messages_by_contact_id_iter = list_messages_iter
    contact_message_get_latest_messages_by_contact_id = list_latest_messages
    contact_preferences_accepts_email = set_accepts_email
    contact_preferences_accepts_postal = set_accepts_postal
    contact_preferences_accepts_sms = set_accepts_sms
    product_recommendation_get_product_recommendations = get_product_recommendations
    contacts_v_promote_to_member = promote_to_member
    offer_promotions_get_promotions_for_contact = list_promotions
    assign_promotion_assign = assign_promotion
    offer_promotions_redeem = redeem_promotion
    contact_retail_kpi_get_purchase_history = get_purchase_history
    bonus_point_transactions_adjust_reward_points = adjust_reward_points
    transactions_get_transactions_by_contact_id = list_transactions
    transactions_get_transactions_by_contact_id_iter = list_transactions_iter
    contact_message_email_unsubscribe_contact = unsubscribe_email
    contact_message_sms_unsubscribe_contact = unsubscribe_sms
    contacts_v_update_contact_type = update_type
    contacts_v_get_contact_by_external_id_async = get_by_external_id
    contacts_v_get_contact_by_type_and_key_value_async = find_by_key
    contacts_v_get_contact_by_type_and_key_value_in_url_async = get_by_key
    contacts_v_count_by_contact_type = count_by_type


class AsyncContactsServiceWithRawResponse:
    """The contacts operations, returning the full `APIResponse` (status, headers, body, parsed result)."""

    def __init__(self, service: "AsyncContactsService") -> None:
        self.create: Final = async_to_raw_response_wrapper(service.create)
        self.create_bulk: Final = async_to_raw_response_wrapper(service.create_bulk)
        self.update_bulk: Final = async_to_raw_response_wrapper(service.update_bulk)
        self.get_bulk_status: Final = async_to_raw_response_wrapper(service.get_bulk_status)
        self.list_changed_ids: Final = async_to_raw_response_wrapper(service.list_changed_ids)
        self.count: Final = async_to_raw_response_wrapper(service.count)
        self.get_id: Final = async_to_raw_response_wrapper(service.get_id)
        self.get_by_id: Final = async_to_raw_response_wrapper(service.get_by_id)
        self.update: Final = async_to_raw_response_wrapper(service.update)
        self.delete: Final = async_to_raw_response_wrapper(service.delete)
        self.list_back_in_stock_subscriptions: Final = async_to_raw_response_wrapper(
            service.list_back_in_stock_subscriptions
        )
        self.list_bonus_point_transactions: Final = async_to_raw_response_wrapper(service.list_bonus_point_transactions)
        self.list_messages: Final = async_to_raw_response_wrapper(service.list_messages)
        self.list_latest_messages: Final = async_to_raw_response_wrapper(service.list_latest_messages)
        self.set_accepts_email: Final = async_to_raw_response_wrapper(service.set_accepts_email)
        self.set_accepts_postal: Final = async_to_raw_response_wrapper(service.set_accepts_postal)
        self.set_accepts_sms: Final = async_to_raw_response_wrapper(service.set_accepts_sms)
        self.get_product_recommendations: Final = async_to_raw_response_wrapper(service.get_product_recommendations)
        self.promote_to_member: Final = async_to_raw_response_wrapper(service.promote_to_member)
        self.list_promotions: Final = async_to_raw_response_wrapper(service.list_promotions)
        self.assign_promotion: Final = async_to_raw_response_wrapper(service.assign_promotion)
        self.redeem_promotion: Final = async_to_raw_response_wrapper(service.redeem_promotion)
        self.get_purchase_history: Final = async_to_raw_response_wrapper(service.get_purchase_history)
        self.adjust_reward_points: Final = async_to_raw_response_wrapper(service.adjust_reward_points)
        self.list_transactions: Final = async_to_raw_response_wrapper(service.list_transactions)
        self.unsubscribe_email: Final = async_to_raw_response_wrapper(service.unsubscribe_email)
        self.unsubscribe_sms: Final = async_to_raw_response_wrapper(service.unsubscribe_sms)
        self.update_type: Final = async_to_raw_response_wrapper(service.update_type)
        self.get_by_external_id: Final = async_to_raw_response_wrapper(service.get_by_external_id)
        self.find_by_key: Final = async_to_raw_response_wrapper(service.find_by_key)
        self.get_by_key: Final = async_to_raw_response_wrapper(service.get_by_key)
        self.count_by_type: Final = async_to_raw_response_wrapper(service.count_by_type)
        self.contacts_v_create_contact_header_param: Final = self.create
        self.contact_bulk_create_contacts_in_bulk: Final = self.create_bulk
        self.contact_bulk_update_contacts_in_bulk: Final = self.update_bulk
        self.contact_bulk_get_bulk_status: Final = self.get_bulk_status
        self.contacts_v_get_changed_contact_ids: Final = self.list_changed_ids
        self.contacts_v_count: Final = self.count
        self.contact_overview_get_contact_id_async: Final = self.get_id
        self.contacts_v_get_contact_by_id: Final = self.get_by_id
        self.contacts_v_update_contact_post: Final = self.update
        self.contacts_v_delete_with_header_param: Final = self.delete
        self.back_in_stock_subscription_get_by_contact_id: Final = self.list_back_in_stock_subscriptions
        self.bonus_point_transactions_get_bonus_point_transactions_for_contact: Final = (
            self.list_bonus_point_transactions
        )
        self.contact_message_get_messages_by_contact_id: Final = self.list_messages
        self.contact_message_get_latest_messages_by_contact_id: Final = self.list_latest_messages
        self.contact_preferences_accepts_email: Final = self.set_accepts_email
        self.contact_preferences_accepts_postal: Final = self.set_accepts_postal
        self.contact_preferences_accepts_sms: Final = self.set_accepts_sms
        self.product_recommendation_get_product_recommendations: Final = self.get_product_recommendations
        self.contacts_v_promote_to_member: Final = self.promote_to_member
        self.offer_promotions_get_promotions_for_contact: Final = self.list_promotions
        self.assign_promotion_assign: Final = self.assign_promotion
        self.offer_promotions_redeem: Final = self.redeem_promotion
        self.contact_retail_kpi_get_purchase_history: Final = self.get_purchase_history
        self.bonus_point_transactions_adjust_reward_points: Final = self.adjust_reward_points
        self.transactions_get_transactions_by_contact_id: Final = self.list_transactions
        self.contact_message_email_unsubscribe_contact: Final = self.unsubscribe_email
        self.contact_message_sms_unsubscribe_contact: Final = self.unsubscribe_sms
        self.contacts_v_update_contact_type: Final = self.update_type
        self.contacts_v_get_contact_by_external_id_async: Final = self.get_by_external_id
        self.contacts_v_get_contact_by_type_and_key_value_async: Final = self.find_by_key
        self.contacts_v_get_contact_by_type_and_key_value_in_url_async: Final = self.get_by_key
        self.contacts_v_count_by_contact_type: Final = self.count_by_type


class AsyncContactsService:
    """Contacts operations (async). Reach it as `client.contacts`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncContactsServiceWithRawResponse:
        """The same operations, returning the full response instead of the parsed result."""
        return AsyncContactsServiceWithRawResponse(self)

    async def create(
        self,
        *,
        request_body: ContactFields | ContactFieldsParam,
        source: str | Unset = UNSET,
        store_external_id: str | Unset = UNSET,
        create_as_unapproved: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> IApiContact:
        """Create a contact

        POST /api/v2/contacts

        Retries: retried only when not delivered (connection failed) or on 429.

        Creates an approved contact (unless `createAsUnapproved` says otherwise), of the body's
        `contactType` (Member when it has none). Look the contact up first (`get_id`), as Voyado recommends:
        the published description says a contact with the same key is answered instead of a new one, while
        integrations meet 409 (`ApprovedContactWithKeyExists`, `ContactWithKeyIsBeingCreated`). Answers 201.

        Args:
            source: The source system making the change, as configured for the tenant.
            store_external_id: The external id of the store the contact is created in, which becomes the store
                that recruited them. Optional, and strongly recommended.
            create_as_unapproved: `"true"` to create the contact unapproved; `"false"`, the default, approves
                it.
        """
        return await self._client.call(
            contacts_v_create_contact_header_param.OPERATION,
            contacts_v_create_contact_header_param._get_kwargs(
                request_body=request_body,
                source=source,
                store_external_id=store_external_id,
                create_as_unapproved=create_as_unapproved,
            ),
            options,
        )

    async def create_bulk(
        self,
        *,
        request_body: Sequence[ContactFields | ContactFieldsParam],
        contact_type: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> str:
        """Create contacts in bulk

        POST /api/v2/contacts/bulk

        Retries: retried only when not delivered (connection failed) or on 429.

        Creates many contacts in one batch, of the given contact type (the tenant's default when left out).
        The answer identifies the batch, whose progress the bulk status operation reports.

        Args:
            contact_type: The contact type of the new contacts; the tenant's default type when left out.
        """
        return await self._client.call(
            contact_bulk_create_contacts_in_bulk.OPERATION,
            contact_bulk_create_contacts_in_bulk._get_kwargs(request_body=request_body, contact_type=contact_type),
            options,
        )

    async def update_bulk(
        self,
        *,
        request_body: Sequence[ContactFields | ContactFieldsParam],
        contact_type: str | Unset = UNSET,
        avoid_triggering_export: bool | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> str:
        """Update contacts in bulk

        PATCH /api/v2/contacts/bulk

        Retries: retried only when not delivered (connection failed) or on 429.

        Updates many contacts in one batch, of the given contact type (the tenant's default when left out).
        The answer identifies the batch, whose progress the bulk status operation reports.

        Args:
            contact_type: The contact type of the contacts; the tenant's default type when left out.
            avoid_triggering_export: True to keep the update from triggering the tenant's contact export
                (default false).
        """
        return await self._client.call(
            contact_bulk_update_contacts_in_bulk.OPERATION,
            contact_bulk_update_contacts_in_bulk._get_kwargs(
                request_body=request_body, contact_type=contact_type, avoid_triggering_export=avoid_triggering_export
            ),
            options,
        )

    async def get_bulk_status(
        self,
        *,
        batch_id: str,
        **options: Unpack[CallOptions],
    ) -> BulkStatus:
        """Get bulk status

        GET /api/v2/contacts/bulk/status

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        The progress and outcome of a bulk create or update, by the batch id that call returned.

        Args:
            batch_id: The batch id a bulk create or update returned.
        """
        return await self._client.call(
            contact_bulk_get_bulk_status.OPERATION, contact_bulk_get_bulk_status._get_kwargs(batch_id=batch_id), options
        )

    async def list_changed_ids(
        self,
        *,
        change_type: ChangeType,
        from_date: datetime.datetime,
        to_date: datetime.datetime | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> list[str]:
        """Get changed contact ids

        GET /api/v2/contacts/changes

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        The ids of contacts created, updated or deleted within a time span.

        Args:
            change_type: Which changes: Created, Updated or Deleted.
            from_date: The start of the time span. Voyado also reads a plain `2023-05-04 11:20:00.000`; the SDK
                sends ISO 8601.
            to_date: The end of the time span (default now).
        """
        return await self._client.call(
            contacts_v_get_changed_contact_ids.OPERATION,
            contacts_v_get_changed_contact_ids._get_kwargs(
                change_type=change_type, from_date=from_date, to_date=to_date
            ),
            options,
        )

    async def count(
        self,
        **options: Unpack[CallOptions],
    ) -> int:
        """Count

        GET /api/v2/contacts/count

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        The number of approved contacts. Voyado caches the figure and refreshes it about every 20 minutes.
        """
        return await self._client.call(contacts_v_count.OPERATION, contacts_v_count._get_kwargs(), options)

    async def get_id(
        self,
        *,
        contact_type: str | Unset = UNSET,
        email: str | Unset = UNSET,
        social_security_number: str | Unset = UNSET,
        mobile_phone: str | Unset = UNSET,
        custom_key: str | Unset = UNSET,
        any_: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> str:
        """Look up a contact's id by a key

        GET /api/v2/contacts/id

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        The contact id of one (or several) contacts found by email, social security number, mobile phone, a
        custom key configured for the tenant, or `any` (tried as those, in that order), optionally within a
        contact type.

        Args:
            contact_type: The contact type to look in.
            email: The contact's email address.
            social_security_number: The contact's social security number.
            mobile_phone: The contact's mobile phone number.
            custom_key: The value of the custom key the tenant has configured.
            any_: A value tried as email, social security number, mobile phone and custom key, in that order.
        """
        return await self._client.call(
            contact_overview_get_contact_id_async.OPERATION,
            contact_overview_get_contact_id_async._get_kwargs(
                contact_type=contact_type,
                email=email,
                social_security_number=social_security_number,
                mobile_phone=mobile_phone,
                custom_key=custom_key,
                any_=any_,
            ),
            options,
        )

    async def get_by_id(
        self,
        contact_id: str,
        **options: Unpack[CallOptions],
    ) -> IApiContact:
        """Get contact by id

        GET /api/v2/contacts/{contact_id}

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        One contact by its id. Which fields the answer holds depends on the tenant's configuration.

        Args:
            contact_id: The contact's id in Voyado (a GUID).
        """
        return await self._client.call(
            contacts_v_get_contact_by_id.OPERATION, contacts_v_get_contact_by_id._get_kwargs(contact_id), options
        )

    async def update(
        self,
        contact_id: str,
        *,
        request_body: ContactFields | ContactFieldsParam,
        **options: Unpack[CallOptions],
    ) -> IApiContact:
        """Update a contact

        POST /api/v2/contacts/{contact_id}

        Retries: retried only when not delivered (connection failed) or on 429.

        Updates the fields sent in the body on one contact; fields left out are kept. A field sent empty is
        emptied.

        Args:
            contact_id: The contact's id in Voyado (a GUID).
        """
        return await self._client.call(
            contacts_v_update_contact_post.OPERATION,
            contacts_v_update_contact_post._get_kwargs(contact_id, request_body=request_body),
            options,
        )

    async def delete(
        self,
        contact_id: str,
        *,
        source: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> ContactDeletion:
        """Delete a contact

        DELETE /api/v2/contacts/{contact_id}

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        Deletes a contact.

        Args:
            contact_id: The contact's id in Voyado (a GUID).
            source: The source system deleting the contact, as configured for the tenant.
        """
        return await self._client.call(
            contacts_v_delete_with_header_param.OPERATION,
            contacts_v_delete_with_header_param._get_kwargs(contact_id, source=source),
            options,
        )

    async def list_back_in_stock_subscriptions(
        self,
        contact_id: str,
        **options: Unpack[CallOptions],
    ) -> None:
        """Get by contact id

        GET /api/v2/contacts/{contact_id}/backinstock/subscriptions

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        A contact's back-in-stock subscriptions.

        Args:
            contact_id: The contact's id in Voyado (a GUID).
        """
        return await self._client.call(
            back_in_stock_subscription_get_by_contact_id.OPERATION,
            back_in_stock_subscription_get_by_contact_id._get_kwargs(contact_id),
            options,
        )

    async def list_bonus_point_transactions(
        self,
        contact_id: str,
        *,
        offset: int | Unset = UNSET,
        count: int | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> PagedResultOfBonusPointTransactionModel:
        """Get bonus point transactions for contact

        GET /api/v2/contacts/{contact_id}/bonuspointtransactions

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        A contact's bonus point transactions, a page at a time.

        Args:
            contact_id: The contact's id in Voyado (a GUID).
            offset: How many items to skip before the page starts (default 0).
            count: How many items the page holds at most (default 100).
        """
        return await self._client.call(
            bonus_point_transactions_get_bonus_point_transactions_for_contact.OPERATION,
            bonus_point_transactions_get_bonus_point_transactions_for_contact._get_kwargs(
                contact_id, offset=offset, count=count
            ),
            options,
        )

    def list_bonus_point_transactions_iter(
        self,
        contact_id: str,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[BonusPointTransactionModel]:
        """Every item, fetched `page_size` per request as the iterator is consumed."""
        return aiterate_pages(
            lambda offset, count: self.list_bonus_point_transactions(contact_id, offset=offset, count=count, **options),
            page_size=page_size,
        )

    async def list_messages(
        self,
        contact_id: str,
        *,
        offset: int | Unset = UNSET,
        count: int | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> PagedResultOfApiMessage:
        """Get messages by contact id

        GET /api/v2/contacts/{contact_id}/messages

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        The messages (emails and texts) sent to a contact, a page at a time (at most 500 per page).

        Args:
            contact_id: The contact's id in Voyado (a GUID).
            offset: How many items to skip before the page starts (default 0).
            count: How many messages the page holds at most (default 100, at most 500).
        """
        return await self._client.call(
            contact_message_get_messages_by_contact_id.OPERATION,
            contact_message_get_messages_by_contact_id._get_kwargs(contact_id, offset=offset, count=count),
            options,
        )

    def list_messages_iter(
        self,
        contact_id: str,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[ApiMessage]:
        """Every item, fetched `page_size` per request as the iterator is consumed."""
        return aiterate_pages(
            lambda offset, count: self.list_messages(contact_id, offset=offset, count=count, **options),
            page_size=page_size,
        )

    async def list_latest_messages(
        self,
        contact_id: str,
        *,
        count: int | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> ListResultOfApiMessage:
        """Get latest messages by contact id

        GET /api/v2/contacts/{contact_id}/messages/latest

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        The latest messages sent to a contact, at most 500.

        Args:
            contact_id: The contact's id in Voyado (a GUID).
            count: How many of the latest messages (default 100, at most 500).
        """
        return await self._client.call(
            contact_message_get_latest_messages_by_contact_id.OPERATION,
            contact_message_get_latest_messages_by_contact_id._get_kwargs(contact_id, count=count),
            options,
        )

    async def set_accepts_email(
        self,
        contact_id: str,
        *,
        request_body: BoolRequest | BoolRequestParam,
        **options: Unpack[CallOptions],
    ) -> IApiContact:
        """Accepts email

        POST /api/v2/contacts/{contact_id}/preferences/acceptsEmail

        Retries: retried only when not delivered (connection failed) or on 429.

        Sets whether the contact accepts email. Approves an unapproved contact too. Updating the contact is
        the primary way to change preferences; this is a shortcut for one.

        Args:
            contact_id: The contact's id in Voyado (a GUID).
        """
        return await self._client.call(
            contact_preferences_accepts_email.OPERATION,
            contact_preferences_accepts_email._get_kwargs(contact_id, request_body=request_body),
            options,
        )

    async def set_accepts_postal(
        self,
        contact_id: str,
        *,
        request_body: BoolRequest | BoolRequestParam,
        **options: Unpack[CallOptions],
    ) -> IApiContact:
        """Accepts postal

        POST /api/v2/contacts/{contact_id}/preferences/acceptsPostal

        Retries: retried only when not delivered (connection failed) or on 429.

        Sets whether the contact accepts post. Approves an unapproved contact too. Updating the contact is
        the primary way to change preferences; this is a shortcut for one.

        Args:
            contact_id: The contact's id in Voyado (a GUID).
        """
        return await self._client.call(
            contact_preferences_accepts_postal.OPERATION,
            contact_preferences_accepts_postal._get_kwargs(contact_id, request_body=request_body),
            options,
        )

    async def set_accepts_sms(
        self,
        contact_id: str,
        *,
        request_body: BoolRequest | BoolRequestParam,
        **options: Unpack[CallOptions],
    ) -> IApiContact:
        """Accepts sms

        POST /api/v2/contacts/{contact_id}/preferences/acceptsSms

        Retries: retried only when not delivered (connection failed) or on 429.

        Sets whether the contact accepts text messages. Approves an unapproved contact too. Updating the
        contact is the primary way to change preferences; this is a shortcut for one.

        Args:
            contact_id: The contact's id in Voyado (a GUID).
        """
        return await self._client.call(
            contact_preferences_accepts_sms.OPERATION,
            contact_preferences_accepts_sms._get_kwargs(contact_id, request_body=request_body),
            options,
        )

    async def get_product_recommendations(
        self,
        contact_id: str,
        **options: Unpack[CallOptions],
    ) -> ProductRecommendationsModel:
        """Get product recommendations

        GET /api/v2/contacts/{contact_id}/productrecommendations

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        Product recommendations for a contact.

        Args:
            contact_id: The contact's id in Voyado (a GUID).
        """
        return await self._client.call(
            product_recommendation_get_product_recommendations.OPERATION,
            product_recommendation_get_product_recommendations._get_kwargs(contact_id),
            options,
        )

    async def promote_to_member(
        self,
        contact_id: str,
        *,
        request_body: MemberAttributes | Mapping[str, Any],
        source: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> IApiContact:
        """Promote to member

        POST /api/v2/contacts/{contact_id}/promoteToMember

        Retries: retried only when not delivered (connection failed) or on 429.

        Makes a contact a member; the body carries the fields the member type requires.

        Args:
            contact_id: The contact's id in Voyado (a GUID).
            source: The source system making the change, as configured for the tenant.
        """
        return await self._client.call(
            contacts_v_promote_to_member.OPERATION,
            contacts_v_promote_to_member._get_kwargs(contact_id, request_body=request_body, source=source),
            options,
        )

    async def list_promotions(
        self,
        contact_id: str,
        *,
        redemption_channel_type: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> list[ApiPromotionModel]:
        """Get promotions for contact

        GET /api/v2/contacts/{contact_id}/promotions

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        The promotions a contact can use, optionally only those for one redemption channel (POS, ECOM or
        OTHER).

        Args:
            contact_id: The contact's id in Voyado (a GUID).
            redemption_channel_type: Only promotions for this redemption channel: POS, ECOM or OTHER.
        """
        return await self._client.call(
            offer_promotions_get_promotions_for_contact.OPERATION,
            offer_promotions_get_promotions_for_contact._get_kwargs(
                contact_id, redemption_channel_type=redemption_channel_type
            ),
            options,
        )

    async def assign_promotion(
        self,
        contact_id: str,
        promotion_id: str,
        **options: Unpack[CallOptions],
    ) -> PromotionAssignment:
        """Assign

        POST /api/v2/contacts/{contact_id}/promotions/{promotion_id}/assign

        Retries: retried only when not delivered (connection failed) or on 429.

        Assigns a promotion (multichannel offers only) to a contact.

        Args:
            contact_id: The contact's id in Voyado (a GUID).
            promotion_id: The promotion's id.
        """
        return await self._client.call(
            assign_promotion_assign.OPERATION, assign_promotion_assign._get_kwargs(contact_id, promotion_id), options
        )

    async def redeem_promotion(
        self,
        contact_id: str,
        promotion_id: str,
        *,
        request_body: RedeemBodyModel | RedeemBodyModelParam,
        **options: Unpack[CallOptions],
    ) -> PromotionRedemption:
        """Redeem

        POST /api/v2/contacts/{contact_id}/promotions/{promotion_id}/redeem

        Retries: retried only when not delivered (connection failed) or on 429.

        Redeems a promotion (a multichannel offer or a mobile swipe) for a contact, in the redemption
        channel the body names (POS, ECOM or OTHER).

        Args:
            contact_id: The contact's id in Voyado (a GUID).
            promotion_id: The promotion's id.
        """
        return await self._client.call(
            offer_promotions_redeem.OPERATION,
            offer_promotions_redeem._get_kwargs(contact_id, promotion_id, request_body=request_body),
            options,
        )

    async def get_purchase_history(
        self,
        contact_id: str,
        **options: Unpack[CallOptions],
    ) -> PurchaseHistorySummary:
        """Get purchase history

        GET /api/v2/contacts/{contact_id}/purchasehistorysummary

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        A summary of a contact's purchases: over all time, the last 12 months and the last 24 months.

        Args:
            contact_id: The contact's id in Voyado (a GUID).
        """
        return await self._client.call(
            contact_retail_kpi_get_purchase_history.OPERATION,
            contact_retail_kpi_get_purchase_history._get_kwargs(contact_id),
            options,
        )

    async def adjust_reward_points(
        self,
        contact_id: str,
        *,
        request_body: ApiAdjustRewardPoints | ApiAdjustRewardPointsParam,
        **options: Unpack[CallOptions],
    ) -> ApiAdjustRewardPointsResponse:
        """Adjust reward points

        POST /api/v2/contacts/{contact_id}/rewardpointtransaction

        Retries: retried only when not delivered (connection failed) or on 429.

        Adds reward points to a contact (the body gives the amount and why).

        Args:
            contact_id: The contact's id in Voyado (a GUID).
        """
        return await self._client.call(
            bonus_point_transactions_adjust_reward_points.OPERATION,
            bonus_point_transactions_adjust_reward_points._get_kwargs(contact_id, request_body=request_body),
            options,
        )

    async def list_transactions(
        self,
        contact_id: str,
        *,
        offset: int | Unset = UNSET,
        count: int | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> PagedResultOfTransactionItem:
        """Get transactions by contact id

        GET /api/v2/contacts/{contact_id}/transactions

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        A contact's purchase transactions, a page at a time.

        Args:
            contact_id: The contact's id in Voyado (a GUID).
            offset: How many items to skip before the page starts (default 0).
            count: How many items the page holds at most (default 100).
        """
        return await self._client.call(
            transactions_get_transactions_by_contact_id.OPERATION,
            transactions_get_transactions_by_contact_id._get_kwargs(contact_id, offset=offset, count=count),
            options,
        )

    def list_transactions_iter(
        self,
        contact_id: str,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[TransactionItem]:
        """Every item, fetched `page_size` per request as the iterator is consumed."""
        return aiterate_pages(
            lambda offset, count: self.list_transactions(contact_id, offset=offset, count=count, **options),
            page_size=page_size,
        )

    async def unsubscribe_email(
        self,
        contact_id: str,
        *,
        message_id: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> None:
        """Email unsubscribe contact

        POST /api/v2/contacts/{contact_id}/unsubscribeEmail

        Retries: retried only when not delivered (connection failed) or on 429.

        Unsubscribes a contact from email, from the message given or else from the latest email sent.

        Args:
            contact_id: The contact's id in Voyado (a GUID).
            message_id: The message to unsubscribe from; the latest message of its kind when left out.
        """
        return await self._client.call(
            contact_message_email_unsubscribe_contact.OPERATION,
            contact_message_email_unsubscribe_contact._get_kwargs(contact_id, message_id=message_id),
            options,
        )

    async def unsubscribe_sms(
        self,
        contact_id: str,
        *,
        message_id: str | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> SmsUnsubscription:
        """Sms unsubscribe contact

        POST /api/v2/contacts/{contact_id}/unsubscribeSms

        Retries: retried only when not delivered (connection failed) or on 429.

        Unsubscribes a contact from text messages, from the message given or else from the latest text sent.

        Args:
            contact_id: The contact's id in Voyado (a GUID).
            message_id: The message to unsubscribe from; the latest message of its kind when left out.
        """
        return await self._client.call(
            contact_message_sms_unsubscribe_contact.OPERATION,
            contact_message_sms_unsubscribe_contact._get_kwargs(contact_id, message_id=message_id),
            options,
        )

    async def update_type(
        self,
        contact_id: str,
        *,
        contact_type_id: str,
        **options: Unpack[CallOptions],
    ) -> None:
        """Update contact type

        POST /api/v2/contacts/{contact_id}/updateContactType

        Retries: retried only when not delivered (connection failed) or on 429.

        Moves a contact to another contact type, when the contact has every field that type expects.

        Args:
            contact_id: The contact's id in Voyado (a GUID).
            contact_type_id: The id of the contact type to move the contact to.
        """
        return await self._client.call(
            contacts_v_update_contact_type.OPERATION,
            contacts_v_update_contact_type._get_kwargs(contact_id, contact_type_id=contact_type_id),
            options,
        )

    async def get_by_external_id(
        self,
        contact_type: str,
        external_id: str,
        **options: Unpack[CallOptions],
    ) -> IApiContact:
        """Get a contact by its external id

        GET /api/v2/contacts/{contact_type}/byexternalid/{external_id}

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        One contact of a contact type, by its external id. Which fields the answer holds depends on the
        tenant's configuration.

        Args:
            contact_type: The contact type, such as `member` or `contact`.
            external_id: The contact's external id.
        """
        return await self._client.call(
            contacts_v_get_contact_by_external_id_async.OPERATION,
            contacts_v_get_contact_by_external_id_async._get_kwargs(contact_type, external_id),
            options,
        )

    async def find_by_key(
        self,
        contact_type: str,
        *,
        key_value: str,
        **options: Unpack[CallOptions],
    ) -> IApiContact:
        """Get a contact by its type and key

        GET /api/v2/contacts/{contact_type}/bykey

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        One contact of a contact type, by its key value (the key the tenant configured for the type; types
        with exactly one key only). Prefer this to the variant with the key value in the path.

        Args:
            contact_type: The contact type, such as `member` or `contact`.
            key_value: The value of the contact type's key (for example a social security number, external id,
                member number or phone number, as the tenant configured it).
        """
        return await self._client.call(
            contacts_v_get_contact_by_type_and_key_value_async.OPERATION,
            contacts_v_get_contact_by_type_and_key_value_async._get_kwargs(contact_type, key_value=key_value),
            options,
        )

    async def get_by_key(
        self,
        contact_type: str,
        key_value: str,
        **options: Unpack[CallOptions],
    ) -> IApiContact:
        """Get a contact by its type and key (key in the path)

        GET /api/v2/contacts/{contact_type}/bykey/{key_value}

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        The same lookup as the query-string variant, with the key value in the path. Voyado recommends the
        query version: a key value in a path must be one path segment.

        Args:
            contact_type: The contact type, such as `member` or `contact`.
            key_value: The value of the contact type's key (for example a social security number, external id,
                member number or phone number, as the tenant configured it).
        """
        return await self._client.call(
            contacts_v_get_contact_by_type_and_key_value_in_url_async.OPERATION,
            contacts_v_get_contact_by_type_and_key_value_in_url_async._get_kwargs(contact_type, key_value),
            options,
        )

    async def count_by_type(
        self,
        contact_type: str,
        **options: Unpack[CallOptions],
    ) -> int:
        """Count by contact type

        GET /api/v2/contacts/{contact_type}/count

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        The number of approved contacts of one contact type. Voyado caches the figure and refreshes it about
        every 20 minutes.

        Args:
            contact_type: The contact type, such as `member` or `contact`.
        """
        return await self._client.call(
            contacts_v_count_by_contact_type.OPERATION,
            contacts_v_count_by_contact_type._get_kwargs(contact_type),
            options,
        )

    # The published SDK's names (operationIds in snake case), so code written from its docs runs unchanged.
    contacts_v_create_contact_header_param = create
    contact_bulk_create_contacts_in_bulk = create_bulk
    contact_bulk_update_contacts_in_bulk = update_bulk
    contact_bulk_get_bulk_status = get_bulk_status
    contacts_v_get_changed_contact_ids = list_changed_ids
    contacts_v_count = count
    contact_overview_get_contact_id_async = get_id
    contacts_v_get_contact_by_id = get_by_id
    contacts_v_update_contact_post = update
    contacts_v_delete_with_header_param = delete
    back_in_stock_subscription_get_by_contact_id = list_back_in_stock_subscriptions
    bonus_point_transactions_get_bonus_point_transactions_for_contact = list_bonus_point_transactions
    bonus_point_transactions_get_bonus_point_transactions_for_contact_iter = list_bonus_point_transactions_iter
    contact_message_get_messages_by_contact_id = list_messages
    contact_message_get_messages_by_contact_id_iter = list_messages_iter
    contact_message_get_latest_messages_by_contact_id = list_latest_messages
    contact_preferences_accepts_email = set_accepts_email
    contact_preferences_accepts_postal = set_accepts_postal
    contact_preferences_accepts_sms = set_accepts_sms
    product_recommendation_get_product_recommendations = get_product_recommendations
    contacts_v_promote_to_member = promote_to_member
    offer_promotions_get_promotions_for_contact = list_promotions
    assign_promotion_assign = assign_promotion
    offer_promotions_redeem = redeem_promotion
    contact_retail_kpi_get_purchase_history = get_purchase_history
    bonus_point_transactions_adjust_reward_points = adjust_reward_points
    transactions_get_transactions_by_contact_id = list_transactions
    transactions_get_transactions_by_contact_id_iter = list_transactions_iter
    contact_message_email_unsubscribe_contact = unsubscribe_email
    contact_message_sms_unsubscribe_contact = unsubscribe_sms
    contacts_v_update_contact_type = update_type
    contacts_v_get_contact_by_external_id_async = get_by_external_id
    contacts_v_get_contact_by_type_and_key_value_async = find_by_key
    contacts_v_get_contact_by_type_and_key_value_in_url_async = get_by_key
    contacts_v_count_by_contact_type = count_by_type
