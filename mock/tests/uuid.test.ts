import { pointer } from '../../spec/document';
import { idPlanOf } from '../core/pipeline/id-plan';
import { canonicalUuid } from '../core/pipeline/uuid';
import { testApp } from './helpers';
import { CANONICAL, FORMS, hex } from './uuid-samples';

describe('canonicalUuid', () => {
  test.each(FORMS)('%s → canonical', (_name, form) => expect(canonicalUuid(form)).toBe(CANONICAL));
  test.each(['', 'acc_def456', `urn:uuid:${hex}`, `{${hex}}`, `${CANONICAL}0`, `urn:uuid:{${CANONICAL}}`, ` ${CANONICAL}`, `${hex.slice(0, 31)}g`])(
    '%j is not a UUID',
    (text) => expect(canonicalUuid(text)).toBeUndefined(),
  );
});

describe('the id plan', () => {
  test('the plan is derived from the spec: every format: uuid of the create body, through $ref, anyOf and items', () => {
    const app = testApp();
    const op = app.mock.contract.operation('createOpportunity');
    const plan = idPlanOf(app.mock.contract.document, pointer(app.mock.contract.document, op.requestBody!.schemaPointer!));
    expect([...plan!.properties!.keys()].sort()).toEqual(['account_id', 'idempotency_key', 'owner_user_id', 'tags']);
    expect(plan!.properties!.get('tags')).toEqual({ items: { uuid: true } });
  });
});
