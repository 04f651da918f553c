import type { components } from '../../spec/types/monaco';

type Schemas = components['schemas'];
/** A type without its index signature (the generated types add one for `custom_field_<uuid>` keys). */
type Declared<T> = { [K in keyof T as string extends K ? never : number extends K ? never : K]: T[K] };

/** The Create Opportunity request body (generated from spec/openapi.yaml). */
export type OpportunityCreateRequest = Schemas['OpportunityCreateRequest'];
/** An opportunity as the API returns it, custom fields included. */
export type OpportunityResponse = Schemas['OpportunityResponse'];
/** The declared fields of an opportunity, without custom fields. */
export type OpportunityFields = Declared<OpportunityResponse>;
export type OwnerInfo = Schemas['OwnerInfo'];
export type EstimatedValue = Schemas['EstimatedValue'];
export type CustomFieldValue = Schemas['CustomFieldValue'];
/** `{"data": OpportunityResponse, "meta": {"timestamp"}}`. */
export type OpportunityItemResponse = Schemas['OpportunityItemResponse'];
export type PublicErrorResponse = Schemas['PublicErrorResponse'];
export type ErrorCode = Schemas['ErrorCode'];
export type ValidationErrorItem = Schemas['ValidationErrorItem'];
export type UnauthorizedResponse = Schemas['UnauthorizedResponse'];

export type MeResponse = Schemas['MeResponse'];
export type UserResponse = Schemas['UserResponse'];
export type TagResponse = Schemas['TagResponse'];
export type TagObject = Schemas['TagObject'];
export type DisplayColor = Schemas['DisplayColor'];
export type TagCreateRequest = Schemas['TagCreateRequest'];

export type FilterCondition = Schemas['FilterCondition'];
export type FilterRule = Schemas['FilterRule'];
export type FilterExpression = Schemas['FilterExpression'];
export type OpportunityListRequest = Schemas['OpportunityListRequest'];
export type AccountListRequest = Schemas['AccountListRequest'];
export type PaginationInfo = Schemas['PaginationInfo'];
export type FieldSchemaResponse = Schemas['FieldSchemaResponse'];
export type FieldType = Schemas['FieldType'];
export type EnumValueOption = Schemas['EnumValueOption'];
export type AccountResponse = Schemas['AccountResponse'];
/** The declared fields of an account, without custom fields. */
export type AccountFields = Declared<AccountResponse>;
export type ScoreExplanation = Schemas['ScoreExplanation'];
export type CustomFieldExplanation = Schemas['CustomFieldExplanation'];
export type OpportunityUpdateRequest = Schemas['OpportunityUpdateRequest'];

/** Which values the generator fills that the client did not send. */
export type Profile = 'realistic' | 'minimal';

/** `custom_field_<uuid>` keys. */
export const CUSTOM_FIELD_PREFIX = 'custom_field_';
