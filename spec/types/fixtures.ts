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
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
