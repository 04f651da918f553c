// Generated from spec/fixtures.yaml by `npm run gen:types`. Do not edit: change the spec and regenerate.
export type paths = Record<string, never>;
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** Format: uuid */
        Uuid: string;
        /**
         * OrgFixture
         * @description One organization and everything the mock resolves references against.
         */
        OrgFixture: {
            /** @description Optional pointer for editors. */
            $schema?: string;
            id: components["schemas"]["Uuid"];
            /** @example Northwind Analytics */
            name: string;
            /**
             * @description The organization that any well-formed `mks_` key not listed in a fixture acts in.
             *     Exactly one org in a fixture directory is the default (when only one org exists, it is).
             */
            default?: boolean;
            /** @description The user that unlisted keys act as (must be one of `users`). */
            default_user_id: components["schemas"]["Uuid"];
            users: components["schemas"]["UserFixture"][];
            accounts: components["schemas"]["AccountFixture"][];
            tags: components["schemas"]["TagFixture"][];
            pipeline: components["schemas"]["PipelineFixture"];
            custom_fields: components["schemas"]["CustomFieldDefinition"][];
            api_keys: components["schemas"]["ApiKeyFixture"][];
        };
        /** UserFixture */
        UserFixture: {
            id: components["schemas"]["Uuid"];
            first_name: string;
            last_name: string;
            /** Format: email */
            email: string;
        };
        /** AccountFixture */
        AccountFixture: {
            id: components["schemas"]["Uuid"];
            name: string;
            domain: string;
            /** @description Monaco's suggested values are NEW, PROSPECTING, OPPORTUNITY, CUSTOMER, DISQUALIFIED, NURTURE, INBOUND, CHURNED. */
            status?: string;
        };
        /** TagFixture */
        TagFixture: {
            id: components["schemas"]["Uuid"];
            name: string;
            /**
             * @description `#rrggbb`, or one of Monaco's named colors (green, blue, red, yellow, purple, berry, peach, gray).
             *     The API answers the named color (the nearest one for a hex color).
             */
            color?: string | ("green" | "blue" | "red" | "yellow" | "purple" | "berry" | "peach" | "gray");
        };
        /** PipelineStage */
        PipelineStage: {
            /** @description The stage key sent in `stage` and echoed in responses. */
            key: string;
            /** @description The display name. */
            label: string;
        };
        /** PipelineFixture */
        PipelineFixture: {
            /** @description In pipeline order. The first stage is where an opportunity lands when `stage` is omitted. */
            stages: components["schemas"]["PipelineStage"][];
        };
        /** CustomFieldOption */
        CustomFieldOption: {
            key: string;
            label: string;
        };
        /** CustomFieldDefinition */
        CustomFieldDefinition: {
            id: components["schemas"]["Uuid"];
            name: string;
            /** @enum {string} */
            type: "text" | "number" | "select" | "multi_select" | "date" | "boolean";
            /** @description Required for `select` and `multi_select`. */
            options?: components["schemas"]["CustomFieldOption"][];
            /** @description For `text` fields, realistic values the generator picks from. */
            values?: string[];
        };
        /** ApiKeyFixture */
        ApiKeyFixture: {
            /** @description The plaintext key, `mks_` plus 48 URL-safe characters. */
            key: string;
            user_id: components["schemas"]["Uuid"];
            label: string;
            /** @enum {string} */
            access: "read_write" | "read_only";
            revoked: boolean;
        };
        /**
         * DatasetManifest
         * @description `fixtures/datasets/<name>/dataset.json`: a named QA data set. Paths are relative to this file.
         */
        DatasetManifest: {
            /** @description Optional pointer for editors. */
            $schema?: string;
            /**
             * @description The set's name, as `--dataset` takes it; the same as its folder's name.
             * @example busy-pipeline
             */
            name: string;
            /** @description What the set holds and what it is for, in a sentence or two. */
            description: string;
            /**
             * Format: date-time
             * @description The instant the set's dates are relative to: its opportunities were created before it, and the
             *     seeder spreads close dates around it unless told otherwise.
             */
            clock: string;
            /** @description The seed the set was generated from (`npm run datasets:build`), when it was generated. */
            seed?: number;
            /** @description The org fixture files (each an `OrgFixture`); with several, exactly one is `default`. */
            orgs: string[];
            /** @description The NDJSON file of stored opportunities, one `DatasetOpportunity` a line. Absent when there are none. */
            opportunities?: string;
            /**
             * @description The Monaco API version the records are written for: exactly what that version's `GET` answers
             *     (`2026-07-31`: amounts in minor units, stages as sent; `2026-08-19`: amounts as a unit quantity,
             *     stages by label). A mock of the other version converts them as it loads the set. Absent:
             *     `2026-07-31`, the only version before data sets recorded one.
             * @enum {string}
             */
            api_version?: "2026-07-31" | "2026-08-19";
        };
        /**
         * DatasetOpportunity
         * @description One line of a data set's opportunities file.
         */
        DatasetOpportunity: {
            /** @description The organization the opportunity belongs to (one of the set's orgs). */
            org_id: components["schemas"]["Uuid"];
            /** @description What the record exercises (the edge-cases set labels every record). */
            label?: string;
            /** @description The opportunity as the API returns it, an `OpportunityResponse` of spec/openapi.yaml (validated against it). */
            data: Record<string, never>;
        };
        /**
         * MockConfig
         * @description The `monaco-mock` config file (`monaco-mock.config.json`, `.monaco-mockrc`, `.monaco-mockrc.json`, the
         *     `monaco-mock` key of package.json, …). Its keys are exactly the long names of the command's flags
         *     (`--rate-limit` is `rate-limit`); a `--no-…` flag is its positive name set to `false` (`--no-auth` is
         *     `"auth": false`). Flags and `MOCK_*` environment variables override the file. Relative paths
         *     (`fixtures`, `scenarios`, a `dataset` folder) are relative to the file. A test checks that these
         *     properties are exactly the command's options.
         */
        MockConfig: {
            /** @description Port to listen on (`0` picks a free one). Default `4010`. */
            port?: number;
            /** @description Interface to listen on (`0.0.0.0` exposes the mock). Default `127.0.0.1`. */
            host?: string;
            /** @description Seeds every generated value. Default `1`. */
            seed?: number;
            /**
             * Format: date-time
             * @description Freeze time at this instant, e.g. `2026-07-01T09:00:00Z`. Default the system clock.
             */
            clock?: string;
            /** @description A directory of org fixture files. Default the embedded `fixtures/orgs`. */
            fixtures?: string;
            /**
             * @description Check account, owner, tags and stage against the fixtures (`strict`). Default `lenient`.
             * @enum {unknown}
             */
            references?: "lenient" | "strict";
            /** @description Require an API key (`false` is `--no-auth`). Default `true`. */
            auth?: boolean;
            /** @description Answer unslashed collection paths with 307, as the live API does. Default `false`. */
            "strict-slashes"?: boolean;
            /**
             * @description `realistic` fills summary, risks and custom fields; `minimal` leaves them empty. Default `realistic`.
             * @enum {unknown}
             */
            profile?: "realistic" | "minimal";
            /** @description Requests per window per org. Default `100`. */
            "rate-limit"?: number;
            /** @description Rate-limit window length in seconds. Default `60`. */
            "rate-limit-window"?: number;
            /** @description Answer 429 past the limit (the headers are always sent). Default `false`. */
            "enforce-rate-limit"?: boolean;
            /** @description Seconds an idempotency key is remembered. Default `86400`. */
            "idempotency-ttl"?: number;
            /** @description Largest accepted body in bytes; bigger answers 413. Default `1048576`. */
            "body-limit"?: number;
            /** @description Opportunities kept per session before the oldest are dropped. Default `50000`, or enough for the data set. */
            "max-opportunities"?: number;
            /** @description Answer CORS preflights and send CORS headers (`false` is `--no-cors`). Default `true`. */
            cors?: boolean;
            /** @description Start every session from a data set (a name under `fixtures/datasets/`, or a folder) and use its orgs. Not with `fixtures`. */
            dataset?: string;
            /** @description A scenario active in every session from the start. */
            scenario?: string;
            /** @description A directory of scenario files. Default the shipped `fixtures/scenarios`. */
            scenarios?: string;
            /** @description Requests journaled per session (`0` turns the journal off). Default `1000`. */
            "journal-limit"?: number;
            /** @description `X-Mock-Session` partitions kept before the least recently used is dropped. Default `1000`. */
            "max-sessions"?: number;
            /** @description One memory budget, in MB, for every session's opportunities, journal and idempotency keys; the oldest are evicted past it. Default `256`. */
            "max-memory-mb"?: number;
            /** @description Serve the admin API under `/__admin` (`false` is `--no-admin`). Default `true`. */
            admin?: boolean;
            /** @description Require `Authorization Bearer <token>` on `/__admin` (needed to listen beyond loopback with the admin API on). Default none. Prefer `MOCK_ADMIN_TOKEN` to a file you commit. */
            "admin-token"?: string;
            /** @description Browser origins, besides the mock's own, that may call `/__admin` (the flag takes them comma-separated). Default none. */
            "admin-origins"?: string[];
            /** @description Host names to answer besides `localhost`, `*.localhost` and IP addresses (`.example.test` for subdomains). Default none. */
            "allowed-hosts"?: string[];
            /** @description Header, query or body-field names to redact in the journal, besides the documented ones. Default none. */
            redact?: string[];
            /** @description Request headers must arrive within this many milliseconds. Default `10000`. */
            "headers-timeout-ms"?: number;
            /** @description A whole request, body included, must arrive within this many milliseconds. Default `30000`. */
            "request-timeout-ms"?: number;
            /** @description On SIGTERM or SIGINT, requests in flight get this long to finish. Default `10000`. */
            "shutdown-grace-ms"?: number;
            /**
             * @description The Monaco document to conform to (spec/monaco/); amounts, stage names and detail responses follow it. Default `2026-08-19`, the newest.
             * @enum {unknown}
             */
            "api-version"?: "2026-07-31" | "2026-08-19";
            /**
             * @description Log level. Default `info`.
             * @enum {unknown}
             */
            "log-level"?: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
