# Generated from generator/render/templates/models_init.py.jinja by `make generate`; do not edit.
"""Every data model of the API. Each is imported when first used (see `_lazy`)."""

from typing import TYPE_CHECKING

from .._lazy import lazy_attributes

if TYPE_CHECKING:
    from .achievements_set_achievement_body import AchievementsSetAchievementBody
    from .add_checkpoint_to_challenge_assignment_result import AddCheckpointToChallengeAssignmentResult
    from .all_bonus_check_model import AllBonusCheckModel
    from .all_bonus_check_model_local_values_item import AllBonusCheckModelLocalValuesItem
    from .all_bonus_check_model_value import AllBonusCheckModelValue
    from .all_loyalty_bar_claim_model import AllLoyaltyBarClaimModel
    from .all_loyalty_bar_claim_model_value import AllLoyaltyBarClaimModelValue
    from .api_achievement_definition import ApiAchievementDefinition
    from .api_achievement_definition_meta_data import ApiAchievementDefinitionMetaData
    from .api_achievement_value import ApiAchievementValue
    from .api_adjust_reward_points import ApiAdjustRewardPoints
    from .api_adjust_reward_points_response import ApiAdjustRewardPointsResponse
    from .api_consent_definition import ApiConsentDefinition
    from .api_consent_definition_meta_data import ApiConsentDefinitionMetaData
    from .api_message import ApiMessage
    from .api_promotion_model import ApiPromotionModel
    from .api_promotion_redemption_channel_model import ApiPromotionRedemptionChannelModel
    from .api_promotion_redemption_channel_model_local_values_item import (
        ApiPromotionRedemptionChannelModelLocalValuesItem,
    )
    from .api_promotion_redemption_channel_model_type import ApiPromotionRedemptionChannelModelType
    from .api_promotion_redemption_channel_model_value_type import ApiPromotionRedemptionChannelModelValueType
    from .api_store import ApiStore
    from .assign_date_range import AssignDateRange
    from .assign_date_range_unit import AssignDateRangeUnit
    from .assign_promotion_assign_response_200 import AssignPromotionAssignResponse200
    from .available_bonus_check_model import AvailableBonusCheckModel
    from .available_bonus_check_model_local_values_item import AvailableBonusCheckModelLocalValuesItem
    from .available_bonus_check_model_value import AvailableBonusCheckModelValue
    from .available_loyalty_bar_claim_model import AvailableLoyaltyBarClaimModel
    from .available_loyalty_bar_claim_model_value import AvailableLoyaltyBarClaimModelValue
    from .back_in_stock_subscription_subscribe_response_200 import BackInStockSubscriptionSubscribeResponse200
    from .back_in_stock_subscription_unsubscribe_response_200 import BackInStockSubscriptionUnsubscribeResponse200
    from .bonus_point_transaction_model import BonusPointTransactionModel
    from .bonus_point_transaction_model_type import BonusPointTransactionModelType
    from .bool_request import BoolRequest
    from .cart_api_model import CartApiModel
    from .cart_item_api_model import CartItemApiModel
    from .challenge_assignment_model import ChallengeAssignmentModel
    from .challenge_assignment_model_status import ChallengeAssignmentModelStatus
    from .challenge_assignment_models_result import ChallengeAssignmentModelsResult
    from .challenge_check_point_dto import ChallengeCheckPointDto
    from .challenge_definition_model import ChallengeDefinitionModel
    from .challenge_definition_model_checkpoint_assign_on import ChallengeDefinitionModelCheckpointAssignOn
    from .challenge_definition_model_status import ChallengeDefinitionModelStatus
    from .challenge_definition_models_result import ChallengeDefinitionModelsResult
    from .challenge_get_challenge_definitions_status import ChallengeGetChallengeDefinitionsStatus
    from .challenge_get_challenges_filter import ChallengeGetChallengesFilter
    from .change_type import ChangeType
    from .contact_bulk_create_contacts_in_bulk_body import ContactBulkCreateContactsInBulkBody
    from .contact_bulk_get_bulk_status_response_200 import ContactBulkGetBulkStatusResponse200
    from .contact_bulk_update_contacts_in_bulk_body import ContactBulkUpdateContactsInBulkBody
    from .contact_message_sms_unsubscribe_contact_response_200 import ContactMessageSmsUnsubscribeContactResponse200
    from .contact_overview_get_contact_overview_async_response_200 import (
        ContactOverviewGetContactOverviewAsyncResponse200,
    )
    from .contact_search_result import ContactSearchResult
    from .contact_search_result_search_key import ContactSearchResultSearchKey
    from .contacts_v_create_contact_header_param_body import ContactsVCreateContactHeaderParamBody
    from .contacts_v_delete_with_header_param_response_200 import ContactsVDeleteWithHeaderParamResponse200
    from .contacts_v_get_changed_contact_ids_response_200 import ContactsVGetChangedContactIdsResponse200
    from .contacts_v_promote_to_member_body import ContactsVPromoteToMemberBody
    from .contacts_v_update_contact_post_body import ContactsVUpdateContactPostBody
    from .custom_triggers_trigger_by_contact_id_body import CustomTriggersTriggerByContactIdBody
    from .custom_triggers_trigger_by_contact_id_response_200 import CustomTriggersTriggerByContactIdResponse200
    from .custom_triggers_trigger_by_contact_type_and_key_body import CustomTriggersTriggerByContactTypeAndKeyBody
    from .custom_triggers_trigger_by_contact_type_and_key_response_200 import (
        CustomTriggersTriggerByContactTypeAndKeyResponse200,
    )
    from .custom_triggers_trigger_by_external_contact_id_body import CustomTriggersTriggerByExternalContactIdBody
    from .custom_triggers_trigger_by_external_contact_id_response_200 import (
        CustomTriggersTriggerByExternalContactIdResponse200,
    )
    from .custom_triggers_trigger_by_social_security_number_body import CustomTriggersTriggerBySocialSecurityNumberBody
    from .custom_triggers_trigger_by_social_security_number_response_200 import (
        CustomTriggersTriggerBySocialSecurityNumberResponse200,
    )
    from .enrichment_variable import EnrichmentVariable
    from .enrichment_variable_group import EnrichmentVariableGroup
    from .error_body import ErrorBody
    from .error_body_model_state import ErrorBodyModelState
    from .hypermedia_link import HypermediaLink
    from .i_api_consent import IApiConsent
    from .i_api_contact import IApiContact
    from .i_api_contact_attributes import IApiContactAttributes
    from .i_api_contact_meta import IApiContactMeta
    from .i_api_contact_preferences import IApiContactPreferences
    from .i_hypermedia_link import IHypermediaLink
    from .id_name import IdName
    from .import_transactions_import_receipts_response_200 import ImportTransactionsImportReceiptsResponse200
    from .import_transactions_import_response_200 import ImportTransactionsImportResponse200
    from .import_transactions_object import ImportTransactionsObject
    from .import_transactions_object_receipts import ImportTransactionsObjectReceipts
    from .interaction_create_interaction_body import InteractionCreateInteractionBody
    from .interaction_create_response import InteractionCreateResponse
    from .interaction_create_response_self import InteractionCreateResponseSelf
    from .interaction_model import InteractionModel
    from .interaction_model_payload import InteractionModelPayload
    from .interaction_page import InteractionPage
    from .interaction_schema_create_interaction_schema_body import InteractionSchemaCreateInteractionSchemaBody
    from .interaction_schema_model import InteractionSchemaModel
    from .interaction_schema_model_json_schema import InteractionSchemaModelJsonSchema
    from .interaction_schema_response import InteractionSchemaResponse
    from .interaction_schema_response_self import InteractionSchemaResponseSelf
    from .interaction_schema_without_json_model import InteractionSchemaWithoutJsonModel
    from .inventory_update_stock_level_response_200 import InventoryUpdateStockLevelResponse200
    from .inventory_update_stock_levels_response_200 import InventoryUpdateStockLevelsResponse200
    from .list_result_of_api_message import ListResultOfApiMessage
    from .member_status_model import MemberStatusModel
    from .member_status_model_data import MemberStatusModelData
    from .multichannel_base_promotion_model import MultichannelBasePromotionModel
    from .multichannel_promotion_model import MultichannelPromotionModel
    from .multichannel_promotion_model_status import MultichannelPromotionModelStatus
    from .multichannel_promotion_redemption_channel_model import MultichannelPromotionRedemptionChannelModel
    from .multichannel_promotion_redemption_channel_model_local_values_item import (
        MultichannelPromotionRedemptionChannelModelLocalValuesItem,
    )
    from .multichannel_promotion_redemption_channel_model_type import MultichannelPromotionRedemptionChannelModelType
    from .multichannel_promotion_redemption_channel_model_value_type import (
        MultichannelPromotionRedemptionChannelModelValueType,
    )
    from .offer_promotions_redeem_by_promotion_id_response_200 import OfferPromotionsRedeemByPromotionIdResponse200
    from .offer_promotions_redeem_response_200 import OfferPromotionsRedeemResponse200
    from .ok_result import OkResult
    from .ok_result_request import OkResultRequest
    from .order import Order
    from .order_contact import OrderContact
    from .order_contact_match_key_type import OrderContactMatchKeyType
    from .order_extra_data import OrderExtraData
    from .order_fee import OrderFee
    from .order_item import OrderItem
    from .order_item_discount import OrderItemDiscount
    from .order_item_discount_extra_data import OrderItemDiscountExtraData
    from .order_item_extra_data import OrderItemExtraData
    from .order_item_type import OrderItemType
    from .order_payment_method import OrderPaymentMethod
    from .order_payment_method_extra_data import OrderPaymentMethodExtraData
    from .paged_result_of_all_bonus_check_model import PagedResultOfAllBonusCheckModel
    from .paged_result_of_all_loyalty_bar_claim_model import PagedResultOfAllLoyaltyBarClaimModel
    from .paged_result_of_api_achievement_definition import PagedResultOfApiAchievementDefinition
    from .paged_result_of_api_message import PagedResultOfApiMessage
    from .paged_result_of_available_bonus_check_model import PagedResultOfAvailableBonusCheckModel
    from .paged_result_of_available_loyalty_bar_claim_model import PagedResultOfAvailableLoyaltyBarClaimModel
    from .paged_result_of_bonus_point_transaction_model import PagedResultOfBonusPointTransactionModel
    from .paged_result_of_redeemed_bonus_check_model import PagedResultOfRedeemedBonusCheckModel
    from .paged_result_of_transaction_item import PagedResultOfTransactionItem
    from .point_account_model import PointAccountModel
    from .point_account_models_result import PointAccountModelsResult
    from .point_account_point_transactions_2_filter import PointAccountPointTransactions2Filter
    from .point_definition_model import PointDefinitionModel
    from .point_transaction_model import PointTransactionModel
    from .point_transaction_models_result import PointTransactionModelsResult
    from .point_transaction_to_account import PointTransactionToAccount
    from .point_transaction_to_account_result_model import PointTransactionToAccountResultModel
    from .product_recommendations_model import ProductRecommendationsModel
    from .product_view_api_model import ProductViewApiModel
    from .product_view_v_register_product_view_response_200 import ProductViewVRegisterProductViewResponse200
    from .product_view_v_register_product_views_response_200 import ProductViewVRegisterProductViewsResponse200
    from .promotion_basic_presentation_model import PromotionBasicPresentationModel
    from .promotion_validity_model import PromotionValidityModel
    from .purchase_history_summary import PurchaseHistorySummary
    from .receipt import Receipt
    from .receipt_contact import ReceiptContact
    from .receipt_contact_match_key_type import ReceiptContactMatchKeyType
    from .receipt_extra_data_item import ReceiptExtraDataItem
    from .receipt_item import ReceiptItem
    from .receipt_item_discount import ReceiptItemDiscount
    from .receipt_item_type import ReceiptItemType
    from .receipt_payment_method import ReceiptPaymentMethod
    from .receipt_tax_detail import ReceiptTaxDetail
    from .receipt_used_bonus_check import ReceiptUsedBonusCheck
    from .receipt_used_promotion import ReceiptUsedPromotion
    from .redeem_body_model import RedeemBodyModel
    from .redeemed_bonus_check_model import RedeemedBonusCheckModel
    from .redeemed_bonus_check_model_local_values_item import RedeemedBonusCheckModelLocalValuesItem
    from .redeemed_bonus_check_model_value import RedeemedBonusCheckModelValue
    from .redeemed_loyalty_bar_claim_model import RedeemedLoyaltyBarClaimModel
    from .redeemed_loyalty_bar_claim_model_value import RedeemedLoyaltyBarClaimModelValue
    from .send_sms_request import SendSmsRequest
    from .send_sms_response import SendSmsResponse
    from .status_code_result import StatusCodeResult
    from .status_code_result_request import StatusCodeResultRequest
    from .status_code_result_status_code import StatusCodeResultStatusCode
    from .stock_level_request import StockLevelRequest
    from .subscription_request import SubscriptionRequest
    from .subscription_response import SubscriptionResponse
    from .tax_detail import TaxDetail
    from .transaction_item import TransactionItem
    from .transaction_item_line_items_item import TransactionItemLineItemsItem
    from .unregistered_from_online_register_information import UnregisteredFromOnlineRegisterInformation
    from .utm import Utm

