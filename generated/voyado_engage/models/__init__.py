# Generated from generator/render/templates/models_init.py.jinja by `make generate`; do not edit.
"""Every data model of the API. Each is imported when first used (see `_lazy`)."""

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .._lazy import lazy_attributes

if TYPE_CHECKING:
    from .achievement_value import AchievementsSetAchievementBody, AchievementValue
    from .add_checkpoint_to_challenge_assignment_result import (
        AddCheckpointToChallengeAssignmentResult,
        AddCheckpointToChallengeAssignmentResultParam,
    )
    from .all_bonus_check_model import AllBonusCheckModel, AllBonusCheckModelParam
    from .all_bonus_check_model_local_values_item import AllBonusCheckModelLocalValuesItem
    from .all_bonus_check_model_value import AllBonusCheckModelValue
    from .all_loyalty_bar_claim_model import AllLoyaltyBarClaimModel, AllLoyaltyBarClaimModelParam
    from .all_loyalty_bar_claim_model_value import AllLoyaltyBarClaimModelValue
    from .api_achievement_definition import ApiAchievementDefinition, ApiAchievementDefinitionParam
    from .api_achievement_definition_meta_data import ApiAchievementDefinitionMetaData
    from .api_achievement_value import ApiAchievementValue, ApiAchievementValueParam
    from .api_adjust_reward_points import ApiAdjustRewardPoints, ApiAdjustRewardPointsParam
    from .api_adjust_reward_points_response import ApiAdjustRewardPointsResponse, ApiAdjustRewardPointsResponseParam
    from .api_consent_definition import ApiConsentDefinition, ApiConsentDefinitionParam
    from .api_consent_definition_meta_data import ApiConsentDefinitionMetaData
    from .api_message import ApiMessage, ApiMessageParam
    from .api_promotion_model import ApiPromotionModel, ApiPromotionModelParam
    from .api_promotion_redemption_channel_model import (
        ApiPromotionRedemptionChannelModel,
        ApiPromotionRedemptionChannelModelParam,
    )
    from .api_promotion_redemption_channel_model_local_values_item import (
        ApiPromotionRedemptionChannelModelLocalValuesItem,
    )
    from .api_promotion_redemption_channel_model_type import ApiPromotionRedemptionChannelModelType
    from .api_promotion_redemption_channel_model_value_type import ApiPromotionRedemptionChannelModelValueType
    from .api_store import ApiStore, ApiStoreParam
    from .assign_date_range import AssignDateRange, AssignDateRangeParam
    from .assign_date_range_unit import AssignDateRangeUnit
    from .available_bonus_check_model import AvailableBonusCheckModel, AvailableBonusCheckModelParam
    from .available_bonus_check_model_local_values_item import AvailableBonusCheckModelLocalValuesItem
    from .available_bonus_check_model_value import AvailableBonusCheckModelValue
    from .available_loyalty_bar_claim_model import AvailableLoyaltyBarClaimModel, AvailableLoyaltyBarClaimModelParam
    from .available_loyalty_bar_claim_model_value import AvailableLoyaltyBarClaimModelValue
    from .bonus_point_transaction_model import BonusPointTransactionModel, BonusPointTransactionModelParam
    from .bonus_point_transaction_model_type import BonusPointTransactionModelType
    from .bool_request import BoolRequest, BoolRequestParam
    from .bulk_status import BulkStatus, ContactBulkGetBulkStatusResponse200
    from .cart_api_model import CartApiModel, CartApiModelParam
    from .cart_item_api_model import CartItemApiModel, CartItemApiModelParam
    from .challenge_assignment_model import ChallengeAssignmentModel, ChallengeAssignmentModelParam
    from .challenge_assignment_model_status import ChallengeAssignmentModelStatus
    from .challenge_assignment_models_result import (
        ChallengeAssignmentModelsResult,
        ChallengeAssignmentModelsResultParam,
    )
    from .challenge_check_point_dto import ChallengeCheckPointDto, ChallengeCheckPointDtoParam
    from .challenge_definition_model import ChallengeDefinitionModel, ChallengeDefinitionModelParam
    from .challenge_definition_model_checkpoint_assign_on import ChallengeDefinitionModelCheckpointAssignOn
    from .challenge_definition_model_status import ChallengeDefinitionModelStatus
    from .challenge_definition_models_result import (
        ChallengeDefinitionModelsResult,
        ChallengeDefinitionModelsResultParam,
    )
    from .challenge_definition_status import ChallengeDefinitionStatus, ChallengeGetChallengeDefinitionsStatus
    from .challenge_filter import ChallengeFilter, ChallengeGetChallengesFilter
    from .change_type import ChangeType
    from .changed_contact_ids import ChangedContactIds, ContactsVGetChangedContactIdsResponse200
    from .contact_deletion import ContactDeletion, ContactsVDeleteWithHeaderParamResponse200
    from .contact_fields import (
        ContactChanges,
        ContactChangesParam,
        ContactFields,
        ContactFieldsParam,
        ContactsVCreateContactHeaderParamBody,
        ContactsVCreateContactHeaderParamBodyParam,
        ContactsVUpdateContactPostBody,
        ContactsVUpdateContactPostBodyParam,
        NewContact,
        NewContactParam,
    )
    from .contact_overview import ContactOverview, ContactOverviewGetContactOverviewAsyncResponse200
    from .contact_preferences import ContactPreferences, ContactPreferencesParam
    from .contact_search_result import ContactSearchResult, ContactSearchResultParam
    from .contact_search_result_search_key import ContactSearchResultSearchKey
    from .enrichment_variable import EnrichmentVariable, EnrichmentVariableParam
    from .enrichment_variable_group import EnrichmentVariableGroup, EnrichmentVariableGroupParam
    from .error_body import ErrorBody, ErrorBodyParam
    from .error_body_model_state import ErrorBodyModelState
    from .hypermedia_link import HypermediaLink, HypermediaLinkParam
    from .i_api_consent import IApiConsent, IApiConsentParam
    from .i_api_contact import IApiContact, IApiContactParam
    from .i_api_contact_attributes import IApiContactAttributes
    from .i_api_contact_meta import IApiContactMeta
    from .i_api_contact_preferences import IApiContactPreferences
    from .i_hypermedia_link import IHypermediaLink, IHypermediaLinkParam
    from .id_name import IdName, IdNameParam
    from .import_transactions_object import ImportTransactionsObject, ImportTransactionsObjectParam
    from .import_transactions_object_receipts import ImportTransactionsObjectReceipts
    from .interaction_create_response import InteractionCreateResponse, InteractionCreateResponseParam
    from .interaction_create_response_self import InteractionCreateResponseSelf, InteractionCreateResponseSelfParam
    from .interaction_model import InteractionModel, InteractionModelParam
    from .interaction_model_payload import InteractionModelPayload
    from .interaction_page import InteractionPage, InteractionPageParam
    from .interaction_schema_model import InteractionSchemaModel, InteractionSchemaModelParam
    from .interaction_schema_model_json_schema import InteractionSchemaModelJsonSchema
    from .interaction_schema_response import InteractionSchemaResponse, InteractionSchemaResponseParam
    from .interaction_schema_response_self import InteractionSchemaResponseSelf, InteractionSchemaResponseSelfParam
    from .interaction_schema_without_json_model import (
        InteractionSchemaWithoutJsonModel,
        InteractionSchemaWithoutJsonModelParam,
    )
    from .list_result_of_api_message import ListResultOfApiMessage, ListResultOfApiMessageParam
    from .member_attributes import ContactsVPromoteToMemberBody, MemberAttributes
    from .member_status_model import MemberStatusModel, MemberStatusModelParam
    from .member_status_model_data import MemberStatusModelData
    from .multichannel_base_promotion_model import MultichannelBasePromotionModel, MultichannelBasePromotionModelParam
    from .multichannel_promotion_model import MultichannelPromotionModel, MultichannelPromotionModelParam
    from .multichannel_promotion_model_status import MultichannelPromotionModelStatus
    from .multichannel_promotion_redemption_channel_model import (
        MultichannelPromotionRedemptionChannelModel,
        MultichannelPromotionRedemptionChannelModelParam,
    )
    from .multichannel_promotion_redemption_channel_model_local_values_item import (
        MultichannelPromotionRedemptionChannelModelLocalValuesItem,
    )
    from .multichannel_promotion_redemption_channel_model_type import MultichannelPromotionRedemptionChannelModelType
    from .multichannel_promotion_redemption_channel_model_value_type import (
        MultichannelPromotionRedemptionChannelModelValueType,
    )
    from .new_interaction import InteractionCreateInteractionBody, NewInteraction
    from .new_interaction_schema import InteractionSchemaCreateInteractionSchemaBody, NewInteractionSchema
    from .ok_result import OkResult, OkResultParam
    from .ok_result_request import OkResultRequest
    from .order import Order, OrderParam
    from .order_contact import OrderContact, OrderContactParam
    from .order_contact_match_key_type import OrderContactMatchKeyType
    from .order_extra_data import OrderExtraData
    from .order_fee import OrderFee, OrderFeeParam
    from .order_item import OrderItem, OrderItemParam
    from .order_item_discount import OrderItemDiscount, OrderItemDiscountParam
    from .order_item_discount_extra_data import OrderItemDiscountExtraData
    from .order_item_extra_data import OrderItemExtraData
    from .order_item_type import OrderItemType
    from .order_payment_method import OrderPaymentMethod, OrderPaymentMethodParam
    from .order_payment_method_extra_data import OrderPaymentMethodExtraData
    from .paged_result_of_all_bonus_check_model import (
        PagedResultOfAllBonusCheckModel,
        PagedResultOfAllBonusCheckModelParam,
    )
    from .paged_result_of_all_loyalty_bar_claim_model import (
        PagedResultOfAllLoyaltyBarClaimModel,
        PagedResultOfAllLoyaltyBarClaimModelParam,
    )
    from .paged_result_of_api_achievement_definition import (
        PagedResultOfApiAchievementDefinition,
        PagedResultOfApiAchievementDefinitionParam,
    )
    from .paged_result_of_api_message import PagedResultOfApiMessage, PagedResultOfApiMessageParam
    from .paged_result_of_available_bonus_check_model import (
        PagedResultOfAvailableBonusCheckModel,
        PagedResultOfAvailableBonusCheckModelParam,
    )
    from .paged_result_of_available_loyalty_bar_claim_model import (
        PagedResultOfAvailableLoyaltyBarClaimModel,
        PagedResultOfAvailableLoyaltyBarClaimModelParam,
    )
    from .paged_result_of_bonus_point_transaction_model import (
        PagedResultOfBonusPointTransactionModel,
        PagedResultOfBonusPointTransactionModelParam,
    )
    from .paged_result_of_redeemed_bonus_check_model import (
        PagedResultOfRedeemedBonusCheckModel,
        PagedResultOfRedeemedBonusCheckModelParam,
    )
    from .paged_result_of_transaction_item import PagedResultOfTransactionItem, PagedResultOfTransactionItemParam
    from .point_account_model import PointAccountModel, PointAccountModelParam
    from .point_account_models_result import PointAccountModelsResult, PointAccountModelsResultParam
    from .point_definition_model import PointDefinitionModel, PointDefinitionModelParam
    from .point_transaction_filter import PointAccountPointTransactions2Filter, PointTransactionFilter
    from .point_transaction_model import PointTransactionModel, PointTransactionModelParam
    from .point_transaction_models_result import PointTransactionModelsResult, PointTransactionModelsResultParam
    from .point_transaction_to_account import PointTransactionToAccount, PointTransactionToAccountParam
    from .point_transaction_to_account_result_model import (
        PointTransactionToAccountResultModel,
        PointTransactionToAccountResultModelParam,
    )
    from .product_recommendations_model import ProductRecommendationsModel, ProductRecommendationsModelParam
    from .product_view_api_model import ProductViewApiModel, ProductViewApiModelParam
    from .product_view_result import (
        ProductViewResult,
        ProductViewVRegisterProductViewResponse200,
        ProductViewVRegisterProductViewsResponse200,
    )
    from .promotion_assignment import AssignPromotionAssignResponse200, PromotionAssignment
    from .promotion_basic_presentation_model import (
        PromotionBasicPresentationModel,
        PromotionBasicPresentationModelParam,
    )
    from .promotion_redemption import (
        OfferPromotionsRedeemByPromotionIdResponse200,
        OfferPromotionsRedeemResponse200,
        PromotionRedemption,
    )
    from .promotion_validity_model import PromotionValidityModel, PromotionValidityModelParam
    from .purchase_history_summary import PurchaseHistorySummary, PurchaseHistorySummaryParam
    from .receipt import Receipt, ReceiptParam
    from .receipt_contact import ReceiptContact, ReceiptContactParam
    from .receipt_contact_match_key_type import ReceiptContactMatchKeyType
    from .receipt_extra_data_item import ReceiptExtraDataItem, ReceiptExtraDataItemParam
    from .receipt_import import ImportTransactionsImportReceiptsResponse200, ReceiptImport
    from .receipt_item import ReceiptItem, ReceiptItemParam
    from .receipt_item_discount import ReceiptItemDiscount, ReceiptItemDiscountParam
    from .receipt_item_type import ReceiptItemType
    from .receipt_payment_method import ReceiptPaymentMethod, ReceiptPaymentMethodParam
    from .receipt_tax_detail import ReceiptTaxDetail, ReceiptTaxDetailParam
    from .receipt_used_bonus_check import ReceiptUsedBonusCheck, ReceiptUsedBonusCheckParam
    from .receipt_used_promotion import ReceiptUsedPromotion, ReceiptUsedPromotionParam
    from .redeem_body_model import RedeemBodyModel, RedeemBodyModelParam
    from .redeemed_bonus_check_model import RedeemedBonusCheckModel, RedeemedBonusCheckModelParam
    from .redeemed_bonus_check_model_local_values_item import RedeemedBonusCheckModelLocalValuesItem
    from .redeemed_bonus_check_model_value import RedeemedBonusCheckModelValue
    from .redeemed_loyalty_bar_claim_model import RedeemedLoyaltyBarClaimModel, RedeemedLoyaltyBarClaimModelParam
    from .redeemed_loyalty_bar_claim_model_value import RedeemedLoyaltyBarClaimModelValue
    from .send_sms_request import SendSmsRequest, SendSmsRequestParam
    from .send_sms_response import SendSmsResponse, SendSmsResponseParam
    from .sms_unsubscription import ContactMessageSmsUnsubscribeContactResponse200, SmsUnsubscription
    from .status_code_result import StatusCodeResult, StatusCodeResultParam
    from .status_code_result_request import StatusCodeResultRequest
    from .status_code_result_status_code import StatusCodeResultStatusCode
    from .stock_level_request import StockLevelRequest, StockLevelRequestParam
    from .stock_level_update import (
        InventoryUpdateStockLevelResponse200,
        InventoryUpdateStockLevelsResponse200,
        StockLevelUpdate,
    )
    from .subscription_request import SubscriptionRequest, SubscriptionRequestParam
    from .subscription_response import SubscriptionResponse, SubscriptionResponseParam
    from .subscription_result import (
        BackInStockSubscriptionSubscribeResponse200,
        BackInStockSubscriptionUnsubscribeResponse200,
        SubscriptionResult,
    )
    from .tax_detail import TaxDetail, TaxDetailParam
    from .transaction_import import ImportTransactionsImportResponse200, TransactionImport
    from .transaction_item import TransactionItem, TransactionItemParam
    from .transaction_item_line_items_item import TransactionItemLineItemsItem
    from .trigger_data import (
        CustomTriggersTriggerByContactIdBody,
        CustomTriggersTriggerByContactTypeAndKeyBody,
        CustomTriggersTriggerByExternalContactIdBody,
        CustomTriggersTriggerBySocialSecurityNumberBody,
        TriggerData,
    )
    from .trigger_result import (
        CustomTriggersTriggerByContactIdResponse200,
        CustomTriggersTriggerByContactTypeAndKeyResponse200,
        CustomTriggersTriggerByExternalContactIdResponse200,
        CustomTriggersTriggerBySocialSecurityNumberResponse200,
        TriggerResult,
    )
    from .unregistered_from_online_register_information import (
        UnregisteredFromOnlineRegisterInformation,
        UnregisteredFromOnlineRegisterInformationParam,
    )
    from .utm import Utm, UtmParam

