# Generated from openapi-python-client's built-in str_enum.py.jinja by `make generate`; do not edit.
from enum import StrEnum


class ReceiptContactMatchKeyType(StrEnum):
    CARDID = "CardId"
    CONTACTID = "ContactId"
    EMAIL = "Email"
    EXTERNALID = "ExternalId"
    MEMBERNUMBER = "MemberNumber"
    MEMBERNUMBERWITHCARDNUMBERASFALLBACK = "MemberNumberWithCardNumberAsFallback"
    MOBILEPHONE = "MobilePhone"
    SOCIALSECURITYNUMBER = "SocialSecurityNumber"

    def __str__(self) -> str:
        return str(self.value)