__all__ = (
    "AchievementsSetAchievementBody",
    "AddCheckpointToChallengeAssignmentResult",
    "AllBonusCheckModel",
    "AllBonusCheckModelLocalValuesItem",
    "AllBonusCheckModelValue",
    "AllLoyaltyBarClaimModel",
    "AllLoyaltyBarClaimModelValue",
    "ApiAchievementDefinition",
    "ApiAchievementDefinitionMetaData",
    "ApiAchievementValue",
    "ApiAdjustRewardPoints",
    "ApiAdjustRewardPointsResponse",
    "ApiConsentDefinition",
    "ApiConsentDefinitionMetaData",
    "ApiMessage",
    "ApiPromotionModel",
    "ApiPromotionRedemptionChannelModel",
    "ApiPromotionRedemptionChannelModelLocalValuesItem",
    "ApiPromotionRedemptionChannelModelType",
    "ApiPromotionRedemptionChannelModelValueType",
    "ApiStore",
    "AssignDateRange",
    "AssignDateRangeUnit",
    "AssignPromotionAssignResponse200",
    "AvailableBonusCheckModel",
    "AvailableBonusCheckModelLocalValuesItem",
    "AvailableBonusCheckModelValue",
    "AvailableLoyaltyBarClaimModel",
    "AvailableLoyaltyBarClaimModelValue",
    "BackInStockSubscriptionSubscribeResponse200",
    "BackInStockSubscriptionUnsubscribeResponse200",
    "BonusPointTransactionModel",
    "BonusPointTransactionModelType",
    "BoolRequest",
    "CartApiModel",
    "CartItemApiModel",
    "ChallengeAssignmentModel",
    "ChallengeAssignmentModelStatus",
    "ChallengeAssignmentModelsResult",
    "ChallengeCheckPointDto",
    "ChallengeDefinitionModel",
    "ChallengeDefinitionModelCheckpointAssignOn",
    "ChallengeDefinitionModelStatus",
    "ChallengeDefinitionModelsResult",
    "ChallengeGetChallengeDefinitionsStatus",
    "ChallengeGetChallengesFilter",
    "ChangeType",
    "ContactBulkCreateContactsInBulkBody",
    "ContactBulkGetBulkStatusResponse200",
    "ContactBulkUpdateContactsInBulkBody",
    "ContactMessageSmsUnsubscribeContactResponse200",
    "ContactOverviewGetContactOverviewAsyncResponse200",
    "ContactSearchResult",
    "ContactSearchResultSearchKey",
    "ContactsVCreateContactHeaderParamBody",
    "ContactsVDeleteWithHeaderParamResponse200",
    "ContactsVGetChangedContactIdsResponse200",
    "ContactsVPromoteToMemberBody",
    "ContactsVUpdateContactPostBody",
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
    "ErrorBody",
    "ErrorBodyModelState",
    "HypermediaLink",
    "IApiConsent",
    "IApiContact",
    "IApiContactAttributes",
    "IApiContactMeta",
    "IApiContactPreferences",
    "IHypermediaLink",
    "IdName",
    "ImportTransactionsImportReceiptsResponse200",
    "ImportTransactionsImportResponse200",
    "ImportTransactionsObject",
    "ImportTransactionsObjectReceipts",
    "InteractionCreateInteractionBody",
    "InteractionCreateResponse",
    "InteractionCreateResponseSelf",
    "InteractionModel",
    "InteractionModelPayload",
    "InteractionPage",
    "InteractionSchemaCreateInteractionSchemaBody",
    "InteractionSchemaModel",
    "InteractionSchemaModelJsonSchema",
    "InteractionSchemaResponse",
    "InteractionSchemaResponseSelf",
    "InteractionSchemaWithoutJsonModel",
    "InventoryUpdateStockLevelResponse200",
    "InventoryUpdateStockLevelsResponse200",
    "ListResultOfApiMessage",
    "MemberStatusModel",
    "MemberStatusModelData",
    "MultichannelBasePromotionModel",
    "MultichannelPromotionModel",
    "MultichannelPromotionModelStatus",
    "MultichannelPromotionRedemptionChannelModel",
    "MultichannelPromotionRedemptionChannelModelLocalValuesItem",
    "MultichannelPromotionRedemptionChannelModelType",
    "MultichannelPromotionRedemptionChannelModelValueType",
    "OfferPromotionsRedeemByPromotionIdResponse200",
    "OfferPromotionsRedeemResponse200",
    "OkResult",
    "OkResultRequest",
    "Order",
    "OrderContact",
    "OrderContactMatchKeyType",
    "OrderExtraData",
    "OrderFee",
    "OrderItem",
    "OrderItemDiscount",
    "OrderItemDiscountExtraData",
    "OrderItemExtraData",
    "OrderItemType",
    "OrderPaymentMethod",
    "OrderPaymentMethodExtraData",
    "PagedResultOfAllBonusCheckModel",
    "PagedResultOfAllLoyaltyBarClaimModel",
    "PagedResultOfApiAchievementDefinition",
    "PagedResultOfApiMessage",
    "PagedResultOfAvailableBonusCheckModel",
    "PagedResultOfAvailableLoyaltyBarClaimModel",
    "PagedResultOfBonusPointTransactionModel",
    "PagedResultOfRedeemedBonusCheckModel",
    "PagedResultOfTransactionItem",
    "PointAccountModel",
    "PointAccountModelsResult",
    "PointAccountPointTransactions2Filter",
    "PointDefinitionModel",
    "PointTransactionModel",
    "PointTransactionModelsResult",
    "PointTransactionToAccount",
    "PointTransactionToAccountResultModel",
    "ProductRecommendationsModel",
    "ProductViewApiModel",
    "ProductViewVRegisterProductViewResponse200",
    "ProductViewVRegisterProductViewsResponse200",
    "PromotionBasicPresentationModel",
    "PromotionValidityModel",
    "PurchaseHistorySummary",
    "Receipt",
    "ReceiptContact",
    "ReceiptContactMatchKeyType",
    "ReceiptExtraDataItem",
    "ReceiptItem",
    "ReceiptItemDiscount",
    "ReceiptItemType",
    "ReceiptPaymentMethod",
    "ReceiptTaxDetail",
    "ReceiptUsedBonusCheck",
    "ReceiptUsedPromotion",
    "RedeemBodyModel",
    "RedeemedBonusCheckModel",
    "RedeemedBonusCheckModelLocalValuesItem",
    "RedeemedBonusCheckModelValue",
    "RedeemedLoyaltyBarClaimModel",
    "RedeemedLoyaltyBarClaimModelValue",
    "SendSmsRequest",
    "SendSmsResponse",
    "StatusCodeResult",
    "StatusCodeResultRequest",
    "StatusCodeResultStatusCode",
    "StockLevelRequest",
    "SubscriptionRequest",
    "SubscriptionResponse",
    "TaxDetail",
    "TransactionItem",
    "TransactionItemLineItemsItem",
    "UnregisteredFromOnlineRegisterInformation",
    "Utm",
)

