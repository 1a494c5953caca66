# Generated from generator/render/templates/service.py.jinja by `make generate`; do not edit.
"""Challenges operations, reached as `VoyadoEngage.challenges`."""

from collections.abc import AsyncIterator, Iterator, Sequence
from functools import cached_property
from typing import Final, Unpack

from ..._base_client import AsyncAPIClient, SyncAPIClient
from ..._options import CallOptions
from ..._pagination import DEFAULT_PAGE_SIZE, aiterate_pages, iterate_pages
from ..._raw_response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ...models.add_checkpoint_to_challenge_assignment_result import AddCheckpointToChallengeAssignmentResult
from ...models.challenge_assignment_model import ChallengeAssignmentModel
from ...models.challenge_assignment_models_result import ChallengeAssignmentModelsResult
from ...models.challenge_check_point_dto import ChallengeCheckPointDto, ChallengeCheckPointDtoParam
from ...models.challenge_definition_model import ChallengeDefinitionModel
from ...models.challenge_definition_models_result import ChallengeDefinitionModelsResult
from ...models.challenge_definition_status import ChallengeDefinitionStatus
from ...models.challenge_filter import ChallengeFilter
from ...types import UNSET, Unset
from . import (
    challenge_add_challenge_check_points,
    challenge_consent,
    challenge_get_challenge_by_id,
    challenge_get_challenge_definition_by_id,
    challenge_get_challenge_definitions,
    challenge_get_challenges,
)


class ChallengesServiceWithRawResponse:
    """The challenges operations, returning the full `APIResponse` (status, headers, body, parsed result)."""

    def __init__(self, service: "ChallengesService") -> None:
        self.list: Final = to_raw_response_wrapper(service.list)
        self.add_checkpoints: Final = to_raw_response_wrapper(service.add_checkpoints)
        self.list_definitions: Final = to_raw_response_wrapper(service.list_definitions)
        self.get_definition: Final = to_raw_response_wrapper(service.get_definition)
        self.assign: Final = to_raw_response_wrapper(service.assign)
        self.get: Final = to_raw_response_wrapper(service.get)
        self.challenge_get_challenges: Final = self.list
        self.challenge_add_challenge_check_points: Final = self.add_checkpoints
        self.challenge_get_challenge_definitions: Final = self.list_definitions
        self.challenge_get_challenge_definition_by_id: Final = self.get_definition
        self.challenge_consent: Final = self.assign
        self.challenge_get_challenge_by_id: Final = self.get


