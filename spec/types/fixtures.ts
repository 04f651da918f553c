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
            color?: string;
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
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
