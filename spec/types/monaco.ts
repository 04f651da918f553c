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
        /**
         * Delete an Opportunity
         * @description Deletes the opportunity (irreversibly: GET and list no longer see it; a reset of the session brings back
         *     what its data set preloaded). Answers 204 without a body.
         */
        delete: operations["deleteOpportunity"];
        options?: never;
        head?: never;
        /**
         * Update an Opportunity
         * @description Changes the fields sent, and only those: `null` clears a field, `tags` replaces the tags (tag ids in,
         *     names out), custom fields are `custom_field_<uuid>` keys; `updated_at` moves to now. Strict references
         *     check the owner, tags, stage and custom fields as a create does. Keys Monaco's update does not have
         *     (`account_id`, `idempotency_key`, …) are accepted and ignored, as its schema allows.
         */
        patch: operations["updateOpportunity"];
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
    "/v1/opportunities/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List Opportunities
         * @description The opportunities of the key's organization in this session (created, updated, or preloaded from a data set),
         *     filtered, sorted and paged. `filters` is a flat list of rules (ANDed) or a recursive `and`/`or` expression, on
         *     the fields and conditions `GET /v1/schemas/opportunities` declares filterable; `sort` takes a sortable field,
         *     `-` for descending (default `-created_at`); pages hold 1-500 (default 50). A filter on an unknown field, a
         *     condition the field does not allow, a bad value or an unknown sort field answers 422 at its `loc`.
         */
        post: operations["listOpportunities"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List Accounts
         * @description The accounts of the key's organization (the account picker), filtered, sorted and paged as
         *     `POST /v1/opportunities/list` is, on the fields `GET /v1/schemas/accounts` declares.
         */
        post: operations["listAccounts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{account_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an Account
         * @description An account of the key's organization. Under 2026-08-19 the detail response adds `heat_score_explanation`
         *     and `custom_field_explanations`.
         */
        get: operations["getAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/schemas/{entity}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Field Schemas for an Entity
         * @description The fields of `opportunities` or `accounts` (Monaco's entity names are plural): each with its type,
         *     whether it filters, sorts and updates, its `allowed_operators` and, for enum-like fields, its
         *     `allowed_values` (pipeline stages, users, tags, select options, semantic date periods). Custom fields are
         *     keyed `custom_field_<uuid>`. The list endpoints filter and sort by exactly these fields. Monaco's other
         *     entities (contacts, meetings, sequences, tasks) and singular names answer 404 naming the served ones.
         */
        get: operations["getFieldSchemas"];
        put?: never;
        post?: never;
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
        /**
         * OpportunityListRequest
         * @description Filters, sort and page of a list of opportunities. Keys the request does not declare are refused, as Monaco's 2026-08-19 schema refuses them.
         */
        OpportunityListRequest: {
            /**
             * @description A flat list of rules, ANDed, or a filter expression (`operator` `and`/`or`, default `and`, over rules and
             *     expressions). Fields, their conditions and values come from `GET /v1/schemas/{entity}`. The mock
             *     accepts up to 200 rules nested up to 10 expressions deep.
             */
            filters?: components["schemas"]["FilterRule"][] | components["schemas"]["FilterExpression"];
            /**
             * @description Page number (1-indexed).
             * @default 1
             */
            page?: number;
            /**
             * @description Results per page.
             * @default 50
             */
            page_size?: number;
            /**
             * @description A sortable field; `-` in front for descending.
             * @default -created_at
             * @example -created_at
             */
            sort?: string;
            /**
             * @description Whether each opportunitie carries its `custom_field_<uuid>` keys.
             * @default true
             */
            include_custom_fields?: boolean;
        };
        /**
         * AccountListRequest
         * @description Filters, sort and page of a list of accounts. Keys the request does not declare are refused, as Monaco's 2026-08-19 schema refuses them.
         */
        AccountListRequest: {
            /**
             * @description A flat list of rules, ANDed, or a filter expression (`operator` `and`/`or`, default `and`, over rules and
             *     expressions). Fields, their conditions and values come from `GET /v1/schemas/{entity}`. The mock
             *     accepts up to 200 rules nested up to 10 expressions deep.
             */
            filters?: components["schemas"]["FilterRule"][] | components["schemas"]["FilterExpression"];
            /**
             * @description Page number (1-indexed).
             * @default 1
             */
            page?: number;
            /**
             * @description Results per page.
             * @default 50
             */
            page_size?: number;
            /**
             * @description A sortable field; `-` in front for descending.
             * @default -created_at
             * @example -created_at
             */
            sort?: string;
            /**
             * @description Whether each account carries its `custom_field_<uuid>` keys.
             * @default true
             */
            include_custom_fields?: boolean;
        };
        /**
         * FilterCondition
         * @description A filter condition; which ones a field allows is its `allowed_operators`.
         * @enum {string}
         */
        FilterCondition: "is" | "is_not" | "equals" | "not_equals" | "contains" | "not_contains" | "is_empty" | "is_not_empty" | "greater_than" | "less_than" | "greater_than_or_equals" | "less_than_or_equals";
        /**
         * FilterRule
         * @description One condition on one field.
         */
        FilterRule: {
            /**
             * @description A field `key` from `GET /v1/schemas/{entity}` (`custom_field_<uuid>` for custom fields).
             * @example stage
             */
            field: string;
            condition: components["schemas"]["FilterCondition"];
            /**
             * @description What the condition compares with: a string, number or boolean as the field's type takes; an allowed
             *     value's `key` (or a list of keys, any of which matches) for `is`/`is_not`; `YYYY-MM-DD` or a semantic
             *     period for dates; an ISO 8601 timestamp (or a date) for date-times. Not needed for `is_empty` and
             *     `is_not_empty`.
             */
            value?: unknown;
        };
        /**
         * FilterExpression
         * @description Rules and expressions combined with `and` or `or`.
         */
        FilterExpression: {
            /**
             * @default and
             * @enum {string}
             */
            operator?: "and" | "or";
            /** @default [] */
            filters?: (components["schemas"]["FilterRule"] | components["schemas"]["FilterExpression"])[];
        };
        /** PaginationInfo */
        PaginationInfo: {
            page: number;
            page_size: number;
            /** @description Records matching the filters, over every page. */
            total_count: number;
            /** @description Pages of `page_size` that hold them (0 when nothing matches). */
            total_pages: number;
        };
        /** PublicListResponse[OpportunityResponse] */
        OpportunityListResponse: {
            data: components["schemas"]["OpportunityResponse"][];
            pagination: components["schemas"]["PaginationInfo"];
            meta: components["schemas"]["ResponseMeta"];
        };
        /**
         * CompanyInfo
         * @description What is known about the account's company.
         */
        CompanyInfo: {
            /** @example acme.com */
            domain: string | null;
            /** @example https://www.linkedin.com/company/acme-corp */
            linkedin_url: string | null;
            description: string | null;
            employee_count: number | null;
            founded_year: number | null;
            industries: string[];
            total_funding_usd: number | null;
            /** Format: date */
            last_funding_date: string | null;
        };
        /** ScoringInfo */
        ScoringInfo: {
            /**
             * @description Firmographic tier (A best).
             * @example A
             */
            tier: string | null;
            /**
             * @description Heat score tier.
             * @example Hot
             */
            heat_score: string | null;
        };
        /** ScoreSignalExplanation */
        ScoreSignalExplanation: {
            /** @example web_visit */
            signal_type: string;
            /** @example Visited the pricing page 3 times in the last 7 days */
            signal_point: string;
        };
        /** ScoreExplanation */
        ScoreExplanation: {
            /** @description Behavioural and intent signals behind the heat score. */
            explanations: components["schemas"]["ScoreSignalExplanation"][];
            /** @description Firmographic signals behind the tier. */
            firmographic: components["schemas"]["ScoreSignalExplanation"][];
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
         * AccountResponse
         * @description An account. Every declared property is always present (nullable ones as `null`), except the two a
         *     detail response adds: `heat_score_explanation` and `custom_field_explanations` are in
         *     `GET /v1/accounts/{account_id}` under 2026-08-19, and nowhere else. Custom fields appear as extra keys
         *     named `custom_field_<uuid>`.
         */
        AccountResponse: {
            id: components["schemas"]["Uuid"];
            /** @example Acme Corp */
            name: string | null;
            /**
             * @description Monaco suggests NEW, PROSPECTING, OPPORTUNITY, CUSTOMER, DISQUALIFIED, NURTURE, INBOUND, CHURNED.
             * @example OPPORTUNITY
             */
            status: string | null;
            owner: components["schemas"]["OwnerInfo"] | null;
            notes: string | null;
            company: components["schemas"]["CompanyInfo"] | null;
            scoring: components["schemas"]["ScoringInfo"] | null;
            /** @description Names of the account's tags. */
            tags: string[];
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /** @description Only in the detail response (GET by id) under 2026-08-19. */
            heat_score_explanation?: components["schemas"]["ScoreExplanation"] | null;
            /** @description Only in the detail response (GET by id) under 2026-08-19. */
            custom_field_explanations?: components["schemas"]["CustomFieldExplanations"] | null;
        } & {
            [key: string]: components["schemas"]["CustomFieldValue"];
        };
        /** @description A response object's keys beyond the declared ones are `custom_field_<uuid>` only. */
        ResponseKey: string | unknown | unknown | "custom_field_explanations";
        /** PublicListResponse[AccountResponse] */
        AccountListResponse: {
            data: components["schemas"]["AccountResponse"][];
            pagination: components["schemas"]["PaginationInfo"];
            meta: components["schemas"]["ResponseMeta"];
        };
        /** PublicItemResponse[AccountDetailResponse] */
        AccountItemResponse: {
            data: components["schemas"]["AccountResponse"];
            meta: components["schemas"]["ResponseMeta"];
        };
        /**
         * FieldType
         * @enum {string}
         */
        FieldType: "string" | "number" | "time" | "boolean" | "enum" | "array" | "date" | "datetime" | "text" | "uuid" | "object";
        /** EnumValueOption */
        EnumValueOption: {
            /** @description The value to use in filters. */
            key: string;
            /** @description The label to show. */
            display_value: string;
        };
        /** EnumFieldSettings */
        EnumFieldSettings: {
            allowed_values: components["schemas"]["EnumValueOption"][];
        };
        /** CustomFieldSettings */
        CustomFieldSettings: {
            id: components["schemas"]["Uuid"];
            is_ai_auto_filled: boolean;
        };
        /**
         * FieldSchemaResponse
         * @description One field of an entity, as the list endpoints filter and sort by it.
         */
        FieldSchemaResponse: {
            /** @example Stage */
            name: string;
            /**
             * @description The key filters and `sort` use.
             * @example stage
             */
            key: string;
            type: components["schemas"]["FieldType"];
            /** @description The object field it belongs to (`amount` belongs to `estimated_value`). */
            parent: string | null;
            filterable: boolean;
            sortable: boolean;
            /** @description Whether the entity's update writes it (false for system-derived and create-only fields). */
            updatable: boolean;
            allowed_operators: components["schemas"]["FilterCondition"][];
            custom_field_settings: components["schemas"]["CustomFieldSettings"] | null;
            /** @description The values `is` and `is_not` take (for dates, semantic periods). */
            enum_field_settings: components["schemas"]["EnumFieldSettings"] | null;
        };
        /** PublicItemResponse[list[FieldSchemaResponse]] */
        FieldSchemaListResponse: {
            data: components["schemas"]["FieldSchemaResponse"][];
            meta: components["schemas"]["ResponseMeta"];
        };
        /**
         * OpportunityUpdateRequest
         * @description Request body for updating an opportunity via PATCH: only the fields sent change, `null` clears one, and
         *     `tags` replaces the opportunity's tags.
         */
        OpportunityUpdateRequest: {
            /** @example Acme Corp - Enterprise License */
            name?: string | null;
            /**
             * Format: uuid
             * @description The new owner; `null` leaves the opportunity without one.
             */
            owner_user_id?: string | null;
            /**
             * @description A pipeline stage key (under 2026-08-19 its label too).
             * @example negotiation
             */
            stage?: string | null;
            estimated_value?: components["schemas"]["EstimatedValue"] | null;
            /**
             * Format: date
             * @example 2026-09-30
             */
            estimated_close_date?: string | null;
            /**
             * Format: date
             * @example 2026-10-15
             */
            actual_close_date?: string | null;
            notes?: string | null;
            /** @description Tag ids; they replace the opportunity's tags (`null` or `[]` removes them all). */
            tags?: components["schemas"]["Uuid"][] | null;
        } & {
            [key: string]: unknown | components["schemas"]["CustomFieldValue"];
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
        /**
         * @description The opportunity. Under 2026-08-19 (the default) it is Monaco's detail response: it adds
         *     `custom_field_explanations`, the AI's reasoning for each custom field that has a value.
         */
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
        /**
         * @description Only from the mock's own controls: a `Prefer` code, example or scenario this operation does not have
         *     (as Prism answers it). Monaco declares a `4XX` in its envelope on every operation.
         */
        ControlNotFound: {
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
        /** @description A malformed header: `X-Mock-Session` (the mock's sessions) or a `Prefer` value (`code=abc`), at its `loc`. */
        ControlValidationError: {
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
        /** @description One page of opportunities, with the pagination of the whole result. */
        OpportunityList: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["OpportunityListResponse"];
            };
        };
        /** @description One page of accounts, with the pagination of the whole result. */
        AccountList: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AccountListResponse"];
            };
        };
        /** @description The account (under 2026-08-19 with its heat-score and custom-field explanations). */
        AccountFound: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AccountItemResponse"];
            };
        };
        /** @description The entity's fields. */
        FieldSchemaList: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["FieldSchemaListResponse"];
            };
        };
        /** @description No account with this id in the key's organization. */
        AccountNotFoundById: {
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
        /** @description The entity is not one this mock serves (or is written in the singular). */
        EntityNotFound: {
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
        /** @description The path parameter is not a UUID. */
        AccountIdValidationError: {
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
        /**
         * @description The list request failed validation: its schema (page, page_size, the shape of filters), a filter on
         *     a field the entity does not filter on, a condition the field does not allow, a value the field cannot take,
         *     or a sort field that does not sort. `error.details` has one entry per problem, at its `loc`.
         */
        ListValidationError: {
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
        /** @description The opportunity as the update left it (`updated_at` moved to now). */
        OpportunityUpdated: {
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
        /** @description The opportunity was deleted; no body. */
        OpportunityDeleted: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /**
         * @description The body failed validation (a schema violation, JSON that does not parse, a body not sent as
         *     `application/json`), the path id is not a UUID, or (with strict references) an owner, tag, stage or
         *     custom field is unknown to the organization. `error.details` has one entry per failing field.
         */
        UpdateValidationError: {
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
        /** @description Filters, sort and page. An empty or absent body lists the first page, newest first. */
        OpportunityList: {
            content: {
                "application/json": components["schemas"]["OpportunityListRequest"];
            };
        };
        /** @description Filters, sort and page. An empty or absent body lists the first page, newest first. */
        AccountList: {
            content: {
                "application/json": components["schemas"]["AccountListRequest"];
            };
        };
        /**
         * @description The fields to change. Custom fields are extra top-level keys named `custom_field_<uuid>`. Keys the API
         *     does not know are accepted and ignored, as Monaco's own schema allows them.
         */
        OpportunityUpdate: {
            content: {
                "application/json": components["schemas"]["OpportunityUpdateRequest"];
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
    deleteOpportunity: {
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
            204: components["responses"]["OpportunityDeleted"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["OpportunityNotFound"];
            422: components["responses"]["GetValidationError"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateOpportunity: {
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
        requestBody: components["requestBodies"]["OpportunityUpdate"];
        responses: {
            200: components["responses"]["OpportunityUpdated"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["OpportunityNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UpdateValidationError"];
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
            404: components["responses"]["ControlNotFound"];
            422: components["responses"]["ControlValidationError"];
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
            404: components["responses"]["ControlNotFound"];
            422: components["responses"]["ControlValidationError"];
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
            404: components["responses"]["ControlNotFound"];
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
            404: components["responses"]["ControlNotFound"];
            409: components["responses"]["TagConflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["TagValidationError"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listOpportunities: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["OpportunityList"];
        responses: {
            200: components["responses"]["OpportunityList"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["ControlNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ListValidationError"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listAccounts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["AccountList"];
        responses: {
            200: components["responses"]["AccountList"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["ControlNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ListValidationError"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account's id.
                 * @example 8d116ece-1738-47d9-bd9c-172411e20b8f
                 */
                account_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["AccountFound"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["AccountNotFoundById"];
            422: components["responses"]["AccountIdValidationError"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getFieldSchemas: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The entity, plural as Monaco names them.
                 * @example opportunities
                 */
                entity: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["FieldSchemaList"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["EntityNotFound"];
            422: components["responses"]["ControlValidationError"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}
