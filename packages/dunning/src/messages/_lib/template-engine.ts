import { InvalidArgumentError } from '@overdue/core';

/** A parsed template: literal text, a placeholder, or a section shown when a flag is set (or unset). */
export type TemplateNode =
  | { kind: 'text'; text: string }
  | { kind: 'value'; name: string }
  | { kind: 'section'; name: string; inverted: boolean; children: TemplateNode[] };

/** The values of one rendering: texts for `{{name}}` and flags for `{{#name}}` / `{{^name}}`. */
export interface TemplateValues {
  /** Placeholder texts, already escaped for the output when needed. */
  texts: Readonly<Record<string, string>>;
  /** Section flags. */
  flags: Readonly<Record<string, boolean>>;
}

/** Placeholders every template may use. */
export const PLACEHOLDERS: readonly string[] = [
  'sender.name',
  'sender.replyTo',
  'sender.phone',
  'customer.name',
  'customer.contactName',
  'recipient',
  'today',
  'invoiceCount',
  'invoiceNumber',
  'invoiceNumbers',
  'invoices',
  'total',
  'dueDate',
  'daysOverdue',
  'invoiceTable',
  'invoiceList',
  'paymentUrl',
  'paymentLink',
  'promise.date',
  'promise.amount',
  'installment.number',
  'installment.of',
  'installment.dueDate',
  'installment.amount',
];

/** Section names that are only flags (every placeholder can also open a section: shown when not empty). */
export const FLAGS: readonly string[] = ['single', 'multiple', 'overdue', 'installmentOverdue', 'charges'];

const known = new Set(PLACEHOLDERS);
const flagNames = new Set([...FLAGS, ...PLACEHOLDERS]);
const TAG = /\{\{([^{}]*)\}\}/g;
const NAME = /^([#^/]?)\s*([A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)*)$/;

function checkLiteral(text: string, path: string): void {
  if (text.includes('{{') || text.includes('}}')) {
    throw new InvalidArgumentError('unbalanced braces: write placeholders as {{name}}', path);
  }
}

/**
 * Parses a template, checking every placeholder and section against the known names.
 *
 * @throws {@link InvalidArgumentError} naming `path` and the unknown placeholder or unclosed section.
 */
export function parseTemplate(source: string, path: string): TemplateNode[] {
  const root: TemplateNode[] = [];
  const stack: { name: string; children: TemplateNode[] }[] = [{ name: '', children: root }];
  let last = 0;
  for (const match of source.matchAll(TAG)) {
    const current = stack[stack.length - 1] as { name: string; children: TemplateNode[] };
    const literal = source.slice(last, match.index);
    checkLiteral(literal, path);
    if (literal !== '') current.children.push({ kind: 'text', text: literal });
    last = match.index + match[0].length;
    const parts = NAME.exec((match[1] ?? '').trim());
    if (parts === null) throw new InvalidArgumentError(`malformed placeholder ${match[0]}`, path);
    const [, sigil, name = ''] = parts;
    if (sigil === '/') {
      if (current.name !== name) {
        throw new InvalidArgumentError(`{{/${name}}} closes no open section`, path);
      }
      stack.pop();
    } else if (sigil === '#' || sigil === '^') {
      if (!flagNames.has(name)) {
        throw new InvalidArgumentError(
          `unknown section {{${sigil}${name}}}; known: ${[...flagNames].join(', ')}`,
          path,
        );
      }
      const section: TemplateNode = { kind: 'section', name, inverted: sigil === '^', children: [] };
      current.children.push(section);
      stack.push({ name, children: section.children });
    } else {
      if (!known.has(name)) {
        throw new InvalidArgumentError(`unknown placeholder {{${name}}}; known: ${PLACEHOLDERS.join(', ')}`, path);
      }
      current.children.push({ kind: 'value', name });
    }
  }
  const rest = source.slice(last);
  checkLiteral(rest, path);
  if (rest !== '') root.push({ kind: 'text', text: rest });
  if (stack.length > 1) {
    throw new InvalidArgumentError(`section {{#${stack[stack.length - 1]?.name}}} is not closed`, path);
  }
  return root;
}

/** Renders parsed nodes; `literal` escapes the template's own text (identity for plain text). */
export function renderNodes(
  nodes: readonly TemplateNode[],
  values: TemplateValues,
  literal: (text: string) => string,
): string {
  let out = '';
  for (const node of nodes) {
    if (node.kind === 'text') out += literal(node.text);
    else if (node.kind === 'value') out += values.texts[node.name] ?? '';
    else {
      const flag = values.flags[node.name] ?? (values.texts[node.name] ?? '') !== '';
      if (flag !== node.inverted) out += renderNodes(node.children, values, literal);
    }
  }
  return out;
}
