/**
 * lib/core/mail-thread.ts and docs/mail-thread.schema.json describe the same MailThread. This
 * test reads the interfaces from the TypeScript source and the property lists from the schema
 * and fails when a field is on one side only, or optional on one side and required on the
 * other; then every labelled fixture thread is validated against the schema.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { MAIL_CLIENT_NAMES, type MailThread } from '../../lib/core/mail-thread';

type JsonSchema = {
  type?: 'object' | 'array' | 'string';
  enum?: unknown[];
  required?: string[];
  properties?: Record<string, JsonSchema>;
  additionalProperties?: JsonSchema;
  items?: JsonSchema;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  minLength?: number;
  minItems?: number;
};

const root = join(import.meta.dirname, '../..');
const schemaText = readFileSync(join(root, 'docs/mail-thread.schema.json'), 'utf8');
const sourceText = readFileSync(join(root, 'lib/core/mail-thread.ts'), 'utf8');
const schema = JSON.parse(schemaText) as JsonSchema;

/** A field and whether it may be absent. */
type Fields = Record<string, 'required' | 'optional'>;

function membersOf(node: ts.InterfaceDeclaration | ts.TypeLiteralNode): Fields {
  const fields: Fields = {};
  for (const member of node.members) {
    if (!ts.isPropertySignature(member) || !member.name) continue;
    fields[member.name.getText()] = member.questionToken ? 'optional' : 'required';
  }
  return fields;
}

/** The fields of each part of a MailThread as lib/core/mail-thread.ts declares them. */
function typeScriptFields(source: string): Record<string, Fields> {
  const file = ts.createSourceFile('mail-thread.ts', source, ts.ScriptTarget.Latest, true);
  const interfaces = new Map<string, ts.InterfaceDeclaration>();
  file.forEachChild((node) => {
    if (ts.isInterfaceDeclaration(node)) interfaces.set(node.name.text, node);
  });
  const fieldsOf = (name: string) => {
    const declaration = interfaces.get(name);
    if (!declaration) throw new Error(`lib/core/mail-thread.ts declares no ${name}`);
    return membersOf(declaration);
  };
  const thread = interfaces.get('MailThread');
  const owner = thread?.members.find((m) => m.name?.getText() === 'owner');
  if (!owner || !ts.isPropertySignature(owner) || !owner.type || !ts.isTypeLiteralNode(owner.type))
    throw new Error('MailThread.owner is no object type');
  return {
    thread: fieldsOf('MailThread'),
    owner: membersOf(owner.type),
    message: fieldsOf('MailMessage'),
    address: fieldsOf('MailAddress'),
    attachment: fieldsOf('MailAttachment'),
  };
}

function schemaFieldsOf(part: JsonSchema | undefined): Fields {
  const fields: Fields = {};
  const required = new Set(part?.required ?? []);
  for (const name of Object.keys(part?.properties ?? {}))
    fields[name] = required.has(name) ? 'required' : 'optional';
  return fields;
}

/** The fields of each part of a MailThread as the schema names them. */
function schemaFields(s: JsonSchema): Record<string, Fields> {
  return {
    thread: schemaFieldsOf(s),
    owner: schemaFieldsOf(s.properties?.owner),
    message: schemaFieldsOf(s.$defs?.message),
    address: schemaFieldsOf(s.$defs?.address),
    attachment: schemaFieldsOf(s.$defs?.attachment),
  };
}

/**
 * The JSON-schema subset the contract uses. `closed`: a property the schema does not name is
 * an error too (the fixtures must hold nothing the contract leaves out).
 */
