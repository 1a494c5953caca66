# Generated from generator/templates/service.py.jinja by `make generate`; do not edit.
"""Challenges operations, reached as `VoyadoEngage.challenges`."""

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from functools import cached_property
from typing import Any, Unpack

from ..._base_client import APIResponse, AsyncAPIClient, SyncAPIClient
from ..._options import CallOptions
from ..._pagination import DEFAULT_PAGE_SIZE, aiterate_pages, iterate_pages
from ...models.add_checkpoint_to_challenge_assignment_result import AddCheckpointToChallengeAssignmentResult
from ...models.challenge_assignment_model import ChallengeAssignmentModel
from ...models.challenge_assignment_models_result import ChallengeAssignmentModelsResult
from ...models.challenge_check_point_dto import ChallengeCheckPointDto
from ...models.challenge_definition_model import ChallengeDefinitionModel
from ...models.challenge_definition_models_result import ChallengeDefinitionModelsResult
from ...models.challenge_get_challenge_definitions_status import ChallengeGetChallengeDefinitionsStatus
from ...models.challenge_get_challenges_filter import ChallengeGetChallengesFilter
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

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def challenge_get_challenges(
        self,
        *,
        contact_id: str,
        definition_id: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        count: int | Unset = UNSET,
        filter_: ChallengeGetChallengesFilter | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> APIResponse[ChallengeAssignmentModelsResult]:
        """Get challenges

        GET /api/v2/challenges

        Retries: idempotent.

        The challenges a contact is assigned to, optionally for one challenge definition and filtered by
        state (all, active, completed or not completed), a page at a time.

        Args:
            contact_id: The contact whose challenges to list.
            definition_id: Only the challenges of this challenge definition.
            offset: How many items to skip before the page starts (default 0).
            count: How many items the page holds at most (default 100).
            filter_: All, Active, Completed or NotCompleted (default All).
        """
        return challenge_get_challenges.sync_detailed(
            self._client,
            contact_id=contact_id,
            definition_id=definition_id,
            offset=offset,
            count=count,
            filter_=filter_,
            options=options,
        )

    def challenge_add_challenge_check_points(
        self,
        *,
        request_body: Sequence[ChallengeCheckPointDto | Mapping[str, Any]],
        **options: Unpack[CallOptions],
    ) -> APIResponse[AddCheckpointToChallengeAssignmentResult]:
        """Add challenge check points

        POST /api/v2/challenges/checkpoints

        Retries: not processed only.

        Adds checkpoints to contacts' challenges: up to 1000 rows per call, each naming a definition id and
        a contact id (both GUIDs) and a number of checkpoints. Rows that are not correct are skipped while
        the call still succeeds; the answer lists them as not accepted.
        """
        return challenge_add_challenge_check_points.sync_detailed(self._client, body=request_body, options=options)

    def challenge_get_challenge_definitions(
        self,
        *,
        offset: int | Unset = UNSET,
        count: int | Unset = UNSET,
        status: ChallengeGetChallengeDefinitionsStatus | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> APIResponse[ChallengeDefinitionModelsResult]:
        """Get challenge definitions

        GET /api/v2/challenges/definitions

        Retries: idempotent.

        The challenge definitions, filtered by status (all, active, draft or ended; all by default), a page
        at a time.

        Args:
            offset: How many items to skip before the page starts (default 0).
            count: How many items the page holds at most (default 100).
            status: All, Active, Draft or Ended (default All).
        """
        return challenge_get_challenge_definitions.sync_detailed(
            self._client, offset=offset, count=count, status=status, options=options
        )

    def challenge_get_challenge_definition_by_id(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> APIResponse[ChallengeDefinitionModel]:
        """Get challenge definition by id

        GET /api/v2/challenges/definitions/{id}

        Retries: idempotent.

        One challenge definition.

        Args:
            id: The challenge definition's id.
        """
        return challenge_get_challenge_definition_by_id.sync_detailed(self._client, id, options=options)

    def challenge_consent(
        self,
        id: str,
        *,
        contact_id: str,
        **options: Unpack[CallOptions],
    ) -> APIResponse[bool]:
        """Consent

        POST /api/v2/challenges/definitions/{id}/assign

        Retries: not processed only.

        Assigns a challenge to a contact (the contact consents to take part). Answers true, also when the
        contact already had it.

        Args:
            id: The challenge definition's id.
            contact_id: The contact who takes part.
        """
        return challenge_consent.sync_detailed(self._client, id, contact_id=contact_id, options=options)

    def challenge_get_challenge_by_id(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> APIResponse[ChallengeAssignmentModel]:
        """Get challenge by id

        GET /api/v2/challenges/{id}

        Retries: idempotent.

        One challenge assignment (a contact's progress in a challenge).

        Args:
            id: The challenge assignment's id.
        """
        return challenge_get_challenge_by_id.sync_detailed(self._client, id, options=options)


class ChallengesService:
    """Challenges operations. Reach it as `client.challenges`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ChallengesServiceWithRawResponse:
        """The same operations, returning the full response instead of the parsed result."""
        return ChallengesServiceWithRawResponse(self._client)

    def challenge_get_challenges(
        self,
        *,
        contact_id: str,
        definition_id: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        count: int | Unset = UNSET,
        filter_: ChallengeGetChallengesFilter | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> ChallengeAssignmentModelsResult:
        """Get challenges

        GET /api/v2/challenges

        Retries: idempotent.

        The challenges a contact is assigned to, optionally for one challenge definition and filtered by
        state (all, active, completed or not completed), a page at a time.

        Args:
            contact_id: The contact whose challenges to list.
            definition_id: Only the challenges of this challenge definition.
            offset: How many items to skip before the page starts (default 0).
            count: How many items the page holds at most (default 100).
            filter_: All, Active, Completed or NotCompleted (default All).
        """
        return challenge_get_challenges.sync(
            self._client,
            contact_id=contact_id,
            definition_id=definition_id,
            offset=offset,
            count=count,
            filter_=filter_,
            options=options,
        )

    def challenge_get_challenges_iter(
        self,
        *,
        contact_id: str,
        definition_id: str | Unset = UNSET,
        filter_: ChallengeGetChallengesFilter | Unset = UNSET,
        page_size: int = DEFAULT_PAGE_SIZE,
        **options: Unpack[CallOptions],
    ) -> Iterator[ChallengeAssignmentModel]:
        """Every item, fetched `page_size` per request as the iterator is consumed."""
        return iterate_pages(
            lambda offset, count: self.challenge_get_challenges(
                contact_id=contact_id,
                definition_id=definition_id,
                filter_=filter_,
                offset=offset,
                count=count,
                **options,
            ),
            page_size=page_size,
        )

    def challenge_add_challenge_check_points(
        self,
        *,
        request_body: Sequence[ChallengeCheckPointDto | Mapping[str, Any]],
        **options: Unpack[CallOptions],
    ) -> AddCheckpointToChallengeAssignmentResult:
        """Add challenge check points

        POST /api/v2/challenges/checkpoints

        Retries: not processed only.

        Adds checkpoints to contacts' challenges: up to 1000 rows per call, each naming a definition id and
        a contact id (both GUIDs) and a number of checkpoints. Rows that are not correct are skipped while
        the call still succeeds; the answer lists them as not accepted.
        """
        return challenge_add_challenge_check_points.sync(self._client, body=request_body, options=options)

    def challenge_get_challenge_definitions(
        self,
        *,
        offset: int | Unset = UNSET,
        count: int | Unset = UNSET,
        status: ChallengeGetChallengeDefinitionsStatus | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> ChallengeDefinitionModelsResult:
        """Get challenge definitions

        GET /api/v2/challenges/definitions

        Retries: idempotent.

        The challenge definitions, filtered by status (all, active, draft or ended; all by default), a page
        at a time.

        Args:
            offset: How many items to skip before the page starts (default 0).
            count: How many items the page holds at most (default 100).
            status: All, Active, Draft or Ended (default All).
        """
        return challenge_get_challenge_definitions.sync(
            self._client, offset=offset, count=count, status=status, options=options
        )

    def challenge_get_challenge_definitions_iter(
        self,
        *,
        status: ChallengeGetChallengeDefinitionsStatus | Unset = UNSET,
        page_size: int = DEFAULT_PAGE_SIZE,
        **options: Unpack[CallOptions],
    ) -> Iterator[ChallengeDefinitionModel]:
        """Every item, fetched `page_size` per request as the iterator is consumed."""
        return iterate_pages(
            lambda offset, count: self.challenge_get_challenge_definitions(
                status=status, offset=offset, count=count, **options
            ),
            page_size=page_size,
        )

    def challenge_get_challenge_definition_by_id(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> ChallengeDefinitionModel:
        """Get challenge definition by id

        GET /api/v2/challenges/definitions/{id}

        Retries: idempotent.

        One challenge definition.

        Args:
            id: The challenge definition's id.
        """
        return challenge_get_challenge_definition_by_id.sync(self._client, id, options=options)

    def challenge_consent(
        self,
        id: str,
        *,
        contact_id: str,
        **options: Unpack[CallOptions],
    ) -> bool:
        """Consent

        POST /api/v2/challenges/definitions/{id}/assign

        Retries: not processed only.

        Assigns a challenge to a contact (the contact consents to take part). Answers true, also when the
        contact already had it.

        Args:
            id: The challenge definition's id.
            contact_id: The contact who takes part.
        """
        return challenge_consent.sync(self._client, id, contact_id=contact_id, options=options)

    def challenge_get_challenge_by_id(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> ChallengeAssignmentModel:
        """Get challenge by id

        GET /api/v2/challenges/{id}

        Retries: idempotent.

        One challenge assignment (a contact's progress in a challenge).

        Args:
            id: The challenge assignment's id.
        """
        return challenge_get_challenge_by_id.sync(self._client, id, options=options)


class AsyncChallengesServiceWithRawResponse:
    """The challenges operations, returning the full `APIResponse` (status, headers, body, parsed result)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def challenge_get_challenges(
        self,
        *,
        contact_id: str,
        definition_id: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        count: int | Unset = UNSET,
        filter_: ChallengeGetChallengesFilter | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> APIResponse[ChallengeAssignmentModelsResult]:
        """Get challenges

        GET /api/v2/challenges

        Retries: idempotent.

        The challenges a contact is assigned to, optionally for one challenge definition and filtered by
        state (all, active, completed or not completed), a page at a time.

        Args:
            contact_id: The contact whose challenges to list.
            definition_id: Only the challenges of this challenge definition.
            offset: How many items to skip before the page starts (default 0).
            count: How many items the page holds at most (default 100).
            filter_: All, Active, Completed or NotCompleted (default All).
        """
        return await challenge_get_challenges.asyncio_detailed(
            self._client,
            contact_id=contact_id,
            definition_id=definition_id,
            offset=offset,
            count=count,
            filter_=filter_,
            options=options,
        )

    async def challenge_add_challenge_check_points(
        self,
        *,
        request_body: Sequence[ChallengeCheckPointDto | Mapping[str, Any]],
        **options: Unpack[CallOptions],
    ) -> APIResponse[AddCheckpointToChallengeAssignmentResult]:
        """Add challenge check points

        POST /api/v2/challenges/checkpoints

        Retries: not processed only.

        Adds checkpoints to contacts' challenges: up to 1000 rows per call, each naming a definition id and
        a contact id (both GUIDs) and a number of checkpoints. Rows that are not correct are skipped while
        the call still succeeds; the answer lists them as not accepted.
        """
        return await challenge_add_challenge_check_points.asyncio_detailed(
            self._client, body=request_body, options=options
        )

    async def challenge_get_challenge_definitions(
        self,
        *,
        offset: int | Unset = UNSET,
        count: int | Unset = UNSET,
        status: ChallengeGetChallengeDefinitionsStatus | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> APIResponse[ChallengeDefinitionModelsResult]:
        """Get challenge definitions

        GET /api/v2/challenges/definitions

        Retries: idempotent.

        The challenge definitions, filtered by status (all, active, draft or ended; all by default), a page
        at a time.

        Args:
            offset: How many items to skip before the page starts (default 0).
            count: How many items the page holds at most (default 100).
            status: All, Active, Draft or Ended (default All).
        """
        return await challenge_get_challenge_definitions.asyncio_detailed(
            self._client, offset=offset, count=count, status=status, options=options
        )

    async def challenge_get_challenge_definition_by_id(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> APIResponse[ChallengeDefinitionModel]:
        """Get challenge definition by id

        GET /api/v2/challenges/definitions/{id}

        Retries: idempotent.

        One challenge definition.

        Args:
            id: The challenge definition's id.
        """
        return await challenge_get_challenge_definition_by_id.asyncio_detailed(self._client, id, options=options)

    async def challenge_consent(
        self,
        id: str,
        *,
        contact_id: str,
        **options: Unpack[CallOptions],
    ) -> APIResponse[bool]:
        """Consent

        POST /api/v2/challenges/definitions/{id}/assign

        Retries: not processed only.

        Assigns a challenge to a contact (the contact consents to take part). Answers true, also when the
        contact already had it.

        Args:
            id: The challenge definition's id.
            contact_id: The contact who takes part.
        """
        return await challenge_consent.asyncio_detailed(self._client, id, contact_id=contact_id, options=options)

    async def challenge_get_challenge_by_id(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> APIResponse[ChallengeAssignmentModel]:
        """Get challenge by id

        GET /api/v2/challenges/{id}

        Retries: idempotent.

        One challenge assignment (a contact's progress in a challenge).

        Args:
            id: The challenge assignment's id.
        """
        return await challenge_get_challenge_by_id.asyncio_detailed(self._client, id, options=options)


class AsyncChallengesService:
    """Challenges operations (async). Reach it as `client.challenges`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncChallengesServiceWithRawResponse:
        """The same operations, returning the full response instead of the parsed result."""
        return AsyncChallengesServiceWithRawResponse(self._client)

    async def challenge_get_challenges(
        self,
        *,
        contact_id: str,
        definition_id: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        count: int | Unset = UNSET,
        filter_: ChallengeGetChallengesFilter | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> ChallengeAssignmentModelsResult:
        """Get challenges

        GET /api/v2/challenges

        Retries: idempotent.

        The challenges a contact is assigned to, optionally for one challenge definition and filtered by
        state (all, active, completed or not completed), a page at a time.

        Args:
            contact_id: The contact whose challenges to list.
            definition_id: Only the challenges of this challenge definition.
            offset: How many items to skip before the page starts (default 0).
            count: How many items the page holds at most (default 100).
            filter_: All, Active, Completed or NotCompleted (default All).
        """
        return await challenge_get_challenges.asyncio(
            self._client,
            contact_id=contact_id,
            definition_id=definition_id,
            offset=offset,
            count=count,
            filter_=filter_,
            options=options,
        )

    def challenge_get_challenges_iter(
        self,
        *,
        contact_id: str,
        definition_id: str | Unset = UNSET,
        filter_: ChallengeGetChallengesFilter | Unset = UNSET,
        page_size: int = DEFAULT_PAGE_SIZE,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[ChallengeAssignmentModel]:
        """Every item, fetched `page_size` per request as the iterator is consumed."""
        return aiterate_pages(
            lambda offset, count: self.challenge_get_challenges(
                contact_id=contact_id,
                definition_id=definition_id,
                filter_=filter_,
                offset=offset,
                count=count,
                **options,
            ),
            page_size=page_size,
        )

    async def challenge_add_challenge_check_points(
        self,
        *,
        request_body: Sequence[ChallengeCheckPointDto | Mapping[str, Any]],
        **options: Unpack[CallOptions],
    ) -> AddCheckpointToChallengeAssignmentResult:
        """Add challenge check points

        POST /api/v2/challenges/checkpoints

        Retries: not processed only.

        Adds checkpoints to contacts' challenges: up to 1000 rows per call, each naming a definition id and
        a contact id (both GUIDs) and a number of checkpoints. Rows that are not correct are skipped while
        the call still succeeds; the answer lists them as not accepted.
        """
        return await challenge_add_challenge_check_points.asyncio(self._client, body=request_body, options=options)

    async def challenge_get_challenge_definitions(
        self,
        *,
        offset: int | Unset = UNSET,
        count: int | Unset = UNSET,
        status: ChallengeGetChallengeDefinitionsStatus | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> ChallengeDefinitionModelsResult:
        """Get challenge definitions

        GET /api/v2/challenges/definitions

        Retries: idempotent.

        The challenge definitions, filtered by status (all, active, draft or ended; all by default), a page
        at a time.

        Args:
            offset: How many items to skip before the page starts (default 0).
            count: How many items the page holds at most (default 100).
            status: All, Active, Draft or Ended (default All).
        """
        return await challenge_get_challenge_definitions.asyncio(
            self._client, offset=offset, count=count, status=status, options=options
        )

    def challenge_get_challenge_definitions_iter(
        self,
        *,
        status: ChallengeGetChallengeDefinitionsStatus | Unset = UNSET,
        page_size: int = DEFAULT_PAGE_SIZE,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[ChallengeDefinitionModel]:
        """Every item, fetched `page_size` per request as the iterator is consumed."""
        return aiterate_pages(
            lambda offset, count: self.challenge_get_challenge_definitions(
                status=status, offset=offset, count=count, **options
            ),
            page_size=page_size,
        )

    async def challenge_get_challenge_definition_by_id(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> ChallengeDefinitionModel:
        """Get challenge definition by id

        GET /api/v2/challenges/definitions/{id}

        Retries: idempotent.

        One challenge definition.

        Args:
            id: The challenge definition's id.
        """
        return await challenge_get_challenge_definition_by_id.asyncio(self._client, id, options=options)

    async def challenge_consent(
        self,
        id: str,
        *,
        contact_id: str,
        **options: Unpack[CallOptions],
    ) -> bool:
        """Consent

        POST /api/v2/challenges/definitions/{id}/assign

        Retries: not processed only.

        Assigns a challenge to a contact (the contact consents to take part). Answers true, also when the
        contact already had it.

        Args:
            id: The challenge definition's id.
            contact_id: The contact who takes part.
        """
        return await challenge_consent.asyncio(self._client, id, contact_id=contact_id, options=options)

    async def challenge_get_challenge_by_id(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> ChallengeAssignmentModel:
        """Get challenge by id

        GET /api/v2/challenges/{id}

        Retries: idempotent.

        One challenge assignment (a contact's progress in a challenge).

        Args:
            id: The challenge assignment's id.
        """
        return await challenge_get_challenge_by_id.asyncio(self._client, id, options=options)