__getattr__ = lazy_attributes(
    __name__,
    {
        "AchievementsSetAchievementBody": ".achievements_set_achievement_body",
        "AddCheckpointToChallengeAssignmentResult": ".add_checkpoint_to_challenge_assignment_result",
        "AllBonusCheckModel": ".all_bonus_check_model",
        "AllBonusCheckModelLocalValuesItem": ".all_bonus_check_model_local_values_item",
        "AllBonusCheckModelValue": ".all_bonus_check_model_value",
        "AllLoyaltyBarClaimModel": ".all_loyalty_bar_claim_model",
        "AllLoyaltyBarClaimModelValue": ".all_loyalty_bar_claim_model_value",
        "ApiAchievementDefinition": ".api_achievement_definition",
        "ApiAchievementDefinitionMetaData": ".api_achievement_definition_meta_data",
        "ApiAchievementValue": ".api_achievement_value",
        "ApiAdjustRewardPoints": ".api_adjust_reward_points",
        "ApiAdjustRewardPointsResponse": ".api_adjust_reward_points_response",
        "ApiConsentDefinition": ".api_consent_definition",
        "ApiConsentDefinitionMetaData": ".api_consent_definition_meta_data",
        "ApiMessage": ".api_message",
        "ApiPromotionModel": ".api_promotion_model",
        "ApiPromotionRedemptionChannelModel": ".api_promotion_redemption_channel_model",
        "ApiPromotionRedemptionChannelModelLocalValuesItem": ".api_promotion_redemption_channel_model_local_values_item",
        "ApiPromotionRedemptionChannelModelType": ".api_promotion_redemption_channel_model_type",
        "ApiPromotionRedemptionChannelModelValueType": ".api_promotion_redemption_channel_model_value_type",
        "ApiStore": ".api_store",
        "AssignDateRange": ".assign_date_range",
        "AssignDateRangeUnit": ".assign_date_range_unit",
        "AssignPromotionAssignResponse200": ".assign_promotion_assign_response_200",
        "AvailableBonusCheckModel": ".available_bonus_check_model",
        "AvailableBonusCheckModelLocalValuesItem": ".available_bonus_check_model_local_values_item",
        "AvailableBonusCheckModelValue": ".available_bonus_check_model_value",
        "AvailableLoyaltyBarClaimModel": ".available_loyalty_bar_claim_model",
        "AvailableLoyaltyBarClaimModelValue": ".available_loyalty_bar_claim_model_value",
        "BackInStockSubscriptionSubscribeResponse200": ".back_in_stock_subscription_subscribe_response_200",
        "BackInStockSubscriptionUnsubscribeResponse200": ".back_in_stock_subscription_unsubscribe_response_200",
        "BonusPointTransactionModel": ".bonus_point_transaction_model",
        "BonusPointTransactionModelType": ".bonus_point_transaction_model_type",
        "BoolRequest": ".bool_request",
        "CartApiModel": ".cart_api_model",
        "CartItemApiModel": ".cart_item_api_model",
        "ChallengeAssignmentModel": ".challenge_assignment_model",
        "ChallengeAssignmentModelStatus": ".challenge_assignment_model_status",
        "ChallengeAssignmentModelsResult": ".challenge_assignment_models_result",
        "ChallengeCheckPointDto": ".challenge_check_point_dto",
        "ChallengeDefinitionModel": ".challenge_definition_model",
        "ChallengeDefinitionModelCheckpointAssignOn": ".challenge_definition_model_checkpoint_assign_on",
        "ChallengeDefinitionModelStatus": ".challenge_definition_model_status",
        "ChallengeDefinitionModelsResult": ".challenge_definition_models_result",
        "ChallengeGetChallengeDefinitionsStatus": ".challenge_get_challenge_definitions_status",
        "ChallengeGetChallengesFilter": ".challenge_get_challenges_filter",
        "ChangeType": ".change_type",
        "ContactBulkCreateContactsInBulkBody": ".contact_bulk_create_contacts_in_bulk_body",
        "ContactBulkGetBulkStatusResponse200": ".contact_bulk_get_bulk_status_response_200",
        "ContactBulkUpdateContactsInBulkBody": ".contact_bulk_update_contacts_in_bulk_body",
        "ContactMessageSmsUnsubscribeContactResponse200": ".contact_message_sms_unsubscribe_contact_response_200",
        "ContactOverviewGetContactOverviewAsyncResponse200": ".contact_overview_get_contact_overview_async_response_200",
        "ContactSearchResult": ".contact_search_result",
        "ContactSearchResultSearchKey": ".contact_search_result_search_key",
        "ContactsVCreateContactHeaderParamBody": ".contacts_v_create_contact_header_param_body",
        "ContactsVDeleteWithHeaderParamResponse200": ".contacts_v_delete_with_header_param_response_200",
        "ContactsVGetChangedContactIdsResponse200": ".contacts_v_get_changed_contact_ids_response_200",
        "ContactsVPromoteToMemberBody": ".contacts_v_promote_to_member_body",
        "ContactsVUpdateContactPostBody": ".contacts_v_update_contact_post_body",
        "CustomTriggersTriggerByContactIdBody": ".custom_triggers_trigger_by_contact_id_body",
        "CustomTriggersTriggerByContactIdResponse200": ".custom_triggers_trigger_by_contact_id_response_200",
        "CustomTriggersTriggerByContactTypeAndKeyBody": ".custom_triggers_trigger_by_contact_type_and_key_body",
        "CustomTriggersTriggerByContactTypeAndKeyResponse200": ".custom_triggers_trigger_by_contact_type_and_key_response_200",
        "CustomTriggersTriggerByExternalContactIdBody": ".custom_triggers_trigger_by_external_contact_id_body",
        "CustomTriggersTriggerByExternalContactIdResponse200": ".custom_triggers_trigger_by_external_contact_id_response_200",
        "CustomTriggersTriggerBySocialSecurityNumberBody": ".custom_triggers_trigger_by_social_security_number_body",
        "CustomTriggersTriggerBySocialSecurityNumberResponse200": ".custom_triggers_trigger_by_social_security_number_response_200",
        "EnrichmentVariable": ".enrichment_variable",
        "EnrichmentVariableGroup": ".enrichment_variable_group",
        "ErrorBody": ".error_body",
        "ErrorBodyModelState": ".error_body_model_state",
        "HypermediaLink": ".hypermedia_link",
        "IApiConsent": ".i_api_consent",
        "IApiContact": ".i_api_contact",
        "IApiContactAttributes": ".i_api_contact_attributes",
        "IApiContactMeta": ".i_api_contact_meta",
        "IApiContactPreferences": ".i_api_contact_preferences",
        "IHypermediaLink": ".i_hypermedia_link",
        "IdName": ".id_name",
        "ImportTransactionsImportReceiptsResponse200": ".import_transactions_import_receipts_response_200",
        "ImportTransactionsImportResponse200": ".import_transactions_import_response_200",
        "ImportTransactionsObject": ".import_transactions_object",
        "ImportTransactionsObjectReceipts": ".import_transactions_object_receipts",
        "InteractionCreateInteractionBody": ".interaction_create_interaction_body",
        "InteractionCreateResponse": ".interaction_create_response",
        "InteractionCreateResponseSelf": ".interaction_create_response_self",
        "InteractionModel": ".interaction_model",
        "InteractionModelPayload": ".interaction_model_payload",
        "InteractionPage": ".interaction_page",
        "InteractionSchemaCreateInteractionSchemaBody": ".interaction_schema_create_interaction_schema_body",
        "InteractionSchemaModel": ".interaction_schema_model",
        "InteractionSchemaModelJsonSchema": ".interaction_schema_model_json_schema",
        "InteractionSchemaResponse": ".interaction_schema_response",
        "InteractionSchemaResponseSelf": ".interaction_schema_response_self",
        "InteractionSchemaWithoutJsonModel": ".interaction_schema_without_json_model",
        "InventoryUpdateStockLevelResponse200": ".inventory_update_stock_level_response_200",
        "InventoryUpdateStockLevelsResponse200": ".inventory_update_stock_levels_response_200",
        "ListResultOfApiMessage": ".list_result_of_api_message",
        "MemberStatusModel": ".member_status_model",
        "MemberStatusModelData": ".member_status_model_data",
        "MultichannelBasePromotionModel": ".multichannel_base_promotion_model",
        "MultichannelPromotionModel": ".multichannel_promotion_model",
        "MultichannelPromotionModelStatus": ".multichannel_promotion_model_status",
        "MultichannelPromotionRedemptionChannelModel": ".multichannel_promotion_redemption_channel_model",
        "MultichannelPromotionRedemptionChannelModelLocalValuesItem": ".multichannel_promotion_redemption_channel_model_local_values_item",
        "MultichannelPromotionRedemptionChannelModelType": ".multichannel_promotion_redemption_channel_model_type",
        "MultichannelPromotionRedemptionChannelModelValueType": ".multichannel_promotion_redemption_channel_model_value_type",
        "OfferPromotionsRedeemByPromotionIdResponse200": ".offer_promotions_redeem_by_promotion_id_response_200",
        "OfferPromotionsRedeemResponse200": ".offer_promotions_redeem_response_200",
        "OkResult": ".ok_result",
        "OkResultRequest": ".ok_result_request",
        "Order": ".order",
        "OrderContact": ".order_contact",
        "OrderContactMatchKeyType": ".order_contact_match_key_type",
        "OrderExtraData": ".order_extra_data",
        "OrderFee": ".order_fee",
        "OrderItem": ".order_item",
        "OrderItemDiscount": ".order_item_discount",
        "OrderItemDiscountExtraData": ".order_item_discount_extra_data",
        "OrderItemExtraData": ".order_item_extra_data",
        "OrderItemType": ".order_item_type",
        "OrderPaymentMethod": ".order_payment_method",
        "OrderPaymentMethodExtraData": ".order_payment_method_extra_data",
        "PagedResultOfAllBonusCheckModel": ".paged_result_of_all_bonus_check_model",
        "PagedResultOfAllLoyaltyBarClaimModel": ".paged_result_of_all_loyalty_bar_claim_model",
        "PagedResultOfApiAchievementDefinition": ".paged_result_of_api_achievement_definition",
        "PagedResultOfApiMessage": ".paged_result_of_api_message",
        "PagedResultOfAvailableBonusCheckModel": ".paged_result_of_available_bonus_check_model",
        "PagedResultOfAvailableLoyaltyBarClaimModel": ".paged_result_of_available_loyalty_bar_claim_model",
        "PagedResultOfBonusPointTransactionModel": ".paged_result_of_bonus_point_transaction_model",
        "PagedResultOfRedeemedBonusCheckModel": ".paged_result_of_redeemed_bonus_check_model",
        "PagedResultOfTransactionItem": ".paged_result_of_transaction_item",
        "PointAccountModel": ".point_account_model",
        "PointAccountModelsResult": ".point_account_models_result",
        "PointAccountPointTransactions2Filter": ".point_account_point_transactions_2_filter",
        "PointDefinitionModel": ".point_definition_model",
        "PointTransactionModel": ".point_transaction_model",
        "PointTransactionModelsResult": ".point_transaction_models_result",
        "PointTransactionToAccount": ".point_transaction_to_account",
        "PointTransactionToAccountResultModel": ".point_transaction_to_account_result_model",
        "ProductRecommendationsModel": ".product_recommendations_model",
        "ProductViewApiModel": ".product_view_api_model",
        "ProductViewVRegisterProductViewResponse200": ".product_view_v_register_product_view_response_200",
        "ProductViewVRegisterProductViewsResponse200": ".product_view_v_register_product_views_response_200",
        "PromotionBasicPresentationModel": ".promotion_basic_presentation_model",
        "PromotionValidityModel": ".promotion_validity_model",
        "PurchaseHistorySummary": ".purchase_history_summary",
        "Receipt": ".receipt",
        "ReceiptContact": ".receipt_contact",
        "ReceiptContactMatchKeyType": ".receipt_contact_match_key_type",
        "ReceiptExtraDataItem": ".receipt_extra_data_item",
        "ReceiptItem": ".receipt_item",
        "ReceiptItemDiscount": ".receipt_item_discount",
        "ReceiptItemType": ".receipt_item_type",
        "ReceiptPaymentMethod": ".receipt_payment_method",
        "ReceiptTaxDetail": ".receipt_tax_detail",
        "ReceiptUsedBonusCheck": ".receipt_used_bonus_check",
        "ReceiptUsedPromotion": ".receipt_used_promotion",
        "RedeemBodyModel": ".redeem_body_model",
        "RedeemedBonusCheckModel": ".redeemed_bonus_check_model",
        "RedeemedBonusCheckModelLocalValuesItem": ".redeemed_bonus_check_model_local_values_item",
        "RedeemedBonusCheckModelValue": ".redeemed_bonus_check_model_value",
        "RedeemedLoyaltyBarClaimModel": ".redeemed_loyalty_bar_claim_model",
        "RedeemedLoyaltyBarClaimModelValue": ".redeemed_loyalty_bar_claim_model_value",
        "SendSmsRequest": ".send_sms_request",
        "SendSmsResponse": ".send_sms_response",
        "StatusCodeResult": ".status_code_result",
        "StatusCodeResultRequest": ".status_code_result_request",
        "StatusCodeResultStatusCode": ".status_code_result_status_code",
        "StockLevelRequest": ".stock_level_request",
        "SubscriptionRequest": ".subscription_request",
        "SubscriptionResponse": ".subscription_response",
        "TaxDetail": ".tax_detail",
        "TransactionItem": ".transaction_item",
        "TransactionItemLineItemsItem": ".transaction_item_line_items_item",
        "UnregisteredFromOnlineRegisterInformation": ".unregistered_from_online_register_information",
        "Utm": ".utm",
    },
)