function validate(value: unknown, node: JsonSchema, path = '$', closed = true): string[] {
  if (node.$ref) {
    const name = node.$ref.replace('#/$defs/', '');
    const target = schema.$defs?.[name];
    if (!target) return [`${path}: unknown $ref ${node.$ref}`];
    return validate(value, target, path, closed);
  }
  const errors: string[] = [];
  if (node.enum && !node.enum.includes(value)) errors.push(`${path}: not one of ${node.enum}`);
  if (node.type === 'string') {
    if (typeof value !== 'string') return [`${path}: not a string`];
    if (node.minLength !== undefined && value.length < node.minLength)
      errors.push(`${path}: shorter than ${node.minLength}`);
  }
  if (node.type === 'array') {
    if (!Array.isArray(value)) return [`${path}: not an array`];
    if (node.minItems !== undefined && value.length < node.minItems)
      errors.push(`${path}: fewer than ${node.minItems} items`);
    if (node.items)
      value.forEach((v, i) => errors.push(...validate(v, node.items!, `${path}[${i}]`)));
  }
  if (node.type === 'object') {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return [`${path}: not an object`];
    const record = value as Record<string, unknown>;
    for (const name of node.required ?? [])
      if (!(name in record)) errors.push(`${path}.${name}: required`);
    for (const [name, v] of Object.entries(record)) {
      const property = node.properties?.[name] ?? node.additionalProperties;
      if (property) errors.push(...validate(v, property, `${path}.${name}`, closed));
      else if (closed) errors.push(`${path}.${name}: not in the schema`);
    }
  }
  return errors;
}

describe('lib/core/mail-thread.ts and docs/mail-thread.schema.json agree', () => {
  test('every part has the same fields, required or optional alike', () => {
    expect(typeScriptFields(sourceText)).toEqual(schemaFields(schema));
  });

  test('the client names are the same', () => {
    expect(schema.properties?.client?.enum).toEqual([...MAIL_CLIENT_NAMES]);
  });

  test('a field added to one side only is caught', () => {
    const withField = sourceText.replace(
      /(export interface MailMessage \{)/,
      '$1\n  importance?: string;',
    );
    expect(withField).not.toBe(sourceText);
    expect(typeScriptFields(withField)).not.toEqual(schemaFields(schema));

    const wider = JSON.parse(schemaText) as JsonSchema;
    wider.$defs!.message!.properties!.importance = { type: 'string' };
    expect(typeScriptFields(sourceText)).not.toEqual(schemaFields(wider));

    const stricter = JSON.parse(schemaText) as JsonSchema;
    stricter.$defs!.message!.required!.push('text');
    expect(typeScriptFields(sourceText)).not.toEqual(schemaFields(stricter));
  });
});

describe('threads validate against docs/mail-thread.schema.json', () => {
  const dir = join(import.meta.dirname, '../fixtures/threads');
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

  test('there are labelled threads to check', () => {
    expect(files.length).toBeGreaterThanOrEqual(24);
  });

  test.each(files)('%s', (file) => {
    const { thread } = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { thread: unknown };
    expect(validate(thread, schema)).toEqual([]);
  });

  test('a thread with every field filled validates; a wrong one does not', () => {
    const full: Required<MailThread> = {
      id: 'outlook:AAQkAD',
      client: 'outlook',
      subject: 'Invoice INV-7',
      owner: { name: 'Anna Schmidt', emails: ['anna@example.com'] },
      messages: [
        {
          id: 'm1',
          from: { name: 'Anna Schmidt', email: 'anna@example.com' },
          to: [{ name: 'Max Müller', email: 'max@example.org' }],
          cc: [],
          date: '2026-10-01T09:12:00+02:00',
          subject: 'Invoice INV-7',
          text: 'Please find invoice INV-7 attached.',
          preview: 'Please find invoice INV-7 attached.',
          attachments: [{ name: 'INV-7.pdf', mimeType: 'application/pdf' }],
          headers: { 'auto-submitted': 'no' },
        },
      ],
    };
    expect(validate(full, schema)).toEqual([]);
    expect(validate({ ...full, client: 'yahoo', owner: { emails: [] } }, schema)).toEqual([
      '$.client: not one of gmail,outlook,import',
      '$.owner.emails: fewer than 1 items',
    ]);
    expect(
      validate({ ...full, messages: [{ id: 'm1', date: '2026-10-01', preview: 3 }] }, schema),
    ).toEqual(['$.messages[0].from: required', '$.messages[0].preview: not a string']);
  });
});