__all__ = (
    "AchievementValue",
    "AchievementsSetAchievementBody",
    "AddCheckpointToChallengeAssignmentResult",
    "AddCheckpointToChallengeAssignmentResultParam",
    "AllBonusCheckModel",
    "AllBonusCheckModelLocalValuesItem",
    "AllBonusCheckModelParam",
    "AllBonusCheckModelValue",
    "AllLoyaltyBarClaimModel",
    "AllLoyaltyBarClaimModelParam",
    "AllLoyaltyBarClaimModelValue",
    "ApiAchievementDefinition",
    "ApiAchievementDefinitionMetaData",
    "ApiAchievementDefinitionParam",
    "ApiAchievementValue",
    "ApiAchievementValueParam",
    "ApiAdjustRewardPoints",
    "ApiAdjustRewardPointsParam",
    "ApiAdjustRewardPointsResponse",
    "ApiAdjustRewardPointsResponseParam",
    "ApiConsentDefinition",
    "ApiConsentDefinitionMetaData",
    "ApiConsentDefinitionParam",
    "ApiMessage",
    "ApiMessageParam",
    "ApiPromotionModel",
    "ApiPromotionModelParam",
    "ApiPromotionRedemptionChannelModel",
    "ApiPromotionRedemptionChannelModelLocalValuesItem",
    "ApiPromotionRedemptionChannelModelParam",
    "ApiPromotionRedemptionChannelModelType",
    "ApiPromotionRedemptionChannelModelValueType",
    "ApiStore",
    "ApiStoreParam",
    "AssignDateRange",
    "AssignDateRangeParam",
    "AssignDateRangeUnit",
    "AssignPromotionAssignResponse200",
    "AvailableBonusCheckModel",
    "AvailableBonusCheckModelLocalValuesItem",
    "AvailableBonusCheckModelParam",
    "AvailableBonusCheckModelValue",
    "AvailableLoyaltyBarClaimModel",
    "AvailableLoyaltyBarClaimModelParam",
    "AvailableLoyaltyBarClaimModelValue",
    "BackInStockSubscriptionSubscribeResponse200",
    "BackInStockSubscriptionUnsubscribeResponse200",
    "BonusPointTransactionModel",
    "BonusPointTransactionModelParam",
    "BonusPointTransactionModelType",
    "BoolRequest",
    "BoolRequestParam",
    "BulkStatus",
    "CartApiModel",
    "CartApiModelParam",
    "CartItemApiModel",
    "CartItemApiModelParam",
    "ChallengeAssignmentModel",
    "ChallengeAssignmentModelParam",
    "ChallengeAssignmentModelStatus",
    "ChallengeAssignmentModelsResult",
    "ChallengeAssignmentModelsResultParam",
    "ChallengeCheckPointDto",
    "ChallengeCheckPointDtoParam",
    "ChallengeDefinitionModel",
    "ChallengeDefinitionModelCheckpointAssignOn",
    "ChallengeDefinitionModelParam",
    "ChallengeDefinitionModelStatus",
    "ChallengeDefinitionModelsResult",
    "ChallengeDefinitionModelsResultParam",
    "ChallengeDefinitionStatus",
    "ChallengeFilter",
    "ChallengeGetChallengeDefinitionsStatus",
    "ChallengeGetChallengesFilter",
    "ChangeType",
    "ChangedContactIds",
    "ContactBulkGetBulkStatusResponse200",
    "ContactChanges",
    "ContactChangesParam",
    "ContactDeletion",
    "ContactFields",
    "ContactFieldsParam",
    "ContactMessageSmsUnsubscribeContactResponse200",
    "ContactOverview",
    "ContactOverviewGetContactOverviewAsyncResponse200",
    "ContactPreferences",
    "ContactPreferencesParam",
    "ContactSearchResult",
    "ContactSearchResultParam",
    "ContactSearchResultSearchKey",
    "ContactsVCreateContactHeaderParamBody",
    "ContactsVCreateContactHeaderParamBodyParam",
    "ContactsVDeleteWithHeaderParamResponse200",
    "ContactsVGetChangedContactIdsResponse200",
    "ContactsVPromoteToMemberBody",
    "ContactsVUpdateContactPostBody",
    "ContactsVUpdateContactPostBodyParam",
    "CustomTriggersTriggerByContactIdBody",
    "CustomTriggersTriggerByContactIdResponse200",
    "CustomTriggersTriggerByContactTypeAndKeyBody",
    "CustomTriggersTriggerByContactTypeAndKeyResponse200",
    "CustomTriggersTriggerByExternalContactIdBody",
    "CustomTriggersTriggerByExternalContactIdResponse200",
    "CustomTriggersTriggerBySocialSecurityNumberBody",
    "CustomTriggersTriggerBySocialSecurityNumberResponse200",
    "EnrichmentVariable",
    "EnrichmentVariableGroup",
    "EnrichmentVariableGroupParam",
    "EnrichmentVariableParam",
    "ErrorBody",
    "ErrorBodyModelState",
    "ErrorBodyParam",
    "HypermediaLink",
    "HypermediaLinkParam",
    "IApiConsent",
    "IApiConsentParam",
    "IApiContact",
    "IApiContactAttributes",
    "IApiContactMeta",
    "IApiContactParam",
    "IApiContactPreferences",
    "IHypermediaLink",
    "IHypermediaLinkParam",
    "IdName",
    "IdNameParam",
    "ImportTransactionsImportReceiptsResponse200",
    "ImportTransactionsImportResponse200",
    "ImportTransactionsObject",
    "ImportTransactionsObjectParam",
    "ImportTransactionsObjectReceipts",
    "InteractionCreateInteractionBody",
    "InteractionCreateResponse",
    "InteractionCreateResponseParam",
    "InteractionCreateResponseSelf",
    "InteractionCreateResponseSelfParam",
    "InteractionModel",
    "InteractionModelParam",
    "InteractionModelPayload",
    "InteractionPage",
    "InteractionPageParam",
    "InteractionSchemaCreateInteractionSchemaBody",
    "InteractionSchemaModel",
    "InteractionSchemaModelJsonSchema",
    "InteractionSchemaModelParam",
    "InteractionSchemaResponse",
    "InteractionSchemaResponseParam",
    "InteractionSchemaResponseSelf",
    "InteractionSchemaResponseSelfParam",
    "InteractionSchemaWithoutJsonModel",
    "InteractionSchemaWithoutJsonModelParam",
    "InventoryUpdateStockLevelResponse200",
    "InventoryUpdateStockLevelsResponse200",
    "ListResultOfApiMessage",
    "ListResultOfApiMessageParam",
    "MemberAttributes",
    "MemberStatusModel",
    "MemberStatusModelData",
    "MemberStatusModelParam",
    "MultichannelBasePromotionModel",
    "MultichannelBasePromotionModelParam",
    "MultichannelPromotionModel",
    "MultichannelPromotionModelParam",
    "MultichannelPromotionModelStatus",
    "MultichannelPromotionRedemptionChannelModel",
    "MultichannelPromotionRedemptionChannelModelLocalValuesItem",
    "MultichannelPromotionRedemptionChannelModelParam",
    "MultichannelPromotionRedemptionChannelModelType",
    "MultichannelPromotionRedemptionChannelModelValueType",
    "NewContact",
    "NewContactParam",
    "NewInteraction",
    "NewInteractionSchema",
    "OfferPromotionsRedeemByPromotionIdResponse200",
    "OfferPromotionsRedeemResponse200",
    "OkResult",
    "OkResultParam",
    "OkResultRequest",
    "Order",
    "OrderContact",
    "OrderContactMatchKeyType",
    "OrderContactParam",
    "OrderExtraData",
    "OrderFee",
    "OrderFeeParam",
    "OrderItem",
    "OrderItemDiscount",
    "OrderItemDiscountExtraData",
    "OrderItemDiscountParam",
    "OrderItemExtraData",
    "OrderItemParam",
    "OrderItemType",
    "OrderParam",
    "OrderPaymentMethod",
    "OrderPaymentMethodExtraData",
    "OrderPaymentMethodParam",
    "PagedResultOfAllBonusCheckModel",
    "PagedResultOfAllBonusCheckModelParam",
    "PagedResultOfAllLoyaltyBarClaimModel",
    "PagedResultOfAllLoyaltyBarClaimModelParam",
    "PagedResultOfApiAchievementDefinition",
    "PagedResultOfApiAchievementDefinitionParam",
    "PagedResultOfApiMessage",
    "PagedResultOfApiMessageParam",
    "PagedResultOfAvailableBonusCheckModel",
    "PagedResultOfAvailableBonusCheckModelParam",
    "PagedResultOfAvailableLoyaltyBarClaimModel",
    "PagedResultOfAvailableLoyaltyBarClaimModelParam",
    "PagedResultOfBonusPointTransactionModel",
    "PagedResultOfBonusPointTransactionModelParam",
    "PagedResultOfRedeemedBonusCheckModel",
    "PagedResultOfRedeemedBonusCheckModelParam",
    "PagedResultOfTransactionItem",
    "PagedResultOfTransactionItemParam",
    "PointAccountModel",
    "PointAccountModelParam",
    "PointAccountModelsResult",
    "PointAccountModelsResultParam",
    "PointAccountPointTransactions2Filter",
    "PointDefinitionModel",
    "PointDefinitionModelParam",
    "PointTransactionFilter",
    "PointTransactionModel",
    "PointTransactionModelParam",
    "PointTransactionModelsResult",
    "PointTransactionModelsResultParam",
    "PointTransactionToAccount",
    "PointTransactionToAccountParam",
    "PointTransactionToAccountResultModel",
    "PointTransactionToAccountResultModelParam",
    "ProductRecommendationsModel",
    "ProductRecommendationsModelParam",
    "ProductViewApiModel",
    "ProductViewApiModelParam",
    "ProductViewResult",
    "ProductViewVRegisterProductViewResponse200",
    "ProductViewVRegisterProductViewsResponse200",
    "PromotionAssignment",
    "PromotionBasicPresentationModel",
    "PromotionBasicPresentationModelParam",
    "PromotionRedemption",
    "PromotionValidityModel",
    "PromotionValidityModelParam",
    "PurchaseHistorySummary",
    "PurchaseHistorySummaryParam",
    "Receipt",
    "ReceiptContact",
    "ReceiptContactMatchKeyType",
    "ReceiptContactParam",
    "ReceiptExtraDataItem",
    "ReceiptExtraDataItemParam",
    "ReceiptImport",
    "ReceiptItem",
    "ReceiptItemDiscount",
    "ReceiptItemDiscountParam",
    "ReceiptItemParam",
    "ReceiptItemType",
    "ReceiptParam",
    "ReceiptPaymentMethod",
    "ReceiptPaymentMethodParam",
    "ReceiptTaxDetail",
    "ReceiptTaxDetailParam",
    "ReceiptUsedBonusCheck",
    "ReceiptUsedBonusCheckParam",
    "ReceiptUsedPromotion",
    "ReceiptUsedPromotionParam",
    "RedeemBodyModel",
    "RedeemBodyModelParam",
    "RedeemedBonusCheckModel",
    "RedeemedBonusCheckModelLocalValuesItem",
    "RedeemedBonusCheckModelParam",
    "RedeemedBonusCheckModelValue",
    "RedeemedLoyaltyBarClaimModel",
    "RedeemedLoyaltyBarClaimModelParam",
    "RedeemedLoyaltyBarClaimModelValue",
    "SendSmsRequest",
    "SendSmsRequestParam",
    "SendSmsResponse",
    "SendSmsResponseParam",
    "SmsUnsubscription",
    "StatusCodeResult",
    "StatusCodeResultParam",
    "StatusCodeResultRequest",
    "StatusCodeResultStatusCode",
    "StockLevelRequest",
    "StockLevelRequestParam",
    "StockLevelUpdate",
    "SubscriptionRequest",
    "SubscriptionRequestParam",
    "SubscriptionResponse",
    "SubscriptionResponseParam",
    "SubscriptionResult",
    "TaxDetail",
    "TaxDetailParam",
    "TransactionImport",
    "TransactionItem",
    "TransactionItemLineItemsItem",
    "TransactionItemParam",
    "TriggerData",
    "TriggerResult",
    "UnregisteredFromOnlineRegisterInformation",
    "UnregisteredFromOnlineRegisterInformationParam",
    "Utm",
    "UtmParam",
)

