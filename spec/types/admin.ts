// Generated from spec/admin.yaml by `npm run gen:types`. Do not edit: change the spec and regenerate.
export interface paths {
    "/__admin/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Health and counters */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__admin/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reset every session, or one
         * @description Empties the store, journal, idempotency keys, rate-limit windows, one-shot stubs and scenario
         *     progress, and puts back the start-up scenario and data set.
         */
        post: operations["reset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__admin/state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Dump a session's state */
        get: operations["dumpState"];
        /** Replace a session's state with a dump */
        put: operations["loadState"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__admin/scenarios": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List scenarios and where each is active */
        get: operations["listScenarios"];
        put?: never;
        /** Add (or replace) a scenario */
        post: operations["registerScenario"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__admin/scenarios/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate the scenario of a session, or the global one */
        post: operations["deactivateScenario"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__admin/scenarios/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One scenario */
        get: operations["getScenario"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__admin/scenarios/{name}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Activate a scenario for a session, or for every session
         * @description Activation starts the scenario's sequence from its first step.
         */
        post: operations["activateScenario"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__admin/stubs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List queued one-shot stubs */
        get: operations["listStubs"];
        put?: never;
        /** Queue the next N responses of an operation */
        post: operations["queueStub"];
        /** Drop queued stubs */
        delete: operations["clearStubs"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__admin/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find journaled requests
         * @description Newest last. Filters combine with AND.
         */
        get: operations["listRequests"];
        put?: never;
        post?: never;
        /** Empty the journal of a session, or of all */
        delete: operations["clearRequests"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__admin/requests/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Count journaled requests */
        get: operations["countRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__admin/near-misses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rejected requests, with the rule each broke and how to fix it */
        get: operations["listNearMisses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__admin/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the sessions and what each holds
         * @description The default session first, then the others, most recently used first.
         */
        get: operations["listSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__admin/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A live feed of journaled requests and admin changes (server-sent events)
         * @description A `text/event-stream` that stays open. Three events:
         *
         *     - `request` (its `id` is the journal id): the JournalEntry of each request journaled in the session
         *       (every session without `session`), sent in batches as they arrive;
         *     - `changed`: an AdminChange, after every admin call that changed something (reset, scenario,
         *       data set, state, stubs, clock…): reload what you show;
         *     - `overflow`: a StreamOverflow, when requests came faster than the client read them and some were
         *       skipped: reload the journal.
         *
         *     With `after`, the entries journaled after that id are sent first, so a client that listed the journal
         *     and then subscribes misses nothing. A comment line is sent every 15 s to keep the connection open.
         *     The inspector (`/__inspector`) reads it with `fetch`, so the admin token header reaches it too.
         */
        get: operations["streamEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__admin/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * This document, as JSON
         * @description spec/admin.yaml with the schemas it takes from spec/openapi.yaml bundled in, and `servers` pointing at
         *     this mock (the origin the request was sent to). `/docs` renders it.
         */
        get: operations["getAdminOpenApi"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__admin/datasets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the data sets the mock can load */
        get: operations["listDatasets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__admin/datasets/{name}/load": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a session, or every session, from a data set
         * @description Loads the data set (its orgs join the fixtures, with their API keys) and resets the session to its
         *     opportunities; without `session`, every session starts from it from now on (and after a reset).
         */
        post: operations["loadDataset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__admin/clock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The mock's time */
        get: operations["getClock"];
        put?: never;
        /** Freeze time at an instant, or move it forward */
        post: operations["setClock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description Codes of the answers the mock itself gives, on any route, before the API or the admin API reads the
         *     request: `host_not_allowed` (421), `origin_not_allowed` (403), `admin_token_required` (401),
         *     `outside_base_path` (404: a fetch handler's request outside its `basePath`), and Node's HTTP-level
         *     rejections re-sent as JSON: `bad_request` (400), `request_timeout` (408), `header_fields_too_large` (431).
         * @enum {string}
         */
        MockErrorCode: "host_not_allowed" | "origin_not_allowed" | "admin_token_required" | "outside_base_path" | "bad_request" | "request_timeout" | "header_fields_too_large";
        MockErrorResponse: {
            error: {
                code: components["schemas"]["MockErrorCode"];
                message: string;
            };
        };
        SessionId: string;
        /** @description Kebab-case, e.g. `fail-twice-then-succeed`. It doubles as a Pact provider-state name. */
        ScenarioName: string;
        Health: {
            /** @constant */
            status: "ok";
            version: string;
            uptime_s: number;
            seed: number;
            clock: components["schemas"]["ClockState"];
            sessions: number;
            /** @description Stored in every session. */
            opportunities: number;
            /** @description Dropped, oldest first, to keep sessions within --max-opportunities or the memory budget. */
            evicted_opportunities: number;
            /** @description API requests answered since start. */
            requests: number;
            self_check_failures: number;
            scenarios: number;
            /** @description The data set new sessions start from. */
            dataset: string | null;
            memory: components["schemas"]["MemoryHealth"];
            api_version?: components["schemas"]["ApiVersion"];
        };
        /**
         * @description The memory budget (`--max-memory-mb`) across every session's opportunities, journal, idempotency keys and
         *     created tags, by estimated size; what it evicted, oldest first across sessions; and the process's own numbers.
         */
        MemoryHealth: {
            limit_bytes: number;
            /** @description The estimated size of what the sessions hold now. */
            used_bytes: number;
            /** @description Records evicted to stay within the budget since start. */
            evicted: {
                opportunities: number;
                journal_entries: number;
                idempotency_keys: number;
                tags: number;
            };
            /** @description The process's resident set size. */
            rss_bytes: number;
            /** @description V8's heap in use (garbage not yet collected included). */
            heap_used_bytes: number;
        };
        /**
         * @description The Monaco document the mock conforms to (`--api-version`).
         * @enum {string}
         */
        ApiVersion: "2026-07-31" | "2026-08-19";
        /** @description A tag created through `POST /v1/tags/` in the session. */
        CreatedTag: {
            /** Format: uuid */
            org_id: string;
            object: components["schemas"]["TagObject"];
            tag: components["schemas"]["TagResponse"];
        };
        ResetResult: {
            /** @description `all`, or the session id. */
            reset: string;
        };
        StoredOpportunity: {
            /** Format: uuid */
            org_id: string;
            data: components["schemas"]["OpportunityResponse"];
        };
        IdempotencyRecord: {
            /** Format: uuid */
            org_id: string;
            /** Format: uuid */
            key: string;
            /** @description The canonical JSON of the fields the API reads. */
            fingerprint: string;
            /** Format: uuid */
            opportunity_id: string;
            /** Format: date-time */
            expires_at: string;
        };
        SessionState: {
            session: components["schemas"]["SessionId"];
            /** @description Creates so far; seeds the next generated opportunity. */
            creates: number;
            opportunities: components["schemas"]["StoredOpportunity"][];
            idempotency: components["schemas"]["IdempotencyRecord"][];
            /** @description The scenario active in this session and how far its sequence went. */
            scenario?: components["schemas"]["ScenarioProgress"] | null;
            /** @description Tags created through the API in this session, oldest first. */
            tags?: components["schemas"]["CreatedTag"][];
            /**
             * @description The API version the opportunities are written for (a dump carries its mock's). A mock of another
             *     version converts them as it loads them (amounts, stage names). Absent: the loading mock's.
             */
            api_version?: components["schemas"]["ApiVersion"];
        };
        ScenarioProgress: {
            name: components["schemas"]["ScenarioName"];
            /** @description Requests the scenario has answered in this session. */
            requests: number;
        };
        StateLoaded: {
            session: components["schemas"]["SessionId"];
            opportunities: number;
            idempotency: number;
            tags?: number;
        };
        /** @description A delay before answering. */
        Latency: {
            /** @constant */
            distribution: "fixed";
            ms: number;
        } | {
            /** @constant */
            distribution: "uniform";
            min_ms: number;
            max_ms: number;
        } | {
            /** @constant */
            distribution: "normal";
            mean_ms: number;
            std_dev_ms: number;
        };
        /**
         * @description `connection-reset` resets the TCP connection; `empty-response` closes it without a byte;
         *     `timeout` holds the request for `timeout_ms` (default 30000), then closes the connection.
         * @enum {string}
         */
        Fault: "connection-reset" | "empty-response" | "timeout";
        /**
         * @description Answer with this status (one the operation declares in spec/openapi.yaml). The body is the named
         *     example of that status, or its first; `message` replaces the error message (`{{body.account_id}}`
         *     and `{{path.opportunity_id}}` are filled from the request). A status of 200 runs the normal create.
         */
        ForcedResponse: {
            status: number;
            example?: string;
            message?: string;
            /**
             * @description Headers added to the answer: names are HTTP tokens, values tab, printable ASCII or Latin-1 (no line
             *     breaks). The mock frames the body itself: `Content-Length`, `Transfer-Encoding` and `Connection` are refused.
             */
            headers?: {
                [key: string]: string;
            };
        };
        /** @description What the next `times` matching requests get. A step with no `respond` or `fault` behaves normally (after its latency). */
        Step: {
            /** @default 1 */
            times?: number;
            respond?: components["schemas"]["ForcedResponse"];
            fault?: components["schemas"]["Fault"];
            timeout_ms?: number;
            latency?: components["schemas"]["Latency"];
        };
        /**
         * Scenario
         * @description A named, described override layer. Scenario files live in `fixtures/scenarios/*.json`.
         */
        Scenario: {
            $schema?: string;
            name: components["schemas"]["ScenarioName"];
            description: string;
            /** @description The operationIds it applies to (default every operation of spec/openapi.yaml). */
            operations?: string[];
            /**
             * @description Overrides the references mode while active.
             * @enum {string}
             */
            references?: "lenient" | "strict";
            /** @enum {string} */
            profile?: "realistic" | "minimal";
            /**
             * @description Every key acts read-only (creates answer 403).
             * @enum {string}
             */
            access?: "read_only";
            /** @description Enforces this rate limit while active. */
            rate_limit?: {
                limit: number;
                window_ms?: number;
            };
            latency?: components["schemas"]["Latency"];
            /** @description A sequence, advanced per session by each matching request. */
            steps?: components["schemas"]["Step"][];
            /**
             * @description Once the steps are used up: `pass` behaves normally, `repeat` keeps the last step, `loop` starts over.
             * @default pass
             * @enum {string}
             */
            after?: "pass" | "repeat" | "loop";
        };
        ScenarioSummary: {
            name: components["schemas"]["ScenarioName"];
            description: string;
            /** @description Sessions where it is active (`*` = every session without its own). */
            active_in: string[];
        };
        ScenarioList: {
            scenarios: components["schemas"]["ScenarioSummary"][];
        };
        Activation: {
            /** @description The session, or `*` for the global default. */
            session: string;
            scenario: string | null;
        };
        /**
         * Stub
         * @description Queue the next `times` responses of an operation in a session.
         */
        Stub: {
            /** @description An operationId of spec/openapi.yaml. */
            operation: string;
            session?: components["schemas"]["SessionId"];
            /** @default 1 */
            times?: number;
            respond?: components["schemas"]["ForcedResponse"];
            fault?: components["schemas"]["Fault"];
            timeout_ms?: number;
            latency?: components["schemas"]["Latency"];
        };
        QueuedStub: {
            id: number;
            operation: string;
            session: string;
            remaining: number;
            respond?: components["schemas"]["ForcedResponse"];
            fault?: components["schemas"]["Fault"];
        };
        StubList: {
            stubs: components["schemas"]["QueuedStub"][];
        };
        Deleted: {
            deleted: number;
        };
        Count: {
            count: number;
        };
        /** @description Whether the request was valid for its operation, and if not, why. */
        Verdict: {
            valid: boolean;
            errors: components["schemas"]["ValidationErrorItem"][];
        };
        /**
         * @description For a rejected request — the rule it broke and how to fix it; for an accepted one, a hint when it likely
         *     did not do what was meant (`idempotency.header-ignored`: an `Idempotency-Key` header, which Monaco ignores).
         */
        Diagnosis: {
            /** @description e.g. `auth.missing-key`, `body.schema`, `route.unknown`. */
            rule: string;
            problem: string;
            fix: string;
        };
        Applied: {
            /** @description The preferences honoured (as in `Preference-Applied`). */
            preferences: string[];
            scenario?: string;
            stub?: number;
            fault?: components["schemas"]["Fault"];
            delay_ms?: number;
        };
        JournalEntry: {
            id: number;
            /**
             * Format: date-time
             * @description Arrival, on the mock's clock.
             */
            time: string;
            session: string;
            method: string;
            path: string;
            query: {
                [key: string]: string;
            };
            /** @description The operationId the route matched, if any. */
            operation: string | null;
            /**
             * @description Request headers, credentials redacted (docs/security.md lists which): API keys are shown as `mks_…`
             *     plus their last 4 characters, other credentials as `[redacted]`, cookies by name only.
             */
            headers: {
                [key: string]: string;
            };
            /**
             * @description The parsed JSON body (credential fields redacted, nesting cut at 32 levels), or the raw text (cut at
             *     16 KB) when it is not JSON; null when empty.
             */
            body: unknown;
            /** @description The status sent; null when a fault sent none. */
            status: number | null;
            duration_ms: number;
            verdict: components["schemas"]["Verdict"];
            applied: components["schemas"]["Applied"];
            diagnosis?: components["schemas"]["Diagnosis"];
            /**
             * @description Present when `body` is not the whole body: `bytes` is the size of a body shown only in part (its
             *     first 16 KB), `depth` the nesting level below which values were replaced by a marker string.
             */
            truncated?: {
                bytes?: number;
                depth?: number;
            };
            response?: components["schemas"]["JournaledResponse"];
        };
        /** @description What the mock answered (absent when a fault sent nothing). */
        JournaledResponse: {
            /** @description The response headers, names in lower case. */
            headers: {
                [key: string]: string;
            };
            /** @description The JSON body sent, or null when there was none. */
            body: unknown;
        };
        RequestList: {
            requests: components["schemas"]["JournalEntry"][];
            /** @description How many entries matched before `limit`. */
            total: number;
        };
        DatasetSummary: {
            name: string;
            description: string;
            /** @description Sessions that start from it (`*` = every session that has not loaded another). */
            active_in: string[];
        };
        DatasetList: {
            datasets: components["schemas"]["DatasetSummary"][];
        };
        DatasetLoaded: {
            dataset: string;
            /** @description The session, or `*` for every session. */
            session: string;
            /** @description The data set's orgs (now known to the mock, with their keys). */
            orgs: string[];
            opportunities: number;
        };
        ClockState: {
            /** Format: date-time */
            now: string;
            frozen: boolean;
        };
        ClockChange: {
            /**
             * Format: date-time
             * @description Freeze time at this instant.
             */
            set?: string;
            /** @description Move time forward. */
            advance_ms?: number;
        };
        SessionSummary: {
            id: components["schemas"]["SessionId"];
            /** @description Requests in its journal. */
            requests: number;
            opportunities: number;
            /** @description One-shot stubs still queued. */
            stubs: number;
            /** @description The scenario in force (its own, or the global one). */
            scenario: string | null;
            /** @description The data set it starts from. */
            dataset: string | null;
        };
        SessionList: {
            sessions: components["schemas"]["SessionSummary"][];
        };
        /** @description The `data` of one event of `GET /__admin/events`. */
        AdminEventData: components["schemas"]["JournalEntry"] | components["schemas"]["AdminChange"] | components["schemas"]["StreamOverflow"];
        /** @description The `data` of a `changed` event. */
        AdminChange: {
            /** @description The admin operationId that changed something, e.g. `reset`, `activateScenario`. */
            operation: string;
            /** @description The session it changed, or null for every session. */
            session: string | null;
        };
        /** @description The `data` of an `overflow` event. */
        StreamOverflow: {
            /** @description Requests not sent; list the journal to catch up. */
            skipped: number;
        };
        /** @description An OpenAPI 3.1 document. */
        OpenApiDocument: {
            openapi: string;
            info: Record<string, never>;
            servers: {
                url: string;
            }[];
            paths: Record<string, never>;
            components: Record<string, never>;
        };
        /**
         * @description Machine-readable error code.
         * @enum {string}
         */
        ErrorCode: "validation_error" | "not_found" | "idempotency_conflict" | "forbidden" | "rate_limited" | "payload_too_large" | "method_not_allowed" | "internal_error" | "service_unavailable" | "conflict";
        /**
         * ValidationErrorItem
         * @description One failing field, in FastAPI/Pydantic's `loc`/`msg`/`type` form.
         */
        ValidationErrorItem: {
            /** @description Where the failure is, e.g. `["body", "account_id"]` or `["path", "opportunity_id"]`. */
            loc: (string | number)[];
            /** @description What is wrong, for a human. */
            msg: string;
            /** @description Pydantic-style error type, e.g. `missing`, `uuid_parsing`, `json_invalid`. */
            type: string;
        };
        /** ErrorDetail */
        ErrorDetail: {
            code: components["schemas"]["ErrorCode"];
            /** @description Human-readable error message. */
            message: string;
            /** @description Present on `validation_error` only — one entry per failing field. */
            details?: components["schemas"]["ValidationErrorItem"][];
        };
        /**
         * PublicErrorResponse
         * @description Monaco's error envelope, for every error except 401.
         */
        PublicErrorResponse: {
            error: components["schemas"]["ErrorDetail"];
        };
        /**
         * @description The value of a custom field (`custom_field_<uuid>` key). Its type follows the field's definition:
         *     text, select (the option key), number, date (`YYYY-MM-DD`), boolean, or a list of option keys.
         */
        CustomFieldValue: string | number | boolean | string[] | null;
        /** @description A response object's keys beyond the declared ones are `custom_field_<uuid>` only. */
        ResponseKey: string | unknown | unknown | "custom_field_explanations";
        /**
         * Format: uuid
         * @description A UUID, e.g. `8d116ece-1738-47d9-bd9c-172411e20b8f`.
         */
        Uuid: string;
        /**
         * OwnerInfo
         * @description The user who owns the opportunity.
         */
        OwnerInfo: {
            /** @description The user's id. */
            id: components["schemas"]["Uuid"];
            /** @example Jane */
            first_name: string | null;
            /** @example Smith */
            last_name: string | null;
        };
        /**
         * EstimatedValue
         * @description Estimated monetary value. `amount` is an integer whose unit follows the Monaco document the mock conforms
         *     to (`--api-version`, decision D9): under 2026-08-19 (the default) a unit quantity of the currency
         *     (50000 = 50,000 USD); under 2026-07-31 minor units (5000000 = 50,000.00 USD).
         */
        EstimatedValue: {
            /**
             * @description ISO 4217 currency code.
             * @example USD
             */
            currency_code?: string | null;
            /**
             * @description Unit quantity of the currency under 2026-08-19 (50000 = 50,000 USD); minor units (cents) under
             *     2026-07-31 (5000000). Bounded to what JSON numbers carry exactly.
             * @example 50000
             */
            amount?: number | null;
        };
        /** CustomFieldCitation */
        CustomFieldCitation: {
            url: string | null;
            title: string | null;
            excerpts: string[] | null;
        };
        /**
         * CustomFieldExplanation
         * @description The AI's reasoning behind one custom field's value.
         */
        CustomFieldExplanation: {
            /** @example Reasoning */
            title: string;
            body: string;
            /** @enum {string|null} */
            confidence: "high" | "medium" | "low" | null;
            citations: components["schemas"]["CustomFieldCitation"][] | null;
        };
        /**
         * CustomFieldExplanations
         * @description AI reasoning behind custom field values, keyed by the same `custom_field_<uuid>` key as the value.
         */
        CustomFieldExplanations: {
            [key: string]: components["schemas"]["CustomFieldExplanation"];
        };
        /**
         * OpportunityResponse
         * @description An opportunity. Every declared property is always present; nullable ones without a value are `null`
         *     (`custom_field_explanations` aside: only a detail response has it). Custom fields appear as extra keys
         *     named `custom_field_<uuid>`.
         */
        OpportunityResponse: {
            /** @description Unique identifier of the opportunity. */
            id: components["schemas"]["Uuid"];
            /** @description ID of the associated account (as sent). */
            account_id: components["schemas"]["Uuid"];
            /** @example Acme Corp - Enterprise License */
            name: string | null;
            /** @description User who owns the opportunity. */
            owner: components["schemas"]["OwnerInfo"] | null;
            /**
             * @description Current pipeline stage. Under 2026-08-19 (the default) a stage of the pipeline is written by its
             *     label ("Negotiation", "Closed Won"); under 2026-07-31 the stage is echoed as it was sent (the key).
             *     A stage the pipeline lacks (lenient references) is always echoed as sent.
             * @example Negotiation
             */
            stage: string | null;
            estimated_value: components["schemas"]["EstimatedValue"] | null;
            /**
             * Format: date
             * @example 2025-09-30
             */
            estimated_close_date: string | null;
            /**
             * Format: date
             * @example 2025-10-15
             */
            actual_close_date: string | null;
            /** @description AI-generated summary of the opportunity. */
            summary: string | null;
            /** @description AI-identified risks. */
            risks: string[];
            notes: string | null;
            /**
             * @description Names of the attached tags.
             * @example [
             *       "High Priority"
             *     ]
             */
            tags: string[];
            /** Format: date-time */
            last_activity_at: string | null;
            /** Format: date-time */
            updated_at: string | null;
            /** Format: date-time */
            created_at: string;
            /**
             * @description Only in `GET /v1/opportunities/{opportunity_id}` under 2026-08-19 (Monaco's OpportunityDetailResponse):
             *     the AI's reasoning for each custom field that has a value. Never in lists, creates or updates.
             */
            custom_field_explanations?: components["schemas"]["CustomFieldExplanations"] | null;
        } & {
            [key: string]: components["schemas"]["CustomFieldValue"];
        };
        /**
         * TagObject
         * @description The object type a tag applies to.
         * @enum {string}
         */
        TagObject: "contacts" | "accounts" | "opportunities";
        /**
         * DisplayColorEnum
         * @description A tag's display color, one of Monaco's named colors.
         * @enum {string}
         */
        DisplayColor: "green" | "blue" | "red" | "yellow" | "purple" | "berry" | "peach" | "gray";
        /**
         * TagResponse
         * @description A tag. A fixture tag whose color is written in hex (`#d93f0b`) answers the nearest of Monaco's named
         *     colors.
         */
        TagResponse: {
            id: components["schemas"]["Uuid"];
            /**
             * @description Display name of the tag.
             * @example High Priority
             */
            name: string;
            color: components["schemas"]["DisplayColor"] | null;
        };
    };
    responses: {
        /** @description The mock was started with an admin token and the request did not send it (`admin_token_required`). */
        AdminTokenRequired: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["MockErrorResponse"];
            };
        };
        /** @description A browser request from an origin other than the mock's own or `--admin-origins` (`origin_not_allowed`). */
        OriginNotAllowed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["MockErrorResponse"];
            };
        };
        /** @description The `Host` is not a name the mock serves (`host_not_allowed`); every route answers it so. */
        HostNotAllowed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["MockErrorResponse"];
            };
        };
        /** @description A parameter or body is invalid; `details` names each. */
        AdminValidationError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PublicErrorResponse"];
            };
        };
        /** @description No such scenario. */
        AdminNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PublicErrorResponse"];
            };
        };
    };
    parameters: {
        /** @description An `X-Mock-Session` id (`default` is the session of requests without the header). */
        Session: components["schemas"]["SessionId"];
        /** @description The scenario's name. */
        ScenarioName: components["schemas"]["ScenarioName"];
        /** @description A data set under `fixtures/datasets/`, e.g. `busy-pipeline`. */
        DatasetName: string;
        /** @description Requests whose path starts with this. */
        PathFilter: string;
        /** @description An HTTP method, any case. */
        MethodFilter: string;
        /** @description A status (`422`) or a class (`4xx`). */
        StatusFilter: string;
        /** @description An operationId of spec/openapi.yaml, e.g. `createOpportunity`. */
        OperationFilter: string;
        /** @description Requests received at or after this instant (mock clock). */
        Since: string;
        /** @description Requests received at or before this instant (mock clock). */
        Until: string;
        /** @description The most entries to return (the newest), 1–1000. */
        Limit: number;
        /**
         * @description At most this many items of each list in the dump, the newest. A preview for viewers such as the
         *     inspector: loading a dump back needs all of it.
         */
        CollectionLimit: number;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The mock is up. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            401: components["responses"]["AdminTokenRequired"];
            403: components["responses"]["OriginNotAllowed"];
            421: components["responses"]["HostNotAllowed"];
        };
    };
    reset: {
        parameters: {
            query?: {
                /** @description An `X-Mock-Session` id (`default` is the session of requests without the header). */
                session?: components["parameters"]["Session"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What was reset. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResetResult"];
                };
            };
            401: components["responses"]["AdminTokenRequired"];
            403: components["responses"]["OriginNotAllowed"];
            421: components["responses"]["HostNotAllowed"];
            422: components["responses"]["AdminValidationError"];
        };
    };
    dumpState: {
        parameters: {
            query?: {
                /** @description An `X-Mock-Session` id (`default` is the session of requests without the header). */
                session?: components["parameters"]["Session"];
                /**
                 * @description At most this many items of each list in the dump, the newest. A preview for viewers such as the
                 *     inspector: loading a dump back needs all of it.
                 */
                limit?: components["parameters"]["CollectionLimit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session's opportunities, created tags, idempotency keys, create counter, scenario and API version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionState"];
                };
            };
            401: components["responses"]["AdminTokenRequired"];
            403: components["responses"]["OriginNotAllowed"];
            421: components["responses"]["HostNotAllowed"];
            422: components["responses"]["AdminValidationError"];
        };
    };
    loadState: {
        parameters: {
            query?: {
                /** @description An `X-Mock-Session` id (`default` is the session of requests without the header). */
                session?: components["parameters"]["Session"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionState"];
            };
        };
        responses: {
            /** @description The state was loaded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StateLoaded"];
                };
            };
            401: components["responses"]["AdminTokenRequired"];
            403: components["responses"]["OriginNotAllowed"];
            421: components["responses"]["HostNotAllowed"];
            422: components["responses"]["AdminValidationError"];
        };
    };
    listScenarios: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every loaded scenario. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScenarioList"];
                };
            };
            401: components["responses"]["AdminTokenRequired"];
            403: components["responses"]["OriginNotAllowed"];
            421: components["responses"]["HostNotAllowed"];
        };
    };
    registerScenario: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Scenario"];
            };
        };
        responses: {
            /** @description The scenario, as registered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Scenario"];
                };
            };
            401: components["responses"]["AdminTokenRequired"];
            403: components["responses"]["OriginNotAllowed"];
            421: components["responses"]["HostNotAllowed"];
            422: components["responses"]["AdminValidationError"];
        };
    };
    deactivateScenario: {
        parameters: {
            query?: {
                /** @description An `X-Mock-Session` id (`default` is the session of requests without the header). */
                session?: components["parameters"]["Session"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Nothing is active there now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Activation"];
                };
            };
            401: components["responses"]["AdminTokenRequired"];
            403: components["responses"]["OriginNotAllowed"];
            421: components["responses"]["HostNotAllowed"];
            422: components["responses"]["AdminValidationError"];
        };
    };
    getScenario: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The scenario's name. */
                name: components["parameters"]["ScenarioName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The scenario. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Scenario"];
                };
            };
            401: components["responses"]["AdminTokenRequired"];
            403: components["responses"]["OriginNotAllowed"];
            404: components["responses"]["AdminNotFound"];
            421: components["responses"]["HostNotAllowed"];
        };
    };
    activateScenario: {
        parameters: {
            query?: {
                /** @description An `X-Mock-Session` id (`default` is the session of requests without the header). */
                session?: components["parameters"]["Session"];
            };
            header?: never;
            path: {
                /** @description The scenario's name. */
                name: components["parameters"]["ScenarioName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The scenario is active. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Activation"];
                };
            };
            401: components["responses"]["AdminTokenRequired"];
            403: components["responses"]["OriginNotAllowed"];
            404: components["responses"]["AdminNotFound"];
            421: components["responses"]["HostNotAllowed"];
            422: components["responses"]["AdminValidationError"];
        };
    };
    listStubs: {
        parameters: {
            query?: {
                /** @description An `X-Mock-Session` id (`default` is the session of requests without the header). */
                session?: components["parameters"]["Session"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The stubs still queued. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StubList"];
                };
            };
            401: components["responses"]["AdminTokenRequired"];
            403: components["responses"]["OriginNotAllowed"];
            421: components["responses"]["HostNotAllowed"];
            422: components["responses"]["AdminValidationError"];
        };
    };
    queueStub: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Stub"];
            };
        };
        responses: {
            /** @description The stub is queued. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueuedStub"];
                };
            };
            401: components["responses"]["AdminTokenRequired"];
            403: components["responses"]["OriginNotAllowed"];
            421: components["responses"]["HostNotAllowed"];
            422: components["responses"]["AdminValidationError"];
        };
    };
    clearStubs: {
        parameters: {
            query?: {
                /** @description An `X-Mock-Session` id (`default` is the session of requests without the header). */
                session?: components["parameters"]["Session"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description How many were dropped. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deleted"];
                };
            };
            401: components["responses"]["AdminTokenRequired"];
            403: components["responses"]["OriginNotAllowed"];
            421: components["responses"]["HostNotAllowed"];
            422: components["responses"]["AdminValidationError"];
        };
    };
    listRequests: {
        parameters: {
            query?: {
                /** @description An `X-Mock-Session` id (`default` is the session of requests without the header). */
                session?: components["parameters"]["Session"];
                /** @description Requests whose path starts with this. */
                path?: components["parameters"]["PathFilter"];
                /** @description An HTTP method, any case. */
                method?: components["parameters"]["MethodFilter"];
                /** @description A status (`422`) or a class (`4xx`). */
                status?: components["parameters"]["StatusFilter"];
                /** @description An operationId of spec/openapi.yaml, e.g. `createOpportunity`. */
                operation?: components["parameters"]["OperationFilter"];
                /** @description Requests received at or after this instant (mock clock). */
                since?: components["parameters"]["Since"];
                /** @description Requests received at or before this instant (mock clock). */
                until?: components["parameters"]["Until"];
                /** @description The most entries to return (the newest), 1–1000. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching requests (at most `limit`, the newest) and how many matched. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestList"];
                };
            };
            401: components["responses"]["AdminTokenRequired"];
            403: components["responses"]["OriginNotAllowed"];
            421: components["responses"]["HostNotAllowed"];
            422: components["responses"]["AdminValidationError"];
        };
    };
    clearRequests: {
        parameters: {
            query?: {
                /** @description An `X-Mock-Session` id (`default` is the session of requests without the header). */
                session?: components["parameters"]["Session"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description How many entries were dropped. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deleted"];
                };
            };
            401: components["responses"]["AdminTokenRequired"];
            403: components["responses"]["OriginNotAllowed"];
            421: components["responses"]["HostNotAllowed"];
            422: components["responses"]["AdminValidationError"];
        };
    };
    countRequests: {
        parameters: {
            query?: {
                /** @description An `X-Mock-Session` id (`default` is the session of requests without the header). */
                session?: components["parameters"]["Session"];
                /** @description Requests whose path starts with this. */
                path?: components["parameters"]["PathFilter"];
                /** @description An HTTP method, any case. */
                method?: components["parameters"]["MethodFilter"];
                /** @description A status (`422`) or a class (`4xx`). */
                status?: components["parameters"]["StatusFilter"];
                /** @description An operationId of spec/openapi.yaml, e.g. `createOpportunity`. */
                operation?: components["parameters"]["OperationFilter"];
                /** @description Requests received at or after this instant (mock clock). */
                since?: components["parameters"]["Since"];
                /** @description Requests received at or before this instant (mock clock). */
                until?: components["parameters"]["Until"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description How many requests match. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Count"];
                };
            };
            401: components["responses"]["AdminTokenRequired"];
            403: components["responses"]["OriginNotAllowed"];
            421: components["responses"]["HostNotAllowed"];
            422: components["responses"]["AdminValidationError"];
        };
    };
    listNearMisses: {
        parameters: {
            query?: {
                /** @description An `X-Mock-Session` id (`default` is the session of requests without the header). */
                session?: components["parameters"]["Session"];
                /** @description The most entries to return (the newest), 1–1000. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The newest rejected requests with their diagnosis. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestList"];
                };
            };
            401: components["responses"]["AdminTokenRequired"];
            403: components["responses"]["OriginNotAllowed"];
            421: components["responses"]["HostNotAllowed"];
            422: components["responses"]["AdminValidationError"];
        };
    };
    listSessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every session the mock keeps. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionList"];
                };
            };
            401: components["responses"]["AdminTokenRequired"];
            403: components["responses"]["OriginNotAllowed"];
            421: components["responses"]["HostNotAllowed"];
        };
    };
    streamEvents: {
        parameters: {
            query?: {
                /** @description An `X-Mock-Session` id (`default` is the session of requests without the header). */
                session?: components["parameters"]["Session"];
                /** @description Send the journaled requests with a greater id first. */
                after?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event stream; each event's `data` is one JSON object (JournalEntry, AdminChange or StreamOverflow). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example event: request
                     *     id: 1
                     *     data: {"id":1,"time":"2026-07-01T09:00:00.000Z","session":"default","method":"POST","path":"/v1/preview/opportunities", …}
                     *
                     *     event: changed
                     *     data: {"operation":"reset","session":null}
                     */
                    "text/event-stream": string;
                };
            };
            401: components["responses"]["AdminTokenRequired"];
            403: components["responses"]["OriginNotAllowed"];
            421: components["responses"]["HostNotAllowed"];
            422: components["responses"]["AdminValidationError"];
            /** @description Too many event streams are open; close one (another inspector tab) and retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicErrorResponse"];
                };
            };
        };
    };
    getAdminOpenApi: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The admin API's OpenAPI document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenApiDocument"];
                };
            };
            401: components["responses"]["AdminTokenRequired"];
            403: components["responses"]["OriginNotAllowed"];
            421: components["responses"]["HostNotAllowed"];
        };
    };
    listDatasets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every data set under `fixtures/datasets/`, and the one each session starts from. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatasetList"];
                };
            };
            401: components["responses"]["AdminTokenRequired"];
            403: components["responses"]["OriginNotAllowed"];
            421: components["responses"]["HostNotAllowed"];
        };
    };
    loadDataset: {
        parameters: {
            query?: {
                /** @description An `X-Mock-Session` id (`default` is the session of requests without the header). */
                session?: components["parameters"]["Session"];
            };
            header?: never;
            path: {
                /** @description A data set under `fixtures/datasets/`, e.g. `busy-pipeline`. */
                name: components["parameters"]["DatasetName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The data set is loaded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatasetLoaded"];
                };
            };
            401: components["responses"]["AdminTokenRequired"];
            403: components["responses"]["OriginNotAllowed"];
            404: components["responses"]["AdminNotFound"];
            421: components["responses"]["HostNotAllowed"];
            422: components["responses"]["AdminValidationError"];
        };
    };
    getClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Now, and whether time is frozen. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClockState"];
                };
            };
            401: components["responses"]["AdminTokenRequired"];
            403: components["responses"]["OriginNotAllowed"];
            421: components["responses"]["HostNotAllowed"];
        };
    };
    setClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClockChange"];
            };
        };
        responses: {
            /** @description The clock after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClockState"];
                };
            };
            401: components["responses"]["AdminTokenRequired"];
            403: components["responses"]["OriginNotAllowed"];
            421: components["responses"]["HostNotAllowed"];
            422: components["responses"]["AdminValidationError"];
        };
    };
}
