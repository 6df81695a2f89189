import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const read = (...path: string[]) => readFileSync(join(root, ...path), 'utf8');

const guide = read('docs', 'enterprise.md');
const exampleText = read('docs', 'policy-example.json');
const example = JSON.parse(exampleText) as Record<string, unknown>;

interface SchemaNode {
  readonly type?: string;
  readonly properties?: Record<string, SchemaNode>;
}
const schema = JSON.parse(read('public', 'managed_schema.json')) as SchemaNode;

/** Every field name in the schema: the top-level policies and the members of object policies (helpdesk). */
function schemaFields(node: SchemaNode): string[] {
  return Object.entries(node.properties ?? {}).flatMap(([name, child]) => [name, ...schemaFields(child)]);
}

describe('docs/enterprise.md', () => {
  test('the json block after <!-- policy-example.json --> is docs/policy-example.json, byte for byte', () => {
    const block = /^<!-- policy-example\.json -->\r?\n```json\r?\n([\s\S]*?)\r?\n```/m.exec(guide);
    expect(block, 'a ```json block right after the line <!-- policy-example.json -->').not.toBeNull();
    expect(block![1]).toBe(exampleText.trim());
  });

  test('every top-level field of docs/policy-example.json is declared in public/managed_schema.json', () => {
    const declared = Object.keys(schema.properties ?? {});
    for (const field of Object.keys(example)) expect(declared, `schema property ${field}`).toContain(field);
  });

  test('every field of public/managed_schema.json is named in the guide as `field`', () => {
    const fields = schemaFields(schema);
    expect(fields.length).toBeGreaterThan(0);
    for (const field of fields) expect(guide, `\`${field}\` in docs/enterprise.md`).toContain(`\`${field}\``);
  });
});
