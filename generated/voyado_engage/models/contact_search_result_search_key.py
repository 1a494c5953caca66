# Generated from openapi-python-client's built-in str_enum.py.jinja by `make generate`; do not edit.
from enum import StrEnum


class ContactSearchResultSearchKey(StrEnum):
    MOBILEPHONE = "MobilePhone"
    SOCIALSECURITYNUMBER = "SocialSecurityNumber"

    def __str__(self) -> str:
        return str(self.value)