class ChallengesService:
    """Challenges operations. Reach it as `client.challenges`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ChallengesServiceWithRawResponse:
        """The same operations, returning the full response instead of the parsed result."""
        return ChallengesServiceWithRawResponse(self)

    def list(
        self,
        *,
        contact_id: str,
        definition_id: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        count: int | Unset = UNSET,
        filter_: ChallengeFilter | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> ChallengeAssignmentModelsResult:
        """Get challenges

        GET /api/v2/challenges

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        The challenges a contact is assigned to, optionally for one challenge definition and filtered by
        state (all, active, completed or not completed), a page at a time.

        Args:
            contact_id: The contact whose challenges to list.
            definition_id: Only the challenges of this challenge definition.
            offset: How many items to skip before the page starts (default 0).
            count: How many items the page holds at most (default 100).
            filter_: All, Active, Completed or NotCompleted (default All).
        """
        return self._client.call(
            challenge_get_challenges.OPERATION,
            challenge_get_challenges._get_kwargs(
                contact_id=contact_id, definition_id=definition_id, offset=offset, count=count, filter_=filter_
            ),
            options,
        )

    def list_iter(
        self,
        *,
        contact_id: str,
        definition_id: str | Unset = UNSET,
        filter_: ChallengeFilter | Unset = UNSET,
        page_size: int = DEFAULT_PAGE_SIZE,
        **options: Unpack[CallOptions],
    ) -> Iterator[ChallengeAssignmentModel]:
        """Every item, fetched `page_size` per request as the iterator is consumed."""
        return iterate_pages(
            lambda offset, count: self.list(
                contact_id=contact_id,
                definition_id=definition_id,
                filter_=filter_,
                offset=offset,
                count=count,
                **options,
            ),
            page_size=page_size,
        )

    def add_checkpoints(
        self,
        *,
        request_body: Sequence[ChallengeCheckPointDto | ChallengeCheckPointDtoParam],
        **options: Unpack[CallOptions],
    ) -> AddCheckpointToChallengeAssignmentResult:
        """Add challenge check points

        POST /api/v2/challenges/checkpoints

        Retries: retried only when not delivered (connection failed) or on 429.

        Adds checkpoints to contacts' challenges: up to 1000 rows per call, each naming a definition id and
        a contact id (both GUIDs) and a number of checkpoints. Rows that are not correct are skipped while
        the call still succeeds; the answer lists them as not accepted.
        """
        return self._client.call(
            challenge_add_challenge_check_points.OPERATION,
            challenge_add_challenge_check_points._get_kwargs(request_body=request_body),
            options,
        )

    def list_definitions(
        self,
        *,
        offset: int | Unset = UNSET,
        count: int | Unset = UNSET,
        status: ChallengeDefinitionStatus | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> ChallengeDefinitionModelsResult:
        """Get challenge definitions

        GET /api/v2/challenges/definitions

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        The challenge definitions, filtered by status (all, active, draft or ended; all by default), a page
        at a time.

        Args:
            offset: How many items to skip before the page starts (default 0).
            count: How many items the page holds at most (default 100).
            status: All, Active, Draft or Ended (default All).
        """
        return self._client.call(
            challenge_get_challenge_definitions.OPERATION,
            challenge_get_challenge_definitions._get_kwargs(offset=offset, count=count, status=status),
            options,
        )

    def list_definitions_iter(
        self,
        *,
        status: ChallengeDefinitionStatus | Unset = UNSET,
        page_size: int = DEFAULT_PAGE_SIZE,
        **options: Unpack[CallOptions],
    ) -> Iterator[ChallengeDefinitionModel]:
        """Every item, fetched `page_size` per request as the iterator is consumed."""
        return iterate_pages(
            lambda offset, count: self.list_definitions(status=status, offset=offset, count=count, **options),
            page_size=page_size,
        )

    def get_definition(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> ChallengeDefinitionModel:
        """Get challenge definition by id

        GET /api/v2/challenges/definitions/{id}

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        One challenge definition.

        Args:
            id: The challenge definition's id.
        """
        return self._client.call(
            challenge_get_challenge_definition_by_id.OPERATION,
            challenge_get_challenge_definition_by_id._get_kwargs(id),
            options,
        )

    def assign(
        self,
        id: str,
        *,
        contact_id: str,
        **options: Unpack[CallOptions],
    ) -> bool:
        """Assign a contact to a challenge

        POST /api/v2/challenges/definitions/{id}/assign

        Retries: retried only when not delivered (connection failed) or on 429.

        Assigns a challenge to a contact (the contact consents to take part). Answers true, also when the
        contact already had it.

        Args:
            id: The challenge definition's id.
            contact_id: The contact who takes part.
        """
        return self._client.call(
            challenge_consent.OPERATION, challenge_consent._get_kwargs(id, contact_id=contact_id), options
        )

    def get(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> ChallengeAssignmentModel:
        """Get challenge by id

        GET /api/v2/challenges/{id}

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        One challenge assignment (a contact's progress in a challenge).

        Args:
            id: The challenge assignment's id.
        """
        return self._client.call(
            challenge_get_challenge_by_id.OPERATION, challenge_get_challenge_by_id._get_kwargs(id), options
        )

    # The published SDK's names (operationIds in snake case), so code written from its docs runs unchanged.
    challenge_get_challenges = list
    challenge_get_challenges_iter = list_iter
    challenge_add_challenge_check_points = add_checkpoints
    challenge_get_challenge_definitions = list_definitions
    challenge_get_challenge_definitions_iter = list_definitions_iter
    challenge_get_challenge_definition_by_id = get_definition
    challenge_consent = assign
    challenge_get_challenge_by_id = get


class AsyncChallengesServiceWithRawResponse:
    """The challenges operations, returning the full `APIResponse` (status, headers, body, parsed result)."""

    def __init__(self, service: "AsyncChallengesService") -> None:
        self.list: Final = async_to_raw_response_wrapper(service.list)
        self.add_checkpoints: Final = async_to_raw_response_wrapper(service.add_checkpoints)
        self.list_definitions: Final = async_to_raw_response_wrapper(service.list_definitions)
        self.get_definition: Final = async_to_raw_response_wrapper(service.get_definition)
        self.assign: Final = async_to_raw_response_wrapper(service.assign)
        self.get: Final = async_to_raw_response_wrapper(service.get)
        self.challenge_get_challenges: Final = self.list
        self.challenge_add_challenge_check_points: Final = self.add_checkpoints
        self.challenge_get_challenge_definitions: Final = self.list_definitions
        self.challenge_get_challenge_definition_by_id: Final = self.get_definition
        self.challenge_consent: Final = self.assign
        self.challenge_get_challenge_by_id: Final = self.get


class AsyncChallengesService:
    """Challenges operations (async). Reach it as `client.challenges`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncChallengesServiceWithRawResponse:
        """The same operations, returning the full response instead of the parsed result."""
        return AsyncChallengesServiceWithRawResponse(self)

    async def list(
        self,
        *,
        contact_id: str,
        definition_id: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        count: int | Unset = UNSET,
        filter_: ChallengeFilter | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> ChallengeAssignmentModelsResult:
        """Get challenges

        GET /api/v2/challenges

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        The challenges a contact is assigned to, optionally for one challenge definition and filtered by
        state (all, active, completed or not completed), a page at a time.

        Args:
            contact_id: The contact whose challenges to list.
            definition_id: Only the challenges of this challenge definition.
            offset: How many items to skip before the page starts (default 0).
            count: How many items the page holds at most (default 100).
            filter_: All, Active, Completed or NotCompleted (default All).
        """
        return await self._client.call(
            challenge_get_challenges.OPERATION,
            challenge_get_challenges._get_kwargs(
                contact_id=contact_id, definition_id=definition_id, offset=offset, count=count, filter_=filter_
            ),
            options,
        )

    def list_iter(
        self,
        *,
        contact_id: str,
        definition_id: str | Unset = UNSET,
        filter_: ChallengeFilter | Unset = UNSET,
        page_size: int = DEFAULT_PAGE_SIZE,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[ChallengeAssignmentModel]:
        """Every item, fetched `page_size` per request as the iterator is consumed."""
        return aiterate_pages(
            lambda offset, count: self.list(
                contact_id=contact_id,
                definition_id=definition_id,
                filter_=filter_,
                offset=offset,
                count=count,
                **options,
            ),
            page_size=page_size,
        )

    async def add_checkpoints(
        self,
        *,
        request_body: Sequence[ChallengeCheckPointDto | ChallengeCheckPointDtoParam],
        **options: Unpack[CallOptions],
    ) -> AddCheckpointToChallengeAssignmentResult:
        """Add challenge check points

        POST /api/v2/challenges/checkpoints

        Retries: retried only when not delivered (connection failed) or on 429.

        Adds checkpoints to contacts' challenges: up to 1000 rows per call, each naming a definition id and
        a contact id (both GUIDs) and a number of checkpoints. Rows that are not correct are skipped while
        the call still succeeds; the answer lists them as not accepted.
        """
        return await self._client.call(
            challenge_add_challenge_check_points.OPERATION,
            challenge_add_challenge_check_points._get_kwargs(request_body=request_body),
            options,
        )

    async def list_definitions(
        self,
        *,
        offset: int | Unset = UNSET,
        count: int | Unset = UNSET,
        status: ChallengeDefinitionStatus | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> ChallengeDefinitionModelsResult:
        """Get challenge definitions

        GET /api/v2/challenges/definitions

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        The challenge definitions, filtered by status (all, active, draft or ended; all by default), a page
        at a time.

        Args:
            offset: How many items to skip before the page starts (default 0).
            count: How many items the page holds at most (default 100).
            status: All, Active, Draft or Ended (default All).
        """
        return await self._client.call(
            challenge_get_challenge_definitions.OPERATION,
            challenge_get_challenge_definitions._get_kwargs(offset=offset, count=count, status=status),
            options,
        )

    def list_definitions_iter(
        self,
        *,
        status: ChallengeDefinitionStatus | Unset = UNSET,
        page_size: int = DEFAULT_PAGE_SIZE,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[ChallengeDefinitionModel]:
        """Every item, fetched `page_size` per request as the iterator is consumed."""
        return aiterate_pages(
            lambda offset, count: self.list_definitions(status=status, offset=offset, count=count, **options),
            page_size=page_size,
        )

    async def get_definition(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> ChallengeDefinitionModel:
        """Get challenge definition by id

        GET /api/v2/challenges/definitions/{id}

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        One challenge definition.

        Args:
            id: The challenge definition's id.
        """
        return await self._client.call(
            challenge_get_challenge_definition_by_id.OPERATION,
            challenge_get_challenge_definition_by_id._get_kwargs(id),
            options,
        )

    async def assign(
        self,
        id: str,
        *,
        contact_id: str,
        **options: Unpack[CallOptions],
    ) -> bool:
        """Assign a contact to a challenge

        POST /api/v2/challenges/definitions/{id}/assign

        Retries: retried only when not delivered (connection failed) or on 429.

        Assigns a challenge to a contact (the contact consents to take part). Answers true, also when the
        contact already had it.

        Args:
            id: The challenge definition's id.
            contact_id: The contact who takes part.
        """
        return await self._client.call(
            challenge_consent.OPERATION, challenge_consent._get_kwargs(id, contact_id=contact_id), options
        )

    async def get(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> ChallengeAssignmentModel:
        """Get challenge by id

        GET /api/v2/challenges/{id}

        Retries: retried on connection errors, timeouts, 408, 429 and 5xx.

        One challenge assignment (a contact's progress in a challenge).

        Args:
            id: The challenge assignment's id.
        """
        return await self._client.call(
            challenge_get_challenge_by_id.OPERATION, challenge_get_challenge_by_id._get_kwargs(id), options
        )

    # The published SDK's names (operationIds in snake case), so code written from its docs runs unchanged.
    challenge_get_challenges = list
    challenge_get_challenges_iter = list_iter
    challenge_add_challenge_check_points = add_checkpoints
    challenge_get_challenge_definitions = list_definitions
    challenge_get_challenge_definitions_iter = list_definitions_iter
    challenge_get_challenge_definition_by_id = get_definition
    challenge_consent = assign
    challenge_get_challenge_by_id = get
