import type { OpenApiDocument } from './document';
import { SpecLoadError } from './errors';

/** A `$ref` into a components section: `./openapi.yaml#/components/schemas/Name` or `#/components/schemas/Name`. */
const COMPONENT_REF = /^(?:\.\/([^#]+))?#\/components\/([^/]+)\/([^/]+)$/;

/**
 * The document with every component it `$ref`s in sibling documents (`./openapi.yaml#/components/…`) copied
 * into its own components and the refs rewritten, so it stands alone: a viewer or a code generator that
 * fetches it by URL needs nothing else. A copied component whose name the document already uses gets the
 * sibling's name as a prefix (`OpenapiError`). The input documents are not changed.
 *
 * @param document the document to bundle (its own refs stay as they are).
 * @param referenced the sibling documents it refers to, by file name (`openapi.yaml`).
 */
export function bundleDocument(document: OpenApiDocument, referenced: Readonly<Record<string, OpenApiDocument>>): OpenApiDocument {
  const out = structuredClone(document);
  const components = (out.components ??= {}) as Record<string, Record<string, unknown>>;
  const copied = new Map<string, string>(); // `file#section/name` → the local name

  const localName = (file: string, section: string, name: string): string => {
    const key = `${file}#${section}/${name}`;
    const known = copied.get(key);
    if (known) return known;
    const source = (referenced[file]?.components as Record<string, Record<string, unknown>> | undefined)?.[section]?.[name];
    if (source === undefined) throw new SpecLoadError(`Failed to bundle: ${file} has no component ${section}/${name}.`);
    const target = (components[section] ??= {});
    const prefix = file.replace(/\.(ya?ml|json)$/, '').replace(/^./, (c) => c.toUpperCase());
    const local = name in target ? `${prefix}${name}` : name;
    if (local in target) throw new SpecLoadError(`Failed to bundle ${file}#/components/${section}/${name}: ${local} is taken.`);
    copied.set(key, local);
    target[local] = rewrite(structuredClone(source), file);
    return local;
  };

  /** Rewrites the refs under a node; `file` is the document the node came from (undefined: the bundled one). */
  function rewrite<T>(node: T, file: string | undefined): T {
    if (Array.isArray(node)) node.forEach((item) => rewrite(item, file));
    else if (node && typeof node === 'object') {
      const object = node as Record<string, unknown>;
      for (const [key, value] of Object.entries(object)) {
        if (key !== '$ref' || typeof value !== 'string') rewrite(value, file);
        else {
          const match = COMPONENT_REF.exec(value);
          const source = match?.[1] ?? file;
          if (match && source !== undefined) object.$ref = `#/components/${match[2]}/${localName(source, match[2], match[3])}`;
          else if (!value.startsWith('#')) throw new SpecLoadError(`Failed to bundle: the $ref ${value} is not into a components section.`);
        }
      }
    }
    return node;
  }

  // Copies are rewritten as they are made, from their own document; walking one again changes nothing.
  return rewrite(out, undefined);
}
