// Generated from spec/openapi.yaml by `npm run gen:types`. Do not edit: change the spec and regenerate.
export interface paths {
    "/v1/preview/opportunities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Opportunity
         * @description Creates a new opportunity associated with an existing account (the documented preview endpoint).
         *     Pass an `idempotency_key` to retry creation safely. The trailing-slash form
         *     `/v1/preview/opportunities/` is served too; with the mock's `strictSlashes` option the unslashed
         *     form answers 307 to the slashed one, as the live API does.
         */
        post: operations["createOpportunity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/opportunities/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an Opportunity (GA path)
         * @description The same operation at its GA path, as Monaco's published spec has it. Behaves exactly like
         *     `POST /v1/preview/opportunities`. The unslashed form `/v1/opportunities` is served too (or answers
         *     307 with the mock's `strictSlashes` option).
         */
        post: operations["createOpportunityGa"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/opportunities/{opportunity_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an Opportunity
         * @description Gets a single opportunity of the API key's organization by its id.
         */
        get: operations["getOpportunity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Authenticated User
         * @description The user and organization the API key acts as: what a form shows as "you", and the default owner of what
         *     it creates (D6).
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Users
         * @description The users of the key's organization (the owner picker), in the organization's order. Not paginated, as
         *     in Monaco. The unslashed form `/v1/users` is served too (or answers 307 with `strictSlashes`).
         */
        get: operations["listUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tags/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Tags
         * @description Every tag of the key's organization for one object type (the tag picker): the fixtures' tags for
         *     `opportunities`, plus the tags created through `POST /v1/tags/` in this session. Not paginated.
         */
        get: operations["listTags"];
        put?: never;
        /**
         * Create a Tag
         * @description Creates a tag for an object type in the key's organization, kept in the session (`X-Mock-Session`) like
         *     the opportunities it creates. An `opportunities` tag is then valid in `tags` of a create or an update,
         *     strict references included. Names are unique per object type (case-insensitive): a taken one answers 409.
         */
        post: operations["createTag"];
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
         * Format: uuid
         * @description A UUID, e.g. `8d116ece-1738-47d9-bd9c-172411e20b8f`.
         */
        Uuid: string;
        /**
         * @description The value of a custom field (`custom_field_<uuid>` key). Its type follows the field's definition:
         *     text, select (the option key), number, date (`YYYY-MM-DD`), boolean, or a list of option keys.
         */
        CustomFieldValue: string | number | boolean | string[] | null;
        /** @description Any key that starts with `custom_field_` must be followed by a UUID. */
        CustomFieldKey: string | unknown | unknown;
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
        /**
         * OpportunityCreateRequest
         * @description Request body for creating an opportunity via POST.
         */
        OpportunityCreateRequest: {
            /**
             * @description Name of the opportunity.
             * @example Acme Corp - Enterprise License
             */
            name: string;
            /** @description ID of an existing account to associate the opportunity with. */
            account_id: components["schemas"]["Uuid"];
            /**
             * Format: uuid
             * @description User to own the opportunity. Absent or null — the user the API key belongs to.
             */
            owner_user_id?: string | null;
            /**
             * @description Pipeline stage key. Absent or null — the first stage of the organization's pipeline. Under
             *     2026-08-19 a stage's label is accepted too ("Negotiation", "closed-won": case and `-`/`_`/space
             *     aside); under 2026-07-31 strict references need the exact key.
             * @example negotiation
             */
            stage?: string | null;
            /** @description Estimated monetary value of the opportunity. */
            estimated_value?: components["schemas"]["EstimatedValue"] | null;
            /**
             * Format: date
             * @description Expected close date, `YYYY-MM-DD`.
             * @example 2025-09-30
             */
            estimated_close_date?: string | null;
            /**
             * @description Notes about the opportunity.
             * @example Follow up after Q3 board meeting
             */
            notes?: string | null;
            /** @description Tag IDs to attach. The response lists the tags' names. */
            tags?: components["schemas"]["Uuid"][] | null;
            /**
             * Format: uuid
             * @description Client-provided key that makes retrying a create safe (scoped to the organization, kept 24 h).
             */
            idempotency_key?: string | null;
        } & {
            [key: string]: unknown | components["schemas"]["CustomFieldValue"];
        };
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
         * OpportunityResponse
         * @description An opportunity. Every declared property is always present; nullable ones without a value are `null`.
         *     Custom fields appear as extra keys named `custom_field_<uuid>`.
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
        } & {
            [key: string]: components["schemas"]["CustomFieldValue"];
        };
        /** ResponseMeta */
        ResponseMeta: {
            /**
             * Format: date-time
             * @description Server time of the response.
             */
            timestamp: string;
        };
        /** PublicItemResponse[OpportunityResponse] */
        OpportunityItemResponse: {
            data: components["schemas"]["OpportunityResponse"];
            meta: components["schemas"]["ResponseMeta"];
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
         * PublicErrorResponse (validation)
         * @description A `PublicErrorResponse` whose `error.details` lists the failing fields.
         */
        ValidationErrorResponse: {
            error: components["schemas"]["ErrorDetail"] & {
                /** @constant */
                code?: "validation_error";
            };
        };
        /**
         * HTTPException
         * @description The auth layer's error body, exactly `{"detail":"No key found"}`.
         */
        UnauthorizedResponse: {
            /** @constant */
            detail: "No key found";
        };
        /**
         * MeResponse
         * @description The user and organization the API key acts as.
         */
        MeResponse: {
            /** @description The organization's id. */
            org_id: components["schemas"]["Uuid"];
            /** @description The user's id (the default owner of what the key creates). */
            user_id: components["schemas"]["Uuid"];
            /** @example jane.smith@northwind-analytics.com */
            user_email: string | null;
            /** @example Jane */
            user_first_name: string | null;
            /** @example Smith */
            user_last_name: string | null;
            /** @example Northwind Analytics */
            org_name: string | null;
        };
        /** PublicItemResponse[MeResponse] */
        MeItemResponse: {
            data: components["schemas"]["MeResponse"];
            meta: components["schemas"]["ResponseMeta"];
        };
        /**
         * UserResponse
         * @description A user of the organization.
         */
        UserResponse: {
            id: components["schemas"]["Uuid"];
            /** @example Jane */
            first_name: string | null;
            /** @example Smith */
            last_name: string | null;
            /** @example jane.smith@northwind-analytics.com */
            email: string | null;
        };
        /** PublicItemResponse[list[UserResponse]] */
        UserListResponse: {
            data: components["schemas"]["UserResponse"][];
            meta: components["schemas"]["ResponseMeta"];
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
        /** PublicItemResponse[list[TagResponse]] */
        TagListResponse: {
            data: components["schemas"]["TagResponse"][];
            meta: components["schemas"]["ResponseMeta"];
        };
        /** PublicItemResponse[TagResponse] */
        TagItemResponse: {
            data: components["schemas"]["TagResponse"];
            meta: components["schemas"]["ResponseMeta"];
        };
        /**
         * TagCreateRequest
         * @description Request body for creating a tag via POST.
         */
        TagCreateRequest: {
            object: components["schemas"]["TagObject"];
            /**
             * @description Letters, numbers and spaces only; unique per object type within the organization.
             * @example Enterprise
             */
            name: string;
            color?: components["schemas"]["DisplayColor"] | null;
        } & {
            [key: string]: unknown;
        };
    };
    responses: {
        /** @description The created opportunity (or, with a reused `idempotency_key` and the same body, the original one). */
        OpportunityCreated: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["OpportunityItemResponse"];
            };
        };
        /** @description The opportunity. */
        OpportunityFound: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["OpportunityItemResponse"];
            };
        };
        /** @description Only with the mock's `strictSlashes` option — the unslashed path redirects to the slashed one. */
        SlashRedirect: {
            headers: {
                Location: components["headers"]["Location"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /**
         * @description No API key was sent, or the key matches no active key (unknown, malformed or revoked).
         *     The body is FastAPI's `HTTPException` shape, exactly as Monaco's auth page documents it.
         */
        Unauthorized: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UnauthorizedResponse"];
            };
        };
        /** @description The key is valid but lacks write access (a read-only key). */
        Forbidden: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PublicErrorResponse"];
            };
        };
        /** @description With strict references, `account_id` names no account of the key's organization. */
        AccountNotFound: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PublicErrorResponse"];
            };
        };
        /** @description No opportunity with this id exists in the key's organization. */
        OpportunityNotFound: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PublicErrorResponse"];
            };
        };
        /** @description The `idempotency_key` was already used, in this organization, with a different body. */
        IdempotencyConflict: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PublicErrorResponse"];
            };
        };
        /** @description The request body is larger than the limit (1 MB by default). */
        PayloadTooLarge: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PublicErrorResponse"];
            };
        };
        /**
         * @description The body failed validation: a schema violation, JSON that does not parse, a body not sent as
         *     `application/json`, or (with strict references) an owner, tag, stage or custom field unknown to
         *     the organization. `error.details` has one entry per failing field.
         */
        CreateValidationError: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ValidationErrorResponse"];
            };
        };
        /** @description The path parameter is not a UUID. */
        GetValidationError: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ValidationErrorResponse"];
            };
        };
        /** @description The organization used up its requests for the current window (100 per minute by default). */
        RateLimited: {
            headers: {
                "Retry-After": components["headers"]["Retry-After"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PublicErrorResponse"];
            };
        };
        /** @description An unexpected server error (not declared by Monaco; sent by the mock's faults and self-check). */
        InternalError: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PublicErrorResponse"];
            };
        };
        /** @description The service is briefly unavailable (not declared by Monaco; sent by the mock's fault scenarios). */
        ServiceUnavailable: {
            headers: {
                "Retry-After": components["headers"]["Retry-After"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PublicErrorResponse"];
            };
        };
        /** @description The user and organization of the API key. */
        MeFound: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["MeItemResponse"];
            };
        };
        /** @description The organization's users. */
        UserList: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UserListResponse"];
            };
        };
        /** @description The organization's tags for the object type. */
        TagList: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TagListResponse"];
            };
        };
        /** @description The created tag. */
        TagCreated: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TagItemResponse"];
            };
        };
        /** @description A tag with this name already exists for the object type in the organization. */
        TagConflict: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PublicErrorResponse"];
            };
        };
        /** @description The `object` query parameter is missing or not an object type. `error.details` has one entry per failing parameter. */
        TagQueryValidationError: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ValidationErrorResponse"];
            };
        };
        /** @description The body failed validation (as for a create: schema, JSON, content type). `error.details` has one entry per failing field. */
        TagValidationError: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ValidationErrorResponse"];
            };
        };
    };
    parameters: never;
    requestBodies: {
        /**
         * @description The opportunity to create. Custom fields are extra top-level keys named `custom_field_<uuid>`.
         *     Keys the API does not know are accepted and ignored, as Monaco's own schema allows them.
         */
        OpportunityCreate: {
            content: {
                "application/json": components["schemas"]["OpportunityCreateRequest"];
            };
        };
        /** @description The tag to create. Keys the API does not know are accepted and ignored, as Monaco's schema allows. */
        TagCreate: {
            content: {
                "application/json": components["schemas"]["TagCreateRequest"];
            };
        };
    };
    headers: {
        /**
         * @description Requests allowed per window for the key's organization (100 per minute by default).
         * @example 100
         */
        "X-RateLimit-Limit": number;
        /**
         * @description Requests left in the current window.
         * @example 99
         */
        "X-RateLimit-Remaining": number;
        /**
         * @description Unix timestamp (seconds) at which the current window resets.
         * @example 1782216060
         */
        "X-RateLimit-Reset": number;
        /**
         * @description Seconds to wait before retrying.
         * @example 42
         */
        "Retry-After": number;
        /**
         * @description `true` when the response replays an earlier create with the same `idempotency_key`.
         * @example true
         */
        "Idempotent-Replayed": "true";
        /**
         * @description The canonical (slashed) path to repeat the request against.
         * @example /v1/preview/opportunities/
         */
        Location: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createOpportunity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["OpportunityCreate"];
        responses: {
            200: components["responses"]["OpportunityCreated"];
            307: components["responses"]["SlashRedirect"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["AccountNotFound"];
            409: components["responses"]["IdempotencyConflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["CreateValidationError"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createOpportunityGa: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["OpportunityCreate"];
        responses: {
            200: components["responses"]["OpportunityCreated"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["AccountNotFound"];
            409: components["responses"]["IdempotencyConflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["CreateValidationError"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getOpportunity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The opportunity's id, as returned by create.
                 * @example c7a2ea20-b2f1-4c94-ae05-319acb5c7427
                 */
                opportunity_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["OpportunityFound"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["OpportunityNotFound"];
            422: components["responses"]["GetValidationError"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["MeFound"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /**
                 * @description Case-insensitive substring filter on the user's full name or email.
                 * @example chen
                 */
                query?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["UserList"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listTags: {
        parameters: {
            query: {
                /**
                 * @description The object type to list tags for.
                 * @example opportunities
                 */
                object: components["schemas"]["TagObject"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["TagList"];
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["TagQueryValidationError"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createTag: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["TagCreate"];
        responses: {
            200: components["responses"]["TagCreated"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["TagConflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["TagValidationError"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}
