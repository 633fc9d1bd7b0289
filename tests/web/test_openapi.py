"""Property-based run of the whole API from its own OpenAPI schema (schemathesis): no input gives a 5xx."""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, given, settings

from presstrace.web.app import create_app


def test_no_input_gives_a_server_error(store_db):
    schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(store_db))
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 10

    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=40, deadline=None, database=None, suppress_health_check=list(HealthCheck))
        def no_5xx(case):
            response = case.call()
            assert response.status_code < 500, f"{case.method} {case.formatted_path} {case.query}"

        no_5xx()
