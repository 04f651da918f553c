import { bundleDocument } from './bundle';
import type { OpenApiDocument } from './document';

const doc = (schemas: Record<string, unknown>, paths: OpenApiDocument['paths'] = {}): OpenApiDocument => ({
  openapi: '3.1.0',
  info: { title: 't', version: '1' },
  paths,
  components: { schemas: schemas as Record<string, Record<string, unknown>> },
});

describe('bundleDocument', () => {
  const sibling = doc({
    Error: { type: 'object', properties: { detail: { $ref: '#/components/schemas/Detail' } } },
    Detail: { type: 'string' },
  });
  const main = doc({ Error: { type: 'string' }, Uses: { $ref: './other.yaml#/components/schemas/Error' } }, {
    '/x': { get: { responses: { '400': { content: { 'application/json': { schema: { $ref: './other.yaml#/components/schemas/Error' } } } } } } },
  });

  test("copies what a document takes from its siblings, and what those take, renaming a name it uses already", () => {
    const bundled = bundleDocument(main, { 'other.yaml': sibling });
    expect(bundled.components!.schemas).toEqual({
      Error: { type: 'string' },
      Uses: { $ref: '#/components/schemas/OtherError' },
      OtherError: { type: 'object', properties: { detail: { $ref: '#/components/schemas/Detail' } } },
      Detail: { type: 'string' },
    });
    expect(JSON.stringify(bundled.paths)).toContain('"$ref":"#/components/schemas/OtherError"');
  });

  test('changes neither input', () => {
    const before = JSON.stringify([main, sibling]);
    bundleDocument(main, { 'other.yaml': sibling });
    expect(JSON.stringify([main, sibling])).toBe(before);
  });

  test('names what is missing', () => {
    expect(() => bundleDocument(doc({ A: { $ref: './other.yaml#/components/schemas/Nope' } }), { 'other.yaml': sibling })).toThrow(
      'Failed to bundle: other.yaml has no component schemas/Nope.',
    );
  });
});