__getattr__: Callable[[str], Any] = lazy_attributes(
    __name__,
    {
        "AchievementValue": ".achievement_value",
        "AchievementsSetAchievementBody": ".achievement_value",
        "AddCheckpointToChallengeAssignmentResult": ".add_checkpoint_to_challenge_assignment_result",
        "AddCheckpointToChallengeAssignmentResultParam": ".add_checkpoint_to_challenge_assignment_result",
        "AllBonusCheckModel": ".all_bonus_check_model",
        "AllBonusCheckModelLocalValuesItem": ".all_bonus_check_model_local_values_item",
        "AllBonusCheckModelParam": ".all_bonus_check_model",
        "AllBonusCheckModelValue": ".all_bonus_check_model_value",
        "AllLoyaltyBarClaimModel": ".all_loyalty_bar_claim_model",
        "AllLoyaltyBarClaimModelParam": ".all_loyalty_bar_claim_model",
        "AllLoyaltyBarClaimModelValue": ".all_loyalty_bar_claim_model_value",
        "ApiAchievementDefinition": ".api_achievement_definition",
        "ApiAchievementDefinitionMetaData": ".api_achievement_definition_meta_data",
        "ApiAchievementDefinitionParam": ".api_achievement_definition",
        "ApiAchievementValue": ".api_achievement_value",
        "ApiAchievementValueParam": ".api_achievement_value",
        "ApiAdjustRewardPoints": ".api_adjust_reward_points",
        "ApiAdjustRewardPointsParam": ".api_adjust_reward_points",
        "ApiAdjustRewardPointsResponse": ".api_adjust_reward_points_response",
        "ApiAdjustRewardPointsResponseParam": ".api_adjust_reward_points_response",
        "ApiConsentDefinition": ".api_consent_definition",
        "ApiConsentDefinitionMetaData": ".api_consent_definition_meta_data",
        "ApiConsentDefinitionParam": ".api_consent_definition",
        "ApiMessage": ".api_message",
        "ApiMessageParam": ".api_message",
        "ApiPromotionModel": ".api_promotion_model",
        "ApiPromotionModelParam": ".api_promotion_model",
        "ApiPromotionRedemptionChannelModel": ".api_promotion_redemption_channel_model",
        "ApiPromotionRedemptionChannelModelLocalValuesItem": ".api_promotion_redemption_channel_model_local_values_item",
        "ApiPromotionRedemptionChannelModelParam": ".api_promotion_redemption_channel_model",
        "ApiPromotionRedemptionChannelModelType": ".api_promotion_redemption_channel_model_type",
        "ApiPromotionRedemptionChannelModelValueType": ".api_promotion_redemption_channel_model_value_type",
        "ApiStore": ".api_store",
        "ApiStoreParam": ".api_store",
        "AssignDateRange": ".assign_date_range",
        "AssignDateRangeParam": ".assign_date_range",
        "AssignDateRangeUnit": ".assign_date_range_unit",
        "AssignPromotionAssignResponse200": ".promotion_assignment",
        "AvailableBonusCheckModel": ".available_bonus_check_model",
        "AvailableBonusCheckModelLocalValuesItem": ".available_bonus_check_model_local_values_item",
        "AvailableBonusCheckModelParam": ".available_bonus_check_model",
        "AvailableBonusCheckModelValue": ".available_bonus_check_model_value",
        "AvailableLoyaltyBarClaimModel": ".available_loyalty_bar_claim_model",
        "AvailableLoyaltyBarClaimModelParam": ".available_loyalty_bar_claim_model",
        "AvailableLoyaltyBarClaimModelValue": ".available_loyalty_bar_claim_model_value",
        "BackInStockSubscriptionSubscribeResponse200": ".subscription_result",
        "BackInStockSubscriptionUnsubscribeResponse200": ".subscription_result",
        "BonusPointTransactionModel": ".bonus_point_transaction_model",
        "BonusPointTransactionModelParam": ".bonus_point_transaction_model",
        "BonusPointTransactionModelType": ".bonus_point_transaction_model_type",
        "BoolRequest": ".bool_request",
        "BoolRequestParam": ".bool_request",
        "BulkStatus": ".bulk_status",
        "CartApiModel": ".cart_api_model",
        "CartApiModelParam": ".cart_api_model",
        "CartItemApiModel": ".cart_item_api_model",
        "CartItemApiModelParam": ".cart_item_api_model",
        "ChallengeAssignmentModel": ".challenge_assignment_model",
        "ChallengeAssignmentModelParam": ".challenge_assignment_model",
        "ChallengeAssignmentModelStatus": ".challenge_assignment_model_status",
        "ChallengeAssignmentModelsResult": ".challenge_assignment_models_result",
        "ChallengeAssignmentModelsResultParam": ".challenge_assignment_models_result",
        "ChallengeCheckPointDto": ".challenge_check_point_dto",
        "ChallengeCheckPointDtoParam": ".challenge_check_point_dto",
        "ChallengeDefinitionModel": ".challenge_definition_model",
        "ChallengeDefinitionModelCheckpointAssignOn": ".challenge_definition_model_checkpoint_assign_on",
        "ChallengeDefinitionModelParam": ".challenge_definition_model",
        "ChallengeDefinitionModelStatus": ".challenge_definition_model_status",
        "ChallengeDefinitionModelsResult": ".challenge_definition_models_result",
        "ChallengeDefinitionModelsResultParam": ".challenge_definition_models_result",
        "ChallengeDefinitionStatus": ".challenge_definition_status",
        "ChallengeFilter": ".challenge_filter",
        "ChallengeGetChallengeDefinitionsStatus": ".challenge_definition_status",
        "ChallengeGetChallengesFilter": ".challenge_filter",
        "ChangeType": ".change_type",
        "ChangedContactIds": ".changed_contact_ids",
        "ContactBulkGetBulkStatusResponse200": ".bulk_status",
        "ContactChanges": ".contact_fields",
        "ContactChangesParam": ".contact_fields",
        "ContactDeletion": ".contact_deletion",
        "ContactFields": ".contact_fields",
        "ContactFieldsParam": ".contact_fields",
        "ContactMessageSmsUnsubscribeContactResponse200": ".sms_unsubscription",
        "ContactOverview": ".contact_overview",
        "ContactOverviewGetContactOverviewAsyncResponse200": ".contact_overview",
        "ContactPreferences": ".contact_preferences",
        "ContactPreferencesParam": ".contact_preferences",
        "ContactSearchResult": ".contact_search_result",
        "ContactSearchResultParam": ".contact_search_result",
        "ContactSearchResultSearchKey": ".contact_search_result_search_key",
        "ContactsVCreateContactHeaderParamBody": ".contact_fields",
        "ContactsVCreateContactHeaderParamBodyParam": ".contact_fields",
        "ContactsVDeleteWithHeaderParamResponse200": ".contact_deletion",
        "ContactsVGetChangedContactIdsResponse200": ".changed_contact_ids",
        "ContactsVPromoteToMemberBody": ".member_attributes",
        "ContactsVUpdateContactPostBody": ".contact_fields",
        "ContactsVUpdateContactPostBodyParam": ".contact_fields",
        "CustomTriggersTriggerByContactIdBody": ".trigger_data",
        "CustomTriggersTriggerByContactIdResponse200": ".trigger_result",
        "CustomTriggersTriggerByContactTypeAndKeyBody": ".trigger_data",
        "CustomTriggersTriggerByContactTypeAndKeyResponse200": ".trigger_result",
        "CustomTriggersTriggerByExternalContactIdBody": ".trigger_data",
        "CustomTriggersTriggerByExternalContactIdResponse200": ".trigger_result",
        "CustomTriggersTriggerBySocialSecurityNumberBody": ".trigger_data",
        "CustomTriggersTriggerBySocialSecurityNumberResponse200": ".trigger_result",
        "EnrichmentVariable": ".enrichment_variable",
        "EnrichmentVariableGroup": ".enrichment_variable_group",
        "EnrichmentVariableGroupParam": ".enrichment_variable_group",
        "EnrichmentVariableParam": ".enrichment_variable",
        "ErrorBody": ".error_body",
        "ErrorBodyModelState": ".error_body_model_state",
        "ErrorBodyParam": ".error_body",
        "HypermediaLink": ".hypermedia_link",
        "HypermediaLinkParam": ".hypermedia_link",
        "IApiConsent": ".i_api_consent",
        "IApiConsentParam": ".i_api_consent",
        "IApiContact": ".i_api_contact",
        "IApiContactAttributes": ".i_api_contact_attributes",
        "IApiContactMeta": ".i_api_contact_meta",
        "IApiContactParam": ".i_api_contact",
        "IApiContactPreferences": ".i_api_contact_preferences",
        "IHypermediaLink": ".i_hypermedia_link",
        "IHypermediaLinkParam": ".i_hypermedia_link",
        "IdName": ".id_name",
        "IdNameParam": ".id_name",
        "ImportTransactionsImportReceiptsResponse200": ".receipt_import",
        "ImportTransactionsImportResponse200": ".transaction_import",
        "ImportTransactionsObject": ".import_transactions_object",
        "ImportTransactionsObjectParam": ".import_transactions_object",
        "ImportTransactionsObjectReceipts": ".import_transactions_object_receipts",
        "InteractionCreateInteractionBody": ".new_interaction",
        "InteractionCreateResponse": ".interaction_create_response",
        "InteractionCreateResponseParam": ".interaction_create_response",
        "InteractionCreateResponseSelf": ".interaction_create_response_self",
        "InteractionCreateResponseSelfParam": ".interaction_create_response_self",
        "InteractionModel": ".interaction_model",
        "InteractionModelParam": ".interaction_model",
        "InteractionModelPayload": ".interaction_model_payload",
        "InteractionPage": ".interaction_page",
        "InteractionPageParam": ".interaction_page",
        "InteractionSchemaCreateInteractionSchemaBody": ".new_interaction_schema",
        "InteractionSchemaModel": ".interaction_schema_model",
        "InteractionSchemaModelJsonSchema": ".interaction_schema_model_json_schema",
        "InteractionSchemaModelParam": ".interaction_schema_model",
        "InteractionSchemaResponse": ".interaction_schema_response",
        "InteractionSchemaResponseParam": ".interaction_schema_response",
        "InteractionSchemaResponseSelf": ".interaction_schema_response_self",
        "InteractionSchemaResponseSelfParam": ".interaction_schema_response_self",
        "InteractionSchemaWithoutJsonModel": ".interaction_schema_without_json_model",
        "InteractionSchemaWithoutJsonModelParam": ".interaction_schema_without_json_model",
        "InventoryUpdateStockLevelResponse200": ".stock_level_update",
        "InventoryUpdateStockLevelsResponse200": ".stock_level_update",
        "ListResultOfApiMessage": ".list_result_of_api_message",
        "ListResultOfApiMessageParam": ".list_result_of_api_message",
        "MemberAttributes": ".member_attributes",
        "MemberStatusModel": ".member_status_model",
        "MemberStatusModelData": ".member_status_model_data",
        "MemberStatusModelParam": ".member_status_model",
        "MultichannelBasePromotionModel": ".multichannel_base_promotion_model",
        "MultichannelBasePromotionModelParam": ".multichannel_base_promotion_model",
        "MultichannelPromotionModel": ".multichannel_promotion_model",
        "MultichannelPromotionModelParam": ".multichannel_promotion_model",
        "MultichannelPromotionModelStatus": ".multichannel_promotion_model_status",
        "MultichannelPromotionRedemptionChannelModel": ".multichannel_promotion_redemption_channel_model",
        "MultichannelPromotionRedemptionChannelModelLocalValuesItem": ".multichannel_promotion_redemption_channel_model_local_values_item",
        "MultichannelPromotionRedemptionChannelModelParam": ".multichannel_promotion_redemption_channel_model",
        "MultichannelPromotionRedemptionChannelModelType": ".multichannel_promotion_redemption_channel_model_type",
        "MultichannelPromotionRedemptionChannelModelValueType": ".multichannel_promotion_redemption_channel_model_value_type",
        "NewContact": ".contact_fields",
        "NewContactParam": ".contact_fields",
        "NewInteraction": ".new_interaction",
        "NewInteractionSchema": ".new_interaction_schema",
        "OfferPromotionsRedeemByPromotionIdResponse200": ".promotion_redemption",
        "OfferPromotionsRedeemResponse200": ".promotion_redemption",
        "OkResult": ".ok_result",
        "OkResultParam": ".ok_result",
        "OkResultRequest": ".ok_result_request",
        "Order": ".order",
        "OrderContact": ".order_contact",
        "OrderContactMatchKeyType": ".order_contact_match_key_type",
        "OrderContactParam": ".order_contact",
        "OrderExtraData": ".order_extra_data",
        "OrderFee": ".order_fee",
        "OrderFeeParam": ".order_fee",
        "OrderItem": ".order_item",
        "OrderItemDiscount": ".order_item_discount",
        "OrderItemDiscountExtraData": ".order_item_discount_extra_data",
        "OrderItemDiscountParam": ".order_item_discount",
        "OrderItemExtraData": ".order_item_extra_data",
        "OrderItemParam": ".order_item",
        "OrderItemType": ".order_item_type",
        "OrderParam": ".order",
        "OrderPaymentMethod": ".order_payment_method",
        "OrderPaymentMethodExtraData": ".order_payment_method_extra_data",
        "OrderPaymentMethodParam": ".order_payment_method",
        "PagedResultOfAllBonusCheckModel": ".paged_result_of_all_bonus_check_model",
        "PagedResultOfAllBonusCheckModelParam": ".paged_result_of_all_bonus_check_model",
        "PagedResultOfAllLoyaltyBarClaimModel": ".paged_result_of_all_loyalty_bar_claim_model",
        "PagedResultOfAllLoyaltyBarClaimModelParam": ".paged_result_of_all_loyalty_bar_claim_model",
        "PagedResultOfApiAchievementDefinition": ".paged_result_of_api_achievement_definition",
        "PagedResultOfApiAchievementDefinitionParam": ".paged_result_of_api_achievement_definition",
        "PagedResultOfApiMessage": ".paged_result_of_api_message",
        "PagedResultOfApiMessageParam": ".paged_result_of_api_message",
        "PagedResultOfAvailableBonusCheckModel": ".paged_result_of_available_bonus_check_model",
        "PagedResultOfAvailableBonusCheckModelParam": ".paged_result_of_available_bonus_check_model",
        "PagedResultOfAvailableLoyaltyBarClaimModel": ".paged_result_of_available_loyalty_bar_claim_model",
        "PagedResultOfAvailableLoyaltyBarClaimModelParam": ".paged_result_of_available_loyalty_bar_claim_model",
        "PagedResultOfBonusPointTransactionModel": ".paged_result_of_bonus_point_transaction_model",
        "PagedResultOfBonusPointTransactionModelParam": ".paged_result_of_bonus_point_transaction_model",
        "PagedResultOfRedeemedBonusCheckModel": ".paged_result_of_redeemed_bonus_check_model",
        "PagedResultOfRedeemedBonusCheckModelParam": ".paged_result_of_redeemed_bonus_check_model",
        "PagedResultOfTransactionItem": ".paged_result_of_transaction_item",
        "PagedResultOfTransactionItemParam": ".paged_result_of_transaction_item",
        "PointAccountModel": ".point_account_model",
        "PointAccountModelParam": ".point_account_model",
        "PointAccountModelsResult": ".point_account_models_result",
        "PointAccountModelsResultParam": ".point_account_models_result",
        "PointAccountPointTransactions2Filter": ".point_transaction_filter",
        "PointDefinitionModel": ".point_definition_model",
        "PointDefinitionModelParam": ".point_definition_model",
        "PointTransactionFilter": ".point_transaction_filter",
        "PointTransactionModel": ".point_transaction_model",
        "PointTransactionModelParam": ".point_transaction_model",
        "PointTransactionModelsResult": ".point_transaction_models_result",
        "PointTransactionModelsResultParam": ".point_transaction_models_result",
        "PointTransactionToAccount": ".point_transaction_to_account",
        "PointTransactionToAccountParam": ".point_transaction_to_account",
        "PointTransactionToAccountResultModel": ".point_transaction_to_account_result_model",
        "PointTransactionToAccountResultModelParam": ".point_transaction_to_account_result_model",
        "ProductRecommendationsModel": ".product_recommendations_model",
        "ProductRecommendationsModelParam": ".product_recommendations_model",
        "ProductViewApiModel": ".product_view_api_model",
        "ProductViewApiModelParam": ".product_view_api_model",
        "ProductViewResult": ".product_view_result",
        "ProductViewVRegisterProductViewResponse200": ".product_view_result",
        "ProductViewVRegisterProductViewsResponse200": ".product_view_result",
        "PromotionAssignment": ".promotion_assignment",
        "PromotionBasicPresentationModel": ".promotion_basic_presentation_model",
        "PromotionBasicPresentationModelParam": ".promotion_basic_presentation_model",
        "PromotionRedemption": ".promotion_redemption",
        "PromotionValidityModel": ".promotion_validity_model",
        "PromotionValidityModelParam": ".promotion_validity_model",
        "PurchaseHistorySummary": ".purchase_history_summary",
        "PurchaseHistorySummaryParam": ".purchase_history_summary",
        "Receipt": ".receipt",
        "ReceiptContact": ".receipt_contact",
        "ReceiptContactMatchKeyType": ".receipt_contact_match_key_type",
        "ReceiptContactParam": ".receipt_contact",
        "ReceiptExtraDataItem": ".receipt_extra_data_item",
        "ReceiptExtraDataItemParam": ".receipt_extra_data_item",
        "ReceiptImport": ".receipt_import",
        "ReceiptItem": ".receipt_item",
        "ReceiptItemDiscount": ".receipt_item_discount",
        "ReceiptItemDiscountParam": ".receipt_item_discount",
        "ReceiptItemParam": ".receipt_item",
        "ReceiptItemType": ".receipt_item_type",
        "ReceiptParam": ".receipt",
        "ReceiptPaymentMethod": ".receipt_payment_method",
        "ReceiptPaymentMethodParam": ".receipt_payment_method",
        "ReceiptTaxDetail": ".receipt_tax_detail",
        "ReceiptTaxDetailParam": ".receipt_tax_detail",
        "ReceiptUsedBonusCheck": ".receipt_used_bonus_check",
        "ReceiptUsedBonusCheckParam": ".receipt_used_bonus_check",
        "ReceiptUsedPromotion": ".receipt_used_promotion",
        "ReceiptUsedPromotionParam": ".receipt_used_promotion",
        "RedeemBodyModel": ".redeem_body_model",
        "RedeemBodyModelParam": ".redeem_body_model",
        "RedeemedBonusCheckModel": ".redeemed_bonus_check_model",
        "RedeemedBonusCheckModelLocalValuesItem": ".redeemed_bonus_check_model_local_values_item",
        "RedeemedBonusCheckModelParam": ".redeemed_bonus_check_model",
        "RedeemedBonusCheckModelValue": ".redeemed_bonus_check_model_value",
        "RedeemedLoyaltyBarClaimModel": ".redeemed_loyalty_bar_claim_model",
        "RedeemedLoyaltyBarClaimModelParam": ".redeemed_loyalty_bar_claim_model",
        "RedeemedLoyaltyBarClaimModelValue": ".redeemed_loyalty_bar_claim_model_value",
        "SendSmsRequest": ".send_sms_request",
        "SendSmsRequestParam": ".send_sms_request",
        "SendSmsResponse": ".send_sms_response",
        "SendSmsResponseParam": ".send_sms_response",
        "SmsUnsubscription": ".sms_unsubscription",
        "StatusCodeResult": ".status_code_result",
        "StatusCodeResultParam": ".status_code_result",
        "StatusCodeResultRequest": ".status_code_result_request",
        "StatusCodeResultStatusCode": ".status_code_result_status_code",
        "StockLevelRequest": ".stock_level_request",
        "StockLevelRequestParam": ".stock_level_request",
        "StockLevelUpdate": ".stock_level_update",
        "SubscriptionRequest": ".subscription_request",
        "SubscriptionRequestParam": ".subscription_request",
        "SubscriptionResponse": ".subscription_response",
        "SubscriptionResponseParam": ".subscription_response",
        "SubscriptionResult": ".subscription_result",
        "TaxDetail": ".tax_detail",
        "TaxDetailParam": ".tax_detail",
        "TransactionImport": ".transaction_import",
        "TransactionItem": ".transaction_item",
        "TransactionItemLineItemsItem": ".transaction_item_line_items_item",
        "TransactionItemParam": ".transaction_item",
        "TriggerData": ".trigger_data",
        "TriggerResult": ".trigger_result",
        "UnregisteredFromOnlineRegisterInformation": ".unregistered_from_online_register_information",
        "UnregisteredFromOnlineRegisterInformationParam": ".unregistered_from_online_register_information",
        "Utm": ".utm",
        "UtmParam": ".utm",
    },
)
